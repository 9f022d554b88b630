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
 * Round 33: the morning after a clock range's undated start has no day either ("từ 22h đến 5h sáng hôm sau"); minutes
 * after a space ("Đến 20h 15, …"); two one-digit counts glued by a comma ("7,8 năm trước", "1,2 tuần") are "seven or
 * eight", not a decimal; "hơn trăm năm" after a verb or before "trước" is a length like "cả trăm năm"; "N thiên niên
 * kỷ" counts millennia; "năm 64 sau Công nguyên", "618 SCN" are years of the common era like "475 TCN".
 */
class TimeFormsRound33Test {
  private static final PartialDate APR_22_2021 = PartialDate.ofDay(2021, 4, 22);

  static Stream<Arguments> forms() {
    return Stream.of(
        // the end of a clock range with no day: no day either
        row("Lệnh giới nghiêm kéo dài từ 21h tối đến 4h sáng hôm sau.", APR_22_2021, "4h sáng hôm sau", "TIME",
            "XXXX-XX-XXT04:00", null),
        row("Quán bar mở cửa từ 19h đến 3h hôm sau.", APR_22_2021, "3h hôm sau", "TIME", "XXXX-XX-XXT03:00", null),
        // minutes after a space
        row("Đến 21h 40, hai người lạ quay lại quán.", APR_22_2021, "21h 40", "TIME", "XXXX-XX-XXT21:40", null),
        row("Ngày 20/4, bà Mai đi chợ. Khoảng 15h 25 cùng ngày, bà về nhà.", APR_22_2021, "Khoảng 15h 25 cùng ngày",
            "TIME", "2021-04-20T15:25", "APPROX"),
        // two glued one-digit counts: a range of lengths
        row("Ông Tư gầy đi trông thấy trong 2,3 tháng.", APR_22_2021, "3 tháng", "DURATION", "P3M", null),
        row("Ông Tư gầy đi trông thấy trong 2,3 tháng.", APR_22_2021, "2", "DURATION", "P2M", null),
        row("Khoảng 6,7 năm trước, làng còn nghèo.", APR_22_2021, "Khoảng 6", "DATE", "2015", "APPROX"),
        row("Khoảng 6,7 năm trước, làng còn nghèo.", APR_22_2021, "7 năm trước", "DATE", "2014", "APPROX"),
        // "hơn trăm năm" as a length
        row("Cây đa này đã có hơn trăm năm ở đầu làng.", APR_22_2021, "hơn trăm năm", "DURATION", "P100Y",
            "MORE_THAN"),
        row("Cảnh chợ quê hơn trăm năm trước khác hẳn bây giờ.", APR_22_2021, "hơn trăm năm trước", "DATE", "1921",
            "BEFORE"),
        // millennia counted; a year of the common era with its era words
        row("Bức tượng đá đã đứng đó suốt 3 thiên niên kỷ.", APR_22_2021, "3 thiên niên kỷ", "DURATION", "P3000Y",
            null),
        row("Tòa thành được xây năm 82 sau Công nguyên.", APR_22_2021, "năm 82 sau Công nguyên", "DATE", "0082", null),
        row("Triều đại ấy kéo dài đến 410 SCN thì sụp đổ.", APR_22_2021, "410 SCN", "DATE", "0410", null));
  }

  @ParameterizedTest
  @MethodSource("forms")
  void resolves(String text, PartialDate pub, String span, String type, String value, String mod) {
    TimeTestSupport.assertResolves(text, pub, span, type, value, mod);
  }

  @Test
  void lookAlikesKeepTheirReading() {
    // a dated range start dates the morning after ("Ngày 5/3 … từ 22h đến 5h sáng hôm sau"), as does a day told before
    assertThat(values("Tối 10/4, anh Nam đi làm, đến 6h sáng hôm sau mới về.", APR_22_2021))
        .containsExactly("2021-04-10TEV", "2021-04-11T06:00");
    // ",5" is a half: "4,5 năm" of training is four and a half years
    assertThat(values("Thời gian đào tạo là 4,5 năm.", APR_22_2021)).containsExactly("P4.5Y");
    // a list of months is no count: "tháng 3,4" keeps its month, no length of three years
    assertThat(values("Lương tháng 3,4 năm nay chưa trả.", APR_22_2021)).contains("2021-03").doesNotContain("P3Y");
    // a clock and a date after a space ("15h 20/4") is no minute reading; "8h 20 người" keeps 8h
    assertThat(values("Lúc 15h 20/4, họ họp.", APR_22_2021)).doesNotContain("XXXX-XX-XXT15:20");
    assertThat(values("Lúc 8h 20 người đã có mặt.", APR_22_2021)).containsExactly("XXXX-XX-XXT08:00");
    // "hơn trăm năm" after a noun is an age
    assertThat(analyze("Ngôi đình hơn trăm năm vẫn còn nguyên vẹn.", APR_22_2021).times()).isEmpty();
    // "thiên niên kỷ" with no count names a goal or a generation, no length
    assertThat(analyze("Các mục tiêu Thiên niên kỷ đã hoàn thành.", APR_22_2021).times()).isEmpty();
  }

  private static List<String> values(String text, PartialDate pub) {
    return analyze(text, pub).times().stream().map(TimeExpression::value).toList();
  }
}
