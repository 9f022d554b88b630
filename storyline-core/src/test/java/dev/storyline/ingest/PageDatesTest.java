package dev.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.model.PartialDate;
import org.junit.jupiter.api.Test;

class PageDatesTest {
  @Test
  void isoWithOffsetIsConvertedToVietnamTimeFirst() {
    assertThat(PageDates.parseMachine("2016-05-19T20:30:00Z")).isEqualTo(PartialDate.ofDay(2016, 5, 20));
    assertThat(PageDates.parseMachine("2016-05-19T16:59:00Z")).isEqualTo(PartialDate.ofDay(2016, 5, 19));
    assertThat(PageDates.parseMachine("2016-05-20T01:00:00+07:00")).isEqualTo(PartialDate.ofDay(2016, 5, 20));
    assertThat(PageDates.parseMachine("2016-05-19T23:00:00+0000")).isEqualTo(PartialDate.ofDay(2016, 5, 20));
    assertThat(PageDates.parseMachine("Thu, 19 May 2016 18:00:00 GMT")).isEqualTo(PartialDate.ofDay(2016, 5, 20));
  }

  @Test
  void localDateTimesAndDatesAreTakenAsWritten() {
    assertThat(PageDates.parseMachine("2016-05-19T23:00:00")).isEqualTo(PartialDate.ofDay(2016, 5, 19));
    assertThat(PageDates.parseMachine("2016-05-19")).isEqualTo(PartialDate.ofDay(2016, 5, 19));
  }

  @Test
  void visibleVietnameseForms() {
    assertThat(PageDates.parseVisible("Thứ sáu, 20/5/2016, 11:03 (GMT+7)")).isEqualTo(PartialDate.ofDay(2016, 5, 20));
    assertThat(PageDates.parseVisible("06:14 ngày 20 tháng 05 năm 2016")).isEqualTo(PartialDate.ofDay(2016, 5, 20));
    assertThat(PageDates.parseVisible("Cập nhật: 20/05/2016 09:24")).isEqualTo(PartialDate.ofDay(2016, 5, 20));
    assertThat(PageDates.parseVisible("Thứ hai, 18-10-2021 - 08:15")).isEqualTo(PartialDate.ofDay(2021, 10, 18));
  }

  @Test
  void impossibleOrPartialFormsGiveNull() {
    assertThat(PageDates.parseVisible("31/02/2016")).isNull();
    assertThat(PageDates.parseVisible("20/5/16")).isNull();
    assertThat(PageDates.parseVisible("11:03 (GMT+7)")).isNull();
    assertThat(PageDates.parseVisible("ngày 20 tháng 13 năm 2016")).isNull();
    assertThat(PageDates.parseMachine("hôm qua")).isNull();
    assertThat(PageDates.parseMachine("")).isNull();
  }
}
