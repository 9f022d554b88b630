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
 * Round 32 (recall on Dân Trí and ViMs text): "vừa rồi" is "vừa qua" after "thời gian" and a plural period ("thời
 * gian vừa rồi", "những ngày vừa rồi"); "những giờ tới / qua" are the coming / past hours like "những ngày tới"; a
 * holiday of fixed day with its deictic word or year is one DATE ("lễ tình nhân vừa qua", "Giáng sinh năm nay",
 * "dịp Trung thu này", "ngày Valentine 2018", "lễ Vu Lan vừa rồi").
 */
class TimeFormsRound32Test {
  private static final PartialDate JUN_15_2017 = PartialDate.ofDay(2017, 6, 15);
  private static final PartialDate JAN_10_2017 = PartialDate.ofDay(2017, 1, 10);

  static Stream<Arguments> forms() {
    return Stream.of(
        row("Trong thời gian vừa rồi, giá rau ở chợ Bình tăng mạnh.", JUN_15_2017, "thời gian vừa rồi", "DATE",
            "PAST_REF", null),
        row("Ông Khải cho biết thời gian vừa rồi đội đã thay hai cầu thủ.", JUN_15_2017, "thời gian vừa rồi", "DATE",
            "PAST_REF", null),
        row("Giá cà phê những ngày vừa rồi giảm nhẹ.", JUN_15_2017, "những ngày vừa rồi", "DATE", "PAST_REF", null),
        row("Bão có thể mạnh thêm trong những giờ tới.", JUN_15_2017, "những giờ tới", "DATE", "FUTURE_REF", null),
        row("Trong những giờ qua, nước sông lên nhanh.", JUN_15_2017, "những giờ qua", "DATE", "PAST_REF", null),
        // solar holidays: this year's, the last one, a written year, last year's
        row("Cửa hàng bán chạy hoa hồng dịp Valentine năm nay.", JUN_15_2017, "Valentine năm nay", "DATE",
            "2017-02-14", null),
        row("Anh Tùng đã về quê trong dịp lễ Giáng sinh vừa qua.", JAN_10_2017, "lễ Giáng sinh vừa qua", "DATE",
            "2016-12-25", null),
        row("Trong ngày Valentine 2015, cặp đôi đi du lịch.", JUN_15_2017, "ngày Valentine 2015", "DATE",
            "2015-02-14", null),
        row("Trước dịp lễ Tình nhân năm ngoái, hãng kẹo Hoa Mai tung sản phẩm mới.", JUN_15_2017,
            "lễ Tình nhân năm ngoái", "DATE", "2016-02-14", null),
        row("Mùa Noel này, khu phố Bắc Hà treo nhiều đèn.", JAN_10_2017, "Noel này", "DATE", "2016-12-25", null),
        row("Phim sẽ ra rạp vào Halloween năm nay.", JUN_15_2017, "Halloween năm nay", "DATE", "2017-10-31", null),
        // lunar holidays: the day of this lunar year, or the last one with "vừa qua / vừa rồi"
        row("Nhóm sẽ tặng quà cho trẻ em vào dịp Trung thu sắp tới.", JUN_15_2017, "Trung thu sắp tới", "DATE",
            "2017-10-04", null),
        row("Nhà văn hóa tổ chức đêm hội dịp Trung thu này.", JUN_15_2017, "Trung thu này", "DATE", "2017-10-04",
            null),
        row("Chùa Phúc Lâm đông người trong lễ Vu Lan vừa rồi.", JUN_15_2017, "lễ Vu Lan vừa rồi", "DATE",
            "2016-08-17", null));
  }

  @ParameterizedTest
  @MethodSource("forms")
  void resolves(String text, PartialDate pub, String span, String type, String value, String mod) {
    TimeTestSupport.assertResolves(text, pub, span, type, value, mod);
  }

  @Test
  void lookAlikesStayOut() {
    // a bare holiday name is generic; "Cây Noel này" is "this Christmas tree"; "những giờ này" the hours of a day
    assertThat(analyze("Họ mua quà Giáng sinh cho con.", JUN_15_2017).times()).isEmpty();
    assertThat(analyze("Cây Noel này bị đổ vì gió.", JUN_15_2017).times()).isEmpty();
    assertThat(analyze("Vào những giờ này, đường phố đông đúc.", JUN_15_2017).times()).isEmpty();
    // "Tình nhân" of another day, and a person's name after a title
    assertThat(analyze("Ngày Tình nhân Trung Quốc có nhiều quà.", JUN_15_2017).times()).isEmpty();
    assertThat(analyze("Ông Vu Lan năm nay 50 tuổi.", JUN_15_2017).times())
        .extracting(TimeExpression::text).containsExactly("năm nay");
  }
}
