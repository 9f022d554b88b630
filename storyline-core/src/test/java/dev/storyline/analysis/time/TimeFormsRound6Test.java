package dev.storyline.analysis.time;

import static dev.storyline.analysis.time.TimeTestSupport.analyze;
import static dev.storyline.analysis.time.TimeTestSupport.assertResolves;
import static dev.storyline.analysis.time.TimeTestSupport.row;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.model.PartialDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Forms added in round 6, found on randomly drawn dev articles and on a scan of unannotated articles for time words
 * left outside every expression: clock times after "hơn"/"gần"/"sau" ("hơn 16h ngày 30/9"), hours written "24h" as
 * a length ("trong 24h qua"), spelled-out counts ("bốn mươi năm", "mười lăm năm", "năm năm"), halves ("nửa năm"),
 * "hàng trăm giờ", "hồi 2014", "trong quá khứ", "hè này" and "một vài năm tới".
 */
class TimeFormsRound6Test {
  private static final PartialDate APR_26_2021 = PartialDate.ofDay(2021, 4, 26);

  static Stream<Arguments> forms() {
    return Stream.of(
        // a clock reading after "hơn" (MORE_THAN, as the guidelines' "hơn") or "gần" (APPROX on clock times)
        row("Tai nạn xảy ra vào hơn 16h ngày 30/3 tại ngã tư.", APR_26_2021, "hơn 16h ngày 30/3", "TIME",
            "2021-03-30T16:00", "MORE_THAN"),
        row("Lúc hơn 7h sáng nay 21/4, chợ đã đông.", APR_26_2021, "hơn 7h sáng nay 21/4", "TIME",
            "2021-04-21T07:00", "MORE_THAN"),
        row("Mưa từ sáng 25/4. Đến gần 14h chiều cùng ngày, nước rút.", APR_26_2021, "gần 14h chiều cùng ngày",
            "TIME", "2021-04-25T14:00", "APPROX"),
        row("Khoảng hơn 11h trưa ngày 19/4, cửa hàng bốc cháy.", APR_26_2021, "Khoảng hơn 11h trưa ngày 19/4",
            "TIME", "2021-04-19T11:00", "APPROX"),
        row("Ban tổ chức cho biết lúc gần 9h vẫn còn ghế trống.", APR_26_2021, "gần 9h", "TIME",
            "XXXX-XX-XXT09:00", "APPROX"),
        // "sau" before a clock with its part of day: the clock alone ("sau" is a preposition)
        row("Điện sẽ có lại sau 14h chiều nay.", APR_26_2021, "14h chiều nay", "TIME", "2021-04-26T14:00", null),
        // hours written "24h" counting time
        row("Trong 24h qua, tỉnh ghi nhận 3 ca mới.", APR_26_2021, "24h qua", "DURATION", "PT24H", null),
        row("Sau gần 2h dập lửa, đám cháy được khống chế.", APR_26_2021, "gần 2h", "DURATION", "PT2H", "LESS_THAN"),
        row("Sau hơn 3h tìm kiếm, đội cứu hộ thấy thuyền.", APR_26_2021, "hơn 3h", "DURATION", "PT3H", "MORE_THAN"),
        row("Xe khách chạy mất 5h mới tới nơi.", APR_26_2021, "5h", "DURATION", "PT5H", null),
        // spelled-out counts
        row("Ông gắn bó với nghề gốm bốn mươi năm.", APR_26_2021, "bốn mươi năm", "DURATION", "P40Y", null),
        row("Bà bán hàng ở chợ này mười lăm năm.", APR_26_2021, "mười lăm năm", "DURATION", "P15Y", null),
        row("Trong suốt năm năm qua, diện tích rừng giảm.", APR_26_2021, "năm năm qua", "DURATION", "P5Y", null),
        row("Năm phút sau, đội bạn gỡ hòa.", APR_26_2021, "Năm phút", "DURATION", "PT5M", null),
        row("Dự án chậm gần năm thập kỷ.", APR_26_2021, "gần năm thập kỷ", "DURATION", "P50Y", "LESS_THAN"),
        // halves, in the next smaller unit where exact
        row("Anh chờ nửa tiếng mới có xe.", APR_26_2021, "nửa tiếng", "DURATION", "PT30M", null),
        row("Cửa hàng đóng cửa nửa năm vì dịch.", APR_26_2021, "nửa năm", "DURATION", "P6M", null),
        row("Đoàn nghỉ nửa ngày rồi đi tiếp.", APR_26_2021, "nửa ngày", "DURATION", "PT12H", null),
        row("Cách đây nửa năm, giá còn thấp.", APR_26_2021, "Cách đây nửa năm", "DATE", "2020-10", null),
        // unknown counts of hours; "một vài" is "vài"
        row("Phi công phải bay hàng trăm giờ để được cấp bằng.", APR_26_2021, "hàng trăm giờ", "DURATION", "PTXH",
            null),
        row("Nhà máy sẽ mở rộng trong một vài năm tới.", APR_26_2021, "một vài năm tới", "DURATION", "PXY", null),
        // a bare year after "hồi"; the past; this summer without "mùa"
        row("Hồi 2014, đội bóng xuống hạng.", APR_26_2021, "2014", "DATE", "2014", null),
        row("Trong quá khứ, làng từng bị lũ cuốn.", APR_26_2021, "quá khứ", "DATE", "PAST_REF", null),
        row("Kỳ nghỉ hè này các em học bơi.", APR_26_2021, "hè này", "DATE", "2021-SU", null),
        // a part of every day, written like the other calendar sets ("thứ 6 hàng tuần" = XXXX-WXX-5)
        row("Ông ngủ đủ 7 tiếng mỗi đêm.", APR_26_2021, "mỗi đêm", "SET", "XXXX-XX-XXTNI", null),
        row("Mỗi buổi sáng, bà tập dưỡng sinh.", APR_26_2021, "Mỗi buổi sáng", "SET", "XXXX-XX-XXTMO", null),
        row("Quán mở cửa hàng đêm cho dân chài.", APR_26_2021, "hàng đêm", "SET", "XXXX-XX-XXTNI", null),
        // a count of times per period, like "2 ngày/tuần"
        row("Cô đi bơi 3 lần/tuần.", APR_26_2021, "3 lần/tuần", "SET", "P1W", null),
        row("Khách ghé siêu thị 1,5 lần/tháng.", APR_26_2021, "1,5 lần/tháng", "SET", "P1M", null),
        // a bare year coordinated with the year before it; a range of years after "và"
        row("Những năm 2018 và 2019, khách rất đông.", APR_26_2021, "2019", "DATE", "2019", null),
        row("Cầu được sửa trong các năm 1995 và 2010.", APR_26_2021, "2010", "DATE", "2010", null),
        row("Ông giữ chức vụ các năm 1970-1975 và 1980-1984.", APR_26_2021, "1980", "DATE", "1980", null),
        row("Ông giữ chức vụ các năm 1970-1975 và 1980-1984.", APR_26_2021, "1984", "DATE", "1984", null),
        // per minute, per second; once per a length; every weekday
        row("Trang web thu 50 USD mỗi phút.", APR_26_2021, "mỗi phút", "SET", "PT1M", null),
        row("Máy bơm chạy 2 vòng mỗi giây.", APR_26_2021, "mỗi giây", "SET", "PT1S", null),
        row("Xe buýt chạy mỗi tiếng một chuyến.", APR_26_2021, "mỗi tiếng", "SET", "PT1H", null),
        row("Người lớn nên khám răng 6 tháng một lần.", APR_26_2021, "6 tháng", "SET", "P6M", null),
        row("Hội chợ tổ chức 2 năm/lần.", APR_26_2021, "2 năm/lần", "SET", "P2Y", null),
        row("Mỗi thứ Hai, trường chào cờ.", APR_26_2021, "Mỗi thứ Hai", "SET", "XXXX-WXX-1", null),
        // the minute mark after a clock keeps the date with it; "lần 2" is an ordinal, not a count of days
        row("Vào khoảng 3h40' ngày 12/4, kho hàng bốc cháy.", APR_26_2021, "khoảng 3h40' ngày 12/4", "TIME",
            "2021-04-12T03:40", "APPROX"),
        row("Mẫu xét nghiệm lần 2 ngày 22/4 cho kết quả âm tính.", APR_26_2021, "ngày 22/4", "DATE", "2021-04-22",
            null),
        // the trading session of a day
        row("Giá cổ phiếu lúc chốt phiên 19/4 là 20.000 đồng.", APR_26_2021, "19/4", "DATE", "2021-04-19", null));
  }

  @ParameterizedTest
  @MethodSource("forms")
  void resolves(String text, PartialDate pub, String span, String type, String value, String mod) {
    assertResolves(text, pub, span, type, value, mod);
  }

  static Stream<Arguments> notTime() {
    return Stream.of(
        Arguments.of("Những năm tháng ấy thật đẹp.", "năm tháng"),
        Arguments.of("Một nửa số hộ đã nhận tiền.", "nửa"),
        Arguments.of("Phim Lật mặt: 48h ra rạp.", "48h"),
        Arguments.of("Trong quá trình làm việc, anh rất chăm.", "quá"),
        Arguments.of("Người đi bộ trên vỉa hè này rất đông.", "hè này"),
        Arguments.of("Quanh năm ngày tháng làm lụng.", "năm ngày"),
        Arguments.of("Giá vàng tăng 200.000 đồng/lượng mỗi chiều.", "chiều"),
        Arguments.of("Xe chạy 60 lần/giờ cao điểm.", "lần"),
        Arguments.of("Doanh thu năm 2020 và 2021 tỷ đồng tiền lãi.", "2021"),
        Arguments.of("Anh chỉ gặp cô một lần.", "lần"));
  }

  @ParameterizedTest
  @MethodSource("notTime")
  void leavesLookAlikesAlone(String text, String word) {
    assertThat(analyze(text, APR_26_2021).times()).noneMatch(x -> x.text().contains(word));
  }

  @ParameterizedTest
  @MethodSource("forms")
  void keepsTheOldClockReadingWithoutModifier(String text, PartialDate pub, String span, String type, String value,
      String mod) {
    // the same sentence without "hơn"/"gần" keeps its plain clock: the modifier only widens the span
    if (!type.equals("TIME") || mod == null || !span.startsWith("hơn")) return;
    String plain = text.replace("hơn ", "");
    assertResolves(plain, pub, span.substring(4), type, value, null);
  }
}
