package dev.storyline.analysis.time;

import static dev.storyline.analysis.time.TimeTestSupport.analyze;
import static dev.storyline.analysis.time.TimeTestSupport.assertResolves;
import static dev.storyline.analysis.time.TimeTestSupport.row;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.model.PartialDate;
import dev.storyline.model.TimeExpression;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Round 11: found by listing the time-like words no span covers in 300 unannotated articles (then counting each kind
 * over all of them): "giờ" meaning "now" inside a clause, two years alone in parentheses, and geological times ago
 * ("65 triệu năm trước" was read as last year).
 */
class TimeFormsRound11Test {
  private static final PartialDate APR_26_2021 = PartialDate.ofDay(2021, 4, 26);

  static Stream<Arguments> forms() {
    return Stream.of(
        // "giờ" between a subject and its verb or adverb: now
        row("Cô bé bán vé số năm nào giờ đã là bác sĩ.", APR_26_2021, "giờ", "DATE", "PRESENT_REF", null),
        row("Ngôi nhà cổ của ông Khải giờ chỉ còn lại bức tường.", APR_26_2021, "giờ", "DATE", "PRESENT_REF", null),
        row("Anh từng thất bại và giờ lại khởi nghiệp lần nữa.", APR_26_2021, "giờ", "DATE", "PRESENT_REF", null),
        // "giờ" opening a sentence or a clause before a pronoun, a verb or an adverb: now
        row("Trước kia nhà có 5 sào ruộng, giờ chỉ còn 2 sào.", APR_26_2021, "giờ", "DATE", "PRESENT_REF", null),
        row("Giờ tôi chỉ muốn về quê nghỉ ngơi.", APR_26_2021, "Giờ", "DATE", "PRESENT_REF", null),
        row("Cậu bé nhút nhát ngày ấy giờ có thể hát trước đám đông.", APR_26_2021, "giờ", "DATE", "PRESENT_REF", null),
        // the same for "nay" inside a clause, and "từ nay" (from now on) before a verb
        row("Cậu học trò nghèo năm nào nay đã thành giáo sư.", APR_26_2021, "nay", "DATE", "PRESENT_REF", null),
        row("Từ nay sẽ không còn phí qua cầu.", APR_26_2021, "nay", "DATE", "PRESENT_REF", null),
        // "đến giờ" (until now) before the clause's subject or an adverb, "từ giờ" (from now) before "tới"
        row("Chuyện đó đến giờ tôi vẫn nhớ rõ.", APR_26_2021, "giờ", "DATE", "PRESENT_REF", null),
        row("Nhóm dự kiến bán 2 triệu máy từ giờ tới cuối năm.", APR_26_2021, "giờ", "DATE", "PRESENT_REF", null),
        // two years alone in parentheses: each is a DATE, also before 1900
        row("Nhà thơ Lê Văn Khang (1911-1987) quê ở Huế.", APR_26_2021, "1911", "DATE", "1911", null),
        row("Nhà thơ Lê Văn Khang (1911-1987) quê ở Huế.", APR_26_2021, "1987", "DATE", "1987", null),
        row("Ngôi đình được dựng dưới thời vua Lê Minh (1680 - 1705).", APR_26_2021, "1680", "DATE", "1680", null),
        row("Trong 5 năm (2016-2020), xã đã làm 40 km đường.", APR_26_2021, "2020", "DATE", "2020", null),
        // millions or billions of years ago: some time ago, not last year
        row("Loài cá này sống cách đây 90 triệu năm.", APR_26_2021, "cách đây 90 triệu năm", "DATE", "PAST_REF", null),
        row("Hồ được hình thành khoảng 2,5 triệu năm trước.", APR_26_2021, "khoảng 2,5 triệu năm trước", "DATE",
            "PAST_REF", "APPROX"),
        row("Dấu vết sự sống có từ 3 tỷ năm trước.", APR_26_2021, "3 tỷ năm trước", "DATE", "PAST_REF", null),
        row("Khoảng hai triệu năm trước, vùng này còn là biển.", APR_26_2021, "Khoảng hai triệu năm trước", "DATE",
            "PAST_REF", "APPROX"),
        row("Vùng đá vôi hình thành cách đây hàng trăm triệu năm.", APR_26_2021, "cách đây hàng trăm triệu năm", "DATE",
            "PAST_REF", null),
        row("Các lớp đá đã nằm yên hàng trăm triệu năm trước khi bị đẩy lên.", APR_26_2021, "hàng trăm triệu năm",
            "DURATION", "PXY", null),
        // "tới đây" after a length, like "tới" alone
        row("Giá điện sẽ ổn định trong 3 tháng tới đây.", APR_26_2021, "3 tháng tới đây", "DURATION", "P3M", null),
        row("Ngành này sẽ còn tăng trưởng trong hàng chục năm tới.", APR_26_2021, "hàng chục năm tới", "DURATION",
            "PXY", null),
        // a range of lengths ago: each end is a date that far back; a range of days after "đến" stays days
        row("Cách làm này đã có từ 20-30 năm trước, khi làng còn nghèo.", APR_26_2021, "30 năm trước", "DATE", "1991",
            null),
        row("Cách làm này đã có từ 20-30 năm trước, khi làng còn nghèo.", APR_26_2021, "20", "DATE", "2001", null),
        row("Lễ hội kéo dài từ 28-4 đến 2-5 năm nay.", APR_26_2021, "2-5 năm nay", "DATE", "2021-05-02", null),
        // "chục" (ten) as a count: "hơn chục năm nay" is a length, not this year
        row("Ông đã làm nghề rèn hơn chục năm nay.", APR_26_2021, "hơn chục năm nay", "DURATION", "P10Y", "MORE_THAN"),
        row("Gần hai chục năm trước, đội bóng từng xuống hạng.", APR_26_2021, "Gần hai chục năm trước", "DATE", "2001",
            "AFTER"),
        row("Bà đã bán xôi ở góc phố này mấy chục năm qua.", APR_26_2021, "mấy chục năm qua", "DURATION", "PXY", null),
        row("Quán đã kín lịch cả chục ngày liền.", APR_26_2021, "cả chục ngày", "DURATION", "P10D", null),
        // "bao (nhiêu) năm qua": so many years, a length like "nhiều năm qua"
        row("Bao năm qua giá bánh vẫn không đổi.", APR_26_2021, "Bao năm qua", "DURATION", "PXY", null),
        // "những năm trước đây": past years, "đây" inside
        row("Lượng khách thấp hơn hẳn những năm trước đây.", APR_26_2021, "những năm trước đây", "DATE", "PAST_REF",
            null),
        // a term's number before "năm 2021" is no count of years
        row("Tỷ lệ này đạt 17% vào cuối kỳ 1 năm 2021.", APR_26_2021, "năm 2021", "DATE", "2021", null),
        // "N tháng M ngày" with no "ngày" before it: months and days, a length (not a day-month)
        row("Đoàn đã đi bộ suốt 2 tháng 5 ngày mới tới nơi.", APR_26_2021, "2 tháng 5 ngày", "DURATION", "P2M5D", null),
        // "tới đây" after "những ngày/năm tới", like "tới"
        row("Giá vàng có thể tăng trong những ngày tới đây.", APR_26_2021, "những ngày tới đây", "DATE", "FUTURE_REF",
            null),
        // "tết" with its year or its can-chi year: the lunar New Year's day of that year
        row("Hợp tác xã đã dự trữ hàng cho tết 2020 từ tháng 10.", APR_26_2021, "tết 2020", "DATE", "2020-01-25", null),
        row("Giá thịt tăng mạnh dịp Tết Canh Tý 2020.", APR_26_2021, "Tết Canh Tý 2020", "DATE", "2020-01-25", null),
        // a range of years with the second end in two digits: two years; "đầu năm tới giờ" is this year until now
        row("Khủng hoảng nổ ra vào năm 2008-09 ở châu Âu.", APR_26_2021, "09", "DATE", "2009", null),
        row("Khủng hoảng nổ ra vào năm 2008-09 ở châu Âu.", APR_26_2021, "năm 2008", "DATE", "2008", null),
        row("Tính từ đầu năm tới giờ, nhà máy đã xuất 3 lô hàng.", APR_26_2021, "đầu năm", "DATE", "2021", "START"),
        // "khoảng" before a range of lengths: inside the first end, both ends APPROX
        row("Vết thương lành sau khoảng 2-3 tuần.", APR_26_2021, "khoảng 2", "DURATION", "P2W", "APPROX"),
        row("Vết thương lành sau khoảng 2-3 tuần.", APR_26_2021, "3 tuần", "DURATION", "P3W", "APPROX"),
        row("Món này cần ninh khoảng 4 đến 6 tiếng.", APR_26_2021, "khoảng 4", "DURATION", "PT4H", "APPROX"),
        // "cả tháng nay" (for a whole month now), "cả giờ đồng hồ", "hàng thế kỷ": lengths
        row("Cả tháng nay giá cát tăng từng ngày.", APR_26_2021, "Cả tháng nay", "DURATION", "P1M", null),
        row("Khách phải chờ cả giờ đồng hồ mới có xe.", APR_26_2021, "cả giờ đồng hồ", "DURATION", "PT1H", null),
        row("Bí ẩn này tồn tại hàng thế kỷ.", APR_26_2021, "hàng thế kỷ", "DURATION", "PXCE", null),
        // "hôm" before the first end of a range of days belongs to it, like "ngày"
        row("Đoàn ở lại Huế từ hôm 12-15/4 rồi ra Hà Nội.", APR_26_2021, "hôm 12", "DATE", "2021-04-12", null),
        // centuries in any Roman numeral, with "thứ", and before the era
        row("Ngôi làng có từ thế kỷ XVII.", APR_26_2021, "thế kỷ XVII", "DATE", "16", null),
        row("Bức tượng được tạc vào thế kỷ thứ VI.", APR_26_2021, "thế kỷ thứ VI", "DATE", "05", null),
        row("Đồ gốm có niên đại thế kỷ VII trước Công nguyên.", APR_26_2021, "thế kỷ VII trước Công nguyên", "DATE",
            "BC06", null),
        // a three-digit year after "năm" before punctuation or a range word
        row("Vị vua trị vì từ năm 938 đến năm 944.", APR_26_2021, "năm 938", "DATE", "0938", null),
        row("Cây cổ thụ bị bán đi nhiều trong thời gian trước đây.", APR_26_2021, "thời gian trước đây", "DATE",
            "PAST_REF", null),
        // "trong vòng 24h": a length, like "trong 24h" (not midnight)
        row("Cửa hàng giao hàng trong vòng 24h kể từ khi đặt.", APR_26_2021, "24h", "DURATION", "PT24H", null),
        // "ngân hàng", "khách hàng" before a period word: the noun, and the period word keeps its own reading
        row("Lợi nhuận của ngân hàng năm qua tăng mạnh.", APR_26_2021, "năm qua", "DATE", "2020", null),
        row("Số liệu hoạt động ngân hàng quý I/2021 vừa được công bố.", APR_26_2021, "quý I/2021", "DATE", "2021-Q1",
            null),
        row("Thị hiếu của khách hàng ngày nay rất khác.", APR_26_2021, "ngày nay", "DATE", "PRESENT_REF", null));
  }

  @ParameterizedTest
  @MethodSource("forms")
  void resolves(String text, PartialDate pub, String span, String type, String value, String mod) {
    assertResolves(text, pub, span, type, value, mod);
  }

  @Test
  void hoursAndNamesStayOut() {
    // a count of hours, "bao giờ", "bù giờ", "khung giờ", "thì giờ", a hour noun after a verb
    assertThat(analyze("Anh ấy chưa bao giờ đến muộn.", APR_26_2021).times()).isEmpty();
    assertThat(analyze("Trọng tài cho bù giờ vì cầu thủ câu giờ quá nhiều.", APR_26_2021).times()).isEmpty();
    assertThat(analyze("Khung giờ vàng là lúc đông khách nhất.", APR_26_2021).times()).isEmpty();
    assertThat(analyze("Chiếc đồng hồ tự xóa đi giờ đã hiện trước đó.", APR_26_2021).times()).isEmpty();
    assertThat(analyze("Ba giờ đã trôi qua mà chưa có tin.", APR_26_2021).times()).extracting(TimeExpression::text)
        .doesNotContain("giờ");
    // "Cần Giờ" is a place; "từ xưa đến giờ" an idiom; "thời bấy giờ" is then, not now
    assertThat(analyze("Huyện Cần Giờ là vùng ven biển.", APR_26_2021).times()).isEmpty();
    assertThat(analyze("Từ xưa đến giờ tôi vẫn thế.", APR_26_2021).times()).isEmpty();
    assertThat(analyze("Vật dụng thời bấy giờ là đồ đồng.", APR_26_2021).times()).isEmpty();
    // "lâu nay" (for long) and "năm nay" in a sports season are no "now" of their own
    assertThat(analyze("Vấn đề này lâu nay vẫn gây tranh cãi.", APR_26_2021).times()).isEmpty();
    assertThat(analyze("Nhu cầu của khách hàng ngày càng cao.", APR_26_2021).times()).isEmpty();
    assertThat(analyze("Nên ôn tập 1-2 tuần trước kỳ thi.", APR_26_2021).times()).extracting(TimeExpression::type)
        .containsOnly(dev.storyline.model.TimeType.DURATION);
    // "hơn bao giờ hết" (more than ever) is no time
    assertThat(analyze("Việc học trực tuyến cần thiết hơn bao giờ hết.", APR_26_2021).times()).isEmpty();
    // a date written "ngày 2 tháng 5" stays a date
    assertResolves("Lễ khởi công diễn ra ngày 2 tháng 5 năm nay.", APR_26_2021, "ngày 2 tháng 5 năm nay", "DATE",
        "2021-05-02", null);
    // a range of days in the parentheses after "hôm nay" stays out of its span
    assertThat(analyze("Cửa hàng giảm giá từ hôm nay (26/4 - 30/4) cho mọi khách.", APR_26_2021).times())
        .extracting(TimeExpression::text).containsExactly("hôm nay", "26/4", "30/4");
    // a school year or a season written the same way is no time
    assertThat(analyze("Học phí năm học 2020-21 không đổi.", APR_26_2021).times()).isEmpty();
    // "năm 500 người": a count before a noun
    assertThat(analyze("Có năm 500 người đến dự.", APR_26_2021).times()).isEmpty();
    // opening hours and a named hour
    assertThat(analyze("Giờ mở cửa: từ thứ Hai đến thứ Sáu.", APR_26_2021).times()).extracting(TimeExpression::text)
        .doesNotContain("Giờ");
    assertThat(analyze("Giờ G đã điểm.", APR_26_2021).times()).isEmpty();
    // an election term or a course in parentheses is no time
    assertThat(analyze("Ông là đại biểu Quốc hội khóa XV (2021-2026).", APR_26_2021).times()).isEmpty();
    assertThat(analyze("Hội đồng nhiệm kỳ VI (2015-2020) đã họp.", APR_26_2021).times()).isEmpty();
    // millions of years without "trước" are no date; "năm trước" after a small count stays a date that far back
    assertThat(analyze("Đá này nằm dưới biển 3 triệu năm rồi mới nổi lên.", APR_26_2021).times())
        .extracting(TimeExpression::value).doesNotContain("PAST_REF", "2020");
    assertThat(analyze("Khí hậu đã đổi nhiều lần trong vài triệu năm qua.", APR_26_2021).times())
        .extracting(TimeExpression::value).doesNotContain("2020");
    assertResolves("Gia đình chuyển về đây 3 năm trước.", APR_26_2021, "3 năm trước", "DATE", "2018", null);
  }

  @Test
  void aRangeInParenthesesGivesBothEnds() {
    assertThat(analyze("Ông Trần Văn Hòa (1925 - 2001) là nhạc sĩ.", APR_26_2021).times())
        .extracting(TimeExpression::text, TimeExpression::value)
        .containsExactly(Tuple.tuple("1925", "1925"), Tuple.tuple("2001", "2001"));
  }
}
