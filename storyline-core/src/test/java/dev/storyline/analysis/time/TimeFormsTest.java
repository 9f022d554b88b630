package dev.storyline.analysis.time;

import static dev.storyline.analysis.time.TimeTestSupport.analyze;
import static dev.storyline.analysis.time.TimeTestSupport.assertResolves;
import static dev.storyline.analysis.time.TimeTestSupport.row;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.model.PartialDate;
import dev.storyline.model.TimeExpression;
import dev.storyline.model.TimeType;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The list of forms checked one by one (sets, durations, relative forms, periods, ranges), plus the forms
 * added in round 3: week of a month, first day of a month, "tuần mới", rates ("50 ca một ngày"), hours-and-minutes
 * durations, a bare day before a day-month ("đêm 22 rạng sáng 23/2") and a year-only typo ("ngày 16/2016").
 */
class TimeFormsTest {
  private static final PartialDate MON_2021_04_26 = PartialDate.ofDay(2021, 4, 26); // a Monday, ISO week 17
  private static final PartialDate MAR_15_2024 = PartialDate.ofDay(2024, 3, 15);

  static Stream<Arguments> forms() {
    return Stream.of(
        // sets
        row("Quán mở cửa 3 ngày/tuần cho khách quen.", MAR_15_2024, "3 ngày/tuần", "SET", "P1W", null),
        row("Anh chạy xe 10 giờ/ngày để kiếm sống.", MAR_15_2024, "10 giờ/ngày", "SET", "P1D", null),
        row("Phòng khám trực 24/24 trong mùa dịch.", MAR_15_2024, "24/24", "SET", "P1D", null),
        row("Lớp võ tập vào thứ 4 hàng tuần ở nhà văn hóa.", MAR_15_2024, "thứ 4 hàng tuần", "SET", "XXXX-WXX-3", null),
        row("Hội đua thuyền mở vào tháng 8 hằng năm.", MAR_15_2024, "tháng 8 hằng năm", "SET", "XXXX-08", null),
        row("Đội bảo vệ đi tuần mỗi giờ quanh kho.", MAR_15_2024, "mỗi giờ", "SET", "PT1H", null),
        row("Công ty trả lương hàng tháng cho thợ.", MAR_15_2024, "hàng tháng", "SET", "P1M", null),
        row("Hội nghị thường niên của ngành gỗ đã khai mạc.", MAR_15_2024, "thường niên", "SET", "P1Y", null),
        row("Phòng cấp cứu đón 40 bệnh nhân một ngày.", MAR_15_2024, "một ngày", "SET", "P1D", null),
        row("Trạm ghi được 12 trận động đất nhỏ một năm.", MAR_15_2024, "một năm", "SET", "P1Y", null),
        // durations
        row("Đợt rét kéo dài chưa đầy 24 giờ.", MAR_15_2024, "chưa đầy 24 giờ", "DURATION", "PT24H", "LESS_THAN"),
        row("Ca mổ kéo dài khoảng 4 giờ 20 phút.", MAR_15_2024, "khoảng 4 giờ 20 phút", "DURATION", "PT4H20M", "APPROX"),
        row("Người thợ mất 2 giờ 30 phút để sửa xong.", MAR_15_2024, "2 giờ 30 phút", "DURATION", "PT2H30M", null),
        row("Dự án đã trễ hạn một thập kỷ.", MAR_15_2024, "một thập kỷ", "DURATION", "P10Y", null),
        row("Bà chờ vài tháng mới có kết quả.", MAR_15_2024, "vài tháng", "DURATION", "PXM", null),
        row("Tàu lênh đênh 42 ngày trên biển.", MAR_15_2024, "42 ngày", "DURATION", "P42D", null),
        // relative and periods
        row("Khảo sát tuần mới cho thấy giá cà phê tăng.", MON_2021_04_26, "tuần mới", "DATE", "2021-W17", null),
        row("Số ca tăng vọt trong tuần thứ 2 của tháng 1.", MON_2021_04_26, "tuần thứ 2 của tháng 1", "DATE", "2021-W02",
            null),
        row("Giá điện tăng từ tuần đầu tiên của tháng 3.", MON_2021_04_26, "tuần đầu tiên của tháng 3", "DATE",
            "2021-W09", null),
        row("Ca sĩ chọn ngày đầu tiên của tháng 4 để ra mắt album.", MON_2021_04_26, "ngày đầu tiên của tháng 4", "DATE",
            "2021-04-01", null),
        row("Cuối năm nay, cây cầu sẽ thông xe.", MAR_15_2024, "Cuối năm nay", "DATE", "2024", "END"),
        row("Giữa tháng 10-2023, nhà máy dừng hoạt động.", MAR_15_2024, "Giữa tháng 10-2023", "DATE", "2023-10", "MID"),
        row("Thế kỷ 20 có hai cuộc thế chiến.", MAR_15_2024, "Thế kỷ 20", "DATE", "19", null),
        row("Thập niên 1990 là thời kỳ khó khăn.", MAR_15_2024, "Thập niên 1990", "DATE", "199", null),
        row("Lợi nhuận quý I/2024 tăng 10%.", MAR_15_2024, "quý I/2024", "DATE", "2024-Q1", null),
        // a day number before a day-month borrows its month
        row("Mưa đá rơi vào đêm 11 rạng sáng 12/2.", MAR_15_2024, "đêm 11", "TIME", "2024-02-11TNI", null),
        // "giờ đây" is now; "năm qua" last year; "N năm nay" keeps its deictic word
        row("Giờ đây, con đường đã được trải nhựa.", MAR_15_2024, "Giờ đây", "DATE", "PRESENT_REF", null),
        row("Trong năm qua, xã trồng thêm 3 ha rừng.", MAR_15_2024, "năm qua", "DATE", "2023", null),
        row("Quán phở mở ở đây đã 5 năm nay.", MAR_15_2024, "5 năm nay", "DURATION", "P5Y", null),
        // ranges of durations: each end is an expression, the first borrowing the unit of the second
        row("Công trình cần 2-3 năm để xong.", MAR_15_2024, "2", "DURATION", "P2Y", null),
        row("Công trình cần 2-3 năm để xong.", MAR_15_2024, "3 năm", "DURATION", "P3Y", null),
        row("Hàng về sau 7 - 10 ngày.", MAR_15_2024, "7", "DURATION", "P7D", null),
        row("Kết quả có sau 12 đến 24 giờ tiếp theo.", MAR_15_2024, "12", "DURATION", "PT12H", null),
        // clock ranges: each end is a TIME, the first taking the part of day and date of the second
        row("Điểm thi mở cửa từ 6 - 8 giờ tối.", MAR_15_2024, "6", "TIME", "XXXX-XX-XXT18:00", null),
        row("Điểm thi mở cửa từ 6 - 8 giờ tối.", MAR_15_2024, "8 giờ tối", "TIME", "XXXX-XX-XXT20:00", null),
        row("Khu phố mất điện từ 9-11 giờ sáng ngày 20/3.", MAR_15_2024, "9", "TIME", "2024-03-20T09:00", null),
        row("Bến phà nghỉ từ 11h-13h mỗi ngày.", MAR_15_2024, "13h", "TIME", "XXXX-XX-XXT13:00", null),
        // timetable weekdays are sets
        row("Phòng khám làm việc từ thứ 2 đến thứ 7.", MAR_15_2024, "thứ 2", "SET", "XXXX-WXX-1", null),
        row("Phòng khám làm việc từ thứ 2 đến thứ 7.", MAR_15_2024, "thứ 7", "SET", "XXXX-WXX-6", null),
        row("Bảo tàng đóng cửa các ngày thứ 2 và thứ 3.", MAR_15_2024, "thứ 3", "SET", "XXXX-WXX-2", null),
        // a single weekday of a news event stays a date
        row("Hôm thứ Tư, tàu đã cập cảng.", MAR_15_2024, "Hôm thứ Tư", "DATE", "2024-03-13", null),
        // "hôm sau": the day after the day written about
        row("Ngày 2/3, bão đổ bộ. Ngày hôm sau, nước rút.", MAR_15_2024, "Ngày hôm sau", "DATE", "2024-03-03", null),
        row("Tối 9/3 đoàn tới bản, sáng hôm sau lên đỉnh.", MAR_15_2024, "sáng hôm sau", "TIME", "2024-03-10TMO", null),
        // history: years before 1900 after "năm"; a thousands dot in a count of years; a comma glued to a word
        row("Trận lụt lớn xảy ra vào tháng 7 năm 1889.", MAR_15_2024, "tháng 7 năm 1889", "DATE", "1889-07", null),
        row("Thành cổ được xây năm 1805.", MAR_15_2024, "năm 1805", "DATE", "1805", null),
        row("Hóa thạch có tuổi 12.000 năm tuổi thọ.", MAR_15_2024, "12.000 năm", "DURATION", "P12000Y", null),
        row("Năm 2015,anh tốt nghiệp.", MAR_15_2024, "Năm 2015", "DATE", "2015", null),
        // a typo with a year only keeps the year
        row("Chương trình áp dụng từ ngày 18/2019 cho đến cuối năm.", MAR_15_2024, "ngày 18/2019", "DATE", "2019", null));
  }

  @ParameterizedTest(name = "{2} in \"{0}\" → {3} {4} {5}")
  @MethodSource("forms")
  void resolvesForm(String text, PartialDate pub, String span, String type, String value, String mod) {
    assertResolves(text, pub, span, type, value, mod);
  }

  static Stream<Arguments> notTime() {
    return Stream.of(
        // "một ngày" that is no rate: no counted noun before it, or a verb governing a length
        Arguments.of("Phim tài liệu \"Rồi một ngày\" sắp ra rạp.", "một ngày", "SET"),
        Arguments.of("Họ sửa 5 chiếc cầu trong một năm.", "một năm", "SET"),
        Arguments.of("Bắt đầu một tuần mới với nhiều việc.", "tuần mới", "DATE"),
        // a clock reading after "lúc khoảng" stays a clock time
        Arguments.of("Tàu cập cảng lúc khoảng 3 giờ 15 phút sáng.", "3 giờ 15 phút", "DURATION"),
        // a number after a part of day with no day-month after it is not a day
        Arguments.of("Tối 22 người dân tập trung ở sân đình.", "Tối 22", "TIME"),
        // a clock range is not a duration range
        Arguments.of("Cửa hàng mở từ 7 - 9 giờ tối.", "7", "DURATION"),
        Arguments.of("Cắt điện từ 8-10 giờ sáng ngày 12/3.", "8", "DURATION"),
        // "lần thứ 2 đến …" is an ordinal, not a weekday range
        Arguments.of("Đây là lần thứ 2 đến thăm trường.", "thứ 2", "SET"),
        Arguments.of("Đây là lần thứ 2 đến thăm trường.", "thứ 2", "DATE"),
        // two months are not a length of years
        Arguments.of("Hàng nhập trong tháng 1-2 năm nay tăng.", "2 năm", "DURATION"),
        // "năm" = five before a count of people
        Arguments.of("Năm 1200 người dự lễ hội.", "1200", "DATE"),
        // a decree number with a year is not a year
        Arguments.of("Theo Nghị định 16/2019/NĐ-CP về phí.", "16/2019", "DATE"));
  }

  @ParameterizedTest(name = "\"{1}\" in \"{0}\" is no {2}")
  @MethodSource("notTime")
  void leavesLookAlikesAlone(String text, String fragment, String type) {
    TemporalResult r = analyze(text, MAR_15_2024);
    assertThat(r.times()).noneMatch(t -> t.type() == TimeType.valueOf(type)
        && (t.text().contains(fragment) || fragment.contains(t.text())));
  }
}
