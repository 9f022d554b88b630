package dev.storyline.analysis.time;

import static dev.storyline.analysis.time.TimeTestSupport.analyze;
import static dev.storyline.analysis.time.TimeTestSupport.assertResolves;
import static dev.storyline.analysis.time.TimeTestSupport.row;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.model.PartialDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Forms added in round 5 after the dev split grew by 21 articles (two batches): minutes spelled out after a clock
 * ("17h 30 phút"), relative quarters, bare years of business figures and comparisons, "cùng ngày" far from its day,
 * "vừa qua" after a week, month, year or weekday, ages ("tuổi đời"), an ordinal "thứ 5 liên tiếp", lengths from the edge of a period
 * ("9 tháng đầu năm"), vague past and present ("ngày xưa", "mấy năm trước", a clause-opening "giờ"/"nay"), "hàng
 * trăm năm", old year ranges, a bare day after a counted "ngày", and bare parts of day ending a range.
 */
class TimeFormsRound5Test {
  private static final PartialDate APR_27_2021 = PartialDate.ofDay(2021, 4, 27);
  private static final PartialDate JAN_10_2021 = PartialDate.ofDay(2021, 1, 10);

  static Stream<Arguments> forms() {
    return Stream.of(
        row("Khoảng 17h 30 phút ngày 2/4, xe tải lật ở dốc.", APR_27_2021, "Khoảng 17h 30 phút ngày 2/4", "TIME",
            "2021-04-02T17:30", "APPROX"),
        row("Tàu cập bến lúc 6h 5 phút.", APR_27_2021, "6h 5 phút", "TIME", "XXXX-XX-XXT06:05", null),
        // quarters relative to the publication date (April is in Q2)
        row("Doanh số quý này sẽ thấp hơn.", APR_27_2021, "quý này", "DATE", "2021-Q2", null),
        row("Xuất khẩu giảm so với quý trước.", APR_27_2021, "quý trước", "DATE", "2021-Q1", null),
        row("Nhà máy dự kiến chạy thử trong quý tới.", APR_27_2021, "quý tới", "DATE", "2021-Q3", null),
        row("Lãi tăng mạnh so với quý trước đó.", APR_27_2021, "quý trước đó", "DATE", "2021-Q1", null),
        row("Hàng tồn kho tăng trong quý trước.", JAN_10_2021, "quý trước", "DATE", "2020-Q4", null),
        // a quarterly set in the quarter unit of durations ("3 quý" = P3Q)
        row("Công ty trả cổ tức hàng quý cho cổ đông.", APR_27_2021, "hàng quý", "SET", "P1Q", null),
        // a bare year compared with, or naming the year of a figure
        row("Lãi ròng tăng 12% so với 2019.", APR_27_2021, "2019", "DATE", "2019", null),
        row("Cổ đông hỏi vì sao lợi nhuận 2022 được nâng.", APR_27_2021, "2022", "DATE", "2022", null),
        row("Công ty vẫn chưa trả cổ tức 2020.", APR_27_2021, "2020", "DATE", "2020", null),
        row("Doanh thu 2020, theo báo cáo, giảm nhẹ.", APR_27_2021, "2020", "DATE", "2020", null),
        // a length counted from the edge of a year or month is one duration, its period inside the span
        row("Trong 9 tháng đầu năm 2020, xưởng đóng cửa ba lần.", APR_27_2021, "9 tháng đầu năm 2020", "DURATION",
            "P9M", null),
        row("Lượng khách trong 4 tháng đầu năm giảm mạnh.", APR_27_2021, "4 tháng đầu năm", "DURATION", "P4M", null),
        row("Mưa lớn kéo dài trong 10 ngày cuối tháng 3.", APR_27_2021, "10 ngày cuối tháng 3", "DURATION", "P10D",
            null),
        // vague past and present
        row("Ngày xưa, làng chỉ có một giếng nước.", APR_27_2021, "Ngày xưa", "DATE", "PAST_REF", null),
        row("Giá lúa không bằng mấy năm trước.", APR_27_2021, "mấy năm trước", "DATE", "PAST_REF", null),
        row("Khác với các năm trước, hội chợ mở online.", APR_27_2021, "các năm trước", "DATE", "PAST_REF", null),
        row("Trước kia đông khách, mà giờ không ai ghé.", APR_27_2021, "giờ", "DATE", "PRESENT_REF", null),
        row("Rau từng bán đắt. Nay vườn nào cũng thừa.", APR_27_2021, "Nay", "DATE", "PRESENT_REF", null),
        // an unknown count of tens or hundreds
        row("Nghề gốm đã có ở đây hàng trăm năm.", APR_27_2021, "hàng trăm năm", "DURATION", "PXY", null),
        // years before 1900 in a range after "năm"
        row("Các trận lũ năm 1871-1872 cuốn trôi cả làng.", APR_27_2021, "năm 1871", "DATE", "1871", null),
        row("Các trận lũ năm 1871-1872 cuốn trôi cả làng.", APR_27_2021, "1872", "DATE", "1872", null),
        // a bare day after a counted "ngày" borrows the month of the day-month coordinated with it
        row("Mưa to trong 2 ngày 14 và 15/9 ở miền núi.", APR_27_2021, "14", "DATE", "2021-09-14", null),
        // bare parts of day as the ends of a range take the day of their sentence
        row("Sáng 25/4 chợ vắng nhưng từ sau trưa đến chiều thì kín người.", APR_27_2021, "trưa", "TIME",
            "2021-04-25TMI", null),
        row("Sáng 25/4 chợ vắng nhưng từ sau trưa đến chiều thì kín người.", APR_27_2021, "chiều", "TIME",
            "2021-04-25TAF", null),
        // a bare year opening a period
        row("Trong giai đoạn 2011 - 2015, xã xây ba trường.", APR_27_2021, "2011", "DATE", "2011", null),
        row("Trong giai đoạn 2011 - 2015, xã xây ba trường.", APR_27_2021, "2015", "DATE", "2015", null),
        // "nay" opening a clause after a comma
        row("Giá từng rất thấp, nay bán gấp đôi.", APR_27_2021, "nay", "DATE", "PRESENT_REF", null),
        // a deadline month after "trước" stays in the publication year; a later month in a past sentence goes back a
        // year (round 7: without a past cue it stays, the nearest such month; see TimeFormsRound7Test)
        row("Họ phải rời đi trước cuối tháng 6.", APR_27_2021, "cuối tháng 6", "DATE", "2021-06", "END"),
        row("Nhà máy đã đóng cửa vào tháng 6.", APR_27_2021, "tháng 6", "DATE", "2020-06", null),
        // "hồi giữa tháng" written on the 1st is last month's middle
        row("Hồi giữa tháng, hai bên đã họp kín.", PartialDate.ofDay(2021, 5, 1), "giữa tháng", "DATE", "2021-04",
            "MID"),
        row("Hồi giữa tháng, hai bên đã họp kín.", PartialDate.ofDay(2021, 5, 25), "giữa tháng", "DATE", "2021-05",
            "MID"),
        // "vừa qua" after a week, month, year or weekday is the last one
        row("Giá vàng tăng mạnh trong tuần vừa qua.", APR_27_2021, "tuần vừa qua", "DATE", "2021-W16", null),
        row("Xuất khẩu giảm trong tháng vừa qua.", APR_27_2021, "tháng vừa qua", "DATE", "2021-03", null),
        row("Cổ tức cho năm vừa qua là 10%.", APR_27_2021, "năm vừa qua", "DATE", "2020", null),
        row("Bức tranh được bán hôm thứ sáu vừa qua.", APR_27_2021, "hôm thứ sáu vừa qua", "DATE", "2021-04-23", null),
        // "tới đây" after a date, a bare day "tới", and "phút" after glued minutes
        row("Lễ cưới diễn ra vào ngày 15/6 tới đây.", APR_27_2021, "ngày 15/6 tới đây", "DATE", "2021-06-15", null),
        row("Lễ cưới diễn ra vào ngày 29 tới.", APR_27_2021, "ngày 29 tới", "DATE", "2021-04-29", null),
        row("Vụ cháy xảy ra lúc 15h30 phút ngày 4/7.", APR_27_2021, "15h30 phút ngày 4/7", "TIME", "2021-07-04T15:30",
            null),
        // slash dates after "lễ"/"dịp"; both ends of a range of days in any separator
        row("Khách sạn kín phòng dịp nghỉ lễ 30/4 trên cả nước.", APR_27_2021, "30/4", "DATE", "2021-04-30", null),
        row("Hội chợ mở từ ngày 27-4 đến 30-4 tại quảng trường.", APR_27_2021, "30-4", "DATE", "2021-04-30", null),
        row("Giảm giá kéo dài từ 10-4 đến hết 31-12.", APR_27_2021, "10-4", "DATE", "2021-04-10", null),
        row("Giảm giá kéo dài từ 10-4 đến hết 31-12.", APR_27_2021, "31-12", "DATE", "2021-12-31", null),
        row("Vòng bảng đá từ ngày 26 đến 29-6 tại Hà Nội.", APR_27_2021, "ngày 26", "DATE", "2021-06-26", null),
        // a range of months gives both, the first borrowing the year of the second
        row("Mưa lũ thường đến vào tháng 9-10 năm nay.", APR_27_2021, "tháng 9", "DATE", "2021-09", null),
        row("Mưa lũ thường đến vào tháng 9-10 năm nay.", APR_27_2021, "10 năm nay", "DATE", "2021-10", null),
        // the end of a range through "hết" keeps the year of its start
        row("Ưu đãi áp dụng từ ngày 1/5 đến hết 31/12.", APR_27_2021, "31/12", "DATE", "2021-12-31", null),
        // the edge of a dated part of day
        row("Bệnh nhân nhập viện đầu giờ chiều 19/4.", APR_27_2021, "đầu giờ chiều 19/4", "TIME", "2021-04-19TAF",
            "START"),
        row("Đến cuối giờ chiều nay, đường đã thông.", APR_27_2021, "cuối giờ chiều nay", "TIME", "2021-04-27TAF",
            "END"),
        // "nay" and "giờ" meaning now, after "từ" and "đến"
        row("Từ nay đến cuối năm, giá sẽ còn tăng.", APR_27_2021, "nay", "DATE", "PRESENT_REF", null),
        row("Cảm giác ấy đến giờ tôi vẫn nhớ. Đến giờ, anh chưa về.", APR_27_2021, "giờ", "DATE", "PRESENT_REF", null),
        // with no day written before it, "cùng ngày" is the publication day
        row("Chiều cùng ngày, đoàn khảo sát rời bản.", APR_27_2021, "Chiều cùng ngày", "TIME", "2021-04-27TAF", null),
        // "cùng ngày" keeps to the day the report is about, however many sentences later
        row("Sáng 20/4, chợ còn vắng. Người bán nói hàng về chậm. Ai cũng lo. Đến chiều cùng ngày, chợ đông hẳn.",
            APR_27_2021, "chiều cùng ngày", "TIME", "2021-04-20TAF", null));
  }

  @ParameterizedTest(name = "{2} in \"{0}\" → {3} {4} {5}")
  @MethodSource("forms")
  void resolvesForm(String text, PartialDate pub, String span, String type, String value, String mod) {
    assertResolves(text, pub, span, type, value, mod);
  }

  static Stream<Arguments> notTime() {
    return Stream.of(
        // an age in years, with or without a modifier
        Arguments.of("Ngân hàng này có tuổi đời hơn 30 năm.", "30 năm"),
        Arguments.of("Cây cầu có tuổi đời 80 năm.", "80 năm"),
        // an ordinal day in a row is no Thursday
        Arguments.of("Đây là ngày thứ 5 liên tiếp giá vàng giảm.", "thứ 5"),
        // a number after "so với" or a figure noun that is an amount, not a year
        Arguments.of("Số ca mắc là 2100 so với 2020 ca tuần trước.", "2020"),
        Arguments.of("Lợi nhuận 2021 tỷ đồng là mức cao.", "2021"),
        Arguments.of("Chỉ số đạt 1.250 điểm, tăng 3% so với 2010%.", "2010"),
        // "quý sau khi", "quý sau đó" point at an event, not the calendar
        Arguments.of("Giá giảm vào quý sau khi luật có hiệu lực.", "quý sau"),
        Arguments.of("Giá giảm mạnh, quý sau đó lại tăng.", "quý sau"),
        // "những ngày trước đó" is anaphora; "giờ" after "mà" can still be the noun hour
        Arguments.of("Khách thưa hơn những ngày trước đó.", "những ngày trước"),
        Arguments.of("Công ty giảm lương mà giờ làm việc vẫn dài.", "giờ"),
        // "từ sáng đến tối" with no day in its sentence is the idiom "all day"
        Arguments.of("Chị làm từ sáng đến tối mới nghỉ.", "sáng"),
        // "hàng chục năm tuổi" is an age
        Arguments.of("Cây sưa hàng chục năm tuổi bị chặt.", "hàng chục năm"),
        // a generic "đầu giờ sáng" and "đến giờ + noun" (a time to do something) are no time
        Arguments.of("Chợ đông vào đầu giờ sáng hàng ngày.", "đầu giờ"),
        Arguments.of("Cứ đến giờ ăn là bé khóc.", "giờ"),
        // counts in a "từ … đến …" range stay counts
        Arguments.of("Mỗi hộ nuôi từ 2-3 đến 4-5 con lợn.", "2-3"),
        Arguments.of("Giá dao động từ 2-3 đến 4-5 triệu đồng.", "4-5"),
        // ages in days and months
        Arguments.of("Bé trai 9 ngày tuổi được đưa vào viện.", "9 ngày"),
        Arguments.of("Trẻ tiêm mũi nhắc lại lúc trẻ được 2, 3, 4 tháng.", "4 tháng"),
        Arguments.of("Bé tiêm mũi nhắc lại lúc bé được 18 tháng.", "18 tháng"));
  }

  @ParameterizedTest(name = "\"{1}\" in \"{0}\" is no time expression")
  @MethodSource("notTime")
  void leavesLookAlikesAlone(String text, String fragment) {
    TemporalResult r = analyze(text, APR_27_2021);
    assertThat(r.times()).noneMatch(t -> t.text().contains(fragment));
  }
}
