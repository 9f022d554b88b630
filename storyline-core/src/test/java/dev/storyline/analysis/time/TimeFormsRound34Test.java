package dev.storyline.analysis.time;

import static dev.storyline.analysis.time.TimeTestSupport.analyze;
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
 * Round 34: "khoảng" before two counts goes with the first end and makes both APPROX ("khoảng 3,4 tuần"); two counts
 * after "cách đây" are two dates that far back ("cách đây 7,8 năm"); a range of millions of years ago is two PAST_REFs
 * ("khoảng 70 - 80 triệu năm trước", "cách đây 20 đến 30 triệu năm"); "thế hệ hôm nay" is PRESENT_REF; "quý 2.2019"
 * takes its year after a dot; a list of numbers glued by commas is no decimal length ("tháng 5,6,7 năm 2020"); a list
 * of months is a DATE each ("tháng 1, 2 và 3 năm 2019").
 */
class TimeFormsRound34Test {
  private static final PartialDate APR_22_2021 = PartialDate.ofDay(2021, 4, 22);

  static Stream<Arguments> forms() {
    return Stream.of(
        // "khoảng" before two counts: with the first end, both APPROX
        row("Cô ấy nằm viện khoảng 3,4 tuần rồi mới về.", APR_22_2021, "khoảng 3", "DURATION", "P3W", "APPROX"),
        row("Cô ấy nằm viện khoảng 3,4 tuần rồi mới về.", APR_22_2021, "4 tuần", "DURATION", "P4W", "APPROX"),
        row("Cần chừng 1, 2 giờ để sửa xong.", APR_22_2021, "chừng 1", "DURATION", "PT1H", "APPROX"),
        // two counts after "cách đây": two dates that far back
        row("Ngôi nhà được dựng cách đây 7,8 năm.", APR_22_2021, "8 năm", "DATE", "2013", null),
        row("Họ chuyển về làng cách đây khoảng 2, 3 tháng.", APR_22_2021, "cách đây khoảng 2", "DATE", "2021-02",
            "APPROX"),
        row("Họ chuyển về làng cách đây khoảng 2, 3 tháng.", APR_22_2021, "3 tháng", "DATE", "2021-01", "APPROX"),
        // a range of millions of years ago: two PAST_REFs
        row("Lớp đá này hình thành khoảng 70 - 80 triệu năm trước.", APR_22_2021, "khoảng 70", "DATE", "PAST_REF",
            "APPROX"),
        row("Lớp đá này hình thành khoảng 70 - 80 triệu năm trước.", APR_22_2021, "80 triệu năm trước", "DATE",
            "PAST_REF", "APPROX"),
        row("Loài cá ấy sống cách đây 20 đến 30 triệu năm.", APR_22_2021, "cách đây 20", "DATE", "PAST_REF", null),
        row("Loài cá ấy sống cách đây 20 đến 30 triệu năm.", APR_22_2021, "30 triệu năm", "DATE", "PAST_REF", null),
        // the generation of today
        row("Bài học ấy vẫn đúng với thế hệ hôm nay.", APR_22_2021, "hôm nay", "DATE", "PRESENT_REF", null),
        // a quarter with its year after a dot
        row("Doanh thu quý 2.2019 tăng mạnh.", APR_22_2021, "quý 2.2019", "DATE", "2019-Q2", null),
        // a list of months: each its own DATE, the year after the last counting for all
        row("Lương tháng 1, 2 và 3 năm 2019 chưa trả.", APR_22_2021, "tháng 1", "DATE", "2019-01", null),
        row("Lương tháng 1, 2 và 3 năm 2019 chưa trả.", APR_22_2021, "2", "DATE", "2019-02", null),
        row("Lương tháng 1, 2 và 3 năm 2019 chưa trả.", APR_22_2021, "3 năm 2019", "DATE", "2019-03", null),
        row("Giá thuê tháng 5,6/2018 tăng.", APR_22_2021, "6/2018", "DATE", "2018-06", null),
        row("Mưa nhiều vào khoảng tháng 6, 7, 8.", APR_22_2021, "8", "DATE", "2021-08", "APPROX"));
  }

  @ParameterizedTest
  @MethodSource("forms")
  void resolves(String text, PartialDate pub, String span, String type, String value, String mod) {
    TimeTestSupport.assertResolves(text, pub, span, type, value, mod);
  }

  @Test
  void gluedListsAreNoDecimalLengths() {
    // "tháng 5,6,7 năm 2020": no length of 6.7 or 7 years, three months of 2020
    assertThat(values("Lương tháng 5,6,7 năm 2020 chưa trả.", APR_22_2021))
        .containsExactly("2020-05", "2020-06", "2020-07");
    // "sau 2,3,4,5,8 ngày nữa": the last count is a length, not 5.8 days
    assertThat(values("Ông hẹn sẽ quay lại sau 2,3,4,5,8 ngày nữa.", APR_22_2021)).containsExactly("P8D");
  }

  @Test
  void lookAlikesKeepTheirReading() {
    // ",5" is still a half after "khoảng"
    assertThat(analyze("Thời gian đào tạo khoảng 4,5 năm.", APR_22_2021).times()).singleElement()
        .satisfies(x -> assertThat(x.value()).isEqualTo("P4.5Y"));
    // a month and a count of people is no list of months; an edge keeps the first month alone
    assertThat(values("Hồi tháng 4, 9 học sinh bị ốm.", APR_22_2021)).containsExactly("2021-04");
    assertThat(analyze("Triều cường lên vào giữa tháng 11, 12.", APR_22_2021).times()).singleElement()
        .satisfies(x -> assertThat(x.mod()).isEqualTo("MID"));
    // "Hôm nay" opening a sentence before "thế hệ" is still the day
    assertThat(values("Hôm nay thế hệ trẻ đi học.", APR_22_2021)).containsExactly("2021-04-22");
  }

  private static List<String> values(String text, PartialDate pub) {
    return analyze(text, pub).times().stream().map(TimeExpression::value).toList();
  }
}
