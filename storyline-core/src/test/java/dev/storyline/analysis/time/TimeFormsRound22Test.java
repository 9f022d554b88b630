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
 * Round 22: a full date whose year a feed spaced off ("ngày 19-5 - 2015", "ngày 14 - 6 - 1993", "ngày 2/10 / 2016");
 * a part of day before "hôm trước" ("chiều hôm trước", "21h tối hôm trước"), the day before the day written about,
 * like "sáng hôm sau"; "quá khứ" after "là" / "thành" / "vào" is the past (PAST_REF), like "trong quá khứ"; a bare
 * day after "từ" opening a range closed by a day-month ("từ 18 đến 24-12"); a dashed lunar date in brackets ("(tức
 * 9-3 âm lịch)"); a dashed date after a trading session ("phiên 7-5", "ngày giao dịch 11-5"); a season without
 * "mùa" after an edge and a preposition ("vào cuối thu", "từ cuối hè năm ngoái"), like "cuối mùa thu".
 */
class TimeFormsRound22Test {
  private static final PartialDate MAY_13_2021 = PartialDate.ofDay(2021, 5, 13);

  static Stream<Arguments> forms() {
    return Stream.of(
        // a full date with its year spaced off: one DATE of that year, not a day of the publication year
        row("Đến ngày 19-5 - 2015, ông Khải mới nhận quyết định.", MAY_13_2021, "ngày 19-5 - 2015", "DATE",
            "2015-05-19", null),
        row("Ngày 20-5 -2014, xã Tân Phú khánh thành cầu.", MAY_13_2021, "Ngày 20-5 -2014", "DATE", "2014-05-20", null),
        row("Quán của bà Liên mở vào ngày 2/10 / 2016 ở Cần Thơ.", MAY_13_2021, "ngày 2/10 / 2016", "DATE",
            "2016-10-02", null),
        row("Sáng ngày 14 - 6 - 1993, ông Đạt rời làng Phú Xá.", MAY_13_2021, "Sáng ngày 14 - 6 - 1993", "TIME",
            "1993-06-14TMO", null),
        row("Kể từ ngày 4 - 6-2018, cầu Rạch Miễu cấm xe tải.", MAY_13_2021, "ngày 4 - 6-2018", "DATE", "2018-06-04",
            null),
        // a part of day (with or without a clock) before "hôm trước": the day before the day written about
        row("Ngày 10/5, ông Tư kể rằng chiều hôm trước trời mưa to ở Huế.", MAY_13_2021, "chiều hôm trước", "TIME",
            "2021-05-09TAF", null),
        row("Ngày 10/5, công an cho biết vụ cháy xảy ra lúc 21h tối hôm trước.", MAY_13_2021, "21h tối hôm trước",
            "TIME", "2021-05-09T21:00", null),
        // "quá khứ" after a copula or "vào": the past
        row("Những trận thua đó giờ đã là quá khứ.", MAY_13_2021, "quá khứ", "DATE", "PAST_REF", null),
        row("Cảnh chen chúc ở chợ Đông Ba sẽ sớm thành quá khứ.", MAY_13_2021, "quá khứ", "DATE", "PAST_REF", null),
        // a bare day after "từ" opening a range closed by a day-month: both ends, the first borrowing the month
        row("Hội chợ hoa ở Sa Đéc kéo dài từ 18 đến 24-12.", MAY_13_2021, "18", "DATE", "2021-12-18", null),
        row("Hội chợ hoa ở Sa Đéc kéo dài từ 18 đến 24-12.", MAY_13_2021, "24-12", "DATE", "2021-12-24", null),
        row("Trường Lê Lợi nhận hồ sơ từ 3 đến 7/6 tại phòng hội đồng.", MAY_13_2021, "3", "DATE", "2021-06-03", null),
        // a dashed date in brackets with "âm lịch", after "tức" or alone: the lunar day
        row("Sáng 20-4 (tức 9-3 âm lịch), làng Đông Hồ mở hội.", MAY_13_2021, "9-3 âm lịch", "DATE", "2021-04-20",
            null),
        // a dashed date after a trading session
        row("Kết thúc phiên 7-5, chỉ số VN Index giảm nhẹ.", MAY_13_2021, "7-5", "DATE", "2021-05-07", null),
        row("Trong ngày giao dịch 11-5, khối ngoại bán ròng.", MAY_13_2021, "11-5", "DATE", "2021-05-11", null),
        // a season without "mùa" after an edge, as "cuối mùa hè": generic, or of the year written after it
        row("Chim én bay về phương nam vào cuối thu.", MAY_13_2021, "cuối thu", "DATE", "XXXX-FA", "END"),
        row("Hoa gạo nở vào cuối xuân hoặc đầu hè.", MAY_13_2021, "đầu hè", "DATE", "XXXX-SU", "START"),
        row("Ông Tâm mở quán từ cuối hè năm ngoái.", MAY_13_2021, "cuối hè năm ngoái", "DATE", "2020-SU", "END"),
        row("Băng tan mạnh vào cuối đông đầu xuân.", MAY_13_2021, "đầu xuân", "DATE", "XXXX-SP", "START"));
  }

  @ParameterizedTest
  @MethodSource("forms")
  void resolves(String text, PartialDate pub, String span, String type, String value, String mod) {
    TimeTestSupport.assertResolves(text, pub, span, type, value, mod);
  }

  @Test
  void lookAlikesStayOut() {
    // "từ ngày 1 - 5" with no year may be days 1 to 5: no date of May
    assertThat(analyze("Hội chợ mở từ ngày 1 - 5 tại Huế.", MAY_13_2021).times())
        .extracting(TimeExpression::text).doesNotContain("ngày 1 - 5");
    // a count after "từ", a score or a rota is no date
    assertThat(analyze("Điểm môn văn tăng từ 2 đến 3-4 điểm.", MAY_13_2021).times()).isEmpty();
    assertThat(analyze("Nhà máy chạy luân phiên 3-4 máy bơm.", MAY_13_2021).times()).isEmpty();
    assertThat(analyze("Lễ hội làng Đông Hồ mở vào 9-3 âm lịch hằng năm.", MAY_13_2021).times())
        .extracting(TimeExpression::text).doesNotContain("9-3 âm lịch");
    // a year in brackets after a law's name names the law; after a person it stays a year (round 10)
    assertThat(analyze("Ông Hải bị xử theo điều 174 Bộ luật hình sự (2015).", MAY_13_2021).times()).isEmpty();
    assertThat(analyze("Doanh nghiệp vi phạm luật Thương mại (2005) và bị phạt.", MAY_13_2021).times()).isEmpty();
    assertThat(analyze("Nhà thơ Trần Văn Khải (1958) đọc thơ.", MAY_13_2021).times())
        .extracting(TimeExpression::text).containsExactly("1958");
    // an edge before a season word that starts another word is no season
    assertThat(analyze("Trạm Cai Lậy bắt đầu thu phí từ tuần sau.", MAY_13_2021).times())
        .extracting(TimeExpression::text).containsExactly("tuần sau");
    assertThat(analyze("Đây là khu vui chơi hàng đầu Đông Nam Á.", MAY_13_2021).times()).isEmpty();
    assertThat(analyze("Lễ hội đầu xuân ở đền Sóc rất đông.", MAY_13_2021).times()).isEmpty();
    // someone's past is no time
    assertThat(analyze("Anh Minh ít khi kể về quá khứ của mình.", MAY_13_2021).times()).isEmpty();
    assertThat(analyze("Đó là quá khứ của cô Lan.", MAY_13_2021).times()).isEmpty();
    assertThat(analyze("Vụ kiện đã trở thành quá khứ đau buồn của ông Tâm.", MAY_13_2021).times()).isEmpty();
  }
}
