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
 * Round 17: span boundaries and values found by reading the tagger's output on 600 more VietNews articles (never
 * annotated) and the new dev rows, then counting each kind over all 30,000: a relative day or part of day followed by
 * "ngày" and its date ("sáng nay ngày 29/4", "hôm nay, ngày 8-2") is one span, the written date winning; days or weeks
 * counted from an edge of the year ("ba ngày đầu năm") are one DURATION like "10 ngày cuối tháng 4"; "một tuần lại
 * đây" takes "lại đây" like "trở lại đây"; a day or month with "vừa qua" after it ("ngày 28/12 vừa qua") is behind the
 * publication date; smaller units after a length are in it ("37 phút 46 giây", "7 năm 8 tháng 16 ngày"); "ngày thứ 2
 * của kỳ nghỉ", "đã là ngày thứ tư" count days and name no weekday; "15 ngày trước ngày 22/6", "một tháng trước lễ cưới" are lengths ("trước" is "before"
 * the day or event), and "Cùng ngày 3/9" is one span with its date; "gần trưa 8/3", "xế chiều 19/5", "chập tối 15/9" are
 * dated parts of day; "chuyến thăm 3 ngày tới Nga" is a trip's length, "tới" (to) outside; "quận 12 ngày 16/1",
 * "kỳ họp thứ 27 ngày 27/6" are a label and a date, no 12 or 27 days; "ngày 23 - 6" (a spaced dash) is a date.
 */
class TimeFormsRound17Test {
  private static final PartialDate APR_29_2021 = PartialDate.ofDay(2021, 4, 29);

  static Stream<Arguments> forms() {
    return Stream.of(
        // a relative day or part of day, then "ngày" and the date it names: one span, the written date wins
        row("Từ 18h chiều nay ngày 29/4, tỉnh Hà Bắc dừng mọi lễ hội.", APR_29_2021, "18h chiều nay ngày 29/4", "TIME",
            "2021-04-29T18:00", null),
        row("Sáng nay ngày 29/4, xã Tân Phú họp dân.", APR_29_2021, "Sáng nay ngày 29/4", "TIME", "2021-04-29TMO", null),
        row("Hôm nay, ngày 29-4, giá gạo tăng nhẹ.", APR_29_2021, "Hôm nay, ngày 29-4", "DATE", "2021-04-29", null),
        row("Phiên đấu giá hôm qua ngày 28/4 kết thúc sớm.", APR_29_2021, "hôm qua ngày 28/4", "DATE", "2021-04-28",
            null),
        row("Đội bóng lên đường vào sáng mai, ngày 30/4.", APR_29_2021, "sáng mai, ngày 30/4", "TIME", "2021-04-30TMO",
            null),
        // days or weeks counted from an edge of the year: one DURATION with the year, like "10 ngày cuối tháng 4"
        row("Nhà ông Tám không quét nhà trong ba ngày đầu năm.", APR_29_2021, "ba ngày đầu năm", "DURATION", "P3D",
            null),
        row("Trong 10 ngày đầu năm 2018, cửa hàng bán 50 xe.", APR_29_2021, "10 ngày đầu năm 2018", "DURATION", "P10D",
            null),
        row("Công chức được nghỉ 2 ngày cuối năm Canh Tý.", APR_29_2021, "2 ngày cuối năm Canh Tý", "DURATION", "P2D",
            null),
        // "lại đây" after a length, like "trở lại đây"
        row("Khoảng một tuần lại đây, anh Phong không lên mạng.", APR_29_2021, "Khoảng một tuần lại đây", "DURATION",
            "P1W", "APPROX"),
        // "vừa qua" after a day or month: behind the publication date, with or without "đã"
        row("Sở Y tế họp vào ngày 28/12 vừa qua.", APR_29_2021, "ngày 28/12 vừa qua", "DATE", "2020-12-28", null),
        row("Ngày 3/9 vừa qua, cầu Bến Lức thông xe.", APR_29_2021, "Ngày 3/9 vừa qua", "DATE", "2020-09-03", null),
        row("Nhà máy mở cửa vào tháng 5 vừa qua.", APR_29_2021, "tháng 5 vừa qua", "DATE", "2020-05", null),
        // the smaller units after a length belong to it: one duration, like "3 giờ 15 phút"
        row("Đội xe Lào về đích sau 37 phút 46 giây.", APR_29_2021, "37 phút 46 giây", "DURATION", "PT37M46S", null),
        row("Chị Vy về nhất với 2 giờ 39 phút 34 giây.", APR_29_2021, "2 giờ 39 phút 34 giây", "DURATION",
            "PT2H39M34S", null),
        row("Thời gian thu phí trạm Cầu Mới là 7 năm 8 tháng 16 ngày.", APR_29_2021, "7 năm 8 tháng 16 ngày",
            "DURATION", "P7Y8M16D", null),
        row("Bị cáo Tâm lĩnh 1 năm 16 ngày tù.", APR_29_2021, "1 năm 16 ngày", "DURATION", "P1Y16D", null),
        // "trước" before a day or an event is "before" it: the length stays a length, no time ago
        row("Giá bình quân trong 15 ngày trước ngày 22-4 là 80 USD.", APR_29_2021, "15 ngày", "DURATION", "P15D",
            null),
        row("Anh Sáu về quê khoảng 10 ngày trước Tết.", APR_29_2021, "khoảng 10 ngày", "DURATION", "P10D", "APPROX"),
        row("Một tháng trước lễ cưới, chị Hoa nghỉ việc.", APR_29_2021, "Một tháng", "DURATION", "P1M", null),
        // "gần trưa 8/3" (towards noon): the dated part of day, APPROX, "gần" inside; "xế chiều", "chập tối",
        // "sẩm tối", "giữa trưa" are parts of day of two words, like "chiều tối"
        row("Anh Tư cho biết gần trưa 8/3, anh đưa vợ đi khám.", APR_29_2021, "gần trưa 8/3", "TIME", "2021-03-08TMI",
            "APPROX"),
        row("Gần sáng ngày 28/4, mưa tạnh hẳn.", APR_29_2021, "Gần sáng ngày 28/4", "TIME", "2021-04-28TMO", "APPROX"),
        row("Xế chiều 19/4, anh Doãn về tới nhà.", APR_29_2021, "Xế chiều 19/4", "TIME", "2021-04-19TAF", null),
        row("Vào chập tối ngày 15/4, ông Mắn đi chăn bò.", APR_29_2021, "chập tối ngày 15/4", "TIME", "2021-04-15TEV",
            null),
        row("Giữa trưa ngày 20/4, dân làng thấy con rắn lớn.", APR_29_2021, "Giữa trưa ngày 20/4", "TIME",
            "2021-04-20TMI", null),
        // "tới" before a place after the length of a trip is "to": out of the span
        row("Bộ trưởng Lâm bắt đầu chuyến thăm 3 ngày tới Lào.", APR_29_2021, "3 ngày", "DURATION", "P3D", null),
        row("Đoàn đi một chuyến kéo dài một tuần tới Paris.", APR_29_2021, "một tuần", "DURATION", "P1W", null),
        // a number labelling the noun before it, then "ngày" and a date: the date, no length
        row("Cảnh sát kiểm tra cơ sở ở quận 12 ngày 16/4.", APR_29_2021, "ngày 16/4", "DATE", "2021-04-16", null),
        row("Kỳ họp thứ 27 ngày 27/4 đã bế mạc.", APR_29_2021, "ngày 27/4", "DATE", "2021-04-27", null),
        row("Dự án được duyệt tại công văn số 2416 ngày 28 tháng 7 năm 2003.", APR_29_2021, "ngày 28 tháng 7 năm 2003",
            "DATE", "2003-07-28", null),
        // a day-month written with a spaced dash: the date
        row("Ngày 23 - 4, tòa án huyện Long Mỹ xử vụ án.", APR_29_2021, "Ngày 23 - 4", "DATE", "2021-04-23", null),
        row("Chiều ngày 26 - 3, công an bắt nghi phạm.", APR_29_2021, "Chiều ngày 26 - 3", "TIME", "2021-03-26TAF", null),
        row("Do đó, ngày 5 – 7 – 2017, viện kiểm sát kháng nghị.", APR_29_2021, "ngày 5 – 7 – 2017", "DATE",
            "2017-07-05", null),
        // "Cùng ngày 3/4, …": the same day with its date, one span, the written date wins
        row("Cùng ngày 27/4, phát ngôn viên Bộ Y tế lên tiếng.", APR_29_2021, "Cùng ngày 27/4", "DATE", "2021-04-27",
            null),
        row("Cuộc họp báo cùng ngày 28-4 kéo dài hai giờ.", APR_29_2021, "cùng ngày 28-4", "DATE", "2021-04-28", null));
  }

  @ParameterizedTest
  @MethodSource("forms")
  void resolves(String text, PartialDate pub, String span, String type, String value, String mod) {
    TimeTestSupport.assertResolves(text, pub, span, type, value, mod);
  }

  @Test
  void ordinalDaysAreNoWeekdays() {
    // "ngày thứ N" counting the days of an event or reached after a count: the N-th day, no weekday
    assertThat(analyze("So với ngày thứ 4 kì nghỉ Tết, số vụ tai nạn giảm.", APR_29_2021).times()).isEmpty();
    assertThat(analyze("Gian hàng bán hết vé trong ngày thứ 2 của hội chợ.", APR_29_2021).times()).isEmpty();
    assertThat(analyze("Cuộc tìm kiếm đã bước sang ngày thứ ba.", APR_29_2021).times()).isEmpty();
    assertThat(analyze("Anh Tư mất tích đã là ngày thứ tư.", APR_29_2021).times()).isEmpty();
    // a capitalised weekday name stays a day
    assertThat(analyze("Trong ngày thứ Sáu của tuần lễ, chị Mai nghỉ.", APR_29_2021).times())
        .extracting(TimeExpression::value).isNotEmpty();
  }

  @Test
  void lookAlikesStayOut() {
    // "hiện nay, ngày …" dates an event, not today: two expressions
    assertThat(analyze("Hiện nay, ngày 20/4 vừa qua, sở đã họp.", APR_29_2021).times())
        .extracting(TimeExpression::text).containsExactly("Hiện nay", "ngày 20/4 vừa qua");
    // "Một ngày đầu năm 2017, …" is some day early in the year, not a length from its edge
    assertThat(analyze("Một ngày đầu năm 2017, anh Hùng về quê.", APR_29_2021).times())
        .extracting(TimeExpression::text).contains("đầu năm 2017");
    // "gần sáng" with no day after it stays out, as a bare "sáng" does
    assertThat(analyze("Cơn mưa kéo dài đến gần sáng.", APR_29_2021).times()).isEmpty();
    // "N năm tới" with a capitalised subject after it and no trip keeps "tới" (the next N years)
    assertThat(analyze("Trong 5 năm tới Hà Nội sẽ trồng thêm cây.", APR_29_2021).times())
        .extracting(TimeExpression::text).containsExactly("5 năm tới");
    // a length before "ngày" + a date after "trong" stays a length
    assertThat(analyze("Hội chợ diễn ra trong 3 ngày 19-21/4.", APR_29_2021).times())
        .extracting(TimeExpression::value).contains("P3D");
    // a spaced dash after "từ ngày" may be a range of days, and a slash after the second number makes a range
    assertThat(analyze("Hội chợ mở từ ngày 1 - 5 hàng tháng.", APR_29_2021).times())
        .extracting(TimeExpression::value).doesNotContain("2021-05-01");
    assertThat(analyze("Giá giảm vào ngày 10 - 12/5.", APR_29_2021).times())
        .extracting(TimeExpression::value).containsExactly("2021-05-10", "2021-05-12");
    // minutes of an angle are no length
    assertThat(analyze("Tàu cá chìm tại tọa độ 18 độ 07 phút vĩ bắc.", APR_29_2021).times()).isEmpty();
    // "cuối cùng" (last) before a date is no "same day"
    assertThat(analyze("Phiên xử cuối cùng ngày 27-4 đã hoãn.", APR_29_2021).times())
        .extracting(TimeExpression::text).containsExactly("ngày 27-4");
    // "N ngày trước" with no day or event after it is still a time ago
    assertThat(analyze("Ông Ba về quê 3 ngày trước.", APR_29_2021).times())
        .extracting(TimeExpression::value).containsExactly("2021-04-26");
    // a day of this month already past with "vừa qua" stays in this year
    assertThat(analyze("Sở họp vào ngày 27/4 vừa qua.", APR_29_2021).times())
        .extracting(TimeExpression::value).containsExactly("2021-04-27");
  }
}
