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
 * Round 29: an old year after a bare "năm" is a year before any word but a count unit, known to the vocabulary or
 * not ("sinh năm 1830 quê …", "hiệp ước năm 1866 quy định …"); "hè năm 2019" without "mùa" is that summer, like
 * "hè 2019"; "mùa hè năm 1785" takes its old year.
 */
class TimeFormsRound29Test {
  private static final PartialDate JUN_15_2017 = PartialDate.ofDay(2017, 6, 15);

  static Stream<Arguments> forms() {
    return Stream.of(
        // an old year before a word the vocabulary does not know
        row("Cụ Phan Văn Lộc sinh năm 1831 quê làng Hòa Vang.", JUN_15_2017, "năm 1831", "DATE", "1831", null),
        row("Bản giao kèo năm 1867 quy định làng Đông phải nộp thóc.", JUN_15_2017, "năm 1867", "DATE", "1867",
            null),
        row("Theo gia phả, năm 1884 Đình Vĩnh Xuân được dựng lại.", JUN_15_2017, "năm 1884", "DATE", "1884", null),
        // "hè năm 2016" (no "mùa") is that summer, like "hè 2016" and "mùa hè năm 2016"
        row("Hè năm 2016, nhóm bạn của Tùng đạp xe ra Cô Tô.", JUN_15_2017, "Hè năm 2016", "DATE", "2016-SU", null),
        row("Quán kem Bạch Đằng đông khách trong mùa du lịch hè năm 2015.", JUN_15_2017, "hè năm 2015", "DATE",
            "2015-SU", null),
        // a season with an old year after "năm" is that season, like "mùa hè năm 1985"
        row("Bức tranh được vẽ vào mùa đông năm 1787 ở Paris.", JUN_15_2017, "mùa đông năm 1787", "DATE", "1787-WI",
            null));
  }

  @ParameterizedTest
  @MethodSource("forms")
  void resolves(String text, PartialDate pub, String span, String type, String value, String mod) {
    TimeTestSupport.assertResolves(text, pub, span, type, value, mod);
  }

  @Test
  void lookAlikesStayOut() {
    // before a count unit it stays a number: "Năm 1500 người" is no year
    assertThat(analyze("Năm 1500 người xếp hàng trước cổng chợ.", JUN_15_2017).times()).isEmpty();
    // "vỉa hè năm 2018" is a pavement: only the year
    assertThat(analyze("Vỉa hè năm 2016 bị lấn chiếm nhiều.", JUN_15_2017).times())
        .extracting(TimeExpression::value).containsExactly("2016");
  }
}
