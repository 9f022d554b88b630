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
 * Round 20: forms found by reading the tagger's output on 600 more VietNews articles (never annotated), then counting
 * each kind over all 30,000: a count per period with "buổi" or a spaced slash ("2 buổi/ngày", "8 giờ / ngày"); days
 * counted with "hôm" ("được hai hôm", "cách đây 2 hôm"); a year opening a bracket before a comma ("(1971, Hà Nội)"); a
 * month/year after an edge or at a sentence's end ("đầu 5/2018", "vào 11/2017."); a tennis game's running score in
 * brackets is no clock.
 */
class TimeFormsRound20Test {
  private static final PartialDate APR_29_2021 = PartialDate.ofDay(2021, 4, 29);

  static Stream<Arguments> forms() {
    return Stream.of(
        // a count per period written with "buổi", or with a slash between spaces: a SET of the period
        row("Trường Hòa Bình cho học sinh học 2 buổi/ngày từ tuần sau.", APR_29_2021, "2 buổi/ngày", "SET", "P1D",
            null),
        row("Chị Lan đi bơi 4 buổi / tuần cùng con.", APR_29_2021, "4 buổi / tuần", "SET", "P1W", null),
        row("Cô Mai tập đàn 5 buổi/ tuần.", APR_29_2021, "5 buổi/ tuần", "SET", "P1W", null),
        row("Thợ xây ở đây làm 10 giờ / ngày vào mùa khô.", APR_29_2021, "10 giờ / ngày", "SET", "P1D", null),
        row("Nhóm kiểm tra kho 3 lần / tuần.", APR_29_2021, "3 lần / tuần", "SET", "P1W", null),
        // days counted with "hôm": lengths like "ngày", a days-ago date after "cách đây" or before "trước"
        row("Ông Tư mới xuất viện được hai hôm thì trở bệnh.", APR_29_2021, "hai hôm", "DURATION", "P2D", null),
        row("Hai hôm sau, đoàn cứu hộ tìm thấy chiếc thuyền.", APR_29_2021, "Hai hôm", "DURATION", "P2D", null),
        row("Trong 10 hôm nữa, đội Sao Mai sẽ lên đường.", APR_29_2021, "10 hôm nữa", "DURATION", "P10D", null),
        row("Cách đây 2 hôm, ông Bảy đã báo xã.", APR_29_2021, "Cách đây 2 hôm", "DATE", "2021-04-27", null),
        row("Năm hôm trước, chiếc xe tải lật ở đèo Lò Xo.", APR_29_2021, "Năm hôm trước", "DATE", "2021-04-24", null),
        // a year opening a bracket before a comma: a birth year, or the first of a list of years
        row("Anh Phạm Văn Tùng (1985, Nam Định) đã nhận giải.", APR_29_2021, "1985", "DATE", "1985", null),
        row("Đội bóng vô địch hai lần (2012, 2016) trước khi xuống hạng.", APR_29_2021, "2016", "DATE", "2016", null),
        // a month/year without "tháng": after an edge (its mod), a preposition, or ending a sentence
        row("Nhà máy khởi công vào đầu 5/2018, theo kế hoạch.", APR_29_2021, "đầu 5/2018", "DATE", "2018-05", "START"),
        row("Con đường được sửa vào cuối 2/2017 nhưng lại hỏng.", APR_29_2021, "cuối 2/2017", "DATE", "2017-02",
            "END"),
        row("Ông Long về hưu vào 11/2017. Sau đó ông mở quán.", APR_29_2021, "11/2017", "DATE", "2017-11", null),
        row("Trong 3/2018, xã đã làm xong cầu.", APR_29_2021, "3/2018", "DATE", "2018-03", null),
        // a choice of days closed by a dashed date: each day a DATE, like "ngày 8 và 11-4"
        row("Hội chợ mở vào ngày 15 hoặc 16-5 tùy thời tiết.", APR_29_2021, "16-5", "DATE", "2021-05-16", null));
  }

  @ParameterizedTest
  @MethodSource("forms")
  void resolves(String text, PartialDate pub, String span, String type, String value, String mod) {
    TimeTestSupport.assertResolves(text, pub, span, type, value, mod);
  }

  @Test
  void lookAlikesStayOut() {
    // a game's running score in brackets is no clock; a timetable's clocks in brackets stay
    assertThat(analyze("Game 3: 2-1 (0:15, 15:15, 15:30, 15:40BP): Hùng giữ game.", APR_29_2021).times()).isEmpty();
    assertThat(analyze("Game 5 (15:0, 15:15, 30:15, 40:15): Nam thắng.", APR_29_2021).times()).isEmpty();
    assertThat(analyze("Phiên chợ mở hai đợt (15:30, 17:00) mỗi chiều thứ bảy.", APR_29_2021).times())
        .extracting(TimeExpression::text).contains("15:30", "17:00");
    // "một hôm" (one day) and a count before a named day are no length
    assertThat(analyze("Một hôm, bà Năm ra chợ sớm.", APR_29_2021).times()).isEmpty();
    assertThat(analyze("Tàu K-407 hôm đó rời cảng.", APR_29_2021).times()).isEmpty();
    // shares offered as a choice are no dates
    assertThat(analyze("Bị cáo phải nộp 3/4 hoặc 1/2 số tiền bồi thường.", APR_29_2021).times())
        .extracting(TimeExpression::text).doesNotContain("1/2");
    // months of a school year, and a date pattern, are no rate
    assertThat(analyze("Học sinh được hỗ trợ không quá 9 tháng / năm học.", APR_29_2021).times())
        .extracting(TimeExpression::value).doesNotContain("P1Y");
    assertThat(analyze("Ghi rõ 5 ngày/tháng/năm sinh vào đơn.", APR_29_2021).times())
        .extracting(TimeExpression::type).doesNotContain(dev.storyline.model.TimeType.SET);
  }
}
