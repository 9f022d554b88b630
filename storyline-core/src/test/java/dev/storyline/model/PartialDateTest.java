package dev.storyline.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PartialDateTest {
  @Test
  void parsesIsoAtEachPrecision() {
    assertThat(PartialDate.parseIso("2024")).contains(PartialDate.ofYear(2024));
    assertThat(PartialDate.parseIso("2024-03")).contains(PartialDate.ofMonth(2024, 3));
    assertThat(PartialDate.parseIso(" 2024-03-24 ")).contains(PartialDate.ofDay(2024, 3, 24));
    assertThat(PartialDate.parseIso("2016-05-20T09:24:00+07:00")).contains(PartialDate.ofDay(2016, 5, 20));
  }

  @Test
  void rejectsImpossibleOrMalformedDates() {
    assertThat(PartialDate.parseIso("2024-02-30")).isEmpty();
    assertThat(PartialDate.parseIso("2024-13")).isEmpty();
    assertThat(PartialDate.parseIso("2024-00")).isEmpty();
    assertThat(PartialDate.parseIso("24-03")).isEmpty();
    assertThat(PartialDate.parseIso("2024-3x")).isEmpty();
    assertThat(PartialDate.parseIso("")).isEmpty();
    assertThat(PartialDate.parseIso(null)).isEmpty();
    assertThatThrownBy(() -> PartialDate.ofDay(2023, 2, 29)).isInstanceOf(IllegalArgumentException.class);
    assertThat(PartialDate.tryOf(2024, 2, 29)).isPresent();
  }

  @Test
  void coversARangeOfDaysAndPrintsAtItsPrecision() {
    PartialDate month = PartialDate.ofMonth(2024, 2);
    assertThat(month.start()).isEqualTo(LocalDate.of(2024, 2, 1));
    assertThat(month.end()).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(month.iso()).isEqualTo("2024-02");
    assertThat(PartialDate.ofYear(2017).end()).isEqualTo(LocalDate.of(2017, 12, 31));
    assertThat(PartialDate.ofDay(2024, 2, 8).iso()).isEqualTo("2024-02-08");
  }

  @Test
  void ordersByStartThenMorePreciseFirst() {
    assertThat(PartialDate.ofDay(2024, 1, 1)).isLessThan(PartialDate.ofMonth(2024, 1));
    assertThat(PartialDate.ofMonth(2024, 1)).isLessThan(PartialDate.ofDay(2024, 1, 2));
    assertThat(PartialDate.ofYear(2017)).isLessThan(PartialDate.ofMonth(2021, 7));
  }
}
