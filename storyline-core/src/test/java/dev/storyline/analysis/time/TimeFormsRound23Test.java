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
 * Round 23: a clock whose "h" a feed set apart from the hour ("lúc 14 h ngày 20/5", "từ 6 h -9 h", "đến 1-2 h sáng"),
 * read like "14 giờ"; a month whose year a feed spaced off ("tháng 9 - 2019", "cuối tháng 4 -2018"), like "ngày 19-5 -
 * 2015"; the day of a weather forecast ("dự báo thời tiết 18/5"); "sớm nay" like "sáng nay"; "tuần vừa rồi" (last week); each day of a list with its commas glued ("các ngày 20, 21,
 * 22-5").
 */
class TimeFormsRound23Test {
  private static final PartialDate MAY_13_2021 = PartialDate.ofDay(2021, 5, 13);

  static Stream<Arguments> forms() {
    return Stream.of(
        // a spaced "h" after the hour, in a clock context or before a part of day or a date
        row("Cuộc họp ở xã Tân Lập bắt đầu lúc 14 h ngày 20/5.", MAY_13_2021, "14 h ngày 20/5", "TIME",
            "2021-05-20T14:00", null),
        row("Chợ đêm Phú Hoà mở cửa đến 2 h sáng 16/5.", MAY_13_2021, "2 h sáng 16/5", "TIME", "2021-05-16T02:00", null),
        row("Cửa hàng nhận đơn từ 8-11 h sáng 12/5.", MAY_13_2021, "11 h sáng 12/5", "TIME", "2021-05-12T11:00", null),
        row("Cửa hàng nhận đơn từ 8-11 h sáng 12/5.", MAY_13_2021, "8", "TIME", "2021-05-12T08:00", null),
        // a month with its year spaced off by a dash: that month of that year
        row("Công ty Hoà Phát khởi công nhà máy vào tháng 9 - 2019.", MAY_13_2021, "tháng 9 - 2019", "DATE", "2019-09",
            null),
        row("Từ cuối tháng 4 -2018, ông Sơn làm giám đốc.", MAY_13_2021, "cuối tháng 4 -2018", "DATE", "2018-04", "END"),
        // a spaced-off year at the end of a sentence, the full stop after it (also for a full date, round 22)
        row("Bà Lan nghỉ hưu ngày 3-7 - 2016.", MAY_13_2021, "ngày 3-7 - 2016", "DATE", "2016-07-03", null),
        // "sớm nay" (early this morning) like "sáng nay"; "tuần vừa rồi" is last week, like "tháng vừa rồi"
        row("Sớm nay, bão số 2 đã vào vịnh Bắc Bộ.", MAY_13_2021, "Sớm nay", "TIME", "2021-05-13TMO", null),
        row("Giá cà phê tăng mạnh trong tuần vừa rồi.", MAY_13_2021, "tuần vừa rồi", "DATE", "2021-W18", null),
        row("Anh Phúc về quê vào cuối tuần vừa rồi.", MAY_13_2021, "cuối tuần vừa rồi", "DATE", "2021-W18-WE", null),
        // a list of days with commas glued to them: each day, the month from the closing day-month
        row("Đoàn kiểm tra làm việc ở Bến Tre các ngày 20, 21, 22-5.", MAY_13_2021, "21", "DATE", "2021-05-21", null),
        row("Đoàn kiểm tra làm việc ở Bến Tre các ngày 20, 21, 22-5.", MAY_13_2021, "22-5", "DATE", "2021-05-22", null),
        row("Phố đi bộ mở cửa các ngày 7, 8, 9/6.", MAY_13_2021, "8", "DATE", "2021-06-08", null),
        // the day of a weather forecast
        row("Dự báo thời tiết 18/5 các tỉnh Tây Nguyên: trời nắng nóng.", MAY_13_2021, "18/5", "DATE", "2021-05-18",
            null));
  }

  @ParameterizedTest
  @MethodSource("forms")
  void resolves(String text, PartialDate pub, String span, String type, String value, String mod) {
    TimeTestSupport.assertResolves(text, pub, span, type, value, mod);
  }

  @Test
  void spacedClockRange() {
    assertThat(analyze("Đường Lê Lai cấm xe tải từ 6 h -9 h mỗi ngày.", MAY_13_2021).times())
        .extracting(TimeExpression::text).contains("6 h", "9 h");
  }

  @Test
  void lookAlikesStayOut() {
    // a spaced "h" after a count with no clock word, or before "sau", counts hours
    assertThat(analyze("Khoảng 1 h sau, lửa được dập tắt.", MAY_13_2021).times())
        .extracting(TimeExpression::text).doesNotContain("1 h", "Khoảng 1 h");
    assertThat(analyze("Anh Hùng ngủ 7 h mỗi đêm.", MAY_13_2021).times())
        .extracting(TimeExpression::text).doesNotContain("7 h");
    // a capital "H" is a class or a name's initial
    assertThat(analyze("Em Lan học lớp 12 H ở trường Chu Văn An.", MAY_13_2021).times()).isEmpty();
    // the split last digit of a clock's minutes opens no range
    assertThat(analyze("Buổi tư vấn diễn ra từ 7h3 0-11 h.", MAY_13_2021).times())
        .extracting(TimeExpression::text).doesNotContain("0");
    // "sớm" with no "nay" is "early", no part of day
    assertThat(analyze("Ông Bảy đến sớm hơn mọi khi.", MAY_13_2021).times()).isEmpty();
    // a share after another word stays out
    assertThat(analyze("Chỉ 3/4 số hộ có nước sạch.", MAY_13_2021).times()).isEmpty();
  }
}
