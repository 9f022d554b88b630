package dev.storyline.store.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;

/**
 * Vietnamese syllables ({@link SyllableTokenizer}), optionally accent-folded ({@link FoldFilter}) and optionally
 * as adjacent pairs ({@link BigramFilter}). The store indexes each text four ways (exact/folded × syllables/pairs).
 */
public final class VietnameseAnalyzer extends Analyzer {
  private final boolean fold, bigrams;

  public VietnameseAnalyzer(boolean fold, boolean bigrams) {
    this.fold = fold;
    this.bigrams = bigrams;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new SyllableTokenizer();
    TokenStream ts = source;
    if (fold) ts = new FoldFilter(ts);
    if (bigrams) ts = new BigramFilter(ts);
    return new TokenStreamComponents(source, ts);
  }
}
