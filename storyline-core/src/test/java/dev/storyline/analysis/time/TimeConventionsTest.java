package dev.storyline.analysis.time;

import static dev.storyline.analysis.time.TimeTestSupport.analyze;
import static dev.storyline.analysis.time.TimeTestSupport.assertResolves;
import static dev.storyline.analysis.time.TimeTestSupport.row;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.model.PartialDate;
import dev.storyline.model.TimeExpression;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Span and value conventions of eval/gold/TIME-GUIDELINES.md, on sentences written for these tests. */
class TimeConventionsTest {
  private static final PartialDate APR_28_2021 = PartialDate.ofDay(2021, 4, 28); // a Wednesday
  private static final PartialDate APR_24_2021 = PartialDate.ofDay(2021, 4, 24); // a Saturday

  static Stream<Arguments> conventions() {
    return Stream.of(
        // modifiers join clock times and durations
        row("Đám cháy bùng lên vào khoảng 3 giờ 20 sáng ngày 27/4.", APR_28_2021, "khoảng 3 giờ 20 sáng ngày 27/4", "TIME", "2021-04-27T03:20", "APPROX"),
        row("Đến gần 7 giờ 10 sáng ngày 27/4, lửa mới tắt.", APR_28_2021, "gần 7 giờ 10 sáng ngày 27/4", "TIME", "2021-04-27T07:10", "APPROX"),
        row("Đội thợ làm việc gần 5 tháng liền.", APR_28_2021, "gần 5 tháng", "DURATION", "P5M", "LESS_THAN"),
        row("Mỗi lần tập tối thiểu 10 phút.", APR_28_2021, "tối thiểu 10 phút", "DURATION", "PT10M", "EQUAL_OR_MORE"),
        row("Mỗi ca trực tối đa 12 giờ.", APR_28_2021, "tối đa 12 giờ", "DURATION", "PT12H", "EQUAL_OR_LESS"),
        row("Giá xăng tăng liên tục trong hơn 2 năm qua.", APR_28_2021, "hơn 2 năm qua", "DURATION", "P2Y", "MORE_THAN"),
        row("Trong một tháng trở lại đây, trời ít mưa.", APR_28_2021, "một tháng trở lại đây", "DURATION", "P1M", null),
        row("Bão sẽ mạnh lên trong 36 giờ tiếp theo.", APR_28_2021, "36 giờ tiếp theo", "DURATION", "PT36H", null),
        row("Tàu rời cảng lúc 5h15 giờ sáng nay.", APR_28_2021, "5h15 giờ sáng nay", "TIME", "2021-04-28T05:15", null),
        row("Từ chiều tối nay (28/4), trời chuyển lạnh.", APR_28_2021, "chiều tối nay (28/4)", "TIME", "2021-04-28TEV", null),
        row("Công an nhận tin báo lúc 12 giờ đêm.", APR_28_2021, "12 giờ đêm", "TIME", "XXXX-XX-XXT00:00", null),
        row("Lực lượng cứu hộ làm việc sáng và chiều ngày 26/4.", APR_28_2021, "sáng và chiều ngày 26/4", "DATE", "2021-04-26", null),
        row("Đường phố đông đúc ngày và đêm 26/4.", APR_28_2021, "ngày và đêm 26/4", "DATE", "2021-04-26", null),
        row("Lệnh giới nghiêm bắt đầu từ nửa đêm 26/4.", APR_28_2021, "nửa đêm 26/4", "TIME", "2021-04-26T00:00", null),
        row("Trận đấu bắt đầu lúc 23h45 (giờ Việt Nam) ngày 7/6.", APR_28_2021, "23h45 (giờ Việt Nam) ngày 7/6", "TIME", "2021-06-07T23:45", null),
        row("Cửa hàng mở cửa 24/24.", APR_28_2021, "24/24", "SET", "P1D", null),
        row("Số ca tăng 20% so với tuần trước đó.", APR_28_2021, "tuần trước đó", "DATE", "2021-W16", null),
        // ranges: each end on its own, "ngày" on the first
        row("Hội chợ mở từ ngày 12 - 16/5 tại Cần Thơ.", APR_28_2021, "ngày 12", "DATE", "2021-05-12", null),
        row("Số ca mắc tăng trong 7 ngày từ 11/4-18/4.", APR_28_2021, "18/4", "DATE", "2021-04-18", null),
        row("Số ca mắc tăng trong 7 ngày từ 11/4-18/4.", APR_28_2021, "11/4", "DATE", "2021-04-11", null),
        row("Đợt tiêm thứ nhất từ ngày 12-14, đợt sau chưa rõ.", PartialDate.ofDay(2021, 5, 1), "ngày 12", "DATE", "2021-05-12", null),
        row("Đợt tiêm thứ nhất từ ngày 12-14, đợt sau chưa rõ.", PartialDate.ofDay(2021, 5, 1), "14", "DATE", "2021-05-14", null),
        row("Hai bên đã ký hợp đồng ngày 10/11.", APR_28_2021, "ngày 10/11", "DATE", "2020-11-10", null),
        // a relative word with its stated date
        row("Bộ Y tế hôm nay, 28/4, công bố số liệu.", APR_28_2021, "hôm nay, 28/4", "DATE", "2021-04-28", null),
        row("Nạn nhân mất tích hôm qua (26/4) ở bãi biển.", APR_28_2021, "hôm qua (26/4)", "DATE", "2021-04-26", null),
        // vague references
        row("Những năm gần đây, du lịch phát triển.", APR_28_2021, "Những năm gần đây", "DATE", "PAST_REF", null),
        row("Trong những ngày qua, mưa lớn kéo dài.", APR_28_2021, "những ngày qua", "DATE", "PAST_REF", null),
        row("Giá điện có thể tăng trong những tháng sắp tới.", APR_28_2021, "những tháng sắp tới", "DATE", "FUTURE_REF", null),
        row("Ngành này cần nhiều kỹ sư trong tương lai.", APR_28_2021, "tương lai", "DATE", "FUTURE_REF", null),
        row("Cách nay vài năm, nơi đây còn là ruộng.", APR_28_2021, "Cách nay vài năm", "DATE", "PAST_REF", null),
        row("Tính đến nay, tỉnh có 20 ca mắc.", APR_28_2021, "nay", "DATE", "PRESENT_REF", null),
        row("Sáng 26/4, tỉnh họp khẩn. Chiều cùng ngày, lệnh phong tỏa được ban hành.", APR_28_2021, "Chiều cùng ngày", "TIME", "2021-04-26TAF", null),
        row("Người dân xếp hàng từ rạng sáng để mua vé.", APR_28_2021, "rạng sáng", "TIME", "2021-04-28TMO", null),
        // weeks, seasons, years, months
        row("Giá vàng giảm vào cuối tuần qua.", PartialDate.ofDay(2021, 4, 26), "cuối tuần qua", "DATE", "2021-W16-WE", null),
        row("Chợ phiên họp vào cuối tuần.", APR_24_2021, "cuối tuần", "DATE", "2021-W16-WE", null),
        row("Hoa đào nở rộ vào mùa xuân.", APR_28_2021, "mùa xuân", "DATE", "XXXX-SP", null),
        row("Trận lụt xảy ra vào mùa thu năm 1999.", APR_28_2021, "mùa thu năm 1999", "DATE", "1999-FA", null),
        row("Anh Q. (SN 1990) bị bắt giữ.", APR_28_2021, "1990", "DATE", "1990", null),
        row("2019 là năm khó khăn với ngành hàng không.", APR_28_2021, "2019", "DATE", "2019", null),
        row("Ông giữ chức vụ này trong năm 1991-1995.", APR_28_2021, "1995", "DATE", "1995", null),
        row("Hai anh em cùng sinh tháng 8.", APR_28_2021, "tháng 8", "DATE", "XXXX-08", null),
        row("Năm tài chính 2022, hãng dự kiến lãi lớn.", APR_28_2021, "Năm tài chính 2022", "DATE", "2022", null),
        // sets
        row("Trường họp phụ huynh vào thứ 3 và thứ 5 hàng tuần.", APR_28_2021, "thứ 5 hàng tuần", "SET", "XXXX-WXX-4", null),
        row("Trường họp phụ huynh vào thứ 3 và thứ 5 hàng tuần.", APR_28_2021, "thứ 3", "SET", "XXXX-WXX-2", null),
        row("Lễ hội diễn ra vào 10/3 hằng năm.", APR_28_2021, "10/3 hằng năm", "SET", "XXXX-03-10", null),
        row("Ở thành phố này, cứ 3 phút lại có một ca cấp cứu.", APR_28_2021, "3 phút", "SET", "PT3M", null),
        row("Công nhân làm 10 giờ/ngày.", APR_28_2021, "10 giờ/ngày", "SET", "P1D", null),
        // bare day-months after an ordinary word, year near a day anchor
        row("Chốt phiên 23/4, giá vàng tăng.", APR_28_2021, "23/4", "DATE", "2021-04-23", null),
        row("Học sinh nghỉ học đến hết ngày 9/5.", APR_28_2021, "ngày 9/5", "DATE", "2021-05-09", null),
        // lunar days
        row("Lễ giỗ Tổ diễn ra vào mùng 10/3 âm lịch.", APR_28_2021, "mùng 10/3 âm lịch", "DATE", "2021-04-21", null),
        row("Người dân đi lễ chùa ngày rằm tháng Giêng.", PartialDate.ofDay(2024, 2, 1), "ngày rằm tháng Giêng", "DATE", "2024-02-24", null),
        row("Mùng 1 Tết, phố phường vắng vẻ.", PartialDate.ofDay(2024, 2, 12), "Mùng 1 Tết", "DATE", "2024-02-10", null),
        row("Tết Nguyên đán 2021 kéo dài 7 ngày.", APR_28_2021, "Tết Nguyên đán 2021", "DATE", "2021-02-12", null),
        row("Các cháu vui Tết Trung thu bên gia đình.", APR_28_2021, "Tết Trung thu", "DATE", "2021-09-21", null),
        row("Pháo hoa bắn đúng giao thừa năm 2021.", APR_28_2021, "giao thừa năm 2021", "TIME", "2021-02-12T00:00", null),
        row("Quốc khánh mùng 2/9 là ngày nghỉ.", APR_28_2021, "mùng 2/9", "DATE", "2021-09-02", null));
  }

  @ParameterizedTest(name = "{2} in \"{0}\" → {4}")
  @MethodSource("conventions")
  void followsTheGuidelines(String text, PartialDate pub, String span, String type, String value, String mod) {
    assertResolves(text, pub, span, type, value, mod);
  }

  static Stream<Arguments> notTime() {
    return Stream.of(
        Arguments.of("Trong thời gian này, nhà máy vẫn chạy.", "thời gian này"),
        Arguments.of("Chưa bao giờ giá cao như vậy, từ trước đến nay cũng thế.", "nay"),
        Arguments.of("Đội nhà chỉ thắng 12/13 bang.", "12/13"),
        Arguments.of("Có tới 3/4 số người được hỏi đồng ý.", "3/4"),
        Arguments.of("Chương trình Đại Tiệc Nửa Đêm thu hút nhiều người.", "Nửa Đêm"));
  }

  @ParameterizedTest(name = "no time in \"{0}\"")
  @MethodSource("notTime")
  void leavesNonTimeAlone(String text, String fragment) {
    assertThat(analyze(text, APR_28_2021).times()).noneMatch(t -> t.text().contains(fragment));
  }
}
