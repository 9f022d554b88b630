package dev.storyline.jmh;

import dev.storyline.analysis.SentenceSplitter;
import dev.storyline.analysis.entity.EntityRecognizer;
import dev.storyline.analysis.time.TemporalAnalyzer;
import dev.storyline.bench.CorpusGenerator;
import dev.storyline.clean.Cleaner;
import dev.storyline.ingest.ArticleReader;
import dev.storyline.model.Article;
import dev.storyline.model.EntityMention;
import dev.storyline.model.RawArticle;
import dev.storyline.model.Sentence;
import dev.storyline.model.TimeExpression;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The articles a benchmark runs over, with each stage's inputs made once beforehand (cleaned text, sentences,
 * time expressions, entity mentions), so every benchmark times its own stage and nothing else.
 *
 * <p>Which articles: the file named by {@code path} when given; else the 30k real articles of
 * {@code ../shared/bench/vietnews-30k.jsonl.gz} when that file is found from the working directory upwards; else
 * articles generated from {@code examples/} (found the same way), so the benchmarks run on any checkout.
 */
public final class Corpus {
  static final String SHARED_BENCH = "shared/bench/vietnews-30k.jsonl.gz";

  public final String description;
  public final List<RawArticle> raw;
  public final List<Article> articles;
  public final List<List<Sentence>> sentences;
  public final List<List<TimeExpression>> times;
  public final List<List<EntityMention>> entities;

  private Corpus(String description, List<RawArticle> raw) {
    this.description = description;
    this.raw = List.copyOf(raw);
    Cleaner cleaner = new Cleaner();
    SentenceSplitter splitter = new SentenceSplitter();
    TemporalAnalyzer time = new TemporalAnalyzer();
    EntityRecognizer recognizer = new EntityRecognizer();
    List<Article> as = new ArrayList<>();
    List<List<Sentence>> ss = new ArrayList<>();
    List<List<TimeExpression>> ts = new ArrayList<>();
    List<List<EntityMention>> es = new ArrayList<>();
    for (RawArticle r : raw) {
      Article a = cleaner.clean(r);
      if (a.text().isBlank()) continue; // the analyser reports these as problems; nothing to time
      List<Sentence> s = splitter.split(a.text());
      as.add(a);
      ss.add(s);
      ts.add(time.analyze(a, s).times());
      es.add(recognizer.find(a.text(), s));
    }
    this.articles = List.copyOf(as);
    this.sentences = List.copyOf(ss);
    this.times = List.copyOf(ts);
    this.entities = List.copyOf(es);
  }

  /** The first {@code n} articles of {@code path} (blank: the shared real corpus, else generated ones). */
  public static Corpus load(String path, int n) {
    Path file = path == null || path.isBlank() ? findUpwards(SHARED_BENCH) : Path.of(path);
    if (file != null) {
      List<RawArticle> all = new ArticleReader().read(List.of(file.toString())).articles();
      if (all.isEmpty()) throw new IllegalArgumentException("no article in " + file);
      List<RawArticle> first = all.subList(0, Math.min(n, all.size()));
      return new Corpus(file + ", first " + first.size() + " articles", first);
    }
    Path examples = findUpwards("examples");
    if (examples == null) throw new IllegalStateException("neither " + SHARED_BENCH + " nor examples/ found from " + Path.of("").toAbsolutePath());
    List<RawArticle> seeds = new ArticleReader().read(List.of(examples.toString())).articles();
    return new Corpus(n + " articles generated from " + examples + " (seed 42)", new CorpusGenerator(seeds, 42).generate(n));
  }

  /** {@code relative} resolved against the working directory and each of its parents; null when absent. */
  static Path findUpwards(String relative) {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path p = dir.resolve(relative);
      if (Files.exists(p)) return p;
    }
    return null;
  }

  public int size() { return articles.size(); }
}
