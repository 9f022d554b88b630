package dev.storyline.analysis.quantity;

import dev.storyline.model.Quantity;
import dev.storyline.model.Sentence;
import dev.storyline.model.TimeExpression;
import java.util.List;

/** Finds quantities with units and qualifiers; numbers inside time expressions are not quantities. */
public final class QuantityRecognizer {
  public List<Quantity> find(String text, List<Sentence> sentences, List<TimeExpression> times) {
    throw new UnsupportedOperationException("TODO");
  }
}
