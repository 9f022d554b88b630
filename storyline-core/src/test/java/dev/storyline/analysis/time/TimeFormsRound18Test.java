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
 * Round 18: span boundaries found by reading the tagger's output on 600 more VietNews articles (never annotated), then
 * counting each kind over all 30,000: "ngày" before a bare weekday is in its span ("vào ngày Chủ nhật"), as "hôm" is
 * (the convention round 17 left open, settled on the guidelines and dev rows); "đêm giao thừa" is one span with its
 * night; "khoảng" before a dated part of day ("khoảng chiều ngày 20/4", "khoảng trưa nay") or a century ("khoảng thế
 * kỷ 15") is in the span, APPROX, like "gần trưa 8/3" and "khoảng năm 1400".
 */
class TimeFormsRound18Test {
  private static final PartialDate APR_29_2021 = PartialDate.ofDay(2021, 4, 29);

  static Stream<Arguments> forms() {
    return Stream.of(
        // "ngày" before a bare weekday belongs to its span, like "hôm thứ Sáu" and "ngày thứ Hai 19/4"
        row("Chị Lan về quê vào ngày Chủ nhật.", APR_29_2021, "ngày Chủ nhật", "DATE", "2021-04-25", null),
        row("Anh Tư phải trực ca vào ngày thứ bảy.", APR_29_2021, "ngày thứ bảy", "DATE", "2021-04-24", null),
        row("Ngày thứ Sáu, đội tuyển về nước.", APR_29_2021, "Ngày thứ Sáu", "DATE", "2021-04-23", null),
        // the night of New Year's Eve: one span with "đêm"
        row("Phố đi bộ đông nghịt người vào đêm giao thừa.", APR_29_2021, "đêm giao thừa", "TIME",
            "2021-02-12T00:00", null),
        // "khoảng" (about) before a dated part of day: APPROX, "khoảng" inside, like "gần trưa 8/3"
        row("Khoảng chiều ngày 20/4, cơn mưa lớn đổ xuống xã Hòa An.", APR_29_2021, "Khoảng chiều ngày 20/4", "TIME",
            "2021-04-20TAF", "APPROX"),
        row("Cơn bão có thể vào đất liền khoảng trưa nay.", APR_29_2021, "khoảng trưa nay", "TIME", "2021-04-29TMI",
            "APPROX"),
        row("Nhóm thợ rời bến vào tầm tối 27/4.", APR_29_2021, "tầm tối 27/4", "TIME", "2021-04-27TEV", "APPROX"),
        // a year written after a can-chi year names it and is in the span
        row("Khoa thi năm Tân Sửu 1901 có 13 người đỗ.", APR_29_2021, "năm Tân Sửu 1901", "DATE", "1901", null),
        row("Năm Mậu Tuất 2018 có nhiều lễ hội.", APR_29_2021, "Năm Mậu Tuất 2018", "DATE", "2018", null),
        // "khoảng" before a century, like "khoảng năm 1400"
        row("Ngôi chùa nhỏ được dựng vào khoảng thế kỷ 15.", APR_29_2021, "khoảng thế kỷ 15", "DATE", "14", "APPROX"));
  }

  @Test
  void firstEndOfARangeTakesTheSecondEndsYear() {
    // the matcher gives the first end of a range written without its year the year of the second end (the year before
    // when it comes later in the calendar), so no earlier date of the article can pull it elsewhere
    assertThat(new TimeMatcher().match(new Tokens("Vé được bán từ ngày 26/5 đến hết ngày 31/12/2016.")).get(0).y)
        .isEqualTo(2016);
    assertThat(new TimeMatcher().match(new Tokens("Cầu đóng từ ngày 17/9 đến 17/3/2019 để sửa.")).get(0).y)
        .isEqualTo(2018);
    assertThat(new TimeMatcher().match(new Tokens("Xe chạy thử từ tháng 3 đến tháng 8/2019.")).get(0).y)
        .isEqualTo(2019);
    assertThat(new TimeMatcher().match(new Tokens("Giao dịch dự kiến từ 21/11 đến 15/12/2022.")).get(0).y)
        .isEqualTo(2022);
  }

  @Test
  void dashedDayMonthPairsAreDates() {
    // two bare dashed day-months linked by "đến" / "và", in calendar order: both ends are dates
    assertThat(analyze("Triển lãm kéo dài từ 29-3 đến 24-4 tại nhà văn hóa quận.", APR_29_2021).times())
        .extracting(TimeExpression::value).containsExactly("2021-03-29", "2021-04-24");
    assertThat(analyze("Hội nghị họp trong hai ngày 30-3 và 1-4 tại Huế.", APR_29_2021).times())
        .extracting(TimeExpression::value).contains("2021-03-30", "2021-04-01");
    // numbers with a unit after them, scores, and pairs out of calendar order are no dates
    assertThat(analyze("Giá vé từ 2-3 đến 5-6 triệu đồng.", APR_29_2021).times()).isEmpty();
    assertThat(analyze("Đội nhà thắng 2-1 và 3-2 ở hai lượt trận.", APR_29_2021).times()).isEmpty();
    assertThat(analyze("Mã hàng có ký hiệu từ 5-8 đến 3-4 trong kho.", APR_29_2021).times()).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("forms")
  void resolves(String text, PartialDate pub, String span, String type, String value, String mod) {
    TimeTestSupport.assertResolves(text, pub, span, type, value, mod);
  }

  @Test
  void daysReachedAreNoWeekdays() {
    // "hết / đến ngày thứ N" with a lower-case or digit day word counts the days of an event: no weekday
    assertThat(analyze("Hết ngày thứ 2, căn nhà dịch được 10 m.", APR_29_2021).times()).isEmpty();
    assertThat(analyze("Bé Na tỉnh lại nhưng đến ngày thứ 4, bé không nói được.", APR_29_2021).times()).isEmpty();
    // a capitalised weekday after "đến" is still that day
    assertThat(analyze("Anh Tư làm việc đến ngày Thứ Sáu.", APR_29_2021).times())
        .extracting(TimeExpression::value).containsExactly("2021-04-23");
  }

  @Test
  void lookAlikesStayOut() {
    // "khoảng" before a part of day with no day, or before "chiều dài" (length), is no time
    assertThat(analyze("Khoảng chiều, trời đổ mưa.", APR_29_2021).times()).isEmpty();
    assertThat(analyze("Con đường có khoảng chiều dài 5 km.", APR_29_2021).times()).isEmpty();
    // a counted day before a weekday keeps "ngày" in the length
    assertThat(analyze("Chỉ trong 1 ngày thứ Sáu, xưởng bán 200 xe.", APR_29_2021).times())
        .extracting(TimeExpression::text).containsExactly("1 ngày", "thứ Sáu");
    // "giao thừa" alone keeps its span
    assertThat(analyze("Pháo hoa nổ lúc giao thừa.", APR_29_2021).times())
        .extracting(TimeExpression::text).containsExactly("giao thừa");
  }
}
