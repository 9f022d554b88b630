package dev.storyline.model;

/** A half-open character range [start, end) into an article's cleaned text. */
public record Span(int start, int end) {
  public Span {
    if (start < 0 || end < start) throw new IllegalArgumentException("bad span " + start + ".." + end);
  }

  public int length() { return end - start; }

  public boolean contains(int offset) { return offset >= start && offset < end; }

  public boolean overlaps(int s, int e) { return start < e && s < end; }
}
