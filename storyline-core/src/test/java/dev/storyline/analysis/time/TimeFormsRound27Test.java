package dev.storyline.analysis.time;

import static dev.storyline.analysis.time.TimeTestSupport.analyze;
import static dev.storyline.analysis.time.TimeTestSupport.row;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.model.PartialDate;
import dev.storyline.model.TimeExpression;
import dev.storyline.model.TimeType;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Round 27: "Hơn 18h30, …" / "Gần 22h, …" opening a sentence is a clock just past or near the hour, not a length;
 * "ngày hôm trước" is the day before the day last written about, like "ngày hôm sau"; a span of years after "thời gian"
 * ("trong thời gian 1965-1971") is two years, like "giai đoạn 2016-2020".
 */
class TimeFormsRound27Test {
  private static final PartialDate JUN_15_2017 = PartialDate.ofDay(2017, 6, 15);

  static Stream<Arguments> forms() {
    return Stream.of(
        // "hơn" / "gần" opening a sentence before an "h" reading and a comma: a clock
        row("Cơn mưa kéo dài cả chiều. Hơn 18h30, đường Lê Lợi vẫn ngập.", JUN_15_2017, "Hơn 18h30", "TIME",
            "XXXX-XX-XXT18:30", "MORE_THAN"),
        row("Xe cứu hỏa đến kịp. Gần 22h, đám cháy ở chợ Cồn được dập tắt.", JUN_15_2017, "Gần 22h", "TIME",
            "XXXX-XX-XXT22:00", "APPROX"),
        row("Ông Lâm về quê. \"Hơn 7h, tôi ra đồng thì thấy con trâu mất.\"", JUN_15_2017, "Hơn 7h", "TIME",
            "XXXX-XX-XXT07:00", "MORE_THAN"),
        // "ngày hôm trước": the day before the day last written about, like "ngày hôm sau"
        row("Ngày 3/6, tàu cá cập cảng Sa Kỳ. Ngày hôm trước, ông Điền bị đau bụng.", JUN_15_2017, "Ngày hôm trước",
            "DATE", "2017-06-02", null),
        row("Ngày 8/5, giá gạo ở chợ Bình Tây giảm so với ngày hôm trước.", JUN_15_2017, "ngày hôm trước", "DATE",
            "2017-05-07", null),
        row("Ngày 3/6, tàu cá cập cảng. Khoảng 17h ngày hôm trước, ông Điền bị ngã.", JUN_15_2017,
            "Khoảng 17h ngày hôm trước", "TIME", "2017-06-02T17:00", "APPROX"),
        // a span of years after "thời gian", like "giai đoạn 2016-2020": two years
        row("Trong thời gian 1965-1971, đội xe Trường Sơn chở hàng nghìn tấn gạo.", JUN_15_2017, "1965", "DATE",
            "1965", null),
        row("Trong thời gian 1965-1971, đội xe Trường Sơn chở hàng nghìn tấn gạo.", JUN_15_2017, "1971", "DATE",
            "1971", null),
        row("Xưởng gỗ Hòa Bình lãi gấp ba trong khoảng thời gian 2011 – 2016.", JUN_15_2017, "2011", "DATE", "2011",
            null));
  }

  @ParameterizedTest
  @MethodSource("forms")
  void resolves(String text, PartialDate pub, String span, String type, String value, String mod) {
    TimeTestSupport.assertResolves(text, pub, span, type, value, mod);
  }

  @Test
  void lookAlikesStayOut() {
    // a length after a verb, and "hơn" inside a sentence, stay lengths
    assertThat(analyze("Đội cứu hộ mất hơn 18h, rồi mới đưa được xe ra.", JUN_15_2017).times())
        .extracting(TimeExpression::value).containsExactly("PT18H");
    assertThat(analyze("Chuyến bay kéo dài gần 12h, hành khách rất mệt.", JUN_15_2017).times())
        .extracting(TimeExpression::value).containsExactly("PT12H");
    // a bare "hôm trước" (the other day) and a count before "ngày hôm trước" stay as they were
    assertThat(analyze("Ngày 3/6, tàu về. Hôm trước, ông Điền bị đau bụng.", JUN_15_2017).times())
        .extracting(TimeExpression::text).containsExactly("Ngày 3/6");
    // a count of hours after "thời gian" is no year
    assertThat(analyze("Phi công Tuấn có thời gian 2000 giờ bay.", JUN_15_2017).times())
        .extracting(TimeExpression::type).doesNotContain(TimeType.DATE);
  }
}
