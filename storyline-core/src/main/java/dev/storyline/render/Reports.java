package dev.storyline.render;

import dev.storyline.model.AnalyzedArticle;
import dev.storyline.model.Citation;
import dev.storyline.model.EntityType;
import dev.storyline.model.PartialDate;
import dev.storyline.model.Story;
import dev.storyline.model.Storyline;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Formatting shared by the human-readable reports: source numbers, Vietnamese dates and numbers, wrapping. */
final class Reports {
  private Reports() {}

  private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

  /** Articles numbered [1], [2]… in story order (each story's articles oldest first), then any others. */
  static final class Sources {
    final Map<String, Integer> number = new LinkedHashMap<>();
    final Map<String, AnalyzedArticle> byId = new LinkedHashMap<>();

    Sources(Storyline s) {
      for (AnalyzedArticle a : s.articles()) byId.putIfAbsent(a.id(), a);
      for (Story story : s.stories()) for (String id : story.articles()) number.putIfAbsent(id, number.size() + 1);
      for (AnalyzedArticle a : s.articles()) number.putIfAbsent(a.id(), number.size() + 1);
    }

    /** Distinct source numbers of the citations, in order of first appearance. */
    List<Integer> numbers(List<Citation> citations) {
      Set<Integer> out = new LinkedHashSet<>();
      for (Citation c : citations) {
        Integer n = number.get(c.article());
        if (n != null) out.add(n);
      }
      return new ArrayList<>(out);
    }

    String marks(List<Citation> citations) {
      StringBuilder b = new StringBuilder();
      for (int n : numbers(citations)) b.append('[').append(n).append(']');
      return b.toString();
    }
  }

  /** 24/03/2024, tháng 01/2024, năm 2017; anything that is not an ISO date as written. */
  static String vnDate(String iso) {
    if (iso == null) return "";
    Optional<PartialDate> d = PartialDate.parseIso(iso);
    return d.map(Reports::vnDate).orElse(iso);
  }

  static String vnDate(PartialDate d) {
    if (d == null) return "";
    return switch (d.precision()) {
      case DAY -> two(d.day()) + "/" + two(d.month()) + "/" + d.year();
      case MONTH -> "tháng " + two(d.month()) + "/" + d.year();
      case YEAR -> "năm " + d.year();
    };
  }

  private static String two(int v) { return v < 10 ? "0" + v : Integer.toString(v); }

  /** Vietnamese number style: 12.000, 2.500.000, 1,5. */
  static String vnNumber(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) return Double.toString(v);
    boolean neg = v < 0;
    double a = Math.abs(v);
    long whole = (long) Math.floor(a);
    long frac = Math.round((a - whole) * 100);
    if (frac == 100) { whole++; frac = 0; }
    String digits = Long.toString(whole);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0 && (digits.length() - i) % 3 == 0) b.append('.');
      b.append(digits.charAt(i));
    }
    if (frac != 0) {
      String f = frac < 10 ? "0" + frac : Long.toString(frac);
      if (f.endsWith("0")) f = f.substring(0, 1);
      b.append(',').append(f);
    }
    return (neg ? "-" : "") + b;
  }

  static String typeLabel(EntityType t) {
    return switch (t) {
      case PERSON -> "Người";
      case ORGANIZATION -> "Tổ chức";
      case LOCATION -> "Địa điểm";
      case MISC -> "Khác";
    };
  }

  /** "08/09/2024 – 10/09/2024" over the story's dated articles; one date when all agree; empty when none. */
  static String span(Story story, Sources sources) {
    PartialDate min = null, max = null;
    for (String id : story.articles()) {
      AnalyzedArticle a = sources.byId.get(id);
      if (a == null || a.published() == null) continue;
      if (min == null || a.published().compareTo(min) < 0) min = a.published();
      if (max == null || a.published().compareTo(max) > 0) max = a.published();
    }
    if (min == null) return "";
    return min.equals(max) ? vnDate(min) : vnDate(min) + " – " + vnDate(max);
  }

  /** The published date, with "~" in front when it was inferred from the text. */
  static String published(AnalyzedArticle a) {
    if (a.published() == null) return "không rõ ngày";
    return (a.publishedInferred() ? "~" : "") + vnDate(a.published());
  }

  /** Joins a citation mark to the word before it so wrapping never starts a line with "[1]". */
  static final char GLUE = '\u0001';

  /** Articles in source-number order. */
  static List<AnalyzedArticle> numbered(Storyline s, Sources src) {
    List<AnalyzedArticle> out = new ArrayList<>(s.articles());
    out.sort(java.util.Comparator.comparingInt(a -> src.number.get(a.id())));
    return out;
  }

  /** Greedy word wrap; a word longer than the line is left whole rather than broken; {@link #GLUE} becomes a space. */
  static List<String> wrap(String text, int width, String first, String rest) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder(first);
    int base = first.length();
    for (String word : WHITESPACE.split(text.strip())) {
      if (word.isEmpty()) continue;
      if (line.length() > base && line.length() + 1 + word.length() > width) { // GLUE counts as the space it becomes
        lines.add(line.toString());
        line = new StringBuilder(rest);
        base = rest.length();
      }
      if (line.length() > base) line.append(' ');
      line.append(word.replace(GLUE, ' '));
    }
    if (line.length() > base || lines.isEmpty()) lines.add(line.toString());
    return lines;
  }
}
