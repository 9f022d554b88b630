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
 * Round 21: "ngày trước đó" / "hôm trước đó" with no count before it is the day before the day last written about
 * (like "tuần trước đó" and "hôm sau"); it compares, so it does not become the day a later "cùng ngày" refers to. A
 * month/year without "tháng" closing a list or range of months ("tháng 11 và 12/2018", "tháng 1 – 12/2017"); a pair of months with their year ending a sentence ("tháng
 * 4-6/2018."); a day-month with a spaced dash after a part of day or ending a sentence ("Chiều 26 - 4", "vào ngày
 * 12 - 3.").
 */
class TimeFormsRound21Test {
  private static final PartialDate MAY_13_2021 = PartialDate.ofDay(2021, 5, 13);

  static Stream<Arguments> forms() {
    return Stream.of(
        row("Hôm 12/5, giá lúa ở chợ Phú Lâm giảm 200 đồng so với ngày trước đó.", MAY_13_2021, "ngày trước đó",
            "DATE", "2021-05-11", null),
        row("Ngày 20/4, chỉ số sàn Bình Minh tăng mạnh, bù lại mức giảm của hôm trước đó.", MAY_13_2021,
            "hôm trước đó", "DATE", "2021-04-19", null),
        row("Sáng 8/5, xe chở hàng của anh Tâm bị lật. Ông Hòa đã báo tin này từ tối ngày trước đó.", MAY_13_2021,
            "tối ngày trước đó", "TIME", "2021-05-07TEV", null),
        // the comparison day is no new day told: "Cùng ngày" keeps the day before it
        row("Ngày 30/4, bến xe Miền Đông đón 8.000 khách, gấp đôi ngày trước đó. Cùng ngày, ga Hòa Hưng cũng đông.",
            MAY_13_2021, "Cùng ngày", "DATE", "2021-04-30", null),
        // a month/year without "tháng" closing a list or range of months after "và" or a dash: the month, and the
        // yearless first month borrows its year
        row("Trong tháng 9 và 10/2019, xưởng gỗ Tân Phú nhận thêm 40 thợ.", MAY_13_2021, "10/2019", "DATE", "2019-10",
            null),
        row("Trong tháng 9 và 10/2019, xưởng gỗ Tân Phú nhận thêm 40 thợ.", MAY_13_2021, "tháng 9", "DATE", "2019-09",
            null),
        row("Từ tháng 3 – 8/2018, công ty An Phát thi công cầu Rạch Sỏi.", MAY_13_2021, "8/2018", "DATE", "2018-08",
            null),
        row("Ông Quân làm giám đốc từ tháng 6/2012 - 2/2016.", MAY_13_2021, "2/2016", "DATE", "2016-02", null),
        row("Cuộc khảo sát làm từ tháng 10 - 12-2019 với 500 người.", MAY_13_2021, "12-2019", "DATE", "2019-12", null),
        // a pair of months with their year ending a sentence: two months, not a day of the second month
        row("Giá lúa ở Long An tăng trong giai đoạn tháng 4-6/2018.", MAY_13_2021, "6/2018", "DATE", "2018-06", null),
        row("Giá lúa ở Long An tăng trong giai đoạn tháng 4-6/2018.", MAY_13_2021, "tháng 4", "DATE", "2018-04", null),
        // a day-month with a spaced dash right after a part of day, or ending a sentence
        row("Chiều 26 - 4, công an huyện Đông Anh mời ông Tư lên làm việc.", MAY_13_2021, "Chiều 26 - 4", "TIME",
            "2021-04-26TAF", null),
        row("Hội nghị khách hàng của hãng Phú Gia mở vào sáng 15 – 4.", MAY_13_2021, "sáng 15 – 4", "TIME",
            "2021-04-15TMO", null),
        row("Ông Tư khai trương quán phở ở Gò Vấp vào ngày 12 - 3.", MAY_13_2021, "ngày 12 - 3", "DATE", "2021-03-12",
            null));
  }

  @ParameterizedTest
  @MethodSource("forms")
  void resolves(String text, PartialDate pub, String span, String type, String value, String mod) {
    TimeTestSupport.assertResolves(text, pub, span, type, value, mod);
  }

  @Test
  void lookAlikesStayOut() {
    // after a count the count is a length; a plural is no day
    assertThat(analyze("Hai ngày trước đó, ông Minh đã rời nhà ở Cần Giờ.", MAY_13_2021).times())
        .extracting(TimeExpression::text).containsExactly("Hai ngày");
    assertThat(analyze("Chợ Bà Chiểu đông hơn những ngày trước đó.", MAY_13_2021).times()).isEmpty();
    assertThat(analyze("Giá vàng cao hơn các ngày trước đó.", MAY_13_2021).times()).isEmpty();
    assertThat(analyze("Anh Phúc đã đặt vé từ vài hôm trước đó.", MAY_13_2021).times())
        .extracting(TimeExpression::text).containsExactly("vài hôm");
    // a fraction after a month is no month/year, nor is a month that would go backwards in a yearless list
    assertThat(analyze("Xã nhận 100 suất quà trong tháng 5 và 3/4 số đó là gạo.", MAY_13_2021).times())
        .extracting(TimeExpression::text).containsExactly("tháng 5");
    assertThat(analyze("Điểm thi tháng 8 và 2/2019 của lớp 10A.", MAY_13_2021).times())
        .extracting(TimeExpression::text).doesNotContain("2/2019");
  }
}
