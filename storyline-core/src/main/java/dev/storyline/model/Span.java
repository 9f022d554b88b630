package dev.storyline.model;

/** A half-open character range [start, end) into an article's cleaned text. */
public record Span(int start, int end) {
  public Span {
    if (start < 0 || end < start) throw new IllegalArgumentException("bad span " + start + ".." + end);
  }

  public int length() { return end - start; }

  public boolean contains(int offset) { return offset >= start && offset < end; }

  public boolean overlaps(int s, int e) { return start < e && s < end; }

  /** The non-empty lines of {@code text} (split at '\n'): an evaluation corpus's paragraphs. */
  public static java.util.List<Span> lines(String text) {
    java.util.List<Span> out = new java.util.ArrayList<>();
    int s = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        if (i > s) out.add(new Span(s, i));
        s = i + 1;
      }
    }
    return out;
  }
}
