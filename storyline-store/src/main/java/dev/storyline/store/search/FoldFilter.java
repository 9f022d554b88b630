package dev.storyline.store.search;

import dev.storyline.text.VietText;
import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Strips Vietnamese diacritics from each term ("quân" → "quan", "đà" → "da"); length and offsets unchanged. */
public final class FoldFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  public FoldFilter(TokenStream in) { super(in); }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) return false;
    String t = term.toString();
    String f = VietText.foldDiacritics(t);
    if (!f.equals(t)) term.setEmpty().append(f);
    return true;
  }
}
