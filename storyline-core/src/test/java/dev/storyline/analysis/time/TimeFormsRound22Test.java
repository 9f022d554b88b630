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
 * Round 22: a full date whose year a feed spaced off ("ngày 19-5 - 2015", "ngày 14 - 6 - 1993", "ngày 2/10 / 2016");
 * a part of day before "hôm trước" ("chiều hôm trước", "21h tối hôm trước"), the day before the day written about,
 * like "sáng hôm sau"; "liền" (consecutive) after a length is in its span ("5 năm liền"), like "nữa"; "quá khứ" after
 * "là" / "thành" / "vào" is the past (PAST_REF), like "trong quá khứ".
 */
class TimeFormsRound22Test {
  private static final PartialDate MAY_13_2021 = PartialDate.ofDay(2021, 5, 13);

  static Stream<Arguments> forms() {
    return Stream.of(
        // a full date with its year spaced off: one DATE of that year, not a day of the publication year
        row("Đến ngày 19-5 - 2015, ông Khải mới nhận quyết định.", MAY_13_2021, "ngày 19-5 - 2015", "DATE",
            "2015-05-19", null),
        row("Ngày 20-5 -2014, xã Tân Phú khánh thành cầu.", MAY_13_2021, "Ngày 20-5 -2014", "DATE", "2014-05-20", null),
        row("Quán của bà Liên mở vào ngày 2/10 / 2016 ở Cần Thơ.", MAY_13_2021, "ngày 2/10 / 2016", "DATE",
            "2016-10-02", null),
        row("Sáng ngày 14 - 6 - 1993, ông Đạt rời làng Phú Xá.", MAY_13_2021, "Sáng ngày 14 - 6 - 1993", "TIME",
            "1993-06-14TMO", null),
        row("Kể từ ngày 4 - 6-2018, cầu Rạch Miễu cấm xe tải.", MAY_13_2021, "ngày 4 - 6-2018", "DATE", "2018-06-04",
            null),
        // a part of day (with or without a clock) before "hôm trước": the day before the day written about
        row("Ngày 10/5, ông Tư kể rằng chiều hôm trước trời mưa to ở Huế.", MAY_13_2021, "chiều hôm trước", "TIME",
            "2021-05-09TAF", null),
        row("Ngày 10/5, công an cho biết vụ cháy xảy ra lúc 21h tối hôm trước.", MAY_13_2021, "21h tối hôm trước",
            "TIME", "2021-05-09T21:00", null),
        // "liền" after a length belongs to it
        row("Chị Hoa đạt danh hiệu giáo viên giỏi 5 năm liền.", MAY_13_2021, "5 năm liền", "DURATION", "P5Y", null),
        row("Đường Lê Lợi ách tắc nhiều giờ liền vì xe hỏng.", MAY_13_2021, "nhiều giờ liền", "DURATION", "PTXH", null),
        // "quá khứ" after a copula or "vào": the past
        row("Những trận thua đó giờ đã là quá khứ.", MAY_13_2021, "quá khứ", "DATE", "PAST_REF", null),
        row("Cảnh chen chúc ở chợ Đông Ba sẽ sớm thành quá khứ.", MAY_13_2021, "quá khứ", "DATE", "PAST_REF", null));
  }

  @ParameterizedTest
  @MethodSource("forms")
  void resolves(String text, PartialDate pub, String span, String type, String value, String mod) {
    TimeTestSupport.assertResolves(text, pub, span, type, value, mod);
  }

  @Test
  void lookAlikesStayOut() {
    // "từ ngày 1 - 5" with no year may be days 1 to 5: no date of May
    assertThat(analyze("Hội chợ mở từ ngày 1 - 5 tại Huế.", MAY_13_2021).times())
        .extracting(TimeExpression::text).doesNotContain("ngày 1 - 5");
    // "hôm trước đó" keeps round 21's reading; "liền kề" is adjacent, and "sau … liền" is "at once"
    assertThat(analyze("Giá lúa tăng so với tháng trước liền kề.", MAY_13_2021).times())
        .extracting(TimeExpression::text).containsExactly("tháng trước");
    assertThat(analyze("Sau 5 phút liền có xe cứu thương tới.", MAY_13_2021).times())
        .extracting(TimeExpression::text).containsExactly("5 phút");
    // someone's past is no time
    assertThat(analyze("Anh Minh ít khi kể về quá khứ của mình.", MAY_13_2021).times()).isEmpty();
    assertThat(analyze("Đó là quá khứ của cô Lan.", MAY_13_2021).times()).isEmpty();
  }
}
