package dev.storyline.analysis.quantity;

import dev.storyline.analysis.CharStrings;
import dev.storyline.analysis.Letters;
import dev.storyline.analysis.WordSet;
import dev.storyline.analysis.LowerWords;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small hand-written tokenizer shared by the quantity and quote stages.
 *
 * <p>A WORD or NUMBER token is a run of letters/digits that may contain single inner separators
 * ('.', ',', '-', '/') between two letters/digits, so "2.500", "1.600km", "ISIS-K", "Covid-19",
 * "15/2020/NĐ-CP" and "al-Sudani" each stay one token (the quantity stage needs to see them whole
 * to refuse ids and dates). Every other non-space character is a one-char PUNCT token.
 */
public final class Tokens {
  public enum Kind { WORD, NUMBER, PUNCT }

  /** One token: [start, end) into the text, and its lower-cased form. */
  public record Token(int start, int end, Kind kind, String lower) {}

  private Tokens() {}

  public static List<Token> scan(String text, int from, int to) {
    return scan(text, from, to, LowerWords.NONE);
  }

  /** As above, taking each word's lower-cased string from {@code known} when it has it. */
  public static List<Token> scan(String text, int from, int to, LowerWords known) {
    List<Token> out = new ArrayList<>(Math.max(8, (to - from) / 4)); // ~4-5 chars per token in Vietnamese
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      // letters and digits first: they are never spaces, and most characters are letters
      boolean word = Letters.isLetterOrDigit(c);
      // NBSP too; no ASCII character above the space is either, so punctuation skips both look-ups
      if (!word && (c < 0x80 ? c <= ' ' && Character.isWhitespace(c) : Character.isWhitespace(c) || Character.isSpaceChar(c))) {
        i++;
        continue;
      }
      if (word) {
        int s = i;
        boolean allNumeric = true;
        // A word the other tokenizer cut here of letters and digits only: this loop would take every character of
        // it, so only its first digits need reading (for allNumeric), and the loop goes on from its end.
        int plainEnd = known.plainEnd(s);
        if (plainEnd > s && plainEnd <= to) {
          while (allNumeric && i < plainEnd) allNumeric = Character.isDigit(text.charAt(i++));
          i = plainEnd;
        }
        while (i < to) {
          char d = text.charAt(i);
          if (Letters.isLetterOrDigit(d)) {
            if (allNumeric && !Character.isDigit(d)) allNumeric = false; // asked until the first letter only
            i++;
          } else if (isInnerSeparator(d) && i + 1 < to && Letters.isLetterOrDigit(text.charAt(i + 1))) {
            i++;
          } else {
            break;
          }
        }
        String lower = known.at(s, i);
        if (lower == null) lower = text.substring(s, i).toLowerCase(Locale.ROOT);
        out.add(new Token(s, i, allNumeric ? Kind.NUMBER : Kind.WORD, lower));
      } else {
        out.add(new Token(i, i + 1, Kind.PUNCT, CharStrings.of(c)));
        i++;
      }
    }
    return out;
  }


  private static boolean isInnerSeparator(char c) {
    return c == '.' || c == ',' || c == '-' || c == '/';
  }

  /**
   * A phrase set with its first and last words, and the phrases as two word trees (forward and backward), so a match
   * is one hash look-up per word of the text and builds no string: most tokens are rejected by the first look-up.
   */
  public record Lexicon(java.util.Set<String> phrases, java.util.Set<String> firstWords,
                        java.util.Set<String> lastWords, int maxWords, PhraseTree forward, PhraseTree backward) {
    public static Lexicon of(java.util.Collection<String> phrases) {
      java.util.Set<String> first = new java.util.HashSet<>();
      java.util.Set<String> last = new java.util.HashSet<>();
      PhraseTree.Builder fw = new PhraseTree.Builder();
      PhraseTree.Builder bw = new PhraseTree.Builder();
      int max = 1;
      for (String p : phrases) {
        int sp = p.indexOf(' ');
        first.add(sp < 0 ? p : p.substring(0, sp));
        last.add(p.substring(p.lastIndexOf(' ') + 1));
        max = Math.max(max, words(p));
        List<String> ws = java.util.Arrays.asList(p.split(" ", -1));
        fw.add(ws, p);
        List<String> rev = new ArrayList<>(ws);
        java.util.Collections.reverse(rev);
        bw.add(rev, p);
      }
      return new Lexicon(WordSet.copyOf(phrases), WordSet.copyOf(first), WordSet.copyOf(last), max, fw.build(), bw.build());
    }
  }

  /** Phrases as a tree of words: each node knows the phrase that ends there (null when none does). */
  public static final class PhraseTree {
    private final java.util.Map<String, PhraseTree> next;
    private final String phrase;

    private PhraseTree(java.util.Map<String, PhraseTree> next, String phrase) {
      this.next = next;
      this.phrase = phrase;
    }

    PhraseTree next(String word) { return next.get(word); }

    static final class Builder {
      private final java.util.Map<String, Builder> next = new java.util.LinkedHashMap<>();
      private String phrase;

      void add(List<String> words, String p) {
        Builder b = this;
        for (String w : words) b = b.next.computeIfAbsent(w, x -> new Builder());
        b.phrase = p;
      }

      PhraseTree build() {
        java.util.Map<String, PhraseTree> kids = new java.util.LinkedHashMap<>();
        for (var e : next.entrySet()) kids.put(e.getKey(), e.getValue().build());
        return new PhraseTree(dev.storyline.analysis.WordMap.copyOf(kids), phrase);
      }
    }
  }

  /** Longest phrase of {@code lex} starting at token {@code i}, or null. */
  public static String matchForward(List<Token> ts, int i, Lexicon lex) {
    String best = null;
    PhraseTree node = lex.forward();
    for (int k = i; k < ts.size(); k++) {
      Token t = ts.get(k);
      if (t.kind() != Kind.WORD) break;
      node = node.next(t.lower());
      if (node == null) break;
      if (node.phrase != null) best = node.phrase;
    }
    return best;
  }

  /** Longest phrase of {@code lex} ending at token {@code i} (inclusive), or null. */
  public static String matchBackward(List<Token> ts, int i, Lexicon lex) {
    String best = null;
    PhraseTree node = lex.backward();
    for (int k = i; k >= 0; k--) {
      Token t = ts.get(k);
      if (t.kind() != Kind.WORD) break;
      node = node.next(t.lower());
      if (node == null) break;
      if (node.phrase != null) best = node.phrase;
    }
    return best;
  }

  public static int words(String phrase) {
    int n = 1;
    for (int i = 0; i < phrase.length(); i++) if (phrase.charAt(i) == ' ') n++;
    return n;
  }
}
