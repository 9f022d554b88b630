package dev.storyline.analysis.time;

import static dev.storyline.analysis.time.TimeTestSupport.analyze;
import static dev.storyline.analysis.time.TimeTestSupport.row;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.model.PartialDate;
import dev.storyline.model.TimeExpression;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Round 12: found by listing the time-like words no span covers in 300 unannotated articles (then counting each kind
 * over all of them): lengths of millions or billions of years, a number word in "cách đây ba tỷ năm", "hơn"
 * comparing ("sớm hơn 2 tuần"), and a yearless day in a narrative of an earlier year.
 */
class TimeFormsRound12Test {
  private static final PartialDate APR_28_2021 = PartialDate.ofDay(2021, 4, 28); // a Wednesday

  static Stream<Arguments> forms() {
    return Stream.of(
        // a length of millions or billions of years
        row("Quá trình nâng núi kéo dài hơn 40 triệu năm.", APR_28_2021, "hơn 40 triệu năm", "DURATION",
            "P40000000Y", "MORE_THAN"),
        row("Nước có thể đã tồn tại trên hành tinh đó trong ít nhất 3,7 tỷ năm.", APR_28_2021, "ít nhất 3,7 tỷ năm",
            "DURATION", "P3700000000Y", "EQUAL_OR_MORE"),
        row("Ngôi sao này chỉ sống khoảng 10 tỷ năm.", APR_28_2021, "khoảng 10 tỷ năm", "DURATION", "P10000000000Y",
            "APPROX"),
        row("Tàu sẽ phải bay trong bốn triệu năm mới tới nơi.", APR_28_2021, "bốn triệu năm", "DURATION", "P4000000Y",
            null),
        // "hơn" after "sớm / muộn / chậm / trễ / nhanh" compares: the gap is the length, no modifier
        row("Quá trình nâng núi chậm hơn 40 triệu năm so với dự đoán.", APR_28_2021, "40 triệu năm", "DURATION",
            "P40000000Y", null),
        row("Cầu Tân Lộc thông xe sớm hơn 2 tháng so với kế hoạch.", APR_28_2021, "2 tháng", "DURATION", "P2M", null),
        row("Chuyến tàu đến muộn hơn 15 phút.", APR_28_2021, "15 phút", "DURATION", "PT15M", null),
        // once per a length written with the digit 1: a SET of the length, like "6 tháng một lần"
        row("Bà Thoa đi khám sức khỏe 6 tháng 1 lần.", APR_28_2021, "6 tháng", "SET", "P6M", null),
        row("Hội thi được tổ chức theo chu kỳ 2 năm/1 lần.", APR_28_2021, "2 năm", "SET", "P2Y", null),
        // "cách đây" before a number word and millions or billions of years: some time ago, like "cách đây 3 tỷ năm"
        row("Thiên thạch rơi xuống vùng này cách đây ba tỷ năm.", APR_28_2021, "cách đây ba tỷ năm", "DATE",
            "PAST_REF", null),
        row("Núi lửa từng phun trào cách đây một triệu năm.", APR_28_2021, "cách đây một triệu năm", "DATE",
            "PAST_REF", null),
        row("Loài cá mút đá xuất hiện cách đây nửa tỷ năm.", APR_28_2021, "cách đây nửa tỷ năm", "DATE", "PAST_REF",
            null));
  }

  @ParameterizedTest
  @MethodSource("forms")
  void resolves(String text, PartialDate pub, String span, String type, String value, String mod) {
    TimeTestSupport.assertResolves(text, pub, span, type, value, mod);
  }

  @Test
  void aYearlessDaySoonAfterADateOfAnEarlierYearIsInThatYear() {
    PartialDate jun2 = PartialDate.ofDay(2016, 6, 2);
    String text = "Ngày 2/6, tòa xử vụ án. Theo cáo trạng, ngày 20/12/2015, Tâm vay tiền của Lực. "
        + "Ngày 24/12, hai người cãi nhau. Tối cùng ngày, Tâm bỏ trốn.";
    assertThat(analyze(text, jun2).times()).extracting(TimeExpression::text, TimeExpression::value).containsExactly(
        Tuple.tuple("Ngày 2/6", "2016-06-02"), Tuple.tuple("ngày 20/12/2015", "2015-12-20"),
        Tuple.tuple("Ngày 24/12", "2015-12-24"), Tuple.tuple("Tối cùng ngày", "2015-12-24TEV"));
    // months later, or with no earlier year written, the day keeps its usual year
    assertThat(analyze("Ngày 20/12/2015, Tâm vay tiền. Ngày 30/5, tòa thụ lý vụ án.", jun2).times())
        .extracting(TimeExpression::value).containsExactly("2015-12-20", "2016-05-30");
    assertThat(analyze("Ngày 28/5, Tâm vay tiền. Ngày 30/5, tòa thụ lý vụ án.", jun2).times())
        .extracting(TimeExpression::value).containsExactly("2016-05-28", "2016-05-30");
    // a day up to a month from the publication date is of its year, whatever date came before
    assertThat(analyze("Theo Chỉ thị ngày 27/5/2015, từ 18h ngày 1/6 đến ngày 15/6, phố Hạ Lũng cấm xe.", jun2)
        .times()).extracting(TimeExpression::value).contains("2016-06-01T18:00", "2016-06-15");
  }

  @Test
  void ordinalsAgesDistancesAndTimesAgoStayAsTheyWere() {
    // an age, a distance and a time ago are no length
    assertThat(analyze("Khối đá 160 triệu năm tuổi nằm giữa sa mạc.", APR_28_2021).times()).isEmpty();
    assertThat(analyze("Thiên hà cách chúng ta 340 triệu năm ánh sáng.", APR_28_2021).times()).isEmpty();
    assertThat(analyze("Loài này xuất hiện 70 triệu năm trước.", APR_28_2021).times())
        .extracting(TimeExpression::text, TimeExpression::value)
        .containsExactly(Tuple.tuple("70 triệu năm trước", "PAST_REF"));
    assertThat(analyze("Loài cá này sống cách đây 90 triệu năm.", APR_28_2021).times())
        .extracting(TimeExpression::text, TimeExpression::value)
        .containsExactly(Tuple.tuple("cách đây 90 triệu năm", "PAST_REF"));
    // a date with "lần" after it that is not "1 lần" stays a date
    assertThat(analyze("Ngày 6 tháng 1 lần đầu tiên đội Lam Sơn thắng.", APR_28_2021).times())
        .extracting(TimeExpression::value).contains("2021-01-06");
    // the second end of a range of times ago is no length
    assertThat(analyze("Loài bò sát này từng sống cách đây khoảng 180 đến 230 triệu năm.", APR_28_2021).times())
        .extracting(TimeExpression::value).doesNotContain("P230000000Y");
    // "dài hơn" (longer than) keeps "hơn" as MORE_THAN
    assertThat(analyze("Triệu chứng kéo dài hơn 3 ngày cần đi khám.", APR_28_2021).times())
        .extracting(TimeExpression::text, TimeExpression::mod).containsExactly(Tuple.tuple("hơn 3 ngày", "MORE_THAN"));
    // a money amount in millions is no length
    assertThat(analyze("Dự án cần 40 triệu đồng mỗi năm.", APR_28_2021).times()).extracting(TimeExpression::value)
        .doesNotContain("P40000000Y");
  }
}
