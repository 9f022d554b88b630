package dev.storyline.analysis.time;

import static dev.storyline.analysis.time.TimeTestSupport.analyze;
import static dev.storyline.analysis.time.TimeTestSupport.row;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.model.PartialDate;
import dev.storyline.model.TimeExpression;
import dev.storyline.model.TimeType;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Round 26: a holiday named by its date ("Quốc khánh 2-9", "Ngày Nhà giáo Việt Nam 20-11"); "Tết năm 2018"; a
 * deadline day after "hạn" ("hạn chót 15/5", "thời hạn 30/9"); an event's year or a document's number before its date
 * is no count ("Cánh Diều 2017 ngày 17-12", "Quyết định 3165 năm 2012"); "hôm nay, 27-6 khi …"; a dashed day opening a
 * paragraph before a comma; midnight after "sau"; a clock and its day in brackets ("(8 h, 19-8)"); a coming day with
 * "tới" is not the day "cùng ngày" takes; the year of a plan, budget or report ("tầm nhìn 2035", "kế hoạch kinh doanh
 * 2018"); "từ 30-4 đến nay", "có hiệu lực từ 1-7"; a quarter century ("1/4 thế kỷ"); "Cách đây 3-4 năm" (two dates that far back).
 */
class TimeFormsRound26Test {
  private static final PartialDate JUN_15_2017 = PartialDate.ofDay(2017, 6, 15);

  static Stream<Arguments> forms() {
    return Stream.of(
        // a holiday named by its date: the day, the name outside
        row("Nhân dịp Quốc khánh 2-9 năm nay, phường Tân Định treo cờ khắp các ngõ.", JUN_15_2017, "2-9 năm nay",
            "DATE", "2017-09-02", null),
        row("Ngày Nhà giáo Việt Nam 20-11 tới, lớp 9A sẽ tặng hoa cô Hạnh.", JUN_15_2017, "20-11 tới", "DATE",
            "2017-11-20", null),
        row("Ngày Quốc tế thiếu nhi 1-6, xã Phú Mỹ phát quà cho các cháu.", JUN_15_2017, "1-6", "DATE", "2017-06-01",
            null),
        row("Hoa hồng đắt gấp đôi dịp Quốc tế phụ nữ 8/3 đang tới gần.", JUN_15_2017, "8/3", "DATE", "2017-03-08",
            null),
        // the lunar New Year of a year written with "năm"
        row("Chợ hoa Tết năm 2018 ở bến Ninh Kiều đông hơn mọi năm.", JUN_15_2017, "Tết năm 2018", "DATE",
            "2018-02-16", null),
        // a deadline day after "hạn"
        row("Bộ đặt hạn chót 15/5 để các tỉnh nộp báo cáo.", JUN_15_2017, "15/5", "DATE", "2017-05-15", null),
        row("Công ty Bình Minh xin lùi thời hạn 30/9 do thiếu vốn.", JUN_15_2017, "30/9", "DATE", "2017-09-30", null),
        // an event's year or a document's number before its date is no count of days or years
        row("Giải Cánh Diều 2017 ngày 17-12 trao cho phim Lửa Đồng.", JUN_15_2017, "ngày 17-12", "DATE", "2017-12-17",
            null),
        row("Hội chợ Sen Vàng 2018 năm nay đông khách hơn.", JUN_15_2017, "năm nay", "DATE", "2017", null),
        row("Quyết định 3165 năm 2012 chia khu đô thị thành 8 phần.", JUN_15_2017, "năm 2012", "DATE", "2012", null),
        // the year a plan, a budget or a report is for, like "kế hoạch 2015"
        row("Quy hoạch giao thông tỉnh Tây Sơn đến năm 2025, tầm nhìn 2035 đã được duyệt.", JUN_15_2017, "2035", "DATE",
            "2035", null),
        row("Hợp tác xã Đồng Tâm đã thông qua kế hoạch kinh doanh 2018 của mình.", JUN_15_2017, "2018", "DATE", "2018",
            null),
        row("Theo báo cáo tài chính 2016, công ty Ánh Dương lãi 4 tỷ đồng.", JUN_15_2017, "2016", "DATE", "2016", null),
        row("Hội nghị bàn phương hướng nhiệm vụ 2018 của ngành điện.", JUN_15_2017, "2018", "DATE", "2018", null),
        // a bare dashed day after "từ" running until now, or the day a rule takes effect
        row("Ông Tư nhặt đinh trên đường Láng từ 30-4 đến nay.", JUN_15_2017, "30-4", "DATE", "2017-04-30", null),
        row("Quy định về phí chợ Cồn có hiệu lực từ 1-7.", JUN_15_2017, "1-7", "DATE", "2017-07-01", null),
        // a quarter century, 25 years
        row("Hội Chữ thập đỏ xã An Phú đã hoạt động suốt 1/4 thế kỷ qua.", JUN_15_2017, "1/4 thế kỷ qua", "DURATION",
            "P25Y", null),
        row("Ông Bảy giữ chức trưởng thôn gần 1/4 thế kỷ.", JUN_15_2017, "gần 1/4 thế kỷ", "DURATION", "P25Y",
            "LESS_THAN"),
        row("Một phần tư thế kỷ đã trôi qua kể từ khi cầu Mỹ Lợi khánh thành.", JUN_15_2017, "Một phần tư thế kỷ",
            "DURATION", "P25Y", null),
        // a range of lengths after "cách đây": each end a date that far back, like "40-50 năm trước"
        row("Cách đây 3-4 năm, hội đồng xã Tân Hòa đã có đề án.", JUN_15_2017, "Cách đây 3", "DATE", "2014", null),
        row("Cách đây 3-4 năm, hội đồng xã Tân Hòa đã có đề án.", JUN_15_2017, "4 năm", "DATE", "2013", null),
        row("Hàng cây sữa xuất hiện cách nay 4-5 thập niên.", JUN_15_2017, "cách nay 4", "DATE", "1977", null),
        row("Cách đây khoảng 2-3 tháng, giá cà phê còn thấp.", JUN_15_2017, "3 tháng", "DATE", "2017-03", "APPROX"),
        // "hôm nay, D-M" when the clause goes on with a connective
        row("Giá vàng giảm trong phiên hôm nay, 27-6 khi nhiều người bán ra.", JUN_15_2017, "hôm nay, 27-6", "DATE",
            "2017-06-27", null),
        // a dashed day-month opening a paragraph before a comma
        row("19-10, tại Đà Lạt, Hội nông dân tỉnh họp tổng kết.", JUN_15_2017, "19-10", "DATE", "2017-10-19", null),
        // midnight after "sau" is a clock, not a length
        row("Quán bar ở phố Tạ Hiện không được mở sau 0h.", JUN_15_2017, "0h", "TIME", "XXXX-XX-XXT00:00", null),
        // a spaced-h clock and its day in brackets: one TIME
        row("Nhóm Cỏ May diễn ở công viên (8 h, 19-8) rồi về Huế.", JUN_15_2017, "8 h, 19-8", "TIME",
            "2017-08-19T08:00", null),
        // a coming day with "tới" is not the day "cùng ngày" takes (no day told before it: the publication day)
        row("Cầu Rồng sẽ thông xe vào 1-10 tới. Trước đó, trưa cùng ngày, đoàn kiểm tra đã đến.", JUN_15_2017,
            "trưa cùng ngày", "TIME", "2017-06-15TMI", null));
  }

  @ParameterizedTest
  @MethodSource("forms")
  void resolves(String text, PartialDate pub, String span, String type, String value, String mod) {
    TimeTestSupport.assertResolves(text, pub, span, type, value, mod);
  }

  @Test
  void noLengthOfAnEventYear() {
    assertThat(analyze("Giải Cánh Diều 2017 ngày 17-12 trao cho phim Lửa Đồng.", JUN_15_2017).times())
        .extracting(TimeExpression::type).doesNotContain(TimeType.DURATION);
    assertThat(analyze("Nhân dịp Quốc khánh 2-9 năm nay, phường Tân Định treo cờ.", JUN_15_2017).times())
        .extracting(TimeExpression::type).doesNotContain(TimeType.DURATION);
  }

  @Test
  void lookAlikesStayOut() {
    // a generic holiday and a count after "phụ nữ" stay out
    assertThat(analyze("Mỗi dịp Quốc khánh 2-9, cả phố Hàng Mã treo cờ.", JUN_15_2017).times()).isEmpty();
    assertThat(analyze("Chương trình khám cho phụ nữ 1-2 lần mỗi năm.", JUN_15_2017).times())
        .extracting(TimeExpression::text).containsExactly("mỗi năm");
    // the holidays of a year ("lễ, Tết năm 2016") stay the year; a year after "Tết năm 2017 và" stays a year
    assertThat(analyze("Công nhân được nghỉ lễ, Tết năm 2016 theo lịch của Bộ.", JUN_15_2017).times())
        .extracting(TimeExpression::text).containsExactly("năm 2016");
    assertThat(analyze("Tiền thưởng Tết năm 2017 và 2018 đều tăng ở công ty Hoa Sen.", JUN_15_2017).times())
        .extracting(TimeExpression::value).containsExactly("2017-01-28", "2018");
    // a quarter of other things stays a share
    assertThat(analyze("Một phần tư số hộ ở xóm Chùa đã có nước sạch.", JUN_15_2017).times()).isEmpty();
    // a range of numbers after "từ" stays numbers
    assertThat(analyze("Sân bay Cát Bi phục vụ từ 3-5 triệu khách.", JUN_15_2017).times()).isEmpty();
    // a count after a budget is no year
    assertThat(analyze("Tỉnh Hòa Bình dành ngân sách 2018 tỷ đồng cho đường.", JUN_15_2017).times()).isEmpty();
    // a tenor after "kỳ hạn" is no deadline
    assertThat(analyze("Trái phiếu kỳ hạn 3/6 tháng được bán hết.", JUN_15_2017).times()).isEmpty();
    // a count of days of fewer than four digits before "ngày" stays a length
    assertThat(analyze("Hai vợ chồng anh Tú đã bên nhau 1075 ngày.", JUN_15_2017).times())
        .extracting(TimeExpression::value).containsExactly("P1075D");
    // "hôm nay, 3-4 người": a count after the comma
    assertThat(analyze("Hôm nay, 3-4 người đến thăm bà Lý.", JUN_15_2017).times())
        .extracting(TimeExpression::text).containsExactly("Hôm nay");
    // a score inside a sentence stays a score
    assertThat(analyze("Đội Sông Hồng thắng 2-1, giữ ngôi đầu bảng.", JUN_15_2017).times()).isEmpty();
    // a clock after a coming day in the same sentence still takes that day
    assertThat(analyze("Hội nghị khai mạc vào ngày 1-10 tới, đại biểu đến lúc 8h.", JUN_15_2017).times())
        .extracting(TimeExpression::value).containsExactly("2017-10-01", "2017-10-01T08:00");
  }
}
