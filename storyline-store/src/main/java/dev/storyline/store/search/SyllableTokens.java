package dev.storyline.store.search;

import dev.storyline.text.VietText;
import java.util.Arrays;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * One text's syllables, scanned once, replayed as the token streams of several fields.
 *
 * <p>The store indexes each title and text in several forms (exact and accent-folded syllables, folded pairs).
 * Through the analyzer, every field would read, scan, lower-case and fold the same text again, one small string
 * per syllable. Here the text's {@link VietText#matchKey} and its folded copy are built once, as whole arrays
 * (both functions keep length, so a syllable's offsets index all three), and each field's stream copies its terms
 * straight out of them. The streams give exactly the tokens of {@link VietnameseAnalyzer} with the same options
 * (terms, offsets, position increments), which {@code SyllableTokensTest} checks; queries still go through the
 * analyzer's parts.
 */
public final class SyllableTokens {
  private final char[] exact, folded;
  private final int[] starts, ends;
  private final boolean[] breakBefore;
  private final int count;

  private SyllableTokens(char[] exact, char[] folded, int[] starts, int[] ends, boolean[] breakBefore, int count) {
    this.exact = exact;
    this.folded = folded;
    this.starts = starts;
    this.ends = ends;
    this.breakBefore = breakBefore;
    this.count = count;
  }

  /** Scans {@code text} (NFC) once. */
  public static SyllableTokens of(String text) {
    int cap = Math.max(8, text.length() / 4);
    int[][] se = {new int[cap], new int[cap]};
    boolean[][] brk = {new boolean[cap]};
    int[] n = {0};
    Syllables.scan(text, (s, e, b) -> {
      if (n[0] == se[0].length) {
        int grown = se[0].length * 2;
        se[0] = Arrays.copyOf(se[0], grown);
        se[1] = Arrays.copyOf(se[1], grown);
        brk[0] = Arrays.copyOf(brk[0], grown);
      }
      se[0][n[0]] = s;
      se[1][n[0]] = e;
      brk[0][n[0]] = b;
      n[0]++;
    });
    String key = VietText.matchKey(text);
    String fold = VietText.foldDiacritics(key);
    return new SyllableTokens(key.toCharArray(), fold == key ? null : fold.toCharArray(), se[0], se[1], brk[0], n[0]);
  }

  /** Number of syllables. */
  public int size() { return count; }

  /** The tokens {@code new VietnameseAnalyzer(fold, pairs)} would give for the text. */
  public TokenStream stream(boolean fold, boolean pairs) {
    return new Replay(fold && folded != null ? folded : exact, pairs);
  }

  /** Replays the scanned syllables (or adjacent pairs) with the analyzer's terms, offsets and position increments. */
  private final class Replay extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
    private final char[] chars;
    private final boolean pairs;
    private int next;
    private boolean emitted, gap;

    Replay(char[] chars, boolean pairs) {
      this.chars = chars;
      this.pairs = pairs;
    }

    @Override
    public boolean incrementToken() {
      if (!pairs) {
        if (next >= count) return false;
        clearAttributes();
        int s = starts[next], e = ends[next];
        term.copyBuffer(chars, s, e - s);
        offset.setOffset(s, e);
        posInc.setPositionIncrement(breakBefore[next] && next > 0 ? 2 : 1);
        next++;
        return true;
      }
      // Pairs as BigramFilter makes them: syllable i joins i-1 unless a break comes between; the first pair after
      // a break keeps a gap so phrases of pairs do not cross it.
      if (next == 0) next = 1;
      while (next < count) {
        int i = next++;
        if (breakBefore[i]) {
          if (emitted) gap = true;
          continue;
        }
        clearAttributes();
        int ps = starts[i - 1], pe = ends[i - 1], s = starts[i], e = ends[i];
        int first = pe - ps, len = first + 1 + (e - s);
        char[] buf = term.resizeBuffer(len);
        System.arraycopy(chars, ps, buf, 0, first);
        buf[first] = ' ';
        System.arraycopy(chars, s, buf, first + 1, e - s);
        term.setLength(len);
        offset.setOffset(ps, e);
        posInc.setPositionIncrement(gap ? 2 : 1);
        gap = false;
        emitted = true;
        return true;
      }
      return false;
    }

    @Override
    public void end() throws java.io.IOException {
      super.end();
      offset.setOffset(exact.length, exact.length);
    }

    @Override
    public void reset() throws java.io.IOException {
      super.reset();
      next = 0;
      emitted = gap = false;
    }
  }
}
