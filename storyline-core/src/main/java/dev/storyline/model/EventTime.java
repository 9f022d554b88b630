package dev.storyline.model;

/**
 * When the thing a sentence reports happened.
 *
 * @param sentence index into the article's sentences
 * @param value    a TIMEX3 date value (2024-02-08, 2024-01, 2017)
 * @param time     index into the article's times that gave the date, or -1 when it fell back to
 *                 the publication date
 */
public record EventTime(int sentence, String value, int time) {
  public boolean fromPublicationDate() { return time < 0; }
}
