package dev.storyline.analysis.time;

import static dev.storyline.analysis.time.TimeTestSupport.analyze;
import static dev.storyline.analysis.time.TimeTestSupport.assertResolves;
import static dev.storyline.analysis.time.TimeTestSupport.row;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.model.PartialDate;
import dev.storyline.model.TimeExpression;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Round 7: span boundaries the guidelines fix (modifiers inside, "tới" as the link of a range outside, late parts of
 * day, "âm lịch" with its month) and values that depend on a neighbour (the year of a range's first end, the month of
 * a listed day). Found by probing each guideline convention with made-up sentences and by a scan of unannotated
 * articles for time words next to, but outside, an expression.
 */
class TimeFormsRound7Test {
  private static final PartialDate APR_20_2021 = PartialDate.ofDay(2021, 4, 20);
  private static final PartialDate AUG_8_2016 = PartialDate.ofDay(2016, 8, 8);

  static Stream<Arguments> forms() {
    return Stream.of(
        // a modifier before "N <unit> trước" (ago): a date that far back, like "cách đây khoảng N ..."
        row("Khoảng 5 năm trước, gia đình anh chuyển vào Nam.", APR_20_2021, "Khoảng 5 năm trước", "DATE", "2016",
            "APPROX"),
        row("Khoảng 2 tuần trước, chị nhận được một cuộc gọi lạ.", APR_20_2021, "Khoảng 2 tuần trước", "DATE",
            "2021-W14", "APPROX"),
        row("Hơn 10 năm trước, khu này chỉ là ruộng.", APR_20_2021, "Hơn 10 năm trước", "DATE", "2011", "BEFORE"),
        row("Gần 3 tháng trước, cửa hàng đổi chủ.", APR_20_2021, "Gần 3 tháng trước", "DATE", "2021-01", "AFTER"),
        // "trước đây" after the count belongs to the date; before year 1 the year is written BC (guidelines)
        row("Ngôi đền được dựng 3 năm trước đây.", APR_20_2021, "3 năm trước đây", "DATE", "2018", null),
        row("Dự án được ấp ủ hơn hai năm trước đây.", APR_20_2021, "hơn hai năm trước đây", "DATE", "2019",
            "BEFORE"),
        row("Loài này xuất hiện khoảng 2.500 năm trước.", APR_20_2021, "khoảng 2.500 năm trước", "DATE", "BC0479",
            "APPROX"),
        // "trước đó" / "trước khi" after the count keep it a length
        row("Khoảng 2 năm trước đó, anh đã nghỉ việc.", APR_20_2021, "Khoảng 2 năm", "DURATION", "P2Y", "APPROX"),
        row("Hơn 3 tháng trước khi mở bán, dự án đã kín chỗ.", APR_20_2021, "Hơn 3 tháng", "DURATION", "P3M",
            "MORE_THAN"),
        // late parts of day: "đêm khuya" is one part, "muộn" the END of the part
        row("Đêm khuya 5/4, một xe tải lật trên đèo.", APR_20_2021, "Đêm khuya 5/4", "TIME", "2021-04-05TNI", null),
        row("Tối muộn ngày 2/4, đám cháy bùng lên.", APR_20_2021, "Tối muộn ngày 2/4", "TIME", "2021-04-02TEV", "END"),
        row("Chiều muộn 16/4, bãi biển vẫn đông.", APR_20_2021, "Chiều muộn 16/4", "TIME", "2021-04-16TAF", "END"),
        // "khoảng gần" before a clock: about
        row("Khoảng gần 10 giờ đêm 19/4, cảnh sát có mặt.", APR_20_2021, "Khoảng gần 10 giờ đêm 19/4", "TIME",
            "2021-04-19T22:00", "APPROX"),
        // "khoảng" before a calendar date written with its word
        row("Vào khoảng năm 2010, anh mở xưởng gỗ.", APR_20_2021, "khoảng năm 2010", "DATE", "2010", "APPROX"),
        row("Khoảng tháng 3, giá bắt đầu tăng.", APR_20_2021, "Khoảng tháng 3", "DATE", "2021-03", "APPROX"),
        row("Khoảng ngày 10/3, anh nhận được thư.", APR_20_2021, "Khoảng ngày 10/3", "DATE", "2021-03-10", "APPROX"),
        // an ordinal before "năm YYYY" is no length of years
        row("Đội xếp thứ 53 năm 2014 và thứ 20 năm 2015.", APR_20_2021, "năm 2014", "DATE", "2014", null),
        row("Đây là lần thứ 12 năm 2019 hội thi được tổ chức.", APR_20_2021, "năm 2019", "DATE", "2019", null),
        // every season, every weekend
        row("Vào mỗi mùa hè, du khách đổ về bãi biển.", APR_20_2021, "mỗi mùa hè", "SET", "XXXX-SU", null),
        row("Ông thường về quê vào mỗi cuối tuần.", APR_20_2021, "mỗi cuối tuần", "SET", "XXXX-WXX-WE", null),
        // days and nights
        row("Sau 52 ngày đêm, đoàn thám hiểm về tới trạm.", APR_20_2021, "52 ngày đêm", "DURATION", "P52D", null),
        // lunar months: no year is any year, with "âm lịch" in the span; the first day and the full moon of one
        row("Mùa mực kéo dài từ tháng 2 âm lịch đến tháng 8 âm lịch.", APR_20_2021, "tháng 2 âm lịch", "DATE",
            "XXXX-02", null),
        row("Hoa nở vào tháng giêng (âm lịch), rồi kết trái.", APR_20_2021, "tháng giêng (âm lịch)", "DATE", "XXXX-01",
            null),
        row("Gia đình làm lễ cúng xe đầu tháng 7 âm lịch theo tục lệ.", AUG_8_2016, "đầu tháng 7 âm lịch", "DATE",
            "2016-08-03", "APPROX"),
        row("Lễ hội mở vào giữa tháng 3 âm lịch.", APR_20_2021, "giữa tháng 3 âm lịch", "DATE", "2021-04-26",
            "APPROX"),
        // "tới" linking the ends of a range is "to", not "coming"
        row("Cặp đôi sống chung từ tháng 3/2014 tới tháng 5/2016.", APR_20_2021, "tháng 3/2014", "DATE", "2014-03",
            null),
        row("Công nhân đình công kể từ ngày 3/2 tới nay.", APR_20_2021, "ngày 3/2", "DATE", "2021-02-03", null),
        row("Công nhân đình công kể từ ngày 3/2 tới nay.", APR_20_2021, "nay", "DATE", "PRESENT_REF", null),
        row("Theo dõi từ 6/4 tới nay, con đê vẫn vững.", APR_20_2021, "6/4", "DATE", "2021-04-06", null),
        // the first end of a range takes the year written on the second
        row("Cặp đôi sống chung từ tháng 5 tới tháng 8/2015.", APR_20_2021, "tháng 5", "DATE", "2015-05", null),
        row("Chương trình chạy từ ngày 3/6 đến ngày 9/9/2016.", APR_20_2021, "ngày 3/6", "DATE", "2016-06-03", null),
        row("Mùa khô kéo dài từ tháng 11 đến tháng 2/2019.", APR_20_2021, "tháng 11", "DATE", "2018-11", null),
        row("Cửa hàng đóng cửa ngày 30/4 và 1/5/2019.", APR_20_2021, "ngày 30/4", "DATE", "2019-04-30", null),
        // a month and year written without "tháng" after a word that introduces a point in time
        row("Trạm thu phí hoạt động từ 9/2019, sau đó dừng lại.", APR_20_2021, "9/2019", "DATE", "2019-09", null),
        row("Số liệu tính đến 3/2021 cho thấy doanh số tăng.", APR_20_2021, "3/2021", "DATE", "2021-03", null),
        // a missing space after a date that "ngày" introduces (a frequent typo) does not hide the date
        row("Chị về nước ngày 12/4/2021và ở khách sạn cách ly.", APR_20_2021, "ngày 12/4/2021", "DATE", "2021-04-12",
            null),
        row("Sở Y tế ngày 16/4thông báo thêm hai ca mắc.", APR_20_2021, "ngày 16/4", "DATE", "2021-04-16", null),
        // first and last quarters of a named year; "quý đầu tiên này" is the quarter being written in (guidelines)
        row("Trong quý đầu tiên của năm nay, công ty lãi lớn.", APR_20_2021, "quý đầu tiên của năm nay", "DATE",
            "2021-Q1", null),
        row("Trong quý cuối cùng của năm 2019, doanh thu tăng.", APR_20_2021, "quý cuối cùng của năm 2019", "DATE",
            "2019-Q4", null),
        row("Doanh thu quý đầu tiên này giảm mạnh.", APR_20_2021, "quý đầu tiên này", "DATE", "2021-Q2", null),
        // a later month with no year stays in the publication year, like a day-month; "phục hồi" is no past cue
        row("Kinh tế có thể phục hồi từ tháng 7 đến tháng 9.", APR_20_2021, "tháng 7", "DATE", "2021-07", null),
        row("Trường tuyển sinh từ giữa tháng 5 đến cuối tháng 6.", APR_20_2021, "cuối tháng 6", "DATE", "2021-06",
            "END"),
        // a past sentence ("đã", "hồi") with a month well ahead of the publication month is last year's
        row("Công ty đã khai trương cửa hàng vào tháng 9.", APR_20_2021, "tháng 9", "DATE", "2020-09", null),
        row("Hồi tháng 10, anh bị mất việc.", APR_20_2021, "tháng 10", "DATE", "2020-10", null),
        // "từng" before a unit is "each": no past
        row("Giá tăng từng ngày, dự kiến tháng 6 sẽ cao nhất.", APR_20_2021, "tháng 6", "DATE", "2021-06", null),
        // a day of every month, written like "thứ 6 hàng tuần"
        row("Vào ngày 20 hàng tháng, công ty trả lương.", APR_20_2021, "ngày 20 hàng tháng", "SET", "XXXX-XX-20",
            null),
        // years and months (months and days) of one length, as in sentences: one DURATION
        row("Bị cáo bị phạt 7 năm 6 tháng tù.", APR_20_2021, "7 năm 6 tháng", "DURATION", "P7Y6M", null),
        row("Họ ở lại làng 1 tháng 15 ngày.", APR_20_2021, "1 tháng 15 ngày", "DURATION", "P1M15D", null),
        // "ngày" before a weekday that carries its date belongs to the span
        row("Ngày thứ Hai 19/4, nhiều người đổ ra đường.", APR_20_2021, "Ngày thứ Hai 19/4", "DATE", "2021-04-19",
            null),
        row("Chuyến bay được thực hiện vào ngày chủ nhật (18/4) vừa qua.", APR_20_2021, "ngày chủ nhật (18/4) vừa qua",
            "DATE", "2021-04-18", null),
        // a count of hours with a thousands dot
        row("Cơ trưởng đã có 6.275 giờ bay.", APR_20_2021, "6.275 giờ", "DURATION", "PT6275H", null),
        // a listed day takes the month of the day-month that closes the list
        row("Các ngày 10, 11 và 12/4, trường tổ chức thi thử.", APR_20_2021, "11", "DATE", "2021-04-11", null),
        row("Các ngày 10, 11 và 12/4, trường tổ chức thi thử.", APR_20_2021, "ngày 10", "DATE", "2021-04-10", null));
  }

  @ParameterizedTest
  @MethodSource("forms")
  void resolves(String text, PartialDate pub, String span, String type, String value, String mod) {
    assertResolves(text, pub, span, type, value, mod);
  }

  @Test
  void aComingDayKeepsItsTới() {
    assertResolves("Ngày 15/5 tới, trường sẽ khai giảng.", APR_20_2021, "Ngày 15/5 tới", "DATE", "2021-05-15", null);
    assertResolves("Vào ngày 15/5 tới đây, trường sẽ khai giảng.", APR_20_2021, "ngày 15/5 tới đây", "DATE",
        "2021-05-15", null);
    // a coming month without "từ" before it stays a coming month
    assertResolves("Tháng 3 tới, nhà máy sẽ chạy thử.", APR_20_2021, "Tháng 3 tới", "DATE", "2022-03", null);
  }

  @Test
  void aRangeWithoutAYearOnItsEndKeepsThePublicationYear() {
    assertResolves("Hội chợ kéo dài từ ngày 5 đến ngày 9/6 tại Hà Nội.", APR_20_2021, "ngày 5", "DATE", "2021-06-05",
        null);
  }

  @Test
  void aShareAfterKhoangIsNoDate() {
    List<TimeExpression> times = analyze("Nhóm này nắm khoảng 1/3 số cổ phần.", APR_20_2021).times();
    assertThat(times).noneMatch(x -> x.text().contains("khoảng"));
  }

  @Test
  void aDayMonthAfterACountOfYearsIsStillADate() {
    // "3 tháng 4" after "năm" is the 3rd of April, not three months joined to the years
    assertResolves("Doanh thu 3 tháng 4 năm nay tăng.", APR_20_2021, "3 tháng 4 năm nay", "DATE", "2021-04-03", null);
  }

  @Test
  void theEdgeOfAPeriodNamedBeforeIsNoTime() {
    // "cuối năm đó" points back to a year already given (anaphora): no value of its own, unlike "cuối năm nay"
    List<TimeExpression> times = analyze("Đầu năm 2020, dịch bùng phát. Cuối năm đó, vắc xin ra đời.", APR_20_2021)
        .times();
    assertThat(times).extracting(TimeExpression::text).containsExactly("Đầu năm 2020");
    assertResolves("Cuối năm nay, vắc xin sẽ ra đời.", APR_20_2021, "Cuối năm nay", "DATE", "2021", "END");
  }

  @Test
  void theWeekBeforeThatCountsBackFromTheWeekNamedBefore() {
    // published Tue 2021-04-20 (week 16): "tuần qua" is week 15, the week before that week 14
    assertResolves("Trong tuần qua, số ca tăng 20% so với tuần trước đó.", APR_20_2021, "tuần trước đó", "DATE",
        "2021-W14", null);
    // with no week named before it in the sentence, the week before publication
    assertResolves("Số ca tăng 20% so với tuần trước đó.", APR_20_2021, "tuần trước đó", "DATE", "2021-W15", null);
  }

  @Test
  void theMonthBeforeThatKeepsItsDo() {
    assertThat(analyze("Doanh số giảm 10% so với tháng trước đó.", APR_20_2021).times())
        .extracting(TimeExpression::text).containsExactly("tháng trước đó");
  }

  @Test
  void aSportsSeasonOfThisYearIsNoTime() {
    // guidelines: sports seasons are not time ("mùa giải tới"), so neither is "mùa giải năm nay"
    assertThat(analyze("Trong mùa giải năm nay, đội bóng đứng thứ 4.", APR_20_2021).times()).isEmpty();
    assertResolves("Trong năm nay, đội bóng đứng thứ 4.", APR_20_2021, "năm nay", "DATE", "2021", null);
  }

  @Test
  void aBareLatePartOfDayIsNoTime() {
    // "chiều muộn" with no day after it refers back to a day already given (guidelines, round 6)
    assertThat(analyze("Đến chiều muộn, đoàn mới rời đi.", APR_20_2021).times()).isEmpty();
  }

  @Test
  void aListWithoutADayMonthAtItsEndIsNoDate() {
    assertThat(analyze("Anh chọn ngày 10, 11 và 12 người khác chọn ngày sau.", APR_20_2021).times())
        .noneMatch(x -> x.text().equals("11"));
  }
}
