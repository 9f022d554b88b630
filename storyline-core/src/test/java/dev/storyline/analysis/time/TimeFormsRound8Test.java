package dev.storyline.analysis.time;

import static dev.storyline.analysis.time.TimeTestSupport.analyze;
import static dev.storyline.analysis.time.TimeTestSupport.assertResolves;
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
 * Round 8: false positives and span ends found by reading the tagger's output on unannotated articles (every span of
 * a rare shape) and by probing the conventions with made-up sentences: verbs ending in "hiện", "tiếng" as a sound or
 * a language, team formations, streets named by a date, hours counted from an event, "đồng hồ" after "giờ", a date
 * "(ngày …)" in parentheses after a relative day, and the end of a named day.
 */
class TimeFormsRound8Test {
  private static final PartialDate APR_26_2021 = PartialDate.ofDay(2021, 4, 26);

  static Stream<Arguments> forms() {
    return Stream.of(
        // "trước kia" is "formerly", like "trước đây"
        row("Trước kia, ông làm nghề đóng thuyền.", APR_26_2021, "Trước kia", "DATE", "PAST_REF", null),
        // the end of a named day ("cuối"), like the end of a month
        row("Kết quả sẽ có vào cuối ngày hôm nay.", APR_26_2021, "cuối ngày hôm nay", "DATE", "2021-04-26", "END"),
        row("Hạn chót là cuối ngày 30/4.", APR_26_2021, "cuối ngày 30/4", "DATE", "2021-04-30", "END"),
        // hours counted from an event are a length, not a clock reading
        row("Khoảng 24 giờ trước khi khai mạc, ban tổ chức đổi lịch.", APR_26_2021, "Khoảng 24 giờ", "DURATION",
            "PT24H", "APPROX"),
        row("Khoảng 3 giờ sau, đội cứu hộ tới nơi.", APR_26_2021, "Khoảng 3 giờ", "DURATION", "PT3H", "APPROX"),
        // "đồng hồ" ("by the clock") belongs to a length in "giờ", as it did in "tiếng"
        row("Cuộc họp kéo dài hơn 4 giờ đồng hồ.", APR_26_2021, "hơn 4 giờ đồng hồ", "DURATION", "PT4H",
            "MORE_THAN"),
        // a relative day followed by "(ngày d/m)": one span, like "chiều nay (28/4)"
        row("Sáng nay (ngày 26/4), trường tổ chức lễ trao bằng.", APR_26_2021, "Sáng nay (ngày 26/4)", "TIME",
            "2021-04-26TMO", null),
        // a weekday, its deictic word and the date in parentheses after it: one span, "ngày" included
        row("Vào ngày thứ Ba vừa qua (20/4), công ty công bố báo cáo.", APR_26_2021, "ngày thứ Ba vừa qua (20/4)",
            "DATE", "2021-04-20", null),
        row("Chủ nhật này (2/5), chợ phiên mở cửa.", APR_26_2021, "Chủ nhật này (2/5)", "DATE", "2021-05-02", null),
        row("Bức tranh được bán ngày thứ Sáu vừa qua.", APR_26_2021, "ngày thứ Sáu vừa qua", "DATE", "2021-04-23",
            null),
        // a clock time with "rạng sáng" or with "hôm" + a dated weekday: one TIME
        row("Trận đấu bắt đầu lúc 2h rạng sáng mai (27/4).", APR_26_2021, "2h rạng sáng mai (27/4)", "TIME",
            "2021-04-27T02:00", null),
        row("Khoảng 9 giờ sáng hôm thứ Hai (26/4), xe tải lật.", APR_26_2021, "Khoảng 9 giờ sáng hôm thứ Hai (26/4)",
            "TIME", "2021-04-26T09:00", "APPROX"),
        // "vừa rồi" is "vừa qua": the deictic word belongs to the span (also after a quarter with its year)
        row("Tháng 3 vừa rồi, giá điện tăng.", APR_26_2021, "Tháng 3 vừa rồi", "DATE", "2021-03", null),
        row("Trong quý I/2021 vừa qua, xuất khẩu tăng.", APR_26_2021, "quý I/2021 vừa qua", "DATE", "2021-Q1", null),
        row("Doanh thu 2 năm vừa rồi giảm mạnh.", APR_26_2021, "2 năm vừa rồi", "DURATION", "P2Y", null),
        row("Hai bên sẽ hợp tác trong tương lai gần.", APR_26_2021, "tương lai gần", "DATE", "FUTURE_REF", null),
        // "nay" / "qua" after "hàng trăm năm" belongs to it, as after "3 năm"
        row("Nghề gốm được giữ qua hàng trăm năm nay.", APR_26_2021, "hàng trăm năm nay", "DURATION", "PXY", null),
        // a bare day-month with "âm lịch" is lunar, like "ngày 18/3 âm lịch" (lunar 3/3 Tân Sửu is 2021-04-14)
        row("Lễ hội chính diễn ra vào 18/3 âm lịch, dân làng rước kiệu.", APR_26_2021, "18/3 âm lịch", "DATE",
            "2021-04-29", null),
        // a document number before "ngày <date>" is no count of days; the date takes "ngày"
        row("Theo Nghị quyết số 41 ngày 9/4/2020 của Chính phủ, các tỉnh báo cáo.", APR_26_2021, "ngày 9/4/2020",
            "DATE", "2020-04-09", null),
        row("Công văn 1017 ngày 20/4/2021 yêu cầu tạm dừng.", APR_26_2021, "ngày 20/4/2021", "DATE", "2021-04-20",
            null));
  }

  @ParameterizedTest
  @MethodSource("forms")
  void resolves(String text, PartialDate pub, String span, String type, String value, String mod) {
    assertResolves(text, pub, span, type, value, mod);
  }

  @Test
  void aVerbEndingInHiệnBeforeTạiIsNoPresent() {
    // "xuất hiện tại", "phát hiện tại", "thực hiện tại": "tại" is "at", not the second half of "hiện tại"
    assertThat(analyze("Nam ca sĩ xuất hiện tại sân bay với chiếc áo đỏ.", APR_26_2021).times()).isEmpty();
    assertThat(analyze("Cảnh sát phát hiện tại nhà nghi phạm nhiều tang vật.", APR_26_2021).times()).isEmpty();
    assertThat(analyze("Dự án được thực hiện tại ba tỉnh miền núi.", APR_26_2021).times()).isEmpty();
    // the look-alike stays: "hiện tại" after a noun, and after "có thể" ("may … now")
    assertResolves("Giá thép hiện tại đang giảm.", APR_26_2021, "hiện tại", "DATE", "PRESENT_REF", null);
  }

  @Test
  void formerlyInFrontIsAPlace() {
    assertThat(analyze("Anh đứng ở phía trước kia và vẫy tay.", APR_26_2021).times()).isEmpty();
  }

  @Test
  void tiếngAsASoundOrALanguageIsNoHour() {
    assertThat(analyze("Người dân nghe một tiếng nổ lớn rồi nhiều tiếng kêu cứu.", APR_26_2021).times()).isEmpty();
    assertThat(analyze("Cô hướng dẫn bằng cả tiếng Anh lẫn tiếng Việt.", APR_26_2021).times()).isEmpty();
    // the hour stays
    assertResolves("Anh chờ một tiếng rồi bỏ về.", APR_26_2021, "một tiếng", "DURATION", "PT1H", null);
    assertResolves("Anh chờ cả tiếng mà không ai đến.", APR_26_2021, "cả tiếng", "DURATION", "PT1H", null);
    assertResolves("Hai người mất 2 tiếng nói chuyện qua điện thoại.", APR_26_2021, "2 tiếng", "DURATION", "PT2H",
        null);
  }

  @Test
  void aTeamFormationIsNoDate() {
    assertThat(analyze("Đội khách chơi sơ đồ 3-5-2 rồi chuyển sang 3-4-3.", APR_26_2021).times()).isEmpty();
    // a range of days in one month keeps its own separator before the month
    assertThat(analyze("Hội chợ diễn ra từ 3-5/5.", APR_26_2021).times()).extracting(TimeExpression::value)
        .containsExactly("2021-05-03", "2021-05-05");
  }

  @Test
  void aStreetNamedByADateIsNoTime() {
    assertThat(analyze("Cửa hàng nằm trên đường 3 tháng 2, quận 10.", APR_26_2021).times()).isEmpty();
    assertResolves("Cửa hàng mở cửa ngày 3 tháng 2.", APR_26_2021, "ngày 3 tháng 2", "DATE", "2021-02-03", null);
  }

  @Test
  void yearAfterYearIsAnIdiom() {
    assertThat(analyze("Họ đầu tư năm qua năm mà không có lãi.", APR_26_2021).times()).isEmpty();
    assertResolves("Năm qua, họ đầu tư nhiều.", APR_26_2021, "Năm qua", "DATE", "2020", null);
  }

  @Test
  void aParenthesisLeftOpenDoesNotJoin() {
    // "hôm qua (ngày 25/4, theo …)": no closing parenthesis right after the date, so the date stays apart
    assertThat(analyze("Hôm qua (ngày 25/4, theo giờ địa phương) tàu cập cảng.", APR_26_2021).times())
        .extracting(TimeExpression::text).doesNotContain("Hôm qua (ngày 25/4");
  }

  @Test
  void tớiBeforeNayIsTheLinkUntilNow() {
    // "từ đầu năm tới nay": since the start of this year until now, not the start of next year
    assertThat(analyze("Riêng từ đầu năm tới nay, giá vàng đã tăng 12%.", APR_26_2021).times())
        .extracting(TimeExpression::text, TimeExpression::value, TimeExpression::mod)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("đầu năm", "2021", "START"),
            org.assertj.core.groups.Tuple.tuple("nay", "PRESENT_REF", null));
    assertResolves("Từ đầu tháng tới nay, giá xăng tăng hai lần.", APR_26_2021, "đầu tháng", "DATE", "2021-04",
        "START");
    // "tới" alone after the month is still "coming"
    assertResolves("Giá xăng sẽ tăng vào đầu tháng tới.", APR_26_2021, "đầu tháng tới", "DATE", "2021-05", "START");
  }

  @Test
  void aCountOfDaysBeforeADateWithoutANumberSignStays() {
    // "trong 2 ngày 28 và 29/4": a count, no document number
    assertThat(analyze("Hội nghị diễn ra trong 2 ngày 28 và 29/4.", APR_26_2021).times())
        .extracting(TimeExpression::text).contains("2 ngày");
  }

  @Test
  void twentyFourSevenIsRoundTheClockUnlessADateContextSaysJuly() {
    PartialDate jul = PartialDate.ofDay(2016, 7, 26);
    assertResolves("Khu vui chơi hoạt động 24/7, kể cả ngày lễ.", jul, "24/7", "SET", "P1D", null);
    assertResolves("Đội phản ứng nhanh trực 24/7 trong mùa mưa bão.", jul, "24/7", "SET", "P1D", null);
    assertResolves("Lễ khai mạc diễn ra ngày 24/7 tại Hà Nội.", jul, "ngày 24/7", "DATE", "2016-07-24", null);
    assertResolves("Sáng 24/7, đoàn xe xuất phát.", jul, "Sáng 24/7", "TIME", "2016-07-24TMO", null);
    assertResolves("Giải đấu kéo dài từ 24/7 đến 30/7.", jul, "24/7", "DATE", "2016-07-24", null);
  }

  @Test
  void aFractionOfATotalIsNoDate() {
    assertThat(analyze("Nghị quyết cần ít nhất 2/3 tổng số đại biểu tán thành.", APR_26_2021).times()).isEmpty();
  }

  @Test
  void aRankRoundOrDocumentNumberBeforeAYearIsNoLength() {
    assertThat(analyze("Ông nhận huân chương hạng 3 năm 2019.", APR_26_2021).times())
        .extracting(TimeExpression::text).containsExactly("năm 2019");
    assertThat(analyze("Người dân được tiêm trong đợt 1 năm 2021.", APR_26_2021).times())
        .extracting(TimeExpression::text).containsExactly("năm 2021");
    assertThat(analyze("Theo Chỉ thị 01 năm 2015, các trường phải báo cáo.", APR_26_2021).times())
        .extracting(TimeExpression::text).containsExactly("năm 2015");
    // a count of years before the years it counts stays a length
    assertThat(analyze("Trong 2 năm 2019 và 2020, ngân hàng lỗ.", APR_26_2021).times())
        .extracting(TimeExpression::text).containsExactly("2 năm", "2019", "2020");
  }

  @Test
  void aStreetOrSquareNamedByABareDateIsNoTime() {
    assertThat(analyze("Quán nằm trên đường 3/2, quận 10.", APR_26_2021).times()).isEmpty();
    assertThat(analyze("Lễ hội tổ chức tại Quảng trường 19/8 của thành phố.", APR_26_2021).times()).isEmpty();
  }

  @Test
  void aFewDaysAgoWithÍtIsAPastReference() {
    assertResolves("Đội bóng bị loại ít ngày trước.", APR_26_2021, "ít ngày trước", "DATE", "PAST_REF", null);
    assertResolves("Cách đây ít phút, ca sĩ vừa rời sân khấu.", APR_26_2021, "Cách đây ít phút", "DATE", "PAST_REF",
        null);
    // before "khi" it stays a length
    assertResolves("Ít ngày trước khi khai giảng, trường sửa mái.", APR_26_2021, "Ít ngày", "DURATION", "PXD", null);
  }

  @Test
  void aLightYearIsADistance() {
    assertThat(analyze("Ngôi sao cách Trái đất khoảng 25.000 năm ánh sáng.", APR_26_2021).times()).isEmpty();
    assertResolves("Ngôi sao đã cháy khoảng 25.000 năm.", APR_26_2021, "khoảng 25.000 năm", "DURATION", "P25000Y",
        "APPROX");
  }

  @Test
  void anOrdinalRangeOfDaysNamesNoWeekday() {
    assertThat(analyze("Triệu chứng nặng lên ở ngày thứ 5-8 của bệnh.", APR_26_2021).times()).isEmpty();
  }

  @Test
  void clockAndLengthEdges() {
    PartialDate may27 = PartialDate.ofDay(2016, 5, 27);
    // the unit after a colon reading belongs to it, and the date joins
    assertResolves("Quy định mới áp dụng kể từ 0:00 giờ ngày 1/7/2016.", may27, "0:00 giờ ngày 1/7/2016", "TIME",
        "2016-07-01T00:00", null);
    // "thời gian bay khoảng 1 giờ 55 phút" is a length
    assertResolves("Thời gian bay khoảng 1 giờ 55 phút.", may27, "khoảng 1 giờ 55 phút", "DURATION", "PT1H55M",
        "APPROX");
    // "tới" before a number is "up to", not "coming"
    assertThat(analyze("Cáp treo chở một ngày tới 20.000 khách.", may27).times()).extracting(TimeExpression::text)
        .containsExactly("một ngày");
    assertResolves("Trong 3 ngày tới, trời mưa to.", may27, "3 ngày tới", "DURATION", "P3D", null);
  }

  @Test
  void aPairOfMonthsWithTheYearAfterTheSecond() {
    // "tháng 1-3/2021": January to March 2021, not 1 March; each end its own DATE (guidelines: ranges)
    assertThat(analyze("Giá tăng từ tháng 1-3/2021, khi dịch bùng phát.", APR_26_2021).times())
        .extracting(TimeExpression::text, TimeExpression::value)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("tháng 1", "2021-01"),
            org.assertj.core.groups.Tuple.tuple("3/2021", "2021-03"));
    // with "ngày" it is a range of days
    assertResolves("Ngày 1-2/2021 là ngày đặc biệt.", APR_26_2021, "Ngày 1-2/2021", "DATE", "2021-02-01", null);
  }
}
