package dev.storyline.store.search;

import dev.storyline.text.VietText;
import java.io.IOException;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Emits the {@link Syllables} of the input, each as its {@link VietText#matchKey} (lower case, one tone-mark
 * placement: "Hoà" and "hòa" are the same term). A break (punctuation, line break) before a syllable is a
 * position increment of 2, so phrases and bigrams do not run across it. Offsets are those of the input.
 */
public final class SyllableTokenizer extends Tokenizer {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);

  private final StringBuilder text = new StringBuilder(4096);
  // Syllables of the whole input: start, end, break flag; articles are a few KB, so scanning once is simplest.
  private int[] found = new int[3 * 256];
  private int count, next;

  @Override
  public void reset() throws IOException {
    super.reset();
    text.setLength(0);
    char[] buf = new char[4096];
    for (int n; (n = input.read(buf)) != -1; ) text.append(buf, 0, n);
    count = 0;
    next = 0;
    Syllables.scan(text, (s, e, brk) -> {
      if (3 * count + 3 > found.length) found = java.util.Arrays.copyOf(found, found.length * 2);
      found[3 * count] = s;
      found[3 * count + 1] = e;
      found[3 * count + 2] = brk ? 1 : 0;
      count++;
    });
  }

  @Override
  public boolean incrementToken() {
    if (next >= count) return false;
    clearAttributes();
    int s = found[3 * next], e = found[3 * next + 1];
    boolean brk = found[3 * next + 2] != 0;
    term.setEmpty().append(VietText.matchKey(text.substring(s, e)));
    offset.setOffset(correctOffset(s), correctOffset(e));
    posInc.setPositionIncrement(brk && next > 0 ? 2 : 1);
    next++;
    return true;
  }

  @Override
  public void end() throws IOException {
    super.end();
    int last = correctOffset(text.length());
    offset.setOffset(last, last);
  }

  @Override
  public void close() throws IOException {
    super.close();
    if (text.capacity() > 1 << 16) { text.setLength(0); text.trimToSize(); }
  }
}
