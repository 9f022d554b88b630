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
 * Round 16: found by listing the time-like words no span covers in 600 articles drawn from a new pool (the 30,000
 * VietNews articles of the benchmark, never annotated), then counting each kind over all 30,000: the lunar New Year
 * named with its can-chi ("Tết Nguyên đán Kỷ Hợi 2019"), "Tết Dương lịch" / "Tết âm lịch" with a year, "N năm về
 * trước" (ago, like "N năm trước"), "N hôm trước" (days ago), a lower-case month word opening a sentence with its year
 * ("Tháng hai năm ngoái"), "tuổi đời lên tới hàng trăm năm" (an age), "trong N tháng trở lại" (the last N months),
 * "28 Tết" / "chiều 30 Tết" (a day of the last lunar month), a part of day before "mùng N Tết", "Vừa rồi, …" (recently),
 * "đêm 24, rạng sáng 25/5", "4, 5 tháng" (two counts with one unit), and a lower-case weekday before "tuần trước"
 * ("thứ sáu tuần trước" is Friday last week, not six weeks ago); "23 tháng Chạp", "15 tháng Giêng" (lunar days),
 * a part of day before a days-ago, "tiếng tăm" (no hours), "Giờ" (now) opening a sentence before a subject, and a
 * lunar day with its solar date in parentheses ("Tối 30 Tết (11-2)").
 */
class TimeFormsRound16Test {
  private static final PartialDate APR_28_2021 = PartialDate.ofDay(2021, 4, 28); // a Wednesday
  private static final PartialDate JAN_10_2021 = PartialDate.ofDay(2021, 1, 10);

  static Stream<Arguments> forms() {
    return Stream.of(
        // the lunar New Year named by its can-chi: that year's Tết, a written year after it in the span
        row("Chợ hoa mở cửa suốt dịp Tết Nguyên đán Kỷ Hợi 2019.", APR_28_2021, "Tết Nguyên đán Kỷ Hợi 2019", "DATE",
            "2019-02-05", null),
        row("Giá vé xe tăng mạnh trước Tết Nguyên đán Tân Sửu.", JAN_10_2021, "Tết Nguyên đán Tân Sửu", "DATE",
            "2021-02-12", null),
        // "Tết Dương lịch" is 1 January; "Tết âm lịch" the lunar New Year, like "Tết Nguyên đán"
        row("Học sinh được nghỉ Tết Dương lịch 2019 ba ngày.", APR_28_2021, "Tết Dương lịch 2019", "DATE",
            "2019-01-01", null),
        row("Hồi Tết âm lịch 2020, chị Mai về quê.", APR_28_2021, "Tết âm lịch 2020", "DATE", "2020-01-25", null),
        row("Anh Dũng về quê vào mồng 2 Tết Nguyên đán 2017.", APR_28_2021, "mồng 2 Tết Nguyên đán 2017", "DATE",
            "2017-01-29", null),
        // "28 Tết", "chiều 30 Tết": a day of the last lunar month, just before the New Year (the nearest such day)
        row("Chợ hoa mở đến hết ngày 28 Tết.", JAN_10_2021, "ngày 28 Tết", "DATE", "2021-02-09", null),
        row("Anh Lâm chở hàng về quê chiều 30 Tết.", JAN_10_2021, "chiều 30 Tết", "TIME", "2021-02-11TAF", null),
        row("Tối 29 Tết, cả nhà ông Ba gói bánh chưng.", PartialDate.ofDay(2021, 2, 20), "Tối 29 Tết", "TIME",
            "2021-02-10TEV", null),
        // "23 tháng Chạp", "ngày 15 tháng Giêng": a lunar day, like "mùng 10 tháng Giêng" (no length of 23 months)
        row("Nhà bà Tư cúng ông Táo vào 23 tháng Chạp.", JAN_10_2021, "23 tháng Chạp", "DATE", "2021-02-04", null),
        row("Lễ hội làng Mai mở vào ngày 15 tháng Giêng.", JAN_10_2021, "ngày 15 tháng Giêng", "DATE", "2021-02-26",
            null),
        row("Chợ hoa bán từ ngày 25 đến 28 tháng Chạp.", JAN_10_2021, "ngày 25", "DATE", "2021-02-06", null),
        // a lunar day followed by its solar date in parentheses is one span
        row("Tối 30 Tết (11-2), phố đi bộ đông nghẹt người.", JAN_10_2021, "Tối 30 Tết (11-2)", "TIME", "2021-02-11TEV",
            null),
        row("Cụ Lành sinh ngày mùng 9 tháng 3 năm Quý Hợi (24/4/1923).", APR_28_2021,
            "ngày mùng 9 tháng 3 năm Quý Hợi (24/4/1923)", "DATE", "1923-04-24", null),
        // "ngày 10 tháng 3 âm lịch": a lunar day, like "ngày 10/3 âm lịch"; a range end glued to a dash before "tháng Chạp"
        row("Giỗ tổ nghề mộc rơi vào ngày 10 tháng 3 âm lịch.", JAN_10_2021, "ngày 10 tháng 3 âm lịch", "DATE",
            "2021-04-21", null),
        row("Chợ hoa họp từ 23-29 tháng Chạp.", JAN_10_2021, "29 tháng Chạp", "DATE", "2021-02-10", null),
        // a part of day before "mùng N Tết" belongs to it, like "sáng 24/3"
        row("Sáng mùng 2 Tết, chị Na đi chúc Tết họ hàng.", JAN_10_2021, "Sáng mùng 2 Tết", "TIME", "2021-02-13TMO",
            null),
        // "về trước" is "ago" like "trước"
        row("Ông Tám kể chuyện ngôi làng 20 năm về trước.", APR_28_2021, "20 năm về trước", "DATE", "2001", null),
        row("Nhiều năm về trước, con đường này còn là bãi sông.", APR_28_2021, "Nhiều năm về trước", "DATE",
            "PAST_REF", null),
        row("Xưởng gỗ mở từ hơn 30 năm về trước.", APR_28_2021, "hơn 30 năm về trước", "DATE", "1991", "BEFORE"),
        // "cách đây" with the time ago written again after it is one DATE from "cách"
        row("Quán phở mở cửa cách đây 9 năm trước.", APR_28_2021, "cách đây 9 năm trước", "DATE", "2012", null),
        // "hôm" counts days in speech: "5 hôm trước" is five days ago
        row("Quán cà phê của Lan khai trương 5 hôm trước.", APR_28_2021, "5 hôm trước", "DATE", "2021-04-23", null),
        row("Cơn mưa đá ba hôm trước làm hỏng mái nhà.", APR_28_2021, "ba hôm trước", "DATE", "2021-04-25", null),
        // a part of day before a days-ago is that part of that day, like "chiều hôm qua"
        row("Tối 3 ngày trước, anh Bình đi chợ đêm.", APR_28_2021, "Tối 3 ngày trước", "TIME", "2021-04-25TEV", null),
        row("Xe tải đổ cát giữa đường chiều hai hôm trước.", APR_28_2021, "chiều hai hôm trước", "TIME", "2021-04-26TAF",
            null),
        // a lower-case month word with its year or deictic word after it, nothing before it
        row("Tháng hai năm ngoái, nhóm nhạc Sao Mai lưu diễn ở Huế.", APR_28_2021, "Tháng hai năm ngoái", "DATE",
            "2020-02", null),
        row("Tháng ba năm 2016, ông Khải nghỉ hưu.", APR_28_2021, "Tháng ba năm 2016", "DATE", "2016-03", null),
        // "Vừa rồi, …" opening a sentence is "recently" like "Vừa qua, …"; so is "Vừa qua" before "có" or a pronoun
        row("Vừa rồi, nhóm thợ mộc làng Đông sửa xong cây cầu.", APR_28_2021, "Vừa rồi", "DATE", "PAST_REF", null),
        row("Vừa qua có 12 hộ dân được nhận nhà mới.", APR_28_2021, "Vừa qua", "DATE", "PAST_REF", null),
        // a night and the morning after it joined by a comma: the night borrows the month
        // a capitalised "Giờ" opening a sentence before a subject or "có": now
        row("Giờ các con đã lớn, bà Năm mở quán nước.", APR_28_2021, "Giờ", "DATE", "PRESENT_REF", null),
        row("Mưa to kéo dài suốt đêm 24, rạng sáng 25/5.", APR_28_2021, "đêm 24", "TIME", "2021-05-24TNI", null),
        // a lower-case weekday before "tuần trước / tuần này …" is that day, no count of weeks; a date in parentheses
        // after it wins
        row("Cửa hàng của chị Mơ khai trương thứ sáu tuần trước.", APR_28_2021, "thứ sáu tuần trước", "DATE",
            "2021-04-23", null),
        row("Hội nghị sẽ khai mạc vào thứ hai tuần tới (3-5).", APR_28_2021, "thứ hai tuần tới (3-5)", "DATE",
            "2021-05-03", null),
        // "4, 5 tháng": two counts with one unit, each end a length (the first takes the unit)
        row("Anh Quý phải chờ thêm 4, 5 tháng nữa mới có nhà.", APR_28_2021, "4", "DURATION", "P4M", null),
        row("Mỗi chiều chị Hạnh dành 1, 2 giờ đi bộ.", APR_28_2021, "1", "DURATION", "PT1H", null),
        // "trong (khoảng) N tháng trở lại": the last N months, "trở lại" inside like "trở lại đây"
        row("Trong khoảng 9 tháng trở lại, cửa hàng bán được 300 xe.", APR_28_2021, "khoảng 9 tháng trở lại",
            "DURATION", "P9M", "APPROX"));
  }

  @ParameterizedTest
  @MethodSource("forms")
  void resolves(String text, PartialDate pub, String span, String type, String value, String mod) {
    TimeTestSupport.assertResolves(text, pub, span, type, value, mod);
  }

  @Test
  void lookAlikesStayOut() {
    // an age however it is reached: "tuổi đời lên tới hàng trăm năm"
    assertThat(analyze("Những ngôi nhà gỗ có tuổi đời lên tới hàng trăm năm.", APR_28_2021).times()).isEmpty();
    // a number glued to a name before "hôm trước" is no count of days
    assertThat(analyze("Tên lửa Hwa-12 hôm trước bay rất xa.", APR_28_2021).times())
        .extracting(TimeExpression::value).doesNotContain("2021-04-16");
    // "hai tháng một năm" is a rate, no January
    assertThat(analyze("Cô Hà làm việc ở Đà Lạt hai tháng một năm.", APR_28_2021).times())
        .extracting(TimeExpression::value).noneMatch(v -> v.endsWith("-01"));
    // "trở lại" after a length with no "trong" before it is "return", not part of the length
    assertThat(analyze("Sau vài tháng trở lại, khu nghỉ dưỡng đã đông khách.", APR_28_2021).times())
        .extracting(TimeExpression::text).containsExactly("vài tháng");
    // a list of months is no pair of lengths
    assertThat(analyze("Công ty chưa trả lương tháng 1, 2, 3 năm nay.", APR_28_2021).times())
        .extracting(TimeExpression::value).doesNotContain("P2Y");
    // two days of a named month are no lengths
    assertThat(analyze("Hội làng mở vào 12, 13 tháng Giêng.", APR_28_2021).times())
        .extracting(TimeExpression::value).doesNotContain("P12M");
    // "Giờ ra chơi" is the break, no "now"
    assertThat(analyze("Giờ ra chơi, học sinh lớp 5A đá cầu.", APR_28_2021).times()).isEmpty();
    // "tiếng tăm" is renown, no hours
    assertThat(analyze("Ông Kha là người ít tiếng tăm trong làng nhạc.", APR_28_2021).times()).isEmpty();
    // "Vừa qua" before a place passed is the verb "just passed"
    assertThat(analyze("Vừa qua một con dốc, xe tải của anh Khôi bị hỏng phanh.", APR_28_2021).times())
        .extracting(TimeExpression::value).doesNotContain("PAST_REF");
    // a "Tết" with no holiday name and no year after it is not read as the solar New Year
    assertThat(analyze("Ông Năm về trước Tết.", APR_28_2021).times())
        .extracting(TimeExpression::value).doesNotContain("2021-01-01");
  }
}
