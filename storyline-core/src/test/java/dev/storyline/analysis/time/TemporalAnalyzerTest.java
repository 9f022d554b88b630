package dev.storyline.analysis.time;

import static dev.storyline.analysis.time.TimeTestSupport.analyze;
import static dev.storyline.analysis.time.TimeTestSupport.assertResolves;
import static dev.storyline.analysis.time.TimeTestSupport.row;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.model.EventTime;
import dev.storyline.model.PartialDate;
import dev.storyline.model.TimeExpression;
import dev.storyline.model.TimeType;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TemporalAnalyzerTest {
  private static final PartialDate MAR_2024 = PartialDate.ofMonth(2024, 3);
  private static final PartialDate DAY_2024_03_20 = PartialDate.ofDay(2024, 3, 20); // a Wednesday

  static Stream<Arguments> forms() {
    return Stream.of(
        // day/month with "ngày", three separators
        row("Đoàn công tác đến Hà Nội ngày 24/3 để ký kết.", MAR_2024, "ngày 24/3", "DATE", "2024-03-24", null),
        row("Cuộc gặp diễn ra ngày 8.2 tại thủ đô.", MAR_2024, "ngày 8.2", "DATE", "2024-02-08", null),
        row("Hai bên đã ký hợp đồng ngày 27-1 vừa rồi.", MAR_2024, "ngày 27-1 vừa rồi", "DATE", "2024-01-27", null),
        row("Bộ trưởng phát biểu (ngày 20-3) trước báo giới.", MAR_2024, "ngày 20-3", "DATE", "2024-03-20", null),
        row("Theo hãng tin này hôm nay 23.7, hội nghị đã bế mạc.", null, "hôm nay 23.7", "DATE", "XXXX-07-23", null),
        row("Chuyến thăm sẽ bắt đầu ngày 15/4 tới.", MAR_2024, "ngày 15/4 tới", "DATE", "2024-04-15", null),
        row("Hạn chót là ngày 31-12 năm nay.", MAR_2024, "ngày 31-12 năm nay", "DATE", "2024-12-31", null),
        row("Hạn chót là ngày 5-1 năm ngoái.", MAR_2024, "ngày 5-1 năm ngoái", "DATE", "2023-01-05", null),
        // full dates
        row("Thỏa thuận hết hạn vào 31-12-2021 theo văn bản.", MAR_2024, "31-12-2021", "DATE", "2021-12-31", null),
        row("Xung đột bùng phát ngày 7-10-2023 ở phía nam.", MAR_2024, "ngày 7-10-2023", "DATE", "2023-10-07", null),
        row("Hội nghị họp ngày 24/3/2024 tại Huế.", null, "ngày 24/3/2024", "DATE", "2024-03-24", null),
        row("Luật có hiệu lực từ ngày 1 tháng 7 năm 2025.", MAR_2024, "ngày 1 tháng 7 năm 2025", "DATE", "2025-07-01", null),
        row("Cầu thông xe 2 tháng 9 năm 2023 sau nhiều năm.", MAR_2024, "2 tháng 9 năm 2023", "DATE", "2023-09-02", null),
        // month / year
        row("Cuộc tấn công xảy ra trong tháng 10.2023 khiến nhiều người lo ngại.", MAR_2024, "tháng 10.2023", "DATE", "2023-10", null),
        row("Đối thoại được tổ chức tháng 7-2021 tại thủ đô.", MAR_2024, "tháng 7-2021", "DATE", "2021-07", null),
        row("Số liệu công bố tháng 10/2023 cho thấy điều đó.", MAR_2024, "tháng 10/2023", "DATE", "2023-10", null),
        row("Đàm phán bắt đầu vào tháng 1 và kéo dài.", MAR_2024, "tháng 1", "DATE", "2024-01", null),
        row("Vào tháng 7, hai nước ký thỏa thuận.", PartialDate.ofMonth(2021, 11), "tháng 7", "DATE", "2021-07", null),
        row("Tháng 1 vừa qua, giá xăng tăng mạnh.", MAR_2024, "Tháng 1 vừa qua", "DATE", "2024-01", null),
        row("Tháng 11 chúng tôi đã hoàn thành dự án.", MAR_2024, "Tháng 11", "DATE", "2023-11", null),
        row("Lễ hội diễn ra vào tháng Mười hằng năm.", MAR_2024, "tháng Mười hằng năm", "SET", "XXXX-10", null),
        row("Lễ hội diễn ra vào tháng Mười.", MAR_2024, "tháng Mười", "DATE", "2023-10", null),
        row("Người dân đi lễ chùa trong tháng Giêng.", MAR_2024, "tháng Giêng", "DATE", "2024-01", null),
        row("Tháng Mười Hai là mùa cao điểm.", MAR_2024, "Tháng Mười Hai", "DATE", "2023-12", null),
        row("Năm 2017, chính phủ tuyên bố chiến thắng.", MAR_2024, "Năm 2017", "DATE", "2017", null),
        row("Quân đội rút đi vào năm 2003 rồi quay lại.", MAR_2024, "năm 2003", "DATE", "2003", null),
        row("Liên minh hoạt động từ 2014 ở khu vực này.", MAR_2024, "2014", "DATE", "2014", null),
        row("Doanh thu quý I/2024 tăng nhẹ.", MAR_2024, "quý I/2024", "DATE", "2024-Q1", null),
        row("Kết quả quý 3 năm 2023 khả quan.", MAR_2024, "quý 3 năm 2023", "DATE", "2023-Q3", null),
        row("Ngành này phát triển từ thập niên 1990 đến nay.", MAR_2024, "thập niên 1990", "DATE", "199", null),
        row("Đây là cuộc chiến lớn nhất thế kỷ 20 ở châu Á.", MAR_2024, "thế kỷ 20", "DATE", "19", null),
        // weekdays
        // "hôm" is inside a weekday's span (guidelines, round 14)
        row("Hôm thứ Hai, ông ấy đã rời đi.", DAY_2024_03_20, "Hôm thứ Hai", "DATE", "2024-03-18", null),
        row("Chủ nhật, đội tuyển tập luyện.", DAY_2024_03_20, "Chủ nhật", "DATE", "2024-03-17", null),
        row("Vào thứ 6 tuần tới, cuộc họp diễn ra.", DAY_2024_03_20, "thứ 6 tuần tới", "DATE", "2024-03-29", null),
        row("Cuộc họp diễn ra thứ Sáu (22/3) tại Hà Nội.", MAR_2024, "thứ Sáu (22/3)", "DATE", "2024-03-22", null),
        row("Buổi lễ tổ chức vào thứ Hai, không rõ ngày.", MAR_2024, "thứ Hai", "DATE", "XXXX-WXX-1", null),
        // times
        row("Vụ nổ xảy ra lúc 11:39 gần ga tàu.", MAR_2024, "11:39", "TIME", "XXXX-XX-XXT11:39", null),
        row("Cuộc họp bắt đầu lúc 9h30 ngày 24/3.", MAR_2024, "9h30 ngày 24/3", "TIME", "2024-03-24T09:30", null),
        row("Đoàn xe xuất phát lúc 9 giờ 30 phút sáng 5/3.", MAR_2024, "9 giờ 30 phút sáng 5/3", "TIME", "2024-03-05T09:30", null),
        row("Chiều 5/3, mưa lớn đổ xuống.", MAR_2024, "Chiều 5/3", "TIME", "2024-03-05TAF", null),
        row("Tối nay đội bóng sẽ ra sân.", DAY_2024_03_20, "Tối nay", "TIME", "2024-03-20TEV", null),
        row("Đêm qua trời rất lạnh.", DAY_2024_03_20, "Đêm qua", "TIME", "2024-03-19TNI", null),
        // ranges
        row("Triển lãm mở cửa 20-22/3 tại trung tâm.", MAR_2024, "22/3", "DATE", "2024-03-22", null),
        row("Triển lãm mở cửa 20-22/3 tại trung tâm.", MAR_2024, "20", "DATE", "2024-03-20", null),
        row("Giải đấu kéo dài từ 10/3 đến 14/3 năm nay.", MAR_2024, "10/3", "DATE", "2024-03-10", null),
        row("Giải đấu kéo dài từ 10/3 đến 14/3 năm nay.", MAR_2024, "14/3 năm nay", "DATE", "2024-03-14", null),
        row("Hội chợ mở từ ngày 20 đến ngày 22/4 năm nay.", MAR_2024, "ngày 20", "DATE", "2024-04-20", null),
        row("Hội chợ đã mở hôm ngày 12 vừa rồi.", MAR_2024, "ngày 12", "DATE", "2024-03-12", null),
        // relative
        row("Hôm nay, giá vàng giảm.", DAY_2024_03_20, "Hôm nay", "DATE", "2024-03-20", null),
        row("Hôm nay, giá vàng giảm.", MAR_2024, "Hôm nay", "DATE", "2024-03", "APPROX"),
        row("Hôm qua, giá vàng giảm.", DAY_2024_03_20, "Hôm qua", "DATE", "2024-03-19", null),
        row("Hôm kia, giá vàng giảm.", DAY_2024_03_20, "Hôm kia", "DATE", "2024-03-18", null),
        row("Ngày mai trời sẽ nắng.", DAY_2024_03_20, "Ngày mai", "DATE", "2024-03-21", null),
        row("Tuần trước có ba vụ tai nạn.", DAY_2024_03_20, "Tuần trước", "DATE", "2024-W11", null),
        row("Tuần trước có ba vụ tai nạn.", MAR_2024, "Tuần trước", "DATE", "2024-03", "APPROX"),
        row("Tuần này trời mưa nhiều.", DAY_2024_03_20, "Tuần này", "DATE", "2024-W12", null),
        row("Tuần tới sẽ có bão.", DAY_2024_03_20, "Tuần tới", "DATE", "2024-W13", null),
        row("Tháng trước lạm phát tăng.", MAR_2024, "Tháng trước", "DATE", "2024-02", null),
        row("Tháng này lạm phát tăng.", MAR_2024, "Tháng này", "DATE", "2024-03", null),
        row("Tháng tới lạm phát sẽ tăng.", MAR_2024, "Tháng tới", "DATE", "2024-04", null),
        row("Năm nay kinh tế phục hồi.", MAR_2024, "Năm nay", "DATE", "2024", null),
        row("Năm ngoái kinh tế suy giảm.", MAR_2024, "Năm ngoái", "DATE", "2023", null),
        row("Năm tới kinh tế sẽ phục hồi.", MAR_2024, "Năm tới", "DATE", "2025", null),
        row("Dự án xong trước cuối năm nay.", MAR_2024, "cuối năm nay", "DATE", "2024", "END"),
        row("Lễ hội bắt đầu ngày 15/4 tới.", MAR_2024, "ngày 15/4 tới", "DATE", "2024-04-15", null),
        row("Giá tăng từ đầu tháng 10-2023.", MAR_2024, "đầu tháng 10-2023", "DATE", "2023-10", "START"),
        row("Giá tăng từ giữa tháng 10-2023.", MAR_2024, "giữa tháng 10-2023", "DATE", "2023-10", "MID"),
        row("Giá tăng mạnh vào cuối tháng 10-2023.", MAR_2024, "cuối tháng 10-2023", "DATE", "2023-10", "END"),
        row("Đầu năm, giá xăng ổn định.", MAR_2024, "Đầu năm", "DATE", "2024", "START"),
        row("Trung tuần tháng 2, tuyết rơi.", MAR_2024, "Trung tuần tháng 2", "DATE", "2024-02", "MID"),
        row("Gần đây, nhiều vụ lừa đảo xảy ra.", MAR_2024, "Gần đây", "DATE", "PAST_REF", null),
        row("Hiện nay, có 300 người ở đó.", MAR_2024, "Hiện nay", "DATE", "PRESENT_REF", null),
        row("Hiện tại, có 300 người ở đó.", MAR_2024, "Hiện tại", "DATE", "PRESENT_REF", null),
        row("Công trình khởi công 3 năm trước.", MAR_2024, "3 năm trước", "DATE", "2021", null),
        row("Cách đây 2 tháng, ông ấy nghỉ hưu.", MAR_2024, "Cách đây 2 tháng", "DATE", "2024-01", null),
        row("Nhà máy xây cách đây hơn 50 năm.", MAR_2024, "cách đây hơn 50 năm", "DATE", "1974", "BEFORE"),
        row("Họp báo chiều nay (28.5) tại Hà Nội.", null, "chiều nay (28.5)", "TIME", "XXXX-05-28TAF", null),
        // durations and sets
        row("Họ đã chiến đấu trong 3 năm.", MAR_2024, "3 năm", "DURATION", "P3Y", null),
        row("Sứ mệnh kết thúc sau một thập kỷ.", MAR_2024, "một thập kỷ", "DURATION", "P10Y", null),
        row("Việc này mất vài tháng.", MAR_2024, "vài tháng", "DURATION", "PXM", null),
        row("Chưa đầy 24 giờ sau, bão đổ bộ.", MAR_2024, "Chưa đầy 24 giờ", "DURATION", "PT24H", "LESS_THAN"),
        row("Chỉ còn 42 ngày nữa là hết hạn.", MAR_2024, "42 ngày nữa", "DURATION", "P42D", null),
        row("Ông sống ở đây hơn 3 năm.", MAR_2024, "hơn 3 năm", "DURATION", "P3Y", "MORE_THAN"),
        row("Dự án kéo dài 1,5 năm.", MAR_2024, "1,5 năm", "DURATION", "P1.5Y", null),
        row("Chuyến bay kéo dài khoảng 2 tiếng.", MAR_2024, "khoảng 2 tiếng", "DURATION", "PT2H", "APPROX"),
        row("Xe buýt chạy mỗi ngày.", MAR_2024, "mỗi ngày", "SET", "P1D", null),
        row("Chúng tôi tập thể dục hằng ngày.", MAR_2024, "hằng ngày", "SET", "P1D", null),
        row("Hội nghị được tổ chức hằng năm.", MAR_2024, "hằng năm", "SET", "P1Y", null),
        row("Diễn đàn thường niên thu hút nhiều khách.", MAR_2024, "thường niên", "SET", "P1Y", null));
  }

  @ParameterizedTest(name = "{2} in \"{0}\" → {4}")
  @MethodSource("forms")
  void resolvesForm(String text, PartialDate pub, String span, String type, String value, String mod) {
    assertResolves(text, pub, span, type, value, mod);
  }

  private static TimeExpression find(TemporalResult r, String span) {
    return r.times().stream().filter(t -> t.text().equals(span)).findFirst()
        .orElseThrow(() -> new AssertionError("no expression \"" + span + "\" in " + r.times()));
  }

  static Stream<Arguments> yearInference() {
    return Stream.of(
        Arguments.of("Vụ việc xảy ra ngày 28.1 tại biên giới.", PartialDate.ofMonth(2024, 2), "ngày 28.1", "2024-01-28"),
        Arguments.of("Vụ việc xảy ra ngày 28.3 tại biên giới.", PartialDate.ofMonth(2024, 2), "ngày 28.3", "2023-03-28"),
        Arguments.of("Thủ tướng sẽ thăm Mỹ vào ngày 15/4 tới.", MAR_2024, "ngày 15/4 tới", "2024-04-15"),
        Arguments.of("Dự kiến hai bên sẽ gặp nhau ngày 10/1.", PartialDate.ofMonth(2024, 11), "ngày 10/1", "2025-01-10"),
        Arguments.of("Họ đã gặp nhau ngày 10/1.", PartialDate.ofMonth(2024, 11), "ngày 10/1", "2024-01-10"),
        Arguments.of("Ông phát biểu ngày 20-11 tại hội nghị.", PartialDate.ofMonth(2021, 11), "ngày 20-11", "2021-11-20"),
        Arguments.of("Ông phát biểu ngày 28-11 tại hội nghị.", PartialDate.ofDay(2021, 11, 20), "ngày 28-11", "2021-11-28"),
        Arguments.of("Cuộc họp ngày 27-1 là một bước tiến.", PartialDate.ofMonth(2024, 1), "ngày 27-1", "2024-01-27"),
        Arguments.of("Họ đã gặp nhau ngày 28/12.", PartialDate.ofMonth(2024, 1), "ngày 28/12", "2023-12-28"));
  }

  @ParameterizedTest(name = "{2} with anchor {1} → {3}")
  @MethodSource("yearInference")
  void infersYearFromAnchorAndTense(String text, PartialDate pub, String span, String value) {
    assertThat(find(analyze(text, pub), span).value()).isEqualTo(value);
  }

  static Stream<Arguments> notDates() {
    return Stream.of(
        Arguments.of("Đội chủ nhà thắng 2-1 trong trận đấu tối qua.", "2-1"),
        Arguments.of("Dịch Covid-19 bùng phát trở lại.", "19"),
        Arguments.of("Lãnh đạo G7 họp bàn về kinh tế.", "7"),
        Arguments.of("Xung đột Hamas-Israel leo thang.", "Hamas"),
        Arguments.of("Hai nước có đường biên giới dài 1.600km.", "1.600"),
        Arguments.of("Mỹ có 2.500 quân đồn trú.", "2.500"),
        Arguments.of("Liên minh có 80 thành viên.", "80"),
        Arguments.of("Theo Nghị định 15/2020/NĐ-CP về xử phạt.", "15/2020"),
        Arguments.of("Gọi số 0912.345.678 để được hỗ trợ.", "0912"),
        Arguments.of("Ứng dụng phiên bản 3.0 vừa ra mắt.", "3.0"),
        Arguments.of("Lạm phát tăng 8.2% so với cùng kỳ.", "8.2"),
        Arguments.of("Ông nói trước đó ông không biết.", "trước đó"),
        Arguments.of("Khoảng 3/4 số người được hỏi đồng ý.", "3/4"),
        Arguments.of("Đây là lần thứ ba anh vô địch.", "thứ ba"));
  }

  @ParameterizedTest(name = "no time in \"{0}\"")
  @MethodSource("notDates")
  void ignoresNumbersThatAreNotDates(String text, String fragment) {
    TemporalResult r = analyze(text, MAR_2024);
    assertThat(r.times()).noneMatch(t -> t.text().contains(fragment) || fragment.contains(t.text()));
  }

  @ParameterizedTest(name = "impossible \"{0}\" is dropped")
  @MethodSource("impossible")
  void dropsImpossibleDates(String text, PartialDate pub) {
    TemporalResult r = analyze(text, pub);
    assertThat(r.times()).noneMatch(t -> t.type() == TimeType.DATE);
  }

  static Stream<Arguments> impossible() {
    return Stream.of(
        Arguments.of("Sự kiện diễn ra ngày 31/2 năm nay.", MAR_2024),
        Arguments.of("Sự kiện diễn ra ngày 30-2.", null),
        Arguments.of("Sự kiện diễn ra ngày 29/2/2023.", MAR_2024),
        Arguments.of("Sự kiện diễn ra vào tháng 13.", MAR_2024),
        Arguments.of("Sự kiện diễn ra ngày 32/1.", MAR_2024),
        Arguments.of("Sự kiện diễn ra ngày 0/1.", MAR_2024));
  }

  @Test
  void leapDayResolvesInLeapYear() {
    assertThat(find(analyze("Sự kiện diễn ra ngày 29/2.", MAR_2024), "ngày 29/2").value()).isEqualTo("2024-02-29");
  }

  @Test
  void infersPublicationDateFromTodayAndComparedYear() {
    String text = "Theo nguồn tin hôm nay 23.7, phái đoàn đã tới nơi.\n"
        + "Quân đội rút đi vào năm 2011 rồi quay lại năm 2014.\n"
        + "Số vụ tấn công năm nay tăng gấp đôi so với năm 2023.";
    TemporalResult r = analyze(text, null);
    assertThat(r.inferred()).isTrue();
    assertThat(r.published()).isEqualTo(PartialDate.ofDay(2024, 7, 23));
    assertThat(r.evidence()).contains("hôm nay 23.7");
    assertThat(find(r, "năm nay").value()).isEqualTo("2024");
  }

  @Test
  void infersPublicationMonthFromLatestDateAndLaterDayMonth() {
    String text = "Xung đột nổ ra vào ngày 7-10-2023 ở phía nam.\n"
        + "Từ giữa tháng 10-2023, đã có hàng chục vụ tấn công.\n"
        + "Ngày 27-1, một căn cứ bị tấn công bằng máy bay không người lái.";
    TemporalResult r = analyze(text, null);
    assertThat(r.inferred()).isTrue();
    assertThat(r.published()).isEqualTo(PartialDate.ofMonth(2024, 1));
    assertThat(find(r, "Ngày 27-1").value()).isEqualTo("2024-01-27");
  }

  @Test
  void deadlineDateDoesNotDriveInference() {
    String text = "Tháng 7-2021, hai nước đồng ý rút quân, hạn chót vào ngày 31-12-2021.\n"
        + "Ngày 19-11, nhóm vũ trang ra tuyên bố.";
    TemporalResult r = analyze(text, null);
    assertThat(r.published()).isEqualTo(PartialDate.ofMonth(2021, 11));
  }

  @Test
  void noDateInTextGivesNoPublicationDate() {
    TemporalResult r = analyze("Không có ngày tháng nào ở đây.", null);
    assertThat(r.published()).isNull();
    assertThat(r.inferred()).isFalse();
    assertThat(r.eventTimes()).isEmpty();
  }

  @Test
  void givenPublicationDateHasGivenEvidence() {
    TemporalResult r = analyze("Một câu.", MAR_2024);
    assertThat(r.published()).isEqualTo(MAR_2024);
    assertThat(r.inferred()).isFalse();
    assertThat(r.evidence()).isEqualTo("given");
  }

  @Test
  void eventTimesPreferDayAndSkipBackgroundAndRefs() {
    String text = "Hiện nay, ngày 5/3 quân đội tiến vào thành phố.\n"
        + "Kể từ tháng 10-2023, đã có 150 vụ tấn công, vụ mới nhất ngày 2/3.\n"
        + "Tháng 1, ngày 9/1 họ ký kết.\n"
        + "Kể từ tháng 10-2023 họ không gặp nhau.\n"
        + "Ông ấy không bình luận gì.";
    TemporalResult r = analyze(text, MAR_2024);
    List<EventTime> ev = r.eventTimes();
    assertThat(ev).extracting(EventTime::value).containsExactly("2024-03-05", "2024-03-02", "2024-01-09", "2023-10", "2024-03");
    assertThat(ev.get(4).fromPublicationDate()).isTrue();
    assertThat(r.times().get(ev.get(0).time()).text()).isEqualTo("ngày 5/3");
  }

  @Test
  void aFrontedAdverbialDatesTheMainClause() {
    String text = "Hiện nay, khoảng 300 chuyên gia vẫn làm việc cho dự án được khởi động vào năm 2015.\n"
        + "Năm 2023, nhà máy nhắc lại vụ cháy ngày 4/8/2019 trong báo cáo thường niên.\n"
        + "Tháng 1, công ty ký hợp đồng ngày 9/1 với đối tác.\n"
        + "Vào năm 2022, hợp đồng được gia hạn.\n"
        + "Nhà máy được xây năm 2015, hiện nay đã mở rộng gấp đôi.";
    TemporalResult r = analyze(text, MAR_2024);
    List<EventTime> ev = r.eventTimes();
    // now (the publication month, with "Hiện nay" as evidence), not the relative clause's 2015; the fronted 2023,
    // not the recalled 2019 day; the day inside the fronted month; a fronted year after "Vào"; an unfronted
    // "hiện nay" changes nothing.
    assertThat(ev).extracting(EventTime::value).containsExactly("2024-03", "2023", "2024-01-09", "2022", "2015");
    assertThat(r.times().get(ev.get(0).time()).text()).isEqualTo("Hiện nay");
  }

  @Test
  void somethingJustDoneIsDatedByPublicationNotByTheYearItIsAbout() {
    String text = "Bộ Tài chính vừa phân bổ 40 tỷ đồng từ nguồn dự phòng ngân sách năm 2024 cho ba tỉnh.\n"
        + "Năm 2024, tỉnh trồng mới 200 ha rừng.\n"
        + "Công ty vừa công bố báo cáo tài chính năm 2021.\n"
        + "Giá thịt năm 2024 vừa phải, người dân vừa mua vừa bán.\n"
        + "Mẫu xe vừa được giới thiệu vào tháng 3 đã bán hết.";
    TemporalResult r = analyze(text, DAY_2024_03_20);
    // the act of the day; a fronted year; a year that does not hold the publication day; no "just" (vừa phải,
    // vừa…vừa); a date the act is told at ("vào tháng 3")
    assertThat(r.eventTimes()).extracting(EventTime::value).containsExactly("2024-03-20", "2024", "2021", "2024", "2024-03");
  }

  @Test
  void anUndatedSentenceGoesOnWithTheDayToldBeforeIt() {
    String text = "Chiều 12/3, ông Lê Văn Tâm phát hiện nhà mình bị kẻ gian đột nhập.\n"
        + "Ngay sau đó, ông báo cho công an xã.\n"
        + "Kẻ gian lấy đi một chiếc xe máy.\n"
        + "Hiện công an đang truy tìm kẻ gian.\n"
        + "Gia đình ông Tâm rất lo lắng.";
    TemporalResult r = analyze(text, DAY_2024_03_20);
    List<EventTime> ev = r.eventTimes();
    // the day carries on through the account (evidence: the day's expression); "Hiện …" is now, and ends the account
    assertThat(ev).extracting(EventTime::value)
        .containsExactly("2024-03-12", "2024-03-12", "2024-03-12", "2024-03-20", "2024-03-20");
    assertThat(ev).extracting(EventTime::fromPublicationDate).containsExactly(false, false, false, true, true);
    assertThat(r.times().get(ev.get(2).time()).text()).isEqualTo("Chiều 12/3");
  }

  @Test
  void onlyADayOfTheAccountCarriesOn() {
    String text = "Lễ hội hoa sẽ khai mạc vào ngày 28/3.\n"
        + "Ban tổ chức mời nhiều nghệ nhân.\n"
        + "Năm 2019, công ty Hoa Sen mở nhà máy ở Bình Dương.\n"
        + "Nhà máy có 300 công nhân.\n"
        + "Sáng 18/3, giám đốc Trần Thị Yến tiếp đoàn khách.\n"
        + "Đoàn khách tham quan xưởng đóng gói.";
    TemporalResult r = analyze(text, DAY_2024_03_20);
    // a day after publication (a plan) and a year do not carry; a day of the account does
    assertThat(r.eventTimes()).extracting(EventTime::value).containsExactly("2024-03-28", "2024-03-20", "2019",
        "2024-03-20", "2024-03-18", "2024-03-18");
    assertThat(r.eventTimes()).extracting(EventTime::fromPublicationDate)
        .containsExactly(false, true, false, true, false, false);
  }

  @Test
  void aSentenceThatReportsNoEventIsMarked() {
    String text = "Sáng 12/3, xã Hòa Phú khánh thành cây cầu Bến Lở.\n"
        + "Cầu sẽ giúp người dân đi lại dễ hơn.\n"
        + "Ông Đỗ Văn Lực từng làm thợ xây ở Quy Nhơn.\n"
        + "Vì sao cầu cũ xuống cấp nhanh?\n"
        + "Họ thường phải đi đường vòng.\n"
        + "Ông Lực cho biết cầu sẽ thu phí từ tháng sau.\n"
        + "Hiện người dân vẫn có thể đi qua cầu cũ.\n"
        + "Công nhân kiểm tra từng mét cầu.\n"
        + "Cầu sẽ thông xe vào ngày 30/4.\n"
        + "Hải Minh";
    TemporalResult r = analyze(text, DAY_2024_03_20);
    // no event: a plan with no date, "từng" background, a question, "thường", a byline; a saying ("cho biết"), a
    // state of now ("Hiện … vẫn"), "từng" as "each" and a dated plan still report one
    assertThat(r.eventTimes()).extracting(EventTime::reportsEvent)
        .containsExactly(true, false, false, false, false, true, true, true, true, false);
    // the mark leaves the dates as they were: the carried day, the publication date
    assertThat(r.eventTimes()).extracting(EventTime::value).containsExactly("2024-03-12", "2024-03-12", "2024-03-12",
        "2024-03-12", "2024-03-12", "2024-04", "2024-03-20", "2024-03-20", "2024-04-30", "2024-03-20");
  }

  @Test
  void aQuotedOpinionReportsNoEventButTheSayingDoes() {
    String text = "Sáng 12/3, xã Hòa Phú khánh thành cây cầu Bến Lở.\n"
        + "Bà Lê Thị Hoa kể: \"Cả xóm mừng lắm.\n"
        + "Chúng tôi là những người được đi cầu đầu tiên.\n"
        + "Ai cũng muốn qua cầu\".\n"
        + "\"Tôi đã chờ cây cầu này mười năm\", ông Lực nói.\n"
        + "\"Cây cầu là niềm vui của cả làng.\"";
    TemporalResult r = analyze(text, DAY_2024_03_20);
    // the sentence that opens the quote with a colon is the saying; inside the quote, a sentence about "chúng tôi"
    // or saying what something is ("là") reports no event; a quote with its speech verb is the saying
    assertThat(r.eventTimes()).extracting(EventTime::reportsEvent).containsExactly(true, true, false, true, true, false);
  }

  @Test
  void aPersonsBirthDateDoesNotDateTheSentence() {
    String text = "Cơ quan điều tra bắt giữ Lò Văn Khiêm (SN 1975, trú tại xã Nà Hẩu) cùng hai đồng phạm.\n"
        + "Bị can Hà Thị Mận, sinh năm 1988, khai nhận toàn bộ hành vi.\n"
        + "Năm 2019, Khiêm (sinh ngày 2/9/1975) mở xưởng gỗ ở bản.\n"
        + "Các học sinh năm 2023 được nhận thưởng vào ngày 5/3.\n"
        + "Đêm Giáng sinh năm 2023, hàng nghìn người đổ ra phố.";
    TemporalResult r = analyze(text, MAR_2024);
    // the publication month for the first two (no other date); the fronted 2019, not the birth day; a cohort and
    // Christmas are no births
    assertThat(r.eventTimes()).extracting(EventTime::value)
        .containsExactly("2024-03", "2024-03", "2019", "2024-03-05", "2023");
    assertThat(r.eventTimes().get(0).fromPublicationDate()).isTrue();
  }

  @Test
  void oneInstanceGivesTheSameResultsFromManyThreads() {
    TemporalAnalyzer shared = new TemporalAnalyzer();
    dev.storyline.analysis.SentenceSplitter sp = new dev.storyline.analysis.SentenceSplitter();
    List<String> texts = java.util.stream.IntStream.range(0, 200)
        .mapToObj(i -> "Ngày " + (i % 28 + 1) + "/" + (i % 12 + 1) + ", hơn " + i + " năm sau tháng 10.2023. Hôm qua mưa.")
        .toList();
    List<TemporalResult> serial = texts.stream()
        .map(x -> shared.analyze(TimeTestSupport.article(x, DAY_2024_03_20), sp.split(x))).toList();
    List<TemporalResult> parallel = texts.parallelStream()
        .map(x -> shared.analyze(TimeTestSupport.article(x, DAY_2024_03_20), sp.split(x))).toList();
    assertThat(parallel).isEqualTo(serial);
    assertThat(serial.get(5).times()).extracting(TimeExpression::value)
        .containsExactly("2024-06-06", "P5Y", "2023-10", "2024-03-19"); // 78 days ahead of a day anchor: same year
  }

  @Test
  void noAnchorLeavesYearUnknown() {
    TemporalResult r = analyze("Ông ấy đến đây ngày 5/3.", null);
    assertThat(r.published()).isNull();
    assertThat(find(r, "ngày 5/3").value()).isEqualTo("XXXX-03-05");
  }
}
