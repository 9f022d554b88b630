package dev.storyline.analysis.time;

import static dev.storyline.analysis.time.TimeTestSupport.analyze;
import static dev.storyline.analysis.time.TimeTestSupport.row;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.model.PartialDate;
import dev.storyline.model.TimeExpression;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Round 14: found by listing the time-like words no span covers in 600 unannotated articles and the spans with a
 * modifier or a time word next to them (then counting each kind over all of them): lower-case month words after
 * "tháng", "khoảng" before an edge, hundreds and thousands of years written in words, times ago further back than a
 * four-digit BC year, "Giờ" / "Nay," opening a sentence, an ordinal "thứ 4" before a date of another weekday,
 * "là một năm đầy …" (a year spoken of, no length), fiscal years, a dashed date closing a list of days, "những năm cuối
 * 1970", "cách đây vài thập niên", "từ xưa", "Q1/2016", a bare year after "sang" / "hết", "24/24 giờ" and "hôm" before
 * a weekday; "một ngày nọ / nào đó" (some day) is no length; "hôm nay,
 * 28-4"; "tháng 8 cùng năm"; a year opening a clause after a comma; "năm / tháng / quý
 * vừa rồi"; "cùng kỳ 2020".
 */
class TimeFormsRound14Test {
  private static final PartialDate APR_28_2021 = PartialDate.ofDay(2021, 4, 28); // a Wednesday

  static Stream<Arguments> forms() {
    return Stream.of(
        // a lower-case month word after "tháng", when a preposition or an edge leads to it
        row("Công ty của ông Lâm chuyển trụ sở hồi tháng một.", APR_28_2021, "tháng một", "DATE", "2021-01", null),
        row("Hoa ban nở từ cuối tháng 3 rồi kéo sang tháng tư.", APR_28_2021, "tháng tư", "DATE", "2021-04", null),
        row("Giá phòng ở Tam Đảo tăng mạnh trong nửa cuối tháng tư.", APR_28_2021, "cuối tháng tư", "DATE", "2021-04",
            "END"),
        row("Đội tuần tra đã hoạt động từ đầu tháng năm đến nay.", APR_28_2021, "đầu tháng năm", "DATE", "2021-05",
            "START"),
        // "khoảng" before an edge joins the span; the edge keeps its modifier (one mod column)
        row("Đợt nắng nóng ở Nghệ An sẽ kéo dài đến khoảng cuối tháng 5.", APR_28_2021, "khoảng cuối tháng 5", "DATE",
            "2021-05", "END"),
        row("Ngôi chùa làng Vân được dựng vào khoảng đầu thế kỷ 17.", APR_28_2021, "khoảng đầu thế kỷ 17", "DATE", "16",
            "START"),
        row("Từ khoảng giữa năm 2019, xưởng gỗ của anh Tín đã đóng cửa.", APR_28_2021, "khoảng giữa năm 2019", "DATE",
            "2019", "MID"),
        // hundreds and thousands of years written in words
        row("Nghề dệt lụa ở làng này đã có hơn một nghìn năm.", APR_28_2021, "hơn một nghìn năm", "DURATION", "P1000Y",
            "MORE_THAN"),
        row("Lễ hội đua thuyền được giữ suốt hai trăm năm.", APR_28_2021, "hai trăm năm", "DURATION", "P200Y", null),
        // further back than a four-digit BC year: a past reference, like "65 triệu năm trước"
        row("Loài voi lùn này tuyệt chủng khoảng 40.000 năm trước.", APR_28_2021, "khoảng 40.000 năm trước", "DATE",
            "PAST_REF", "APPROX"),
        row("Bức tranh trong hang được vẽ cách đây 15.000 năm.", APR_28_2021, "cách đây 15.000 năm", "DATE",
            "PAST_REF", null),
        // "Giờ" before "ông / bà / bọn …" and "Nay," opening a sentence: now
        row("Ông Bảy từng bán vé số. Giờ ông mở một tiệm sửa xe.", APR_28_2021, "Giờ", "DATE", "PRESENT_REF", null),
        row("Xã Hòa Lạc từng thiếu nước sạch. Nay, mọi nhà đều có giếng khoan.", APR_28_2021, "Nay", "DATE",
            "PRESENT_REF", null),
        // 17/4/2021 is a Saturday: "thứ 4" before it counts the rounds, the span starts at the date
        row("Đội Sông Lam thắng ở lượt thứ 4 ngày 17/4.", APR_28_2021, "ngày 17/4", "DATE", "2021-04-17", null),
        // a fiscal year named by its number
        row("Ngân sách quốc phòng tăng 5% trong năm tài khóa 2022.", APR_28_2021, "năm tài khóa 2022", "DATE", "2022",
            null),
        row("Quỹ đã cấp 30 triệu USD kể từ tài khóa 2019.", APR_28_2021, "2019", "DATE", "2019", null),
        // a dashed date closing a list of days; the first day takes its month
        row("Trong các ngày 8 và 11-3, anh Tú đã ghé cửa hàng.", APR_28_2021, "ngày 8", "DATE", "2021-03-08", null),
        row("Trong các ngày 8 và 11-3, anh Tú đã ghé cửa hàng.", APR_28_2021, "11-3", "DATE", "2021-03-11", null),
        // "Giờ," opening a sentence, like "Nay,"
        row("Cô Thảo từng đóng nhiều phim. Giờ, cô mở lớp dạy múa.", APR_28_2021, "Giờ", "DATE", "PRESENT_REF", null),
        // the late 1970s, the early 2000s: the decade with the edge
        row("Chính sách ấy được áp dụng từ những năm cuối 1970.", APR_28_2021, "những năm cuối 1970", "DATE", "197",
            "END"),
        row("Những năm đầu 2000, ca sĩ Hằng chuyển sang đóng phim.", APR_28_2021, "Những năm đầu 2000", "DATE", "200",
            "START"),
        // some decades ago, like "cách đây vài năm"
        row("Thị trấn này giống Đà Lạt cách đây vài thập niên.", APR_28_2021, "cách đây vài thập niên", "DATE",
            "PAST_REF", null),
        // "từ xưa" (since old times): "xưa" PAST_REF, like "từ xa xưa"
        row("Từ xưa tiệm bánh của bà Nga đã đông khách.", APR_28_2021, "xưa", "DATE", "PAST_REF", null),
        // a quarter written "Q1/2016", like "quý I/2016"
        row("Tính đến Q3/2020, khu nghỉ dưỡng có 800 phòng.", APR_28_2021, "Q3/2020", "DATE", "2020-Q3", null),
        // a bare year after "sang" / "hết", like "từ 2020"
        row("Sang 2022, công ty của bà Yến dự kiến mở thêm hai xưởng.", APR_28_2021, "2022", "DATE", "2022", null),
        // "hôm" before a weekday is inside its span, as before a date
        row("Ông Vượng về quê hôm thứ Sáu.", APR_28_2021, "hôm thứ Sáu", "DATE", "2021-04-23", null),
        // a dashed date after "hôm nay," closing the phrase: one DATE, like "hôm nay, 21/4"
        row("Cầu Bến Thủy 3 thông xe hôm nay, 28-4.", APR_28_2021, "hôm nay, 28-4", "DATE", "2021-04-28", null),
        // "tháng 8 cùng năm": the month of the year just written about, "cùng năm" in the span
        row("Tháng 3/2014, anh Dũng mở xưởng; tháng 8 cùng năm, anh mở thêm cửa hàng.", APR_28_2021,
            "tháng 8 cùng năm", "DATE", "2014-08", null),
        // a bare year opening a clause after a comma, before "(cũng / sẽ) là" or with "vừa qua"
        row("Theo bà Ngân, 2022 sẽ là một năm bận rộn của hãng.", APR_28_2021, "2022", "DATE", "2022", null),
        row("Theo ông Quý, 2020 vừa qua là năm khó khăn với ngành gỗ.", APR_28_2021, "2020 vừa qua", "DATE", "2020",
            null),
        // "năm / tháng / quý vừa rồi": last year, month, quarter, like "vừa qua"
        row("Lợi nhuận của hãng trong năm vừa rồi tăng gấp đôi.", APR_28_2021, "năm vừa rồi", "DATE", "2020", null),
        row("Chi phí đầu vào trong tháng vừa rồi tăng nhẹ.", APR_28_2021, "tháng vừa rồi", "DATE", "2021-03", null),
        row("Doanh thu quý vừa qua của chuỗi cửa hàng giảm 5%.", APR_28_2021, "quý vừa qua", "DATE", "2021-Q1", null),
        // "so với cùng kỳ 2020": the year, like "cùng kỳ năm 2020"
        row("Doanh thu quý I tăng 12% so với cùng kỳ 2020.", APR_28_2021, "2020", "DATE", "2020", null),
        // round the clock with its unit
        row("Trạm y tế xã Phú Lộc trực 24/24 giờ trong dịp lễ.", APR_28_2021, "24/24 giờ", "SET", "P1D", null));
  }

  @ParameterizedTest
  @MethodSource("forms")
  void resolves(String text, PartialDate pub, String span, String type, String value, String mod) {
    TimeTestSupport.assertResolves(text, pub, span, type, value, mod);
  }

  @Test
  void aYearSpokenOfIsNoLength() {
    assertThat(analyze("Năm 2022 sẽ là một năm đầy thử thách với hãng.", APR_28_2021).times())
        .extracting(TimeExpression::text).containsExactly("Năm 2022");
    assertThat(analyze("Ngày mai lại là một ngày mới.", APR_28_2021).times()).extracting(TimeExpression::text)
        .doesNotContain("một ngày");
  }

  @Test
  void someDayIsNoLength() {
    // "một ngày nọ", "một ngày nào đó", "một ngày đẹp trời": some day, like "một buổi tối nọ"
    assertThat(analyze("Một ngày nọ, ông Thành nhận được một lá thư lạ.", APR_28_2021).times()).isEmpty();
    assertThat(analyze("Chị Mai mong một ngày nào đó sẽ mở tiệm bánh.", APR_28_2021).times()).isEmpty();
    assertThat(analyze("Vào một ngày đẹp trời, cả nhóm rủ nhau leo núi.", APR_28_2021).times()).isEmpty();
    // a length of one day stays
    assertThat(analyze("Cả nhóm leo núi mất một ngày.", APR_28_2021).times()).extracting(TimeExpression::value)
        .containsExactly("P1D");
  }

  @Test
  void lookAlikesStayOut() {
    // a length stays a length after "là"
    assertThat(analyze("Thời hạn bảo hành của máy là một năm.", APR_28_2021).times())
        .extracting(TimeExpression::text, TimeExpression::value)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("một năm", "P1Y"));
    // "tháng hai lần" (twice a month), "những tháng năm" (the years gone by) and a month word after a count are no month
    assertThat(analyze("Cả đội họp trong tháng hai lần.", APR_28_2021).times()).isEmpty();
    assertThat(analyze("Bà Lụa nhớ mãi những tháng năm gian khó.", APR_28_2021).times()).isEmpty();
    assertThat(analyze("Anh Khoa đi khám mắt 6 tháng một lần.", APR_28_2021).times())
        .extracting(TimeExpression::value).doesNotContain("2021-01");
    // 1,500 people and "ba vạn sáu nghìn ngày" (36,000 days) are no length in hundreds or thousands
    assertThat(analyze("Có một nghìn năm trăm người dự lễ.", APR_28_2021).times()).isEmpty();
    assertThat(analyze("Một đời người là ba vạn sáu nghìn ngày.", APR_28_2021).times())
        .extracting(TimeExpression::value).doesNotContain("P6000D");
    // a weekday the date agrees with keeps its span (17/4/2021 is a Saturday)
    assertThat(analyze("Hội chợ khai mạc thứ Bảy ngày 17/4.", APR_28_2021).times())
        .extracting(TimeExpression::text).containsExactly("thứ Bảy ngày 17/4");
    // "Giờ G" and a capitalised name after "Giờ" stay out
    assertThat(analyze("Giờ G đã điểm.", APR_28_2021).times()).isEmpty();
    // "từ xưa đến nay" is an idiom like "từ trước đến nay"; "Q.1" (district 1) is no quarter
    assertThat(analyze("Từ xưa đến nay, làng Đông chỉ trồng lúa.", APR_28_2021).times()).isEmpty();
    assertThat(analyze("Quán nằm ở Q.1, gần chợ Bến Thành.", APR_28_2021).times()).isEmpty();
    // "quý hiếm" (rare, precious) after a count word is no number of quarters
    assertThat(analyze("Các loại gỗ ít quý hiếm hơn được bán rẻ.", APR_28_2021).times()).isEmpty();
  }
}
