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
 * Round 15: found by listing the time-like words no span covers in the 394 unannotated articles no earlier round had
 * sampled, and the spans with a modifier or a time word next to them (then counting each kind over all unannotated
 * articles): "cách đây không lâu" (not long ago), "nửa đầu / nửa cuối năm" (a half of a year), "cả trăm / cả nghìn
 * năm", "những năm thập niên 90" (no length of five decades), "giờ" (now) before "muốn", and "bắt đầu" (begin) before
 * a time, whose "đầu" is no edge; a yearless month or day after "Trước đó, vào" is told in the past; "mỗi dịp cuối tuần" is
 * every weekend and "những ngày cuối tuần" weekends in general (no time);
 * "2 ngày một tuần", "1 lần 1 năm": a count per period is a SET whatever follows it; "đồng hồ" after "nửa giờ" and
 * "hàng chục giờ" belongs to the length; "từ tháng 8 đến 10-2012" gives both months that year; a past cue before a
 * future one keeps an earlier month in this year; a dashed date in parentheses after a relative day ("cách đây 3 ngày
 * (25-4)") or after "ngày" / "sinh nhật" is a date.
 */
class TimeFormsRound15Test {
  private static final PartialDate APR_28_2021 = PartialDate.ofDay(2021, 4, 28); // a Wednesday

  static Stream<Arguments> forms() {
    return Stream.of(
        // not long ago: a past reference, like "cách đây ít ngày"
        row("Cách đây không lâu, quán phở của ông Tư đã đổi chủ.", APR_28_2021, "Cách đây không lâu", "DATE",
            "PAST_REF", null),
        row("Đội bóng làng Mai vừa thua một trận cách nay chưa lâu.", APR_28_2021, "cách nay chưa lâu", "DATE",
            "PAST_REF", null),
        // the first or second half of a year: TIMEX3 H1 / H2, "nửa" inside, no edge mod
        row("Doanh thu của hãng giày tăng 8% trong nửa đầu năm 2020.", APR_28_2021, "nửa đầu năm 2020", "DATE",
            "2020-H1", null),
        row("Nhà máy sẽ chạy thử vào nửa cuối năm nay.", APR_28_2021, "nửa cuối năm nay", "DATE", "2021-H2", null),
        // "cả trăm năm", "cả nghìn năm": a good hundred, thousand years, like "cả chục năm"
        row("Cây đa đầu làng đã đứng đó cả trăm năm.", APR_28_2021, "cả trăm năm", "DURATION", "P100Y", null),
        row("Nghề gốm ở đây có từ cả nghìn năm.", APR_28_2021, "cả nghìn năm", "DURATION", "P1000Y", null),
        // "những năm thập niên 80": the decade, not five decades
        row("Ca sĩ Hòa nổi tiếng từ những năm thập niên 80.", APR_28_2021, "những năm thập niên 80", "DATE", "198",
            null),
        // "giờ" before "muốn" between a subject and its verb: now
        row("Anh Kiên bán xe từ lâu và giờ muốn mở quán cà phê.", APR_28_2021, "giờ", "DATE", "PRESENT_REF", null),
        // "bắt đầu" (begin) before a time ago: "đầu" is no edge, the time ago keeps its own mod
        row("Nghề nuôi ong ở xã này bắt đầu cách đây hơn 20 năm.", APR_28_2021, "cách đây hơn 20 năm", "DATE", "2001",
            "BEFORE"),
        row("Việc sửa đường bắt đầu một năm trước.", APR_28_2021, "một năm trước", "DATE", "2020", null),
        // "Trước đó, vào tháng 9" / "Trước đó, vào ngày 4/8": told in the past, so last year's when months ahead
        row("Trước đó, vào tháng 9, một cửa hàng khác trên phố cũng bị cháy.", APR_28_2021, "tháng 9", "DATE",
            "2020-09", null),
        row("Trước đó, vào ngày 4/8, một cửa hàng khác trên phố cũng bị cháy.", APR_28_2021, "ngày 4/8", "DATE",
            "2020-08-04", null),
        // every weekend, like "mỗi cuối tuần"
        row("Gia đình anh Lộc lên núi cắm trại mỗi dịp cuối tuần.", APR_28_2021, "mỗi dịp cuối tuần", "SET",
            "XXXX-WXX-WE", null),
        row("Nhóm bạn của Hà đạp xe quanh hồ mỗi ngày cuối tuần.", APR_28_2021, "mỗi ngày cuối tuần", "SET",
            "XXXX-WXX-WE", null),
        // a count of days, hours or times per period, whatever follows it: a SET of the period, like "3 lần một ngày"
        row("Xưởng may chỉ chạy 3 ngày một tuần để tiết kiệm điện.", APR_28_2021, "một tuần", "SET", "P1W", null),
        row("Anh Tùng làm việc 14 tiếng một ngày ở cảng cá.", APR_28_2021, "một ngày", "SET", "P1D", null),
        row("Bác sĩ khuyên chị Hoa tập bơi năm lần một tuần.", APR_28_2021, "một tuần", "SET", "P1W", null),
        row("Quỹ học bổng họp ít nhất 1 lần 1 năm để xét duyệt.", APR_28_2021, "1 năm", "SET", "P1Y", null),
        row("Cửa hàng chỉ mở 2 ngày 1 tuần trong mùa dịch.", APR_28_2021, "1 tuần", "SET", "P1W", null),
        // "đồng hồ" belongs to a length in hours however it is counted, like "9 tiếng đồng hồ"
        row("Khách phải ngồi chờ khoảng nửa giờ đồng hồ.", APR_28_2021, "khoảng nửa giờ đồng hồ", "DURATION", "PT30M",
            "APPROX"),
        row("Đội cứu hộ làm việc hàng chục giờ đồng hồ liền.", APR_28_2021, "hàng chục giờ đồng hồ", "DURATION",
            "PTXH", null),
        // "từ tháng 8 đến 10-2010": the second month with its year only (dash or dot), the first takes that year
        row("Từ tháng 8 đến 10-2012, công ty Hòa Tín ký 5 hợp đồng.", APR_28_2021, "tháng 8", "DATE", "2012-08", null),
        row("Từ tháng 8 đến 10-2012, công ty Hòa Tín ký 5 hợp đồng.", APR_28_2021, "10-2012", "DATE", "2012-10", null),
        row("Từ tháng 11 đến 2.2013, xưởng gỗ ngừng chạy.", APR_28_2021, "tháng 11", "DATE", "2012-11", null),
        // a past cue before a future one: the month is not moved to next year
        row("Bà Lan đã hứa sẽ trả nợ, nhưng đến tháng 3 vẫn chưa trả.", APR_28_2021, "tháng 3", "DATE", "2021-03",
            null),
        // "tới" after the month still looks forward
        row("Ông Bảo đã nói công trình xong vào tháng 3 tới.", APR_28_2021, "tháng 3 tới", "DATE", "2022-03", null),
        // a relative day with its date in parentheses (dash or dot) is one DATE, the written date wins
        row("Đội Hòa Bình thắng trận giao hữu cách đây 3 ngày (25-4).", APR_28_2021, "cách đây 3 ngày (25-4)", "DATE",
            "2021-04-25", null),
        // a dashed date alone in parentheses after "ngày" or "sinh nhật"
        row("Hôm nay là ngày sinh nhật của bà Lụa (28-4).", APR_28_2021, "28-4", "DATE", "2021-04-28", null));
  }

  @ParameterizedTest
  @MethodSource("forms")
  void resolves(String text, PartialDate pub, String span, String type, String value, String mod) {
    TimeTestSupport.assertResolves(text, pub, span, type, value, mod);
  }

  @Test
  void weekendsInGeneralAreNoTime() {
    // "những ngày cuối tuần": weekends in general, a habit with no week, like a habitual "vào cuối tuần"
    assertThat(analyze("Quán bún của bà Sáu đông nhất vào những ngày cuối tuần.", APR_28_2021).times()).isEmpty();
    assertThat(analyze("Phố đi bộ chỉ mở trong các ngày cuối tuần.", APR_28_2021).times()).isEmpty();
    // with its week it stays this week's weekend
    assertThat(analyze("Trời sẽ mưa to vào những ngày cuối tuần này.", APR_28_2021).times())
        .extracting(TimeExpression::value).containsExactly("2021-W17-WE");
  }

  @Test
  void lookAlikesStayOut() {
    // "không lâu sau" (soon after) with no "cách đây" before it is no time
    assertThat(analyze("Không lâu sau, anh Phong chuyển về quê.", APR_28_2021).times()).isEmpty();
    // a score in parentheses is no date
    assertThat(analyze("Đội Lâm Đồng thắng đội Phú Yên (2-1) ở vòng 3.", APR_28_2021).times()).isEmpty();
    // "cả trăm người" counts people, not years
    assertThat(analyze("Cả trăm người xếp hàng mua vé.", APR_28_2021).times()).isEmpty();
    // "nửa đầu năm học" is a school year, no half of a calendar year
    assertThat(analyze("Điểm thi nửa đầu năm học của lớp 9A khá cao.", APR_28_2021).times())
        .extracting(TimeExpression::value).noneMatch(v -> v.endsWith("-H1"));
    // "đầu năm 2020" without "nửa" keeps its edge
    assertThat(analyze("Công ty mở chi nhánh từ đầu năm 2020.", APR_28_2021).times())
        .extracting(TimeExpression::text, TimeExpression::value, TimeExpression::mod)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("đầu năm 2020", "2020", "START"));
    // a length after a count of days stays a length when a date follows ("1 tháng 5" is May Day)
    assertThat(analyze("Anh Sơn nghỉ phép 15 ngày 1 tháng 5 mới về.", APR_28_2021).times())
        .extracting(TimeExpression::value).doesNotContain("P1M");
    // "giờ muốn" after a count is the hour ("1 giờ muốn" never means now)
    assertThat(analyze("Khách đến lúc mấy giờ muốn ăn cũng có.", APR_28_2021).times())
        .extracting(TimeExpression::value).doesNotContain("PRESENT_REF");
  }
}
