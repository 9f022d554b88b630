package dev.storyline.store.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Replaces syllables by the pairs of adjacent syllables ("liên minh quân" → "liên minh", "minh quân"), joined by
 * one space, with offsets from the first syllable's start to the second's end. No pair is made across a break
 * (a position increment above 1); the first pair after a break keeps a gap so phrases over pairs do not cross
 * it either. Consecutive pairs are consecutive positions: a phrase of pairs is a phrase of syllables.
 */
public final class BigramFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);

  private final StringBuilder prev = new StringBuilder();
  private int prevStart;
  private boolean hasPrev, emitted, gap;

  public BigramFilter(TokenStream in) { super(in); }

  @Override
  public boolean incrementToken() throws IOException {
    while (input.incrementToken()) {
      int inc = posInc.getPositionIncrement();
      int start = offset.startOffset(), end = offset.endOffset();
      boolean join = hasPrev && inc == 1;
      if (!join && emitted) gap = true;
      if (join) {
        int prevLen = prev.length();
        int ps = prevStart;
        // keep the current syllable for the next pair before overwriting the term
        String cur = term.toString();
        term.setEmpty().append(prev, 0, prevLen).append(' ').append(cur);
        prev.setLength(0);
        prev.append(cur);
        prevStart = start;
        offset.setOffset(ps, end);
        posInc.setPositionIncrement(gap ? 2 : 1);
        gap = false;
        emitted = true;
        return true;
      }
      prev.setLength(0);
      prev.append(term);
      prevStart = start;
      hasPrev = true;
    }
    return false;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    prev.setLength(0);
    hasPrev = emitted = gap = false;
  }
}
