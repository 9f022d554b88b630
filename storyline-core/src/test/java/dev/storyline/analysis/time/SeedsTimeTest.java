package dev.storyline.analysis.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.storyline.model.PartialDate;
import dev.storyline.model.TimeExpression;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Runs the analyzer on the real seed articles in ../shared/seeds when they are present. */
class SeedsTimeTest {
  private static TemporalResult run(String prefix) throws IOException {
    Path dir = TimeTestSupport.seedsDir();
    assumeTrue(dir != null && Files.isDirectory(dir), "shared/seeds not present");
    Path file;
    try (var files = Files.list(dir)) {
      file = files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElse(null);
    }
    assumeTrue(file != null, "seed " + prefix + " not present");
    TimeTestSupport.Seed seed = TimeTestSupport.seed(file);
    return TimeTestSupport.analyze(seed.text(), seed.published());
  }

  private static TimeExpression find(TemporalResult r, String text) {
    return r.times().stream().filter(t -> t.text().equals(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no \"" + text + "\" in " + r.times()));
  }

  @Test
  void seed001DaysWithDotSeparator() throws IOException {
    TemporalResult r = run("001_");
    assertThat(r.published()).isEqualTo(PartialDate.ofMonth(2024, 2));
    assertThat(find(r, "ngày 8.2").value()).isEqualTo("2024-02-08");
    assertThat(find(r, "ngày 28.1").value()).isEqualTo("2024-01-28");
    assertThat(find(r, "tháng 10.2023").value()).isEqualTo("2023-10");
    assertThat(r.times()).noneMatch(t -> t.text().contains("2.500"));
  }

  @Test
  void seed000SlashDaysAndForwardDate() throws IOException {
    TemporalResult r = run("000_");
    assertThat(find(r, "Ngày 24/3").value()).isEqualTo("2024-03-24");
    assertThat(find(r, "ngày 15/4 tới").value()).isEqualTo("2024-04-15");
    assertThat(find(r, "Tháng 1 vừa qua").value()).isEqualTo("2024-01");
    assertThat(find(r, "Năm 2017").value()).isEqualTo("2017");
    assertThat(r.times()).noneMatch(t -> t.text().contains("1.600"));
  }

  @Test
  void seed004EndOfYearAndFullDate() throws IOException {
    TemporalResult r = run("004_");
    TimeExpression end = find(r, "cuối năm nay");
    assertThat(end.value()).isEqualTo("2021");
    assertThat(end.mod()).isEqualTo("END");
    assertThat(find(r, "ngày 31-12-2021").value()).isEqualTo("2021-12-31");
    assertThat(find(r, "ngày 20-11").value()).isEqualTo("2021-11-20");
  }

  @Test
  void seed003PublicationDateIsInferredFromToday() throws IOException {
    TemporalResult r = run("003_");
    assertThat(r.inferred()).isTrue();
    assertThat(r.published()).isEqualTo(PartialDate.ofDay(2024, 7, 23));
  }

  @Test
  void seed002PublicationMonthIsInferredFromLaterDayMonth() throws IOException {
    TemporalResult r = run("002_");
    assertThat(r.inferred()).isTrue();
    assertThat(r.published()).isEqualTo(PartialDate.ofMonth(2024, 1));
    assertThat(r.times()).filteredOn(t -> t.text().equals("ngày 27-1")).isNotEmpty()
        .allMatch(t -> t.value().equals("2024-01-27"));
  }
}
