package dev.storyline.analysis.quantity;

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
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) { i++; continue; } // NBSP too
      if (Character.isLetterOrDigit(c)) {
        int s = i;
        boolean allNumeric = true;
        while (i < to) {
          char d = text.charAt(i);
          if (Character.isLetterOrDigit(d)) {
            if (!Character.isDigit(d)) allNumeric = false;
            i++;
          } else if (isInnerSeparator(d) && i + 1 < to && Character.isLetterOrDigit(text.charAt(i + 1))) {
            i++;
          } else {
            break;
          }
        }
        String lower = known.at(s, i);
        if (lower == null) lower = text.substring(s, i).toLowerCase(Locale.ROOT);
        out.add(new Token(s, i, allNumeric ? Kind.NUMBER : Kind.WORD, lower));
      } else {
        out.add(new Token(i, i + 1, Kind.PUNCT, c < ASCII.length ? ASCII[c] : String.valueOf(c)));
        i++;
      }
    }
    return out;
  }

  /** One string per ASCII character: punctuation tokens are a sixth of a text's tokens, and need no new string each. */
  private static final String[] ASCII = new String[128];
  static {
    for (char c = 0; c < ASCII.length; c++) ASCII[c] = String.valueOf(c);
  }

  private static boolean isInnerSeparator(char c) {
    return c == '.' || c == ',' || c == '-' || c == '/';
  }

  /** A phrase set with its first and last words, so most tokens are rejected by one hash lookup. */
  public record Lexicon(java.util.Set<String> phrases, java.util.Set<String> firstWords,
                        java.util.Set<String> lastWords, int maxWords) {
    public static Lexicon of(java.util.Collection<String> phrases) {
      java.util.Set<String> first = new java.util.HashSet<>();
      java.util.Set<String> last = new java.util.HashSet<>();
      int max = 1;
      for (String p : phrases) {
        int sp = p.indexOf(' ');
        first.add(sp < 0 ? p : p.substring(0, sp));
        last.add(p.substring(p.lastIndexOf(' ') + 1));
        max = Math.max(max, words(p));
      }
      return new Lexicon(WordSet.copyOf(phrases), WordSet.copyOf(first), WordSet.copyOf(last), max);
    }
  }

  /** Longest phrase of {@code lex} starting at token {@code i}, or null. */
  public static String matchForward(List<Token> ts, int i, Lexicon lex) {
    if (i >= ts.size() || !lex.firstWords().contains(ts.get(i).lower())) return null;
    return matchForward(ts, i, lex.phrases(), lex.maxWords());
  }

  /** Longest phrase of {@code lex} ending at token {@code i}, or null. */
  public static String matchBackward(List<Token> ts, int i, Lexicon lex) {
    if (i < 0 || !lex.lastWords().contains(ts.get(i).lower())) return null;
    return matchBackward(ts, i, lex.phrases(), lex.maxWords());
  }

  /** Longest phrase from {@code phrases} (max {@code maxWords} words) starting at token {@code i}, or null. */
  public static String matchForward(List<Token> ts, int i, java.util.Set<String> phrases, int maxWords) {
    String best = null;
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < maxWords && i + k < ts.size(); k++) {
      Token t = ts.get(i + k);
      if (t.kind() != Kind.WORD) break;
      if (k > 0) sb.append(' ');
      sb.append(t.lower());
      if (phrases.contains(sb.toString())) best = sb.toString();
    }
    return best;
  }

  /** Longest phrase from {@code phrases} ending at token {@code i} (inclusive), or null. */
  public static String matchBackward(List<Token> ts, int i, java.util.Set<String> phrases, int maxWords) {
    String best = null;
    String acc = "";
    for (int k = 0; k < maxWords && i - k >= 0; k++) {
      Token t = ts.get(i - k);
      if (t.kind() != Kind.WORD) break;
      acc = k == 0 ? t.lower() : t.lower() + " " + acc;
      if (phrases.contains(acc)) best = acc;
    }
    return best;
  }

  public static int words(String phrase) {
    int n = 1;
    for (int i = 0; i < phrase.length(); i++) if (phrase.charAt(i) == ' ') n++;
    return n;
  }
}
