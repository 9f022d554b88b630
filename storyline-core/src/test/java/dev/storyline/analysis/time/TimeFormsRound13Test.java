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
 * Round 13: found by listing the time-like words no span covers in 300 unannotated articles (then counting each kind
 * over all of them): "thập kỷ qua" with no count, the spelling "kỉ", a decade "of the last century", lengths of
 * millions of years "qua", "vài nghìn năm", "nhiều thập niên" (PXDE), "kế hoạch 2015", "mấy hôm", "thời nay" and
 * "cách nay chỉ ít tuần".
 */
class TimeFormsRound13Test {
  private static final PartialDate APR_28_2021 = PartialDate.ofDay(2021, 4, 28); // a Wednesday

  static Stream<Arguments> forms() {
    return Stream.of(
        // the past decade with no count: a length of ten years, like "một thập kỷ qua"
        row("Ngành in 3D đã thay đổi rất nhanh trong thập kỷ qua.", APR_28_2021, "thập kỷ qua", "DURATION", "P10Y",
            null),
        row("Giá dầu đã biến động mạnh trong những thập kỷ qua.", APR_28_2021, "những thập kỷ qua", "DURATION", "PXDE",
            null),
        row("Thập niên qua chứng kiến nhiều phát minh về pin.", APR_28_2021, "Thập niên qua", "DURATION", "P10Y", null),
        // "kỉ" is another spelling of "kỷ"
        row("Công ty của ông Bình đã làm gốm suốt nhiều thập kỉ.", APR_28_2021, "nhiều thập kỉ", "DURATION", "PXDE",
            null),
        row("Ngôi đình làng Mộc được dựng vào thế kỉ XV.", APR_28_2021, "thế kỉ XV", "DATE", "14", null),
        // a decade "of the last century": the century belongs to the span
        row("Ông Tâm mở quán phở từ những năm 60 của thế kỷ trước.", APR_28_2021, "những năm 60 của thế kỷ trước",
            "DATE", "196", null),
        row("Những năm 80 thế kỷ trước, bà Lan sang Pháp học.", APR_28_2021, "Những năm 80 thế kỷ trước", "DATE",
            "198", null),
        // millions or billions of years up to now: a length, "qua" inside
        row("Khí hậu hành tinh này đã đổi nhiều lần trong 400 triệu năm qua.", APR_28_2021, "400 triệu năm qua",
            "DURATION", "P400000000Y", null),
        row("Sao Hỏa có lẽ đã khô cạn trong khoảng một tỷ năm qua.", APR_28_2021, "khoảng một tỷ năm qua", "DURATION",
            "P1000000000Y", "APPROX"),
        // some hundreds or thousands of years: an unknown number of years, like "mấy chục năm"
        row("Làng gốm này đã tồn tại vài trăm năm.", APR_28_2021, "vài trăm năm", "DURATION", "PXY", null),
        row("Giống lúa ấy được trồng ở vùng này mấy nghìn năm nay.", APR_28_2021, "mấy nghìn năm nay", "DURATION",
            "PXY", null),
        // "mấy hôm", "vài hôm (nữa)": for a few days, like "vài ngày"
        row("Trời rét lại mấy hôm rồi mới ấm lên.", APR_28_2021, "mấy hôm", "DURATION", "PXD", null),
        row("Chị Hạnh nói vài hôm nữa sẽ về quê.", APR_28_2021, "vài hôm nữa", "DURATION", "PXD", null),
        // nowadays, the counterpart of "thời xưa"
        row("Giới trẻ thời nay thích đi du lịch một mình.", APR_28_2021, "thời nay", "DATE", "PRESENT_REF", null),
        // an unknown number of decades or centuries, like "hàng thập kỷ"
        row("Ông Quang làm nghề đóng ghe trong nhiều thập niên.", APR_28_2021, "nhiều thập niên", "DURATION", "PXDE",
            null),
        row("Phong tục này đã có từ vài thế kỷ.", APR_28_2021, "vài thế kỷ", "DURATION", "PXCE", null),
        // the year of a plan, like "kế hoạch năm 2019"
        row("Lợi nhuận của hãng tăng 12% so với kế hoạch 2019.", APR_28_2021, "2019", "DATE", "2019", null),
        // "chỉ" (only) inside "cách nay ít tuần"
        row("Cách nay chỉ vài tuần, đội bóng của ông Vĩnh còn đứng đầu bảng.", APR_28_2021, "Cách nay chỉ vài tuần",
            "DATE", "PAST_REF", null));
  }

  @ParameterizedTest
  @MethodSource("forms")
  void resolves(String text, PartialDate pub, String span, String type, String value, String mod) {
    TimeTestSupport.assertResolves(text, pub, span, type, value, mod);
  }

  @Test
  void twoDecadesOfTheLastCentury() {
    assertThat(analyze("Ban nhạc của ông Tùng hát những năm 60 và 70 của thế kỷ trước.", APR_28_2021).times())
        .extracting(TimeExpression::text, TimeExpression::value)
        .containsExactly(Tuple.tuple("những năm 60", "196"), Tuple.tuple("70 của thế kỷ trước", "197"));
  }

  @Test
  void lookAlikesStayOut() {
    // hundreds of people, an age in hundreds of years, and "đồng thời" (at the same time) are no time
    assertThat(analyze("Vài trăm người dự lễ khánh thành cầu.", APR_28_2021).times()).isEmpty();
    assertThat(analyze("Cây đa vài trăm năm tuổi bị đổ.", APR_28_2021).times()).isEmpty();
    assertThat(analyze("Ông Khánh làm giám đốc, đồng thời nay kiêm chủ tịch hội đồng.", APR_28_2021).times())
        .extracting(TimeExpression::text).doesNotContain("thời nay");
    // "có nhiều hôm" (on many days) and "cứ vài hôm" (every few days) are no length
    assertThat(analyze("Có nhiều hôm cả nhà ông Lực không ngủ.", APR_28_2021).times()).isEmpty();
    assertThat(analyze("Nhiều hôm, anh Sơn về nhà lúc nửa đêm.", APR_28_2021).times()).extracting(TimeExpression::text)
        .doesNotContain("Nhiều hôm");
    assertThat(analyze("Cứ vài hôm bà Tư lại gửi quà cho cháu.", APR_28_2021).times()).isEmpty();
    // "những năm qua" is no decade; a decade alone keeps its span
    assertThat(analyze("Trong những năm qua, xã Tân An đã xây ba trường học.", APR_28_2021).times())
        .extracting(TimeExpression::value).doesNotContain("P10Y");
    assertThat(analyze("Trong những năm 90, ông Khải làm thợ may.", APR_28_2021).times())
        .extracting(TimeExpression::text).containsExactly("những năm 90");
  }
}
