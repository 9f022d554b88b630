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
 * Round 19: forms found by reading the tagger's output on 600 more VietNews articles (never annotated), then counting
 * each kind over all 30,000: this year's Tết with its deictic word is one DATE ("Tết năm nay", "Tết này"); "tối khuya"
 * is one part of day; a can-chi year with its solar year in brackets is one span; a feed's split minute digit ("17h4
 * 5") is the minutes; "ít hơn" is fewer than (LESS_THAN); "dạo này" is now; nights counted are a length ("sau một
 * đêm", "3 ngày 2 đêm"); "gần" before an edge ("gần cuối tháng 2") is inside; a "hôm" date stays behind the
 * publication date whatever future cue or earlier date came before it in its sentence.
 */
class TimeFormsRound19Test {
  private static final PartialDate APR_29_2021 = PartialDate.ofDay(2021, 4, 29);
  private static final PartialDate DEC_20_2020 = PartialDate.ofDay(2020, 12, 20);

  static Stream<Arguments> forms() {
    return Stream.of(
        // this year's Tết with its deictic word: one DATE, the lunar New Year's day (the coming one in December news)
        row("Chợ hoa Tết năm nay đông hơn mọi năm.", APR_29_2021, "Tết năm nay", "DATE", "2021-02-12", null),
        row("Chị Hoa ở lại trực, Tết này không về quê.", APR_29_2021, "Tết này", "DATE", "2021-02-12", null),
        row("Giá vé xe dịp Tết năm nay tăng mạnh.", DEC_20_2020, "Tết năm nay", "DATE", "2021-02-12", null),
        row("Sau Tết vừa qua, nhiều xưởng thiếu thợ.", APR_29_2021, "Tết vừa qua", "DATE", "2021-02-12", null),
        // "tối khuya" with its date: the night (NI), one part of day like "đêm khuya"
        row("Kho hàng bốc cháy vào tối khuya 20/4.", APR_29_2021, "tối khuya 20/4", "TIME", "2021-04-20TNI", null),
        // a can-chi year with its solar year in brackets: one span, the bracketed year
        row("Làng mở hội lớn vào năm Nhâm Thìn (2012) sau bao năm.", APR_29_2021, "năm Nhâm Thìn (2012)", "DATE", "2012",
            null),
        row("Tết Tân Mão (2011) cả nhà anh Hòa sum họp.", APR_29_2021, "Tết Tân Mão (2011)", "DATE", "2011-02-03", null),
        // a minute digit split off by a space: the minutes
        row("Chuyến bay hạ cánh lúc 17h4 5.", APR_29_2021, "17h4 5", "TIME", "XXXX-XX-XXT17:45", null),
        row("Đoàn xe xuất phát lúc 9h3 0 sáng 20/4 từ bến.", APR_29_2021, "9h3 0 sáng 20/4", "TIME", "2021-04-20T09:30",
            null),
        // "ít hơn" (fewer than): LESS_THAN with "ít" inside
        row("Bé chỉ khóc ít hơn 30 giây rồi ngủ.", APR_29_2021, "ít hơn 30 giây", "DURATION", "PT30S", "LESS_THAN"),
        // a "hôm" date is a day gone by: a future cue earlier in the sentence does not move it a year on
        row("Dự án sẽ được mở rộng như ông Nam cho biết hôm 20/2 tại cuộc họp.", APR_29_2021, "hôm 20/2", "DATE",
            "2021-02-20", null),
        row("Ông Nam, người sẽ nhận chức từ 1/7 tới, hôm 20/2 cho biết dự án chậm.", APR_29_2021, "hôm 20/2", "DATE",
            "2021-02-20", null),
        // "gần" (near) before an edge: inside, the edge's mod, like "khoảng cuối tháng 3"
        row("Cây cầu sẽ thông xe vào gần cuối tháng 6.", APR_29_2021, "gần cuối tháng 6", "DATE", "2021-06", "END"),
        // nights counted: a length in days, like "một đêm" (P1D)
        row("Cả nhóm mắc kẹt trong hang suốt 2 đêm.", APR_29_2021, "2 đêm", "DURATION", "P2D", null),
        row("Chuyến đi 3 ngày 2 đêm có giá 3 triệu đồng.", APR_29_2021, "2 đêm", "DURATION", "P2D", null),
        row("Khách sạn bán gói 2 ngày 1 đêm cho cặp đôi.", APR_29_2021, "1 đêm", "DURATION", "P1D", null),
        row("Nước lũ dâng đến mái nhà chỉ sau một đêm.", APR_29_2021, "một đêm", "DURATION", "P1D", null),
        // "dạo này" (these days): PRESENT_REF
        row("Dạo này trời hay mưa vào buổi chiều.", APR_29_2021, "Dạo này", "DATE", "PRESENT_REF", null));
  }

  @ParameterizedTest
  @MethodSource("forms")
  void resolves(String text, PartialDate pub, String span, String type, String value, String mod) {
    TimeTestSupport.assertResolves(text, pub, span, type, value, mod);
  }

  @Test
  void lookAlikesStayOut() {
    // a stroll, a match fewer, a count of people after a clock: no new time
    assertThat(analyze("Con đường đi dạo này rất rợp bóng cây.", APR_29_2021).times()).isEmpty();
    assertThat(analyze("Đội bạn thi đấu ít hơn 1 trận.", APR_29_2021).times()).isEmpty();
    // a night named is no length: one night of a month, a concert night
    assertThat(analyze("Vào một đêm tháng 5, anh Hùng gặp lại cô.", APR_29_2021).times())
        .extracting(TimeExpression::text).doesNotContain("một đêm");
    assertThat(analyze("Nhà hát tổ chức hai đêm nhạc cho khán giả.", APR_29_2021).times()).isEmpty();
    assertThat(analyze("Lúc 9h3 5 người đã có mặt.", APR_29_2021).times())
        .extracting(TimeExpression::text).doesNotContain("9h3 5");
  }
}
