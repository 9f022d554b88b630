package dev.storyline.store.search;

import dev.storyline.text.VietText;
import java.util.ArrayList;
import java.util.List;

/**
 * A user query cut into runs of adjacent syllables. Text inside double quotes (straight or curly) is a phrase;
 * elsewhere each run between breaks (punctuation) must match as adjacent pairs. Each run keeps the exact keys
 * (matchKey) and the accent-folded keys.
 */
public final class QueryParts {
  private QueryParts() {}

  /** One run of syllables; {@code phrase} when it came from a quoted part. */
  public record Run(List<String> exact, List<String> folded, boolean phrase) {
    public Run {
      exact = List.copyOf(exact);
      folded = List.copyOf(folded);
    }
  }

  public static List<Run> parse(String query) {
    List<Run> runs = new ArrayList<>();
    if (query == null) return runs;
    StringBuilder part = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < query.length(); i++) {
      char c = query.charAt(i);
      if (c == '"' || c == '\u201C' || c == '\u201D') {
        addRuns(part.toString(), quoted, runs);
        part.setLength(0);
        quoted = !quoted;
      } else {
        part.append(c);
      }
    }
    addRuns(part.toString(), quoted, runs);
    return runs;
  }

  private static void addRuns(String text, boolean phrase, List<Run> out) {
    List<String> exact = new ArrayList<>();
    Syllables.scan(text, (s, e, brk) -> {
      if (brk && !exact.isEmpty()) {
        out.add(run(exact, phrase));
        exact.clear();
      }
      exact.add(VietText.matchKey(text.substring(s, e)));
    });
    if (!exact.isEmpty()) out.add(run(exact, phrase));
  }

  private static Run run(List<String> exact, boolean phrase) {
    List<String> folded = new ArrayList<>(exact.size());
    for (String k : exact) folded.add(VietText.foldDiacritics(k));
    return new Run(exact, folded, phrase);
  }
}
