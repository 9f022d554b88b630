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
 * Round 25: a bare dashed day-month after "vào", "kể từ" or "cho đến" when the clause goes on ("vào 23-4 ở …", "Kể từ
 * 1-7, …"); a relative century only where a preposition, an edge or the start of a clause leads to it (not "hiệp ước
 * thế kỷ này", a thing "of the century"); a new year wished well ("một năm mới an khang") is no length; "cuối năm học
 * giỏi" (studying well at the year's end) keeps the year's edge.
 */
class TimeFormsRound25Test {
  private static final PartialDate JUN_15_2017 = PartialDate.ofDay(2017, 6, 15);

  static Stream<Arguments> forms() {
    return Stream.of(
        // a bare dashed day-month after "vào", "kể từ", "cho đến" before the clause goes on
        row("Chị Hoà sinh bé gái vào 23-4 ở bệnh viện huyện.", JUN_15_2017, "23-4", "DATE", "2017-04-23", null),
        row("Kể từ 1-7, phí gửi xe ở chợ Bình Lợi tăng gấp đôi.", JUN_15_2017, "1-7", "DATE", "2017-07-01", null),
        row("Tiệm bánh của bà Lụa giữ giá cho đến 17-3 rồi mới tăng.", JUN_15_2017, "17-3", "DATE", "2017-03-17",
            null),
        row("Hai đội sẽ đá trận lượt về vào 8-7 tới tại Vinh.", JUN_15_2017, "8-7 tới", "DATE", "2017-07-08", null),
        row("Phòng tranh Hạ Long mở cửa đến 25-8, trừ thứ hai.", JUN_15_2017, "25-8", "DATE", "2017-08-25", null),
        row("Ông Lực được gia hạn tới 30-7 để nộp phạt.", JUN_15_2017, "30-7", "DATE", "2017-07-30", null),
        row("Đợt kiểm tra từ khoảng 23-5 đến 26-5 đã kết thúc sớm.", JUN_15_2017, "26-5", "DATE", "2017-05-26", null),
        // a dashed day-month alone in brackets after words
        row("Giá cà phê giảm mạnh trong phiên giữa tuần này (14-6) ở Buôn Ma Thuột.", JUN_15_2017, "14-6", "DATE",
            "2017-06-14", null),
        // the solar day after "tức" in brackets
        row("Hội làng Đông Xá mở vào mùng 10 tháng 3 âm lịch (tức 5-4) hằng năm.", JUN_15_2017, "5-4", "DATE",
            "2017-04-05", null),
        // "học" after an edge of the year as a verb: the edge keeps the year
        row("Mẹ hứa cuối năm học giỏi sẽ cho bé Bin đi biển.", JUN_15_2017, "cuối năm", "DATE", "2017", "END"));
  }

  @ParameterizedTest
  @MethodSource("forms")
  void resolves(String text, PartialDate pub, String span, String type, String value, String mod) {
    TimeTestSupport.assertResolves(text, pub, span, type, value, mod);
  }

  @Test
  void aCenturyAfterANounIsNoTime() {
    assertThat(analyze("Quốc hội Lào muốn thông qua hiệp ước thế kỷ này thật nhanh.", JUN_15_2017).times()).isEmpty();
  }

  @Test
  void aNewYearWishedWellIsNoLength() {
    assertThat(analyze("Cả xóm Đông chúc nhau một năm mới an khang.", JUN_15_2017).times()).isEmpty();
    assertThat(analyze("Cô Vân mong một năm mới thịnh vượng cho tiệm may.", JUN_15_2017).times()).isEmpty();
  }

  @Test
  void lookAlikesStayOut() {
    // a range of hours or a count of people after "vào" stays numbers
    assertThat(analyze("Khách quen thường ghé quán vào 3-4 giờ chiều.", JUN_15_2017).times())
        .extracting(TimeExpression::text).doesNotContain("3-4");
    assertThat(analyze("Đội cứu hộ tăng cường vào 5-6 người mỗi ca.", JUN_15_2017).times()).isEmpty();
    // a level after a unit and scores in a list of scores stay out
    assertThat(analyze("Gió mạnh 60 km/h (6-7), giật cấp 9.", JUN_15_2017).times()).isEmpty();
    assertThat(analyze("Đội Sao Vàng thắng Lào (2-0), Thái (3-1) rồi thua.", JUN_15_2017).times()).isEmpty();
    assertThat(analyze("Trận đấu giữa Sông Lam và Bình Định (2-1) rất hay.", JUN_15_2017).times()).isEmpty();
    // "up to" a number after "lên", or a decimal after the second number
    assertThat(analyze("Số tàu cá mắc cạn lên đến 8-9, phải kéo vào bờ.", JUN_15_2017).times()).isEmpty();
    assertThat(analyze("Nước dâng tới 4-4,5 mét ở xã Hải Lý.", JUN_15_2017).times()).isEmpty();
    // a length before "mới" and a verb stays a length
    assertThat(analyze("Anh Tùng phải mất một năm mới khỏi bệnh.", JUN_15_2017).times())
        .extracting(TimeExpression::value).containsExactly("P1Y");
    // a century after a preposition or an edge stays a century
    assertThat(analyze("Rừng tràm này có thể biến mất vào cuối thế kỷ này.", JUN_15_2017).times())
        .extracting(TimeExpression::value).containsExactly("20");
    // the edge of a school year stays out
    assertThat(analyze("Trường Sao Mai phát thưởng cuối năm học cho học sinh.", JUN_15_2017).times()).isEmpty();
  }
}
