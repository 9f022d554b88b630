package dev.storyline.model;

/**
 * When the thing a sentence reports happened.
 *
 * @param sentence     index into the article's sentences
 * @param value        a TIMEX3 date value (2024-02-08, 2024-01, 2017)
 * @param time         index into the article's times that gave the date, or -1 when it fell back to
 *                     the publication date
 * @param reportsEvent false when the sentence reports no dated event (a plan with no date, undated background, a
 *                     quoted opinion, a question, a byline or heading); value and time are then still the date the
 *                     sentence would be given (the publication date, or the day of the account it goes on with), for
 *                     consumers that date every sentence
 */
public record EventTime(int sentence, String value, int time, boolean reportsEvent) {
  /** An event time of a sentence that reports an event. */
  public EventTime(int sentence, String value, int time) { this(sentence, value, time, true); }

  public boolean fromPublicationDate() { return time < 0; }
}
