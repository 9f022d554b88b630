package dev.storyline.analysis.time;

import dev.storyline.model.EventTime;
import dev.storyline.model.PartialDate;
import dev.storyline.model.TimeExpression;
import java.util.List;

/**
 * The temporal layer of one article.
 *
 * @param published the publication date used as anchor (given or inferred), or null
 * @param inferred  true if {@code published} was inferred from the text
 * @param evidence  why that publication date ("given", or what it was inferred from)
 * @param times     time expressions with resolved values
 * @param eventTimes when each reporting sentence's event happened
 */
public record TemporalResult(PartialDate published, boolean inferred, String evidence, List<TimeExpression> times,
                             List<EventTime> eventTimes) {
  public TemporalResult {
    times = List.copyOf(times);
    eventTimes = List.copyOf(eventTimes);
  }
}
