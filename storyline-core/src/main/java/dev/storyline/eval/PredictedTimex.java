package dev.storyline.eval;

/** A time expression the tagger produced, located in the same corpus/document coordinates as the gold. */
public record PredictedTimex(String corpus, String docId, int start, int end, String type, String value, String mod) {
  public PredictedTimex {
    type = type == null ? "" : type;
    value = value == null ? "" : value;
    mod = mod == null ? "" : mod;
  }
}
