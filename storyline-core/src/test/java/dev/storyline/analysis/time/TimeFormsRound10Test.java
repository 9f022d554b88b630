package dev.storyline.analysis.time;

import static dev.storyline.analysis.time.TimeTestSupport.analyze;
import static dev.storyline.analysis.time.TimeTestSupport.assertResolves;
import static dev.storyline.analysis.time.TimeTestSupport.row;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.model.PartialDate;
import dev.storyline.model.TimeExpression;
import dev.storyline.model.TimeType;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Round 10: found by reading the span boundaries and the values of the tagger's output on 300 unannotated articles
 * (words right before and after each span: modifiers, deictic words, dates in parentheses, ranges) and the weekday
 * values against the publication date, plus the first errors on the new dev articles.
 */
class TimeFormsRound10Test {
  private static final PartialDate APR_26_2021 = PartialDate.ofDay(2021, 4, 26); // a Monday
  private static final PartialDate APR_25_2021 = PartialDate.ofDay(2021, 4, 25); // a Sunday

  static Stream<Arguments> forms() {
    return Stream.of(
        // "ngày mai" and the date the text gives for it: one span, and the stated date wins (like "hôm qua (29/4)")
        row("Đội bóng sẽ lên đường vào ngày mai (27/4).", APR_26_2021, "ngày mai (27/4)", "DATE", "2021-04-27", null),
        row("Hội nghị khai mạc ngày mai (26/4) tại Huế.", APR_26_2021, "ngày mai (26/4)", "DATE", "2021-04-26", null),
        row("Ngày mai 27/4, các trường sẽ mở cửa lại.", APR_26_2021, "Ngày mai 27/4", "DATE", "2021-04-27", null),
        // "khoảng hơn", "khoảng gần" before a length: "about" wins, as on clock readings
        row("Công trình được hoàn thành trong khoảng hơn 2 năm.", APR_26_2021, "khoảng hơn 2 năm", "DURATION", "P2Y",
            "APPROX"),
        row("Chị Lan mất khoảng gần 3 tiếng để nấu xong nồi nước dùng.", APR_26_2021, "khoảng gần 3 tiếng", "DURATION",
            "PT3H", "APPROX"),
        // verbs taking a length: "cần khoảng 12 giờ" is twelve hours, not noon
        row("Loại keo này cần khoảng 12 giờ để khô hẳn.", APR_26_2021, "khoảng 12 giờ", "DURATION", "PT12H", "APPROX"),
        row("Hành khách phải chờ thêm khoảng 5 giờ ở sân bay.", APR_26_2021, "khoảng 5 giờ", "DURATION", "PT5H",
            "APPROX"),
        // "tới" after a weekday: the next one, a week ahead when it is today
        row("Chủ nhật tới đội sẽ đá trận cuối.", APR_25_2021, "Chủ nhật tới", "DATE", "2021-05-02", null),
        row("Thứ Năm tới trường sẽ họp phụ huynh.", APR_26_2021, "Thứ Năm tới", "DATE", "2021-04-29", null),
        // "X nào … cũng": every day / year / morning, a SET like "mỗi ngày", "hàng năm", "mỗi sáng"
        row("Ngày nào bà Tư cũng ra chợ bán rau.", APR_26_2021, "Ngày nào", "SET", "P1D", null),
        row("Hầu như năm nào làng cũng bị lũ.", APR_26_2021, "năm nào", "SET", "P1Y", null),
        row("Sáng nào quán cũng đông khách.", APR_26_2021, "Sáng nào", "SET", "XXXX-XX-XXTMO", null),
        // an unknown number of years ago, like "mấy năm trước"
        row("Loài cây này xuất hiện từ hàng triệu năm trước.", APR_26_2021, "hàng triệu năm trước", "DATE", "PAST_REF",
            null),
        row("Ngôi chùa được dựng cách đây hàng trăm năm.", APR_26_2021, "cách đây hàng trăm năm", "DATE", "PAST_REF",
            null),
        // a yearless day told in the past though no "đã" comes before it: last year's when it is months ahead
        row("Kẻ trộm gây án hôm 23-8 đã bị bắt.", APR_26_2021, "hôm 23-8", "DATE", "2020-08-23", null),
        row("Trước đó, ngày 4/9, ngọn núi bắt đầu phun khói.", APR_26_2021, "ngày 4/9", "DATE", "2020-09-04", null),
        row("Vào ngày 28/11, nhà trường đã họp kiểm điểm thầy Nam.", APR_26_2021, "ngày 28/11", "DATE", "2020-11-28",
            null),
        // the same day in the lunar calendar, after "tức"
        row("Lễ hội diễn ra đêm 20/9 (tức 14/8 âm lịch) ở phố cổ.", APR_26_2021, "14/8 âm lịch", "DATE", "2021-09-20",
            null),
        // a holiday with its deictic word is one DATE
        row("Tết Nguyên đán vừa qua, Hà về quê với mẹ.", APR_26_2021, "Tết Nguyên đán vừa qua", "DATE", "2021-02-12",
            null),
        // a year alone in parentheses after a name or a work
        row("Vai diễn trong phim Gió Bấc (1998) giúp bà nổi tiếng.", APR_26_2021, "1998", "DATE", "1998", null),
        row("Hai bị cáo là Lê Văn Tâm (1985) và Hồ Thị Mai (1990).", APR_26_2021, "1990", "DATE", "1990", null),
        // "mấy hôm trước" (a few days ago) PAST_REF like "vài ngày trước"; "mấy hôm nay" (for a few days now) a length
        row("Mấy hôm trước, bà Hoa đi chợ huyện.", APR_26_2021, "Mấy hôm trước", "DATE", "PAST_REF", null),
        row("Mấy hôm nay giá rau tăng vọt.", APR_26_2021, "Mấy hôm nay", "DURATION", "PXD", null),
        row("Vài ngày hôm nay trời mưa liên tục.", APR_26_2021, "Vài ngày hôm nay", "DURATION", "PXD", null),
        // "hàng giờ đồng hồ", "hàng tiếng", "chờ hàng giờ": for hours, a length like "hàng trăm năm" (PXY)
        row("Bé có thể ngồi hàng giờ đồng hồ bên cây đàn.", APR_26_2021, "hàng giờ đồng hồ", "DURATION", "PTXH", null),
        row("Khách phải chờ hàng giờ dưới nắng.", APR_26_2021, "hàng giờ", "DURATION", "PTXH", null),
        row("Anh dành hàng tiếng mỗi tối để đọc sách.", APR_26_2021, "hàng tiếng", "DURATION", "PTXH", null),
        // "every hour" stays a SET
        row("Số liệu được cập nhật hàng giờ.", APR_26_2021, "hàng giờ", "SET", "PT1H", null),
        // a season with its year written without "năm", like "mùa hè năm 2020" and "hè 2021"
        row("Bộ phim lên sóng vào mùa hè 2020 và gây sốt.", APR_26_2021, "mùa hè 2020", "DATE", "2020-SU", null),
        row("Đội bóng sẽ mua thêm tiền đạo trong kỳ chuyển nhượng mùa Đông 2022.", APR_26_2021, "mùa Đông 2022", "DATE",
            "2022-WI", null));
  }

  @ParameterizedTest
  @MethodSource("forms")
  void resolves(String text, PartialDate pub, String span, String type, String value, String mod) {
    assertResolves(text, pub, span, type, value, mod);
  }

  @Test
  void aRangeOfHoursAfterKhoảngOrTừIsALengthUnlessAPartOfDayFollows() {
    // (round 11: "khoảng" goes with the first end of a range of lengths, guidelines' round-11 decisions)
    assertThat(analyze("Các chuyến bay bị chậm khoảng 4-5 giờ vì sương mù.", APR_26_2021).times())
        .extracting(TimeExpression::text, TimeExpression::type, TimeExpression::value)
        .containsExactly(Tuple.tuple("khoảng 4", TimeType.DURATION, "PT4H"),
            Tuple.tuple("5 giờ", TimeType.DURATION, "PT5H"));
    assertThat(analyze("Quãng đường đi mất từ 2-3 giờ đồng hồ.", APR_26_2021).times())
        .extracting(TimeExpression::text, TimeExpression::value)
        .containsExactly(Tuple.tuple("2", "PT2H"), Tuple.tuple("3 giờ đồng hồ", "PT3H"));
    // with a part of day after the range, or "lúc" before it, the ends are clock readings
    assertThat(analyze("Chợ họp từ 4-6 giờ sáng.", APR_26_2021).times()).extracting(TimeExpression::type)
        .containsOnly(TimeType.TIME);
    assertThat(analyze("Trận đấu diễn ra lúc 7-8 giờ.", APR_26_2021).times()).extracting(TimeExpression::type)
        .containsOnly(TimeType.TIME);
  }

  @Test
  void lookAlikesOfTheNewForms() {
    // a question ("which day?") has no "cũng" in its clause; a length of unknown years stays a length
    assertThat(analyze("Bao giờ thì xong, ngày nào?", APR_26_2021).times()).isEmpty();
    assertResolves("Đá này đã nằm dưới biển trong hàng tỷ năm.", APR_26_2021, "hàng tỷ năm", "DURATION", "PXY", null);
    assertResolves("Hàng nghìn năm trước khi có chữ viết, người ta đã làm gốm.", APR_26_2021, "Hàng nghìn năm",
        "DURATION", "PXY", null);
  }

  @Test
  void tenseAndSharesOfYearlessDays() {
    // a day ahead that the sentence puts in the future stays this year's, also with "đã" after a future cue
    assertResolves("Ngày 28/11, trường sẽ tổ chức lễ kỷ niệm.", APR_26_2021, "Ngày 28/11", "DATE", "2021-11-28", null);
    assertResolves("Đến ngày 30/9, công ty đã phải trả hết nợ.", APR_26_2021, "ngày 30/9", "DATE", "2021-09-30", null);
    // "kỳ hạn" (a deposit's term) and "hạn chế" (restrict) are no deadline: the month stays in the past
    assertResolves("Lãi suất kỳ hạn 6 tháng giữ nguyên so với tháng 3.", APR_26_2021, "tháng 3", "DATE", "2021-03", null);
    assertResolves("Thành phố hạn chế tụ tập đông người từ ngày 2/3.", APR_26_2021, "ngày 2/3", "DATE", "2021-03-02",
        null);
    // a deadline still looks forward
    assertResolves("Hạn nộp hồ sơ là ngày 2/3.", APR_26_2021, "ngày 2/3", "DATE", "2022-03-02", null);
    // "6/12 lần", "8/10 trận": a share of counted things, no day-month
    assertThat(analyze("Năm nay đội bóng Lam Sơn thắng tới 7/9 trận.", APR_26_2021).times()).extracting(TimeExpression::text)
        .containsExactly("Năm nay");
    assertThat(analyze("Cô ấy chỉ đỗ sau 5/11 lần thi.", APR_26_2021).times()).isEmpty();
    // a range of days keeps its second end before a noun
    assertThat(analyze("Trong dịp lễ 30/4-1/5 người lao động được nghỉ dài.", APR_26_2021).times())
        .extracting(TimeExpression::text).containsExactly("30/4", "1/5");
    // a park named by a date, like a street; the round of sixteen
    assertThat(analyze("Hai bạn hẹn nhau ở Công viên 30/4, gần chợ.", APR_26_2021).times()).isEmpty();
    assertThat(analyze("Chiến thắng đưa đội bóng vào vòng 1/8, gặp đội chủ nhà.", APR_26_2021).times()).isEmpty();
    // "hôm nay" alone stays today; "mấy hôm trước khi …" is a conjunction
    assertResolves("Hôm nay giá rau tăng vọt.", APR_26_2021, "Hôm nay", "DATE", "2021-04-26", null);
    assertThat(analyze("Mấy hôm trước khi đi, anh ấy ốm.", APR_26_2021).times()).extracting(TimeExpression::text)
        .doesNotContain("Mấy hôm trước");
    // a season and a year naming an event
    assertThat(analyze("Nước này sẽ dự Thế vận hội Mùa đông 2026.", APR_26_2021).times()).isEmpty();
    // a number in parentheses that is no year stays out
    assertThat(analyze("Số ca mắc mới (250) giảm mạnh.", APR_26_2021).times()).isEmpty();
  }

  @Test
  void aPairOfDecadesGivesTwoDecades() {
    assertThat(analyze("Nghề này thịnh nhất trong những năm 1960-1970.", APR_26_2021).times())
        .extracting(TimeExpression::text, TimeExpression::value)
        .containsExactly(Tuple.tuple("những năm 1960", "196"), Tuple.tuple("1970", "197"));
    assertThat(analyze("Bà nổi tiếng vào những năm 80 và 90.", APR_26_2021).times())
        .extracting(TimeExpression::text, TimeExpression::value)
        .containsExactly(Tuple.tuple("những năm 80", "198"), Tuple.tuple("90", "199"));
    // the edge goes with the first decade
    assertThat(analyze("Cây cầu được xây từ đầu những năm 1920 - 1930.", APR_26_2021).times())
        .extracting(TimeExpression::text, TimeExpression::value, TimeExpression::mod)
        .containsExactly(Tuple.tuple("đầu những năm 1920", "192", "START"), Tuple.tuple("1930", "193", null));
    // a range of years stays years
    assertThat(analyze("Các năm 1970-1975 là thời kỳ khó khăn.", APR_26_2021).times())
        .extracting(TimeExpression::value).containsExactly("1970", "1975");
  }

  @Test
  void upcomingAfterANounIsNoTime() {
    // the adjective "upcoming" (guidelines: "VCK Euro sắp tới" is not annotated)
    assertThat(analyze("Các em đang ôn tập cho kỳ thi sắp tới.", APR_26_2021).times()).isEmpty();
    assertThat(analyze("Anh ấy sẽ dự giải Olympic 2024 sắp tới.", APR_26_2021).times()).isEmpty();
    // the adverb "soon" stays FUTURE_REF
    assertResolves("Sắp tới, thành phố sẽ lắp thêm đèn.", APR_26_2021, "Sắp tới", "DATE", "FUTURE_REF", null);
    assertResolves("Bộ đã lập đề án và sắp tới sẽ trình Chính phủ.", APR_26_2021, "sắp tới", "DATE", "FUTURE_REF",
        null);
    assertResolves("Ca sĩ Minh Thư sắp tới sẽ ra album mới.", APR_26_2021, "sắp tới", "DATE", "FUTURE_REF", null);
  }

  @Test
  void ordinalsAreNoWeekdays() {
    // "secondly" opening a sentence, before "là" or ":" or, after a "Thứ nhất", a comma
    assertThat(analyze("Thứ nhất là giá rẻ. Thứ hai là dễ mua.", APR_26_2021).times()).isEmpty();
    assertThat(analyze("Thứ nhất, hàng tốt. Thứ 2, giá phải chăng.", APR_26_2021).times()).isEmpty();
    assertThat(analyze("Thứ 3: kiểm tra lại hồ sơ.", APR_26_2021).times()).isEmpty();
    // after a counting noun, and the second of two coordinated ordinals
    assertThat(analyze("Bà kết hôn lần thứ năm và thứ sáu ở tuổi 60.", APR_26_2021).times()).isEmpty();
    assertThat(analyze("Hai đội đứng ở vị trí thứ 3 và thứ 4 trên bảng.", APR_26_2021).times()).isEmpty();
    assertThat(analyze("Ông từng tham gia Chiến tranh Thế giới thứ Hai.", APR_26_2021).times()).isEmpty();
    // an ordinal with a date after it leaves the date
    assertThat(analyze("Hội nghị lần thứ 2 (17/3) đã thông qua danh sách.", APR_26_2021).times())
        .extracting(TimeExpression::text).containsExactly("17/3");
    // a weekday opening a sentence with its date, or after "vào", stays a day
    assertResolves("Thứ Hai, ngày 19/4, trường mở cửa lại.", APR_26_2021, "Thứ Hai, ngày 19/4", "DATE", "2021-04-19",
        null);
    assertResolves("Ông đến Hà Nội vào thứ Năm và về vào thứ Bảy.", APR_26_2021, "thứ Bảy", "DATE", "2021-04-24",
        null);
  }
}
