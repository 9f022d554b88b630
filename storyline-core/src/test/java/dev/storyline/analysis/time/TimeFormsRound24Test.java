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
 * Round 24: years listed after "các năm 2010" are years, not a decade ("các năm 2010 và 2012"); the new year named by
 * its number ("năm mới 2019", "đầu năm mới 2019"); a year after "thời điểm"; a dashed month-year without "tháng" after
 * a point-in-time word ("Từ 9-2015", "đến 4-1996", "cuối 5-2019") and after a worded day ("ngày 15 tháng 2-2019"); a
 * dashed deadline ("trước 10-9.", "đến hết 25-8."); a count of days before a list whose comma is glued to the first
 * day ("trong hai ngày 25, 26-12"); "trong 2019 thì"; a century relative to the publication year ("trong thế kỷ
 * này", "đầu thế kỷ trước"); the coming Tết ("dịp Tết Nguyên đán sắp tới"); two decades after "thập niên" ("thập niên 1970 và 1980");
 * no edge of a year before "học" (a school year: "đầu năm học 2016-2017"); a range of two spaced-"h" clocks
 * ("23 h -5 h") and a clock repeated in another zone in brackets ("(23 h giờ Hà Nội)").
 */
class TimeFormsRound24Test {
  private static final PartialDate JUN_15_2017 = PartialDate.ofDay(2017, 6, 15);

  static Stream<Arguments> forms() {
    return Stream.of(
        // years listed after "các năm": each a year
        row("Ông Quang Vinh về thăm quê vào các năm 2010 và 2012.", JUN_15_2017, "năm 2010", "DATE", "2010", null),
        row("Ông Quang Vinh về thăm quê vào các năm 2010 và 2012.", JUN_15_2017, "2012", "DATE", "2012", null),
        row("Nhà máy Hưng Phát được sửa vào các năm 1980, 1984 và 1991.", JUN_15_2017, "1984", "DATE", "1984", null),
        // the new year named by its number
        row("Phố đi bộ Hoà Bình sẽ bắn pháo hoa đón năm mới 2018 tại bờ hồ.", JUN_15_2017, "năm mới 2018", "DATE",
            "2018", null),
        row("Ngay đầu năm mới 2019, cô Thanh Mai đã ra mắt album.", JUN_15_2017, "đầu năm mới 2019", "DATE", "2019",
            "START"),
        // a year after "thời điểm"
        row("Vì thời điểm 2014, ông Tạ Hùng đã nghỉ việc.", JUN_15_2017, "2014", "DATE", "2014", null),
        // a dashed month-year after a point-in-time word, or after a worded day
        row("Từ 9-2015, anh Lộc làm kế toán cho hợp tác xã.", JUN_15_2017, "9-2015", "DATE", "2015-09", null),
        row("Bà Hạnh làm hiệu trưởng từ tháng 3-1999 đến 8-2004.", JUN_15_2017, "8-2004", "DATE", "2004-08", null),
        row("Hồi cuối 5-2016, xã Tân Thành khởi công cây cầu.", JUN_15_2017, "cuối 5-2016", "DATE", "2016-05", "END"),
        row("Giá phân bón giảm trước ngày 12 tháng 3-2016 rồi tăng lại.", JUN_15_2017, "ngày 12 tháng 3-2016", "DATE",
            "2016-03-12", null),
        // a dashed deadline that ends its clause
        row("Các xã phải nộp báo cáo lên huyện trước 20-7.", JUN_15_2017, "20-7", "DATE", "2017-07-20", null),
        row("Hội chợ sách mở cửa đến hết 28-8, kể cả thứ bảy.", JUN_15_2017, "28-8", "DATE", "2017-08-28", null),
        // a count of days before a list whose first comma is glued to the day
        row("Lớp tập huấn diễn ra trong hai ngày 21, 22-6 ở Huế.", JUN_15_2017, "21", "DATE", "2017-06-21", null),
        row("Lớp tập huấn diễn ra trong hai ngày 21, 22-6 ở Huế.", JUN_15_2017, "22-6", "DATE", "2017-06-22", null),
        // a bare year after "trong" before "thì"
        row("Nếu không sửa đường trong 2018 thì dân còn khổ.", JUN_15_2017, "2018", "DATE", "2018", null),
        // a century named relative to the publication year
        row("Các nhà khoa học Hà Lan tin mực nước biển sẽ dâng trong thế kỷ này.", JUN_15_2017, "thế kỷ này", "DATE",
            "20", null),
        row("Rừng đước ở Năm Căn có thể mất vào cuối thế kỷ này.", JUN_15_2017, "cuối thế kỷ này", "DATE", "20", "END"),
        row("Cụ Tư dựng ngôi đình này vào đầu thế kỷ trước.", JUN_15_2017, "đầu thế kỷ trước", "DATE", "19", "START"),
        // the coming Tết with "sắp tới": the next lunar New Year, "sắp tới" in the span
        row("Chợ hoa Bình Điền chuẩn bị cho dịp Tết Nguyên đán sắp tới.", JUN_15_2017, "Tết Nguyên đán sắp tới", "DATE",
            "2018-02-16", null),
        row("Anh Dũng mua vé xe về quê trong dịp Tết sắp tới.", JUN_15_2017, "Tết sắp tới", "DATE", "2018-02-16", null),
        // two decades after "thập niên", like "những năm 1920 - 1930"
        row("Làng gốm Phù Lãng suy tàn trong thập niên 1970 và 1980.", JUN_15_2017, "1980", "DATE", "198", null),
        row("Nhà hát Hoà Bình sầm uất vào thập niên 60-70.", JUN_15_2017, "70", "DATE", "197", null),
        // a range of two spaced-"h" clocks with no clock word before it, and a clock repeated in another zone
        row("Xe tải bị cấm trên cầu Rồng (khoảng thời gian 23 h -5 h) vì sửa chữa.", JUN_15_2017, "23 h", "TIME",
            "XXXX-XX-XXT23:00", null),
        row("Xe tải bị cấm trên cầu Rồng (khoảng thời gian 23 h -5 h) vì sửa chữa.", JUN_15_2017, "5 h", "TIME",
            "XXXX-XX-XXT05:00", null),
        row("Trận chung kết ở Lima bắt đầu lúc 20h giờ địa phương (8 h giờ Hà Nội).", JUN_15_2017, "8 h", "TIME",
            "XXXX-XX-XXT08:00", null),
        // a part of day after the comma that opens the next clock stays with it
        row("Phố Huế cấm xe (sáng 6 h -9 h, chiều 16h30 - 19h) mỗi ngày.", JUN_15_2017, "9 h", "TIME",
            "XXXX-XX-XXT09:00", null),
        // "giờ" opening a zone note after a clock stays outside its span
        row("Cuộc diễu hành ở Oslo bắt đầu lúc 10h15 giờ địa phương.", JUN_15_2017, "10h15", "TIME",
            "XXXX-XX-XXT10:15", null));
  }

  @ParameterizedTest
  @MethodSource("forms")
  void resolves(String text, PartialDate pub, String span, String type, String value, String mod) {
    TimeTestSupport.assertResolves(text, pub, span, type, value, mod);
  }

  @Test
  void lookAlikesStayOut() {
    // decades coordinated with decades stay decades
    assertThat(analyze("Nhạc của những năm 1960 và 1970 vẫn được yêu thích.", JUN_15_2017).times())
        .extracting(TimeExpression::value).contains("196").doesNotContain("1960");
    // a dashed pair before a unit is a price range, not a month
    assertThat(analyze("Giá bán từ 5-2000 đồng mỗi bó.", JUN_15_2017).times()).isEmpty();
    // a score after "dẫn trước" stays out
    assertThat(analyze("Đội Sông Lam dẫn trước 2-1, rồi thua.", JUN_15_2017).times()).isEmpty();
    // a range of counts after "trước" is no deadline
    assertThat(analyze("Ông Tâm đặt hàng trước 3-4 tuần.", JUN_15_2017).times())
        .extracting(TimeExpression::text).doesNotContain("3-4");
    // the century after decades it qualifies, a plural or an era stays out
    assertThat(analyze("Bà Lệ hát nhiều trong thập niên 70 và 80 của thế kỷ trước.", JUN_15_2017).times())
        .extracting(TimeExpression::text).doesNotContain("thế kỷ trước");
    assertThat(analyze("Bến cảng này sầm uất trong các thế kỷ trước.", JUN_15_2017).times()).isEmpty();
    // the edge of a school year is no time (guidelines: school years); "đầu năm" before "học sinh" keeps the year
    assertThat(analyze("Trường Kim Đồng thu nhiều khoản đầu năm học 2016-2017.", JUN_15_2017).times()).isEmpty();
    assertThat(analyze("Cô Hoa khen học trò vào cuối năm học.", JUN_15_2017).times()).isEmpty();
    assertThat(analyze("Đầu năm học sinh lớp 9 được khám mắt.", JUN_15_2017).times())
        .extracting(TimeExpression::text).contains("Đầu năm");
    // two spaced-"h" numbers after a verb taking a length are lengths
    assertThat(analyze("Bé Na ngủ 7 h -8 h mỗi đêm.", JUN_15_2017).times())
        .extracting(TimeExpression::text).doesNotContain("7 h", "8 h");
    // a decimal after a count of days is no listed day
    assertThat(analyze("Mực nước dâng trong hai ngày 2,5 mét.", JUN_15_2017).times())
        .extracting(TimeExpression::text).doesNotContain("2");
  }
}
