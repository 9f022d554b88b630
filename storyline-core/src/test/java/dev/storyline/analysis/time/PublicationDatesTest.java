package dev.storyline.analysis.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.analysis.time.PublicationDates.Stamp;
import dev.storyline.model.PartialDate;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublicationDatesTest {
  // invented stamps in the shapes sites print (no copied lines): raw # expected day # expected time or empty
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', value = {
      "Thứ 3, 08:15, 14/03/2017 # 2017-03-14 # 08:15",
      "07:05 ngày 3 tháng 02 năm 2018 # 2018-02-03 # 07:05",
      "Thứ bảy, 9 Tháng mười hai 2017, 21:40 GMT+7 # 2017-12-09 # 21:40",
      "Thứ hai, 2 Tháng năm 2016, 10:00 # 2016-05-02 # 10:00",
      "2017-03-14T22:30:00+07:00 # 2017-03-14 # 22:30",
      "2017-03-14T20:30:00Z # 2017-03-15 # 03:30",
      "2017-03-14T20:30:00+00:00 # 2017-03-15 # 03:30",
      "2017-03-14 # 2017-03-14 #",
      "3/21/2017 # 2017-03-21 #",
      "6/3/2017 9:10:11 AM # 2017-03-06 # 09:10",
      "11:20 PM - 01/02/2017 # 2017-02-01 # 23:20",
      "12:05 AM, 01/02/2017 # 2017-02-01 # 00:05",
      "14.03.2017 | 09:01 AM # 2017-03-14 # 09:01",
      "19/11/17 15:47 # 2017-11-19 # 15:47",
      "13:05 14/03.2017 # 2017-03-14 # 13:05",
      "20h:05 GMT+7 - Chủ nhật, 12/03/2017 # 2017-03-12 # 20:05",
      "18h25' 14-03-2017 # 2017-03-14 # 18:25",
      "Thứ Tư, 15/3/2017 | 3:02:10 Chiều # 2017-03-15 # 15:02",
      "Cập nhật: 7: 05': 10'' (GMT+7) - 14 / 3 / 2017 # 2017-03-14 # 07:05",
      "Ngày 1 Tháng 4, 2017 | 03:30 PM # 2017-04-01 # 15:30",
      "April 4, 2017 # 2017-04-04 #",
      "14/03/201700:00:00(Xem: 12) # 2017-03-14 # 00:00",
      "Đăng ngày 10-03-2017 Sửa đổi ngày 11-03-2017 15:10 # 2017-03-10 # 15:10",
      "Thứ năm, 16/03/2017 | 23:30 GMT+0 # 2017-03-17 # 06:30",
      "Thứ năm, 16/03/2017 | 09:32 GMT+ # 2017-03-16 # 09:32"})
  void parsesSiteFormats(String raw, String day, String time) {
    Optional<Stamp> s = PublicationDates.parse(raw);
    assertThat(s).isPresent();
    assertThat(s.get().date().iso()).isEqualTo(day);
    assertThat(s.get().time()).isEqualTo(time == null ? null : LocalTime.parse(time));
  }

  @ParameterizedTest(name = "no date in \"{0}\"")
  @CsvSource(delimiter = '#', value = {"07:53 AM, 31-05-201", "10:54 AM 02/06/206", "Khởi công cầu mới ở Huế",
      "http://example.vn/bai-viet-425071.html", "31/02/2017", "''"})
  void rejectsLinesWithoutAValidDate(String raw) {
    assertThat(PublicationDates.parse(raw)).isEmpty();
  }

  @Test
  void yearlessLineTakesTheYearNearestTheReference() {
    assertThat(PublicationDates.parse("14/03 08:40")).isEmpty();
    Stamp s = PublicationDates.parse("14/03 08:40", LocalDate.of(2017, 3, 20)).orElseThrow();
    assertThat(s.date().iso()).isEqualTo("2017-03-14");
    assertThat(s.time()).isEqualTo(LocalTime.of(8, 40));
    assertThat(PublicationDates.parse("30/12 23:10", LocalDate.of(2018, 1, 2)).orElseThrow().date().iso())
        .isEqualTo("2017-12-30");
    // a full date is never overridden by the reference
    assertThat(PublicationDates.parse("14/03/2015", LocalDate.of(2017, 3, 20)).orElseThrow().date().iso())
        .isEqualTo("2015-03-14");
  }

  @Test
  void dateTimeIsPresentOnlyWithATime() {
    assertThat(PublicationDates.parse("14/03/2017").get().dateTime()).isEmpty();
    assertThat(PublicationDates.parse("14/03/2017 10:00").get().dateTime()).hasValueSatisfying(
        dt -> assertThat(dt.toString()).isEqualTo("2017-03-14T10:00"));
    assertThat(PublicationDates.parse(null)).isEmpty();
  }

  /**
   * The share of ViMs documents whose date_raw parses to the same day as their curated "date" field (documents
   * without a date are left out). Prints the figure for docs/eval-time.md; the target is 99.5%.
   */
  @Test
  void vimsDateLinesParseToTheirCuratedDay() throws IOException {
    Path vims = findShared().map(p -> p.resolve("eval/vims/vims.jsonl")).orElse(null);
    assumeTrue(vims != null && Files.isRegularFile(vims), "needs ../shared/eval/vims");
    ObjectMapper json = new ObjectMapper();
    int withDate = 0, same = 0, noDate = 0;
    List<String> wrong = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(vims, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank()) continue;
        for (JsonNode d : json.readTree(line).path("documents")) {
          Optional<PartialDate> truth = PartialDate.parseIso(d.path("date").asText(null));
          if (truth.isEmpty()) {
            noDate++;
            continue;
          }
          withDate++;
          String raw = d.path("date_raw").asText("");
          Optional<Stamp> got = PublicationDates.parse(raw);
          if (got.isPresent() && got.get().date().equals(truth.get())) same++;
          else if (wrong.size() < 20) wrong.add(raw + " -> " + got.map(s -> s.date().iso()).orElse("none") + " vs " + truth.get());
        }
      }
    }
    double share = (double) same / withDate;
    System.out.printf("ViMs date_raw → same day as date: %d/%d = %.2f%% (%d documents without a date left out)%n",
        same, withDate, 100 * share, noDate);
    wrong.forEach(w -> System.out.println("  " + w));
    assertThat(share).isGreaterThanOrEqualTo(0.995);
  }

  static Optional<Path> findShared() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("shared"))) return Optional.of(p.resolve("shared"));
    }
    return Optional.empty();
  }
}
