package dev.storyline.analysis.time;

import static dev.storyline.analysis.time.TimeTestSupport.analyze;
import static dev.storyline.analysis.time.TimeTestSupport.assertResolves;
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
 * Round 9: found by listing the time-like words no span covered in 300 unannotated articles, and by the first errors on
 * the new dev articles: network generations read as clock times, "2 chiều" (two directions), birth years and bare years
 * after "trong", years coordinated after a year, ranges of centuries, "từ xa xưa", "hàng thập kỷ", "quý 01/2021".
 */
class TimeFormsRound9Test {
  private static final PartialDate APR_26_2021 = PartialDate.ofDay(2021, 4, 26);

  static Stream<Arguments> forms() {
    return Stream.of(
        // a birth year without "năm", like "SN 1973"
        row("Nạn nhân là anh Hoàng Văn Tư (sinh 1968, ngụ tại Huế).", APR_26_2021, "1968", "DATE", "1968", null),
        // a bare year after "trong" when nothing after it makes it a count
        row("Công ty đặt mục tiêu lãi 500 tỷ đồng trong 2022.", APR_26_2021, "2022", "DATE", "2022", null),
        // "thời xa xưa", "từ xa xưa": ancient times, PAST_REF like "thời xưa"
        row("Đồ gốm này có từ thời xa xưa.", APR_26_2021, "thời xa xưa", "DATE", "PAST_REF", null),
        row("Từ xa xưa, người dân ở đây đã trồng lúa nước.", APR_26_2021, "xa xưa", "DATE", "PAST_REF", null),
        // an unknown number of decades, like "nhiều thập kỷ"; the deictic word inside
        row("Căn bệnh này đã bị lãng quên trong hàng thập kỷ qua.", APR_26_2021, "hàng thập kỷ qua", "DURATION",
            "PXDE", null),
        // a zero-padded quarter with its year
        row("Doanh số quý 02/2020 thấp nhất trong 5 năm.", APR_26_2021, "quý 02/2020", "DATE", "2020-Q2", null),
        // a year before year 1, the era words in the span (guidelines: "BC0479")
        row("Thành cổ được xây vào năm 214 trước Công nguyên.", APR_26_2021, "năm 214 trước Công nguyên", "DATE",
            "BC0214", null),
        row("Triều đại này kéo dài từ 206 TCN đến năm 220.", APR_26_2021, "206 TCN", "DATE", "BC0206", null),
        row("Đồ gốm có từ khoảng năm 900 trước Công nguyên.", APR_26_2021, "khoảng năm 900 trước Công nguyên", "DATE",
            "BC0900", "APPROX"),
        // the clocks written with "g" stay
        row("Cửa hàng mở từ 7g30 đến 21g mỗi ngày.", APR_26_2021, "7g30", "TIME", "XXXX-XX-XXT07:30", null));
  }

  @ParameterizedTest
  @MethodSource("forms")
  void resolves(String text, PartialDate pub, String span, String type, String value, String mod) {
    assertResolves(text, pub, span, type, value, mod);
  }

  @Test
  void aNetworkGenerationOrAChipIsNoClock() {
    assertThat(analyze("Điện thoại hỗ trợ mạng 4G và 5G, chạy chip Snapdragon 720G.", APR_26_2021).times()).isEmpty();
    assertThat(analyze("Thêm 1,5g muối vào nồi.", APR_26_2021).times()).isEmpty();
    // a clock with a lower-case "g" stays
    assertResolves("Anh về nhà lúc 19g tối qua.", APR_26_2021, "19g tối qua", "TIME", "2021-04-25T19:00", null);
  }

  @Test
  void aCountBeforeChiềuIsDirections() {
    assertThat(analyze("Xe đi 2 chiều qua cầu mới, còn đường cũ thì hai chiều nay vẫn tắc.", APR_26_2021).times())
        .isEmpty();
    // the afternoon stays, also after a clock preposition and a count
    assertResolves("Chiều qua, đoàn khách đã tới Huế.", APR_26_2021, "Chiều qua", "TIME", "2021-04-25TAF", null);
    assertThat(analyze("Anh ấy đến lúc 2 chiều nay.", APR_26_2021).times()).extracting(TimeExpression::text)
        .containsExactly("chiều nay");
  }

  @Test
  void yearsCoordinatedAfterAYearAreYears() {
    assertThat(analyze("Lợi nhuận năm 2018 và 2019 lần lượt đạt 5 và 7 tỷ đồng.", APR_26_2021).times())
        .extracting(TimeExpression::value).containsExactly("2018", "2019");
    assertThat(analyze("Hai trận lũ lớn xảy ra vào năm 1871 và 1874.", APR_26_2021).times())
        .extracting(TimeExpression::value).containsExactly("1871", "1874");
    // a count after the second number keeps it a count
    assertThat(analyze("Năm 2020 và 2021 người đã đăng ký.", APR_26_2021).times()).extracting(TimeExpression::text)
        .containsExactly("Năm 2020");
    assertThat(analyze("Doanh thu năm 2020 và 2021 tỷ đồng.", APR_26_2021).times()).extracting(TimeExpression::text)
        .containsExactly("năm 2020");
  }

  @Test
  void aBareYearNeedsItsContext() {
    // an intake named by its year, and a count after "trong", stay out
    assertThat(analyze("Trường vừa công bố đề án tuyển sinh 2021.", APR_26_2021).times()).isEmpty();
    assertThat(analyze("Có 1950 người trong 2000 hộ dân.", APR_26_2021).times()).isEmpty();
    assertThat(analyze("Tổ tiên xa xưa của loài cá này sống ở biển.", APR_26_2021).times()).isEmpty();
    // a century before the era is not a year
    assertThat(analyze("Tục lệ này có từ thế kỷ thứ 3 trước Công nguyên.", APR_26_2021).times())
        .extracting(TimeExpression::value).doesNotContain("BC0003");
    // "Năm 1200 người" is still a count, not a year
    assertThat(analyze("Năm 1200 người đã tới dự.", APR_26_2021).times()).isEmpty();
  }

  @Test
  void aRangeOfCenturiesGivesBothEnds() {
    assertThat(analyze("Các bình gốm có niên đại thế kỷ 15-17.", APR_26_2021).times())
        .extracting(TimeExpression::text, TimeExpression::value)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("thế kỷ 15", "14"),
            org.assertj.core.groups.Tuple.tuple("17", "16"));
  }
}
