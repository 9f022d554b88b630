package dev.storyline.analysis;

import dev.storyline.model.Sentence;
import java.util.List;

/** Splits Vietnamese news text into sentences without breaking "D.C", "TP.HCM", "ngày 8.2" or "2.500". */
public final class SentenceSplitter {
  public List<Sentence> split(String text) {
    throw new UnsupportedOperationException("TODO");
  }
}
