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
 * Round 30 (recall): "tới đây" opening a clause is "soon" (FUTURE_REF, like "Sắp tới đây, …"); "vừa qua" opening a
 * clause after a comma or a reporting verb is "recently" (PAST_REF) before a lowercase subject too; "đến giờ" / "tới
 * giờ" before "cũng", "chỉ", "thì", a person is "until now"; "hằng đêm" is every night like "hàng đêm".
 */
class TimeFormsRound30Test {
  private static final PartialDate JUN_15_2017 = PartialDate.ofDay(2017, 6, 15);

  static Stream<Arguments> forms() {
    return Stream.of(
        // a clause-opening "tới đây" before a word: soon
        row("Đề án đã được thông qua, tới đây sở sẽ lấy ý kiến người dân.", JUN_15_2017, "tới đây", "DATE",
            "FUTURE_REF", null),
        row("Ông Tâm cho biết tới đây Công ty Hoa Sen sẽ mở thêm hai cửa hàng.", JUN_15_2017, "tới đây", "DATE",
            "FUTURE_REF", null),
        row("Bộ đã cắt giảm nhưng tới đây sẽ tiếp tục rà soát.", JUN_15_2017, "tới đây", "DATE", "FUTURE_REF", null),
        // a clause-opening "vừa qua" before a lowercase subject, or after a reporting verb: recently
        row("Theo ông Bình, vừa qua sở đã kiểm tra 12 cửa hàng.", JUN_15_2017, "vừa qua", "DATE", "PAST_REF", null),
        row("Ông Quang cho biết vừa qua Sở Công thương đã xử phạt hai cơ sở.", JUN_15_2017, "vừa qua", "DATE",
            "PAST_REF", null),
        row("Bà Lan cho rằng vừa qua các xã đã làm tốt việc này.", JUN_15_2017, "vừa qua", "DATE", "PAST_REF", null),
        // "đến giờ" / "tới giờ" before a clause: until now
        row("Dự án khởi công từ lâu nhưng tới giờ cũng chưa xong.", JUN_15_2017, "giờ", "DATE", "PRESENT_REF", null),
        row("Cho đến giờ ông Hải vẫn giữ chiếc xe đạp cũ.", JUN_15_2017, "giờ", "DATE", "PRESENT_REF", null),
        row("Từ sáng tới giờ chỉ bán được năm bó rau.", JUN_15_2017, "giờ", "DATE", "PRESENT_REF", null),
        // "hằng đêm" (the same word as "hàng"): every night
        row("Nhóm thanh niên đi tuần hằng đêm quanh xóm.", JUN_15_2017, "hằng đêm", "SET", "XXXX-XX-XXTNI", null),
        row("Hằng đêm, ông ra bến chờ thuyền.", JUN_15_2017, "Hằng đêm", "SET", "XXXX-XX-XXTNI", null));
  }

  @ParameterizedTest
  @MethodSource("forms")
  void resolves(String text, PartialDate pub, String span, String type, String value, String mod) {
    TimeTestSupport.assertResolves(text, pub, span, type, value, mod);
  }

  @Test
  void lookAlikesStayOut() {
    // "Tới đây, …" (on getting here) and "tới đây mua …" (come here to buy) are the verb; so is "liên quan tới đây"
    assertThat(analyze("Tới đây, du khách sẽ thấy một hang đá lớn.", JUN_15_2017).times()).isEmpty();
    assertThat(analyze("Chợ gần biên giới nên tới đây mua hàng có cả người nước ngoài.", JUN_15_2017).times())
        .isEmpty();
    // "vừa qua" before a place passed is the verb
    assertThat(analyze("Xe chạy tới đường Lê Lợi, vừa qua trạm thu phí thì nổ lốp.", JUN_15_2017).times()).isEmpty();
    // "cứ tới giờ là …", "chờ đến giờ thì …": the hour something happens
    assertThat(analyze("Cứ tới giờ là nước ngập, chờ đến giờ thì mở cửa.", JUN_15_2017).times()).isEmpty();
    // a capitalised "Hằng" inside a sentence is a name: "Thu Hằng chiều nay" keeps the afternoon
    assertThat(analyze("Bà Lê Thu Hằng chiều nay cho biết sẽ họp.", JUN_15_2017).times())
        .extracting(TimeExpression::value).containsExactly("2017-06-15TAF");
  }
}
