package dev.storyline.analysis.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LunarCalendarTest {
  // Tết Nguyên đán as published by Vietnamese calendars; 1985 and 2007 differ from China's (UTC+8) calendar
  @ParameterizedTest(name = "Tết {0} = {1}")
  @CsvSource({"1985, 1985-01-21", "2007, 2007-02-17", "2016, 2016-02-08", "2017, 2017-01-28", "2018, 2018-02-16",
      "2019, 2019-02-05", "2020, 2020-01-25", "2021, 2021-02-12", "2022, 2022-02-01", "2023, 2023-01-22",
      "2024, 2024-02-10", "2025, 2025-01-29", "1990, 1990-01-27", "2000, 2000-02-05"})
  void tetFallsOnThePublishedDay(int year, String day) {
    assertThat(LunarCalendar.tet(year)).isEqualTo(LocalDate.parse(day));
  }

  @ParameterizedTest(name = "{0}/{1}/{2} âm lịch = {4}")
  @CsvSource({"10, 3, 2021, false, 2021-04-21", // giỗ Tổ Hùng Vương 2021
      "15, 8, 2021, false, 2021-09-21", // Trung Thu 2021
      "15, 1, 2024, false, 2024-02-24", // rằm tháng Giêng 2024
      "1, 2, 2023, true, 2023-03-22", // 2023 has a leap second month
      "1, 3, 2023, false, 2023-04-20"})
  void convertsLunarDays(int d, int m, int y, boolean leap, String day) {
    assertThat(LunarCalendar.toSolar(d, m, y, leap)).contains(LocalDate.parse(day));
  }

  @Test
  void leapMonthThatDoesNotExistIsEmpty() {
    assertThat(LunarCalendar.toSolar(1, 5, 2023, true)).isEmpty();
    assertThat(LunarCalendar.toSolar(1, 1, 2024, true)).isEmpty();
    assertThat(LunarCalendar.toSolar(31, 1, 2024, false)).isEmpty();
  }

  /** Every Tết from 1990 to 2050 falls between 21 January and 20 February, and lunar years are 353–385 days long. */
  @Test
  void tetTable1990To2050IsPlausible() {
    for (int y = 1990; y <= 2050; y++) {
      LocalDate t = LunarCalendar.tet(y);
      assertThat(t).isBetween(LocalDate.of(y, 1, 21), LocalDate.of(y, 2, 20));
      long len = ChronoUnit.DAYS.between(t, LunarCalendar.tet(y + 1));
      assertThat(len).isIn(353L, 354L, 355L, 383L, 384L, 385L);
    }
  }
}
