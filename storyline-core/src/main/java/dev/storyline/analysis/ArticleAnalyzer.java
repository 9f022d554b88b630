package dev.storyline.analysis;

import dev.storyline.analysis.entity.EntityRecognizer;
import dev.storyline.analysis.entity.TitleReferences;
import dev.storyline.analysis.quantity.QuantityRecognizer;
import dev.storyline.analysis.quantity.Tokens;
import dev.storyline.analysis.quote.QuoteExtractor;
import dev.storyline.analysis.time.TemporalAnalyzer;
import dev.storyline.analysis.time.TemporalResult;
import dev.storyline.model.AnalyzedArticle;
import dev.storyline.model.Article;
import dev.storyline.model.EntityMention;
import dev.storyline.model.Quantity;
import dev.storyline.model.Quote;
import dev.storyline.model.Sentence;
import java.util.List;

/**
 * Runs every per-article annotator over one cleaned article. Stateless and thread-safe once built:
 * the same instance serves the CLI, the server and a batch job.
 */
public final class ArticleAnalyzer {
  private final SentenceSplitter sentences = new SentenceSplitter();
  private final TemporalAnalyzer time = new TemporalAnalyzer();
  private final EntityRecognizer entities = new EntityRecognizer();
  private final QuantityRecognizer quantities = new QuantityRecognizer();
  private final QuoteExtractor quotes = new QuoteExtractor();

  public AnalyzedArticle analyze(Article article) {
    String text = article.text();
    List<Sentence> ss = sentences.split(text);
    TemporalResult t = time.analyze(article, ss);
    EntityRecognizer.Recognized recognized = entities.recognize(text, ss);
    List<EntityMention> es = recognized.mentions();
    // one token list for both stages below, reusing the words the recogniser already cut
    List<Tokens.Token> tokens = Tokens.scan(text, 0, text.length(), recognized.words());
    List<Quantity> qs = quantities.find(text, ss, t.times(), tokens);
    List<Quote> quoted = quotes.find(text, ss, es, tokens);
    return new AnalyzedArticle(article, t.published(), t.inferred(), t.evidence(), ss, t.times(), t.eventTimes(),
        es, qs, quoted, TitleReferences.find(text, es));
  }
}
