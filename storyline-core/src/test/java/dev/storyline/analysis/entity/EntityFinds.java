package dev.storyline.analysis.entity;

import static org.assertj.core.api.Assertions.tuple;

import dev.storyline.analysis.SentenceSplitter;
import java.util.List;
import org.assertj.core.groups.Tuple;

/** What the recogniser finds in a text, in the two shapes the entity tests compare against. */
final class EntityFinds {
  private EntityFinds() {}

  private static final EntityRecognizer RECOGNIZER = new EntityRecognizer();
  private static final SentenceSplitter SPLITTER = new SentenceSplitter();

  /** (text, type) of every mention, in order. */
  static List<Tuple> found(String text) {
    return RECOGNIZER.find(text, SPLITTER.split(text)).stream().map(m -> tuple(m.text(), m.type())).toList();
  }

  /** The text of every mention, in order. */
  static List<String> texts(String text) {
    return RECOGNIZER.find(text, SPLITTER.split(text)).stream().map(m -> m.text()).toList();
  }
}
