package dev.storyline.story;

import dev.storyline.model.AnalyzedArticle;
import dev.storyline.model.Citation;
import dev.storyline.model.Entity;
import dev.storyline.model.EntityMention;
import dev.storyline.model.EntityReference;
import dev.storyline.model.EntityType;
import dev.storyline.model.EventTime;
import dev.storyline.model.PartialDate;
import dev.storyline.model.Quantity;
import dev.storyline.model.Quote;
import dev.storyline.model.Sentence;
import dev.storyline.model.Story;
import dev.storyline.model.Story.Actor;
import dev.storyline.model.Story.Fact;
import dev.storyline.model.Story.StoryQuote;
import dev.storyline.model.Story.SummarySentence;
import dev.storyline.model.Story.TimelineEntry;
import dev.storyline.model.TimeExpression;
import dev.storyline.model.TimeType;
import dev.storyline.text.VietText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the story products (timeline, summary, facts, actors, quotes) for one group of articles.
 *
 * <p>Everything is deterministic: ties are broken by article order (publication date, then id) and
 * character offset. Work is linear in the number of sentences except for small bounded comparisons
 * (timeline merging looks only at clusters with a compatible date; the summary re-values a candidate at
 * most once per chosen sentence and compares it with at most {@value #MAX_SUMMARY_SENTENCES} of them).
 */
public final class StoryBuilder {
  public static final int DEFAULT_SUMMARY_SYLLABLES = 120;
  static final int MAX_TIMELINE = 30;
  static final int MAX_FACTS = 10;
  static final int MAX_ACTORS = 12;
  static final int MAX_SUMMARY_SENTENCES = 20;
  /** Sentences shorter than this (in syllables) carry too little to stand alone. */
  static final int MIN_SYLLABLES = 6;
  static final int MAX_TIMELINE_TEXT = 200;
  static final int MAX_TITLE = 90;
  /**
   * The summary orders candidates by predicted ROUGE-2 precision times length to this power: the
   * scorer predicts how dense a sentence is in summary-worthy bigrams, and a longer sentence of the
   * same density covers more of them (tuned on the even ViMs clusters).
   */
  static final double LENGTH_EXPONENT = 0.15;
  /** Two reports of one event share this much of their syllable unigrams and bigrams. */
  static final double SAME_EVENT_COSINE = 0.3;
  /** A month-dated and a day-dated report are one event only when this close. */
  static final double STRONG_SAME_EVENT_COSINE = 0.5;
  /**
   * Two reports of one year at least {@link #BACKGROUND_YEARS} before both publications, sharing an actor, are one
   * entry from this cosine on (read on the ViMs clusters: about 63 of 67 such pairs retell one fact).
   */
  static final double SAME_BACKGROUND_COSINE = 0.2;
  static final int BACKGROUND_YEARS = 2;
  /**
   * A summary candidate whose syllable unigram+bigram set has this binary cosine with a chosen
   * sentence would repeat it (tuned on the even ViMs clusters).
   */
  static final double REDUNDANT_COSINE = 0.6;
  /** A summary candidate with less than this share of bigrams new to the summary so far would repeat it. */
  static final double MIN_NOVELTY = 0.5;
  /**
   * A candidate's value is its ranking score times (share of its bigrams new to the summary so far) to
   * this power, so what the summary already says counts against a sentence in proportion instead of by
   * a threshold (tuned on the even ViMs clusters).
   */
  static final double NOVELTY_EXPONENT = 1.5;
  /**
   * Different numbers for one measure count as a conflict only when the articles are this close in
   * time: a death toll legitimately grows from day to day, so two tolls a week apart are an update,
   * not a disagreement.
   */
  static final int CONFLICT_DAYS = 2;
  /** Two values further apart than this factor are not two sources' versions of one number. */
  static final double CONFLICT_RATIO = 3;
  /** Upper bound on clusters a timeline candidate is compared with, so a huge year stays linear. */
  private static final int MAX_CLUSTER_CHECKS = 64;
  private static final int MAX_MEMBER_CHECKS = 2;

  private final int summarySyllables;
  private final Scoring scoring;

  /**
   * The summariser's knobs (tuned on the even ViMs clusters, see docs/eval-summaries.md).
   *
   * @param scorer         the learned sentence scorer (predicted ROUGE-2 precision)
   * @param lengthExponent candidates are ranked by score times syllables to this power
   * @param redundancy     binary cosine of syllable unigram+bigram sets with a chosen sentence above
   *                       which a candidate would repeat it (above 1: no such check)
   * @param novelty        share of a candidate's bigrams that must be new to the summary so far (0: no such check)
   * @param noveltyExponent a candidate's value is its score times that share to this power, re-evaluated as
   *                       the summary grows (0: the score alone, a fixed ranking)
   */
  public record Scoring(SentenceScorer scorer, double lengthExponent, double redundancy, double novelty,
                        double noveltyExponent) {
    public static Scoring defaults() {
      return new Scoring(SentenceScorer.defaults(), LENGTH_EXPONENT, REDUNDANT_COSINE, MIN_NOVELTY, NOVELTY_EXPONENT);
    }

    /** The same scoring with both redundancy checks off (the soft novelty factor stays). */
    public Scoring withoutRedundancyCheck() { return new Scoring(scorer, lengthExponent, 1.01, 0, noveltyExponent); }
  }

  public StoryBuilder() { this(DEFAULT_SUMMARY_SYLLABLES); }

  public StoryBuilder(int summarySyllables) { this(summarySyllables, Scoring.defaults()); }

  public StoryBuilder(int summarySyllables, Scoring scoring) {
    if (summarySyllables < 1) throw new IllegalArgumentException("summary budget must be positive");
    this.summarySyllables = summarySyllables;
    this.scoring = scoring;
  }

  public Story build(String id, List<AnalyzedArticle> articles, List<Entity> entities) {
    return build(id, articles, entitiesById(entities));
  }

  /** The entities keyed by id, for {@link #build(String, List, Map)}; build it once per corpus. */
  public static Map<String, Entity> entitiesById(List<Entity> entities) {
    Map<String, Entity> byId = new HashMap<>(Math.max(16, entities.size() * 4 / 3 + 1));
    for (Entity e : entities) byId.put(e.id(), e);
    return byId;
  }

  /**
   * Same as {@link #build(String, List, List)} with the corpus entities already keyed by id: building every
   * story of a corpus then costs its own articles, not the whole corpus's entity list again.
   */
  public Story build(String id, List<AnalyzedArticle> articles, Map<String, Entity> byId) {
    List<AnalyzedArticle> docs = new ArrayList<>(articles);
    docs.sort(ARTICLE_ORDER);
    Vocabulary vocab = new Vocabulary();
    Sent[][] sents = analyse(docs, vocab);
    score(docs, sents);

    List<String> ids = docs.stream().map(AnalyzedArticle::id).toList();
    List<TimelineEntry> timeline = timeline(docs, sents);
    List<SummarySentence> summary = summary(docs, sents, vocab);
    List<Fact> facts = facts(docs, sents);
    List<Actor> actors = actors(docs, byId);
    List<StoryQuote> quotes = quotes(docs, sents, byId);
    String title = title(id, docs, sents, actors);
    return new Story(id, title, ids, summary, timeline, facts, actors, quotes);
  }

  /**
   * {@code stored} again when building {@code id} from {@code articles} would give it back, else null. The caller
   * vouches that {@code stored} was built by this builder from exactly these articles (same ids, equal content):
   * then summary, timeline, facts and title are the same, and only what comes from the linked entities (actor
   * names and types, quote speakers) can differ; those are cheap to recompute and compare. A store regrouping a
   * window of thousands of articles rebuilds only the stories that changed.
   */
  public Story reuse(Story stored, String id, List<AnalyzedArticle> articles, Map<String, Entity> byId) {
    if (stored == null || !stored.id().equals(id) || stored.articles().size() != articles.size()) return null;
    List<AnalyzedArticle> docs = new ArrayList<>(articles);
    docs.sort(ARTICLE_ORDER);
    for (int i = 0; i < docs.size(); i++) if (!docs.get(i).id().equals(stored.articles().get(i))) return null;
    if (!actors(docs, byId).equals(stored.actors())) return null;
    if (!quotes(docs, null, byId).equals(stored.quotes())) return null;
    return stored;
  }

  /** Oldest first; articles without a date last; then by id. */
  static final Comparator<AnalyzedArticle> ARTICLE_ORDER = Comparator
      .comparing(AnalyzedArticle::published, Comparator.nullsLast(Comparator.<PartialDate>naturalOrder()))
      .thenComparing(AnalyzedArticle::id);

  /** By first day; a year or month before the days it contains. */
  static final Comparator<PartialDate> DATE_ORDER = Comparator.comparing(PartialDate::start)
      .thenComparing(PartialDate::precision);

  /** A sentence with what every product needs to know about it. */
  static final class Sent {
    final int doc;
    final int index;
    final int start;
    final int end;
    final String text;
    final List<String> syl;
    /** Sorted distinct feature ids (syllable unigrams and bigrams) and their counts, aligned. */
    final int[] feats;
    final int[] tf;
    final Set<String> entities = new LinkedHashSet<>();
    double[] weights;
    double norm;
    double centrality;
    /** Share of the group's articles naming the sentence's entities, capped at 1 (halved sum). */
    double entityCentrality;
    /** The summary scorer's features ({@link SentenceScorer#FEATURES}) and its score. */
    double[] x;
    /** Learned score times length^exponent (fixed), and the value last computed for the selection queue. */
    double baseScore;
    double summaryScore;

    Sent(int doc, int index, int start, int end, String text, Vocabulary vocab) {
      this.doc = doc;
      this.index = index;
      this.start = start;
      this.end = end;
      this.text = text;
      this.syl = TextFeatures.syllables(text, 0, text.length());
      int[][] ft = vocab.features(syl);
      this.feats = ft[0];
      this.tf = ft[1];
    }

    Citation citation(List<AnalyzedArticle> docs) { return new Citation(docs.get(doc).id(), start, end); }

    boolean question() { return text.endsWith("?"); }
  }

  /**
   * Feature ids for one build: strings are hashed once per sentence, and every later comparison is a
   * merge of sorted int arrays.
   */
  static final class Vocabulary {
    private final Map<String, Integer> unigrams = new HashMap<>();
    private final Map<Long, Integer> bigrams = new HashMap<>();
    /** Which feature ids are bigrams (the summary scorer weighs unigram and bigram overlap separately). */
    final java.util.BitSet bigramIds = new java.util.BitSet();
    /** Bigrams of two non-stop syllables ("máy bay", "66 người"): what cross-article support counts. */
    final java.util.BitSet contentBigramIds = new java.util.BitSet();
    private int size;

    int size() { return size; }

    int[][] features(List<String> syl) {
      int[] ids = new int[syl.size() * 2];
      int n = 0, prev = -1;
      String prevWord = null;
      for (String w : syl) {
        Integer u = unigrams.get(w);
        if (u == null) { u = size++; unigrams.put(w, u); }
        ids[n++] = u;
        if (prev >= 0) {
          long key = ((long) prev << 32) | u;
          Integer b = bigrams.get(key);
          if (b == null) {
            b = size++;
            bigrams.put(key, b);
            bigramIds.set(b);
            if (!TextFeatures.STOP.contains(prevWord) && !TextFeatures.STOP.contains(w)) contentBigramIds.set(b);
          }
          ids[n++] = b;
        }
        prev = u;
        prevWord = w;
      }
      int[] sorted = java.util.Arrays.copyOf(ids, n);
      java.util.Arrays.sort(sorted);
      int[] f = new int[n], c = new int[n];
      int k = -1;
      for (int i = 0; i < n; i++) {
        if (k >= 0 && f[k] == sorted[i]) c[k]++;
        else { f[++k] = sorted[i]; c[k] = 1; }
      }
      return new int[][] {java.util.Arrays.copyOf(f, k + 1), java.util.Arrays.copyOf(c, k + 1)};
    }
  }

  /** Binary cosine of two sorted feature-id arrays. */
  static double setCosine(int[] a, int[] b) {
    if (a.length == 0 || b.length == 0) return 0;
    int i = 0, j = 0, shared = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) { shared++; i++; j++; }
      else if (a[i] < b[j]) i++;
      else j++;
    }
    return shared / Math.sqrt((double) a.length * b.length);
  }

  static Sent[][] analyse(List<AnalyzedArticle> docs, Vocabulary vocab) {
    Sent[][] out = new Sent[docs.size()][];
    for (int d = 0; d < docs.size(); d++) {
      AnalyzedArticle a = docs.get(d);
      String text = a.text();
      List<Sentence> ss = a.sentences();
      Sent[] row = new Sent[ss.size()];
      for (int i = 0; i < ss.size(); i++) {
        int s = Math.max(0, ss.get(i).start());
        int e = Math.min(text.length(), ss.get(i).end());
        while (s < e && Character.isWhitespace(text.charAt(s))) s++;
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
        row[i] = new Sent(d, i, s, e, text.substring(s, e), vocab);
      }
      for (EntityMention m : a.entities()) {
        if (m.entity() == null) continue;
        int si = sentenceAt(ss, m.start());
        if (si >= 0) row[si].entities.add(m.entity());
      }
      out[d] = row;
    }
    return out;
  }

  /** Index of the sentence containing offset, or -1. Sentences are in order and do not overlap. */
  static int sentenceAt(List<Sentence> ss, int offset) {
    int lo = 0, hi = ss.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Sentence s = ss.get(mid);
      if (offset < s.start()) hi = mid - 1;
      else if (offset >= s.end()) lo = mid + 1;
      else return mid;
    }
    return -1;
  }

  // ---------------------------------------------------------------- scoring

  /**
   * TF-IDF vectors over syllable unigrams and bigrams (IDF over this group's sentences), the
   * similarity of each sentence with the group centroid, a lead-position bonus, and entity centrality
   * (how many of the group's articles mention the sentence's entities).
   */
  static void score(List<AnalyzedArticle> docs, Sent[][] sents) {
    int features = 0, n = 0;
    for (Sent[] row : sents) for (Sent s : row) { n++; for (int f : s.feats) features = Math.max(features, f + 1); }
    if (n == 0) return;
    int[] df = new int[features];
    for (Sent[] row : sents) for (Sent s : row) for (int f : s.feats) df[f]++;
    double[] centroid = new double[features];
    for (Sent[] row : sents)
      for (Sent s : row) {
        double[] w = new double[s.feats.length];
        double sq = 0;
        for (int i = 0; i < w.length; i++) {
          w[i] = (1.0 + Math.log(s.tf[i])) * Math.log(1.0 + (double) n / df[s.feats[i]]);
          sq += w[i] * w[i];
        }
        s.weights = w;
        s.norm = Math.sqrt(sq);
        if (s.norm > 0) for (int i = 0; i < w.length; i++) centroid[s.feats[i]] += w[i] / s.norm;
      }
    double cSq = 0;
    for (double c : centroid) cSq += c * c;
    double cNorm = Math.sqrt(cSq);
    Map<String, Integer> entityDocs = new HashMap<>();
    for (Sent[] row : sents) {
      Set<String> seen = new HashSet<>();
      for (Sent s : row) seen.addAll(s.entities);
      for (String e : seen) entityDocs.merge(e, 1, Integer::sum);
    }
    double nDocs = Math.max(1, docs.size());
    for (Sent[] row : sents)
      for (Sent s : row) {
        double dot = 0;
        for (int i = 0; i < s.feats.length; i++) dot += s.weights[i] * centroid[s.feats[i]];
        s.centrality = s.norm == 0 || cNorm == 0 ? 0 : dot / (s.norm * cNorm);
        double ent = 0;
        for (String e : s.entities) ent += entityDocs.get(e) / nDocs;
        s.entityCentrality = Math.min(1.0, ent / 2);
      }
  }

  // ---------------------------------------------------------------- timeline

  private static final class Cluster {
    final List<Sent> members = new ArrayList<>();
    final Map<Sent, PartialDate> dates = new HashMap<>();
    final Set<Integer> docs = new HashSet<>();
    /** Members dated only by a present reference ("hiện nay"), i.e. by their report's date. */
    final Set<Sent> present = new HashSet<>();
    PartialDate date;
    final int order;

    Cluster(int order) { this.order = order; }

    void add(Sent s, PartialDate d) {
      members.add(s);
      dates.put(s, d);
      docs.add(s.doc);
      if (date == null || d.precision().compareTo(date.precision()) > 0) date = d;
    }
  }

  private static boolean compatible(PartialDate a, PartialDate b) {
    if (a.equals(b)) return true;
    if (a.precision() == b.precision()) return false;
    PartialDate coarse = a.precision().compareTo(b.precision()) < 0 ? a : b;
    PartialDate fine = coarse == a ? b : a;
    return !fine.start().isBefore(coarse.start()) && !fine.end().isAfter(coarse.end());
  }

  /**
   * Same content: close syllable features (their cosine, computed by the caller), or two shared entities plus two
   * shared content words, or the same background fact retold: a year well before both reports ("thành lập năm 2003",
   * "bị bắt năm 2014") holds few events of one actor, so one shared entity and looser wording suffice there. A year
   * close to the reports may hold several of the story's own events and keeps the stricter tests.
   */
  static boolean sameEvent(List<AnalyzedArticle> docs, Sent a, Sent b, PartialDate date, double cosine) {
    if (cosine >= SAME_EVENT_COSINE) return true;
    int sharedEntities = 0;
    for (String e : a.entities) if (b.entities.contains(e)) sharedEntities++;
    if (sharedEntities >= 1 && cosine >= SAME_BACKGROUND_COSINE && background(docs, a, b, date)) return true;
    if (sharedEntities < 2) return false;
    Set<String> content = new HashSet<>();
    for (String w : a.syl) if (TextFeatures.isContent(w)) content.add(w);
    int shared = 0;
    for (String w : new HashSet<>(b.syl)) if (content.contains(w)) shared++;
    return shared >= 2;
  }

  /** A year at least {@link #BACKGROUND_YEARS} before both reports' publication. */
  private static boolean background(List<AnalyzedArticle> docs, Sent a, Sent b, PartialDate date) {
    if (date.precision() != PartialDate.Precision.YEAR) return false;
    PartialDate pa = docs.get(a.doc).published(), pb = docs.get(b.doc).published();
    return pa != null && pb != null && date.year() <= Math.min(pa.year(), pb.year()) - BACKGROUND_YEARS;
  }

  /** A direct quote covers most of the sentence: it reports words, not an event. */
  private static boolean mostlyQuote(AnalyzedArticle a, Sent s) {
    int covered = 0;
    for (Quote q : a.quotes()) {
      if (!q.direct()) continue;
      int lo = Math.max(q.start(), s.start), hi = Math.min(q.end(), s.end);
      if (hi > lo) covered += hi - lo;
    }
    return covered * 10 >= (s.end - s.start) * 6;
  }

  private static boolean timelineWorthy(AnalyzedArticle a, Sent s) {
    return s.syl.size() >= MIN_SYLLABLES && !s.question() && !Anaphora.referentialStart(s.text) && !mostlyQuote(a, s);
  }

  private List<TimelineEntry> timeline(List<AnalyzedArticle> docs, Sent[][] sents) {
    record Candidate(Sent sent, PartialDate date, boolean present) {}
    List<Candidate> candidates = new ArrayList<>();
    for (int d = 0; d < docs.size(); d++) {
      AnalyzedArticle a = docs.get(d);
      List<Candidate> dated = new ArrayList<>(), fallback = new ArrayList<>();
      Candidate silentLead = null; // its first worthy sentence that reports no event
      Set<Integer> seen = new HashSet<>();
      for (EventTime et : a.eventTimes()) {
        if (et.sentence() < 0 || et.sentence() >= sents[d].length || !seen.add(et.sentence())) continue;
        Optional<PartialDate> date = PartialDate.parseIso(et.value());
        if (date.isEmpty()) continue; // PRESENT_REF, PAST_REF, durations, weeks: not a timeline date
        Sent s = sents[d][et.sentence()];
        date = Optional.of(eventDateOverDeadline(a, s, et, date.get()));
        if (!timelineWorthy(a, s)) continue;
        if (!et.reportsEvent()) {
          // a plan with no date, undated background, a generic or quoted statement, a heading or byline
          // (EventTime.reportsEvent, round ev3): not an event of the day it would be shown at
          if (silentLead == null && a.published() != null) silentLead = new Candidate(s, a.published(), false);
          continue;
        }
        if (et.time() >= 0 && et.time() < a.times().size() && a.times().get(et.time()).start() < s.start
            && a.published() != null) {
          // dated by the day an earlier sentence told (TemporalAnalyzer carries it on): a detail of that day's
          // account, which its own dated sentence stands for; like an undated sentence, a fallback only
          fallback.add(new Candidate(s, a.published(), false));
          continue;
        }
        (et.fromPublicationDate() ? fallback : dated).add(new Candidate(s, date.get(), presentOnly(a, et)));
      }
      // An article with no dated sentence is one report of its publication day: its lead stands for it. Each of its
      // sentences as an entry of that day would bury the story's dated events under one article's details. The lead
      // is its first sentence that reports an event; when none does, its first sentence still stands for it (a
      // report of that day, and the mark is wrong on about one lead in eight): no article leaves the timeline.
      if (!dated.isEmpty()) candidates.addAll(dated);
      else if (!fallback.isEmpty()) candidates.add(fallback.stream().min(Comparator.comparingInt(c -> c.sent().start)).get());
      else if (silentLead != null) candidates.add(silentLead);
    }

    List<Cluster> clusters = new ArrayList<>();
    Map<String, List<Cluster>> byIso = new HashMap<>();
    Map<String, List<Cluster>> within = new HashMap<>(); // year or month iso → clusters first dated inside it
    for (Candidate c : candidates) {
      Set<Cluster> near = new LinkedHashSet<>();
      PartialDate d = c.date();
      near.addAll(byIso.getOrDefault(d.iso(), List.of()));
      if (d.precision() != PartialDate.Precision.YEAR) near.addAll(byIso.getOrDefault(PartialDate.ofYear(d.year()).iso(), List.of()));
      if (d.precision() == PartialDate.Precision.DAY) near.addAll(byIso.getOrDefault(PartialDate.ofMonth(d.year(), d.month()).iso(), List.of()));
      if (d.precision() != PartialDate.Precision.DAY) near.addAll(within.getOrDefault(d.iso(), List.of()));
      Cluster best = null;
      double bestSim = -1;
      int checks = 0;
      for (Cluster k : near) {
        if (++checks > MAX_CLUSTER_CHECKS) break;
        if (k.docs.contains(c.sent().doc) || !compatible(k.date, d)) continue;
        // The first few reports stand for the cluster; comparing with every member would be quadratic.
        // A coarse date ("tháng 1") inside a finer one (28.1) is only the same event when the wording
        // says so strongly: a month-level background sentence must not swallow a dated event.
        boolean mixed = k.date.precision() != d.precision();
        for (int mi = 0; mi < Math.min(MAX_MEMBER_CHECKS, k.members.size()); mi++) {
          Sent m = k.members.get(mi);
          double sim = setCosine(m.feats, c.sent().feats);
          // "Hiện nay, 2.500 lính…" is dated by its report, not by an event: such a state of things shares the
          // story's actors with every event of that day or month, so only close wording makes it the same report.
          boolean present = c.present() || k.present.contains(m);
          if (mixed ? sim < STRONG_SAME_EVENT_COSINE
              : present ? sim < SAME_EVENT_COSINE : !sameEvent(docs, m, c.sent(), d, sim)) continue;
          if (sim > bestSim) { bestSim = sim; best = k; }
        }
      }
      if (best == null) {
        best = new Cluster(clusters.size());
        clusters.add(best);
        byIso.computeIfAbsent(d.iso(), x -> new ArrayList<>()).add(best);
        if (d.precision() != PartialDate.Precision.YEAR) within.computeIfAbsent(PartialDate.ofYear(d.year()).iso(), x -> new ArrayList<>()).add(best);
        if (d.precision() == PartialDate.Precision.DAY) within.computeIfAbsent(PartialDate.ofMonth(d.year(), d.month()).iso(), x -> new ArrayList<>()).add(best);
      }
      best.add(c.sent(), d);
      if (c.present()) best.present.add(c.sent());
    }

    Comparator<Cluster> bySources = Comparator.comparingInt((Cluster k) -> -k.docs.size()).thenComparingInt(k -> k.order);
    List<Cluster> kept = new ArrayList<>(clusters);
    if (kept.size() > MAX_TIMELINE) {
      kept.sort(bySources);
      kept = new ArrayList<>(kept.subList(0, MAX_TIMELINE));
    }
    kept.sort(Comparator.comparing((Cluster k) -> k.date, DATE_ORDER).thenComparing(bySources));
    List<TimelineEntry> out = new ArrayList<>(kept.size());
    for (Cluster k : kept) {
      List<Sent> members = new ArrayList<>(k.members);
      members.sort(Comparator.comparingInt((Sent s) -> s.doc).thenComparingInt(s -> s.start));
      // The entry's words must report the entry's date: only members dated exactly so may speak.
      List<Sent> exact = new ArrayList<>();
      for (Sent m : members) if (k.dates.get(m).equals(k.date)) exact.add(m);
      Sent voice = bestVoice(exact.isEmpty() ? members : exact);
      List<Citation> cites = members.stream().map(s -> s.citation(docs)).toList();
      out.add(new TimelineEntry(k.date.iso(), TextFeatures.trim(voice.text, MAX_TIMELINE_TEXT), cites, k.docs.size()));
    }
    return out;
  }

  /** The event time rests on a present reference ("hiện nay", "hiện tại"): the report's date, not an event's. */
  private static boolean presentOnly(AnalyzedArticle a, EventTime et) {
    return et.time() >= 0 && et.time() < a.times().size() && "PRESENT_REF".equals(a.times().get(et.time()).value());
  }

  /** Words right before a date that make it a deadline ("hạn chót vào ngày 31-12"), not the day of the event. */
  private static final List<String> DEADLINE_CUES = List.of("hạn chót", "thời hạn", "hạn", "chậm nhất", "muộn nhất", "trước ngày");
  /** Reporting verbs: what follows them was said on the statement's day. */
  private static final List<String> REPORTING_CUES = List.of("nói rằng", "cho biết", "tuyên bố", "thông báo", "khẳng định", "cho hay");

  /**
   * When the sentence's date is a deadline, the event is something else: another date in the sentence
   * that is not a deadline, or, for reported speech ("X nói rằng … hạn chót vào ngày 31-12"), the
   * statement, dated by the article. A plain deadline sentence ("phải xong trước ngày 31-12") keeps
   * the deadline: the planned milestone is the event it reports.
   */
  static PartialDate eventDateOverDeadline(AnalyzedArticle a, Sent s, EventTime et, PartialDate date) {
    if (et.time() < 0 || et.time() >= a.times().size()) return date;
    String text = a.text();
    if (!deadline(text, a.times().get(et.time()).start(), s.start)) return date;
    for (var t : a.times()) {
      if (t.start() < s.start || t.end() > s.end || t == a.times().get(et.time())) continue;
      Optional<PartialDate> other = PartialDate.parseIso(t.value());
      if (other.isPresent() && !deadline(text, t.start(), s.start)) return other.get();
    }
    String lower = s.text.toLowerCase(java.util.Locale.ROOT);
    int at = a.times().get(et.time()).start() - s.start;
    for (String cue : REPORTING_CUES) {
      int i = lower.indexOf(cue);
      if (i >= 0 && i < at && a.published() != null) return a.published();
    }
    return date;
  }

  private static boolean deadline(String text, int timeStart, int sentenceStart) {
    int from = Math.max(sentenceStart, timeStart - 20);
    String before = text.substring(from, Math.max(from, timeStart)).toLowerCase(java.util.Locale.ROOT);
    for (String cue : DEADLINE_CUES) if (before.contains(cue)) return true;
    return false;
  }

  /** The shortest informative (≥ 8 syllables) report, earliest article first on ties; members are in article order. */
  private static Sent bestVoice(List<Sent> members) {
    Sent best = null;
    for (Sent s : members) {
      if (s.syl.size() < 8) continue;
      if (best == null || s.text.length() < best.text.length()) best = s;
    }
    return best != null ? best : members.get(0);
  }

  // ---------------------------------------------------------------- summary

  static boolean summaryWorthy(Sent s) {
    return s.syl.size() >= MIN_SYLLABLES && !s.question() && !Anaphora.referentialStart(s.text)
        && !Anaphora.connectorStart(s.text) && s.norm > 0;
  }

  /**
   * Greedy extractive summary. A candidate's value is its learned score times length^{@code lengthExponent}
   * times (share of its bigrams new to the summary so far)^{@code noveltyExponent}; the most valuable is
   * taken unless it repeats the summary (too close to one chosen sentence, or too few of its bigrams new),
   * until the budget is reached (the last sentence may overshoot it); printed in story order (article
   * date, then position).
   *
   * <p>Values only fall as the summary grows (novelty never rises), so the queue is evaluated lazily: the
   * head is re-valued against the current summary and taken if it still beats the next stale value,
   * otherwise put back. Each pick re-values only the few sentences that lost ground, not every candidate.
   */
  private List<SummarySentence> summary(List<AnalyzedArticle> docs, Sent[][] sents, Vocabulary vocab) {
    SentenceScorer.features(docs, sents, vocab);
    List<Sent> candidates = new ArrayList<>();
    for (Sent[] row : sents)
      for (Sent s : row)
        if (summaryWorthy(s)) {
          s.baseScore = scoring.scorer().score(s.x) * Math.pow(s.syl.size(), scoring.lengthExponent());
          candidates.add(s);
        }
    List<Sent> chosen = new ArrayList<>(select(candidates, summarySyllables, scoring, vocab.bigramIds));
    chosen.sort(Comparator.comparingInt((Sent s) -> s.doc).thenComparingInt(s -> s.start));
    return chosen.stream().map(s -> new SummarySentence(s.text, List.of(s.citation(docs)))).toList();
  }

  /** Highest value first; ties by story order. */
  private static final Comparator<Sent> BY_VALUE = Comparator.comparingDouble((Sent s) -> -s.summaryScore)
      .thenComparingInt(s -> s.doc).thenComparingInt(s -> s.start);

  /**
   * The greedy choice over candidates whose {@code baseScore} is set, in the order they were taken. Same
   * result as re-valuing every candidate after each pick, at the cost of the few that lost ground.
   */
  static List<Sent> select(List<Sent> candidates, int budget, Scoring scoring, java.util.BitSet bigramIds) {
    java.util.PriorityQueue<Sent> queue = new java.util.PriorityQueue<>(Math.max(1, candidates.size()), BY_VALUE);
    for (Sent s : candidates) {
      s.summaryScore = s.baseScore;
      queue.add(s);
    }
    List<Sent> chosen = new ArrayList<>();
    java.util.BitSet covered = new java.util.BitSet();
    int total = 0;
    while (!queue.isEmpty() && total < budget && chosen.size() < MAX_SUMMARY_SENTENCES) {
      Sent c = queue.poll();
      double novelty = novelty(c, covered, bigramIds);
      double value = value(c.baseScore, novelty, scoring.noveltyExponent());
      if (value != c.summaryScore) {
        c.summaryScore = value;
        Sent next = queue.peek();
        if (next != null && BY_VALUE.compare(c, next) > 0) { queue.add(c); continue; }
      }
      if (novelty < scoring.novelty()) continue;
      boolean redundant = false;
      for (Sent k : chosen)
        if (setCosine(c.feats, k.feats) >= scoring.redundancy()) { redundant = true; break; }
      if (redundant) continue;
      chosen.add(c);
      total += c.syl.size();
      for (int f : c.feats) if (bigramIds.get(f)) covered.set(f);
    }
    return chosen;
  }

  /**
   * A candidate's value given its novelty: base x novelty^exponent. A negative base (the scorer predicts
   * a share, but a linear model can go below 0) is pushed further down instead, so the value still falls
   * as the summary covers more of the sentence.
   */
  static double value(double base, double novelty, double exponent) {
    if (exponent == 0) return base;
    double f = Math.pow(novelty, exponent);
    return base >= 0 ? base * f : base * (2 - f);
  }

  /** Share of the sentence's distinct bigrams not yet in {@code covered}; 1 for a sentence without bigrams. */
  static double novelty(Sent s, java.util.BitSet covered, java.util.BitSet bigramIds) {
    int bigrams = 0, fresh = 0;
    for (int f : s.feats)
      if (bigramIds.get(f)) {
        bigrams++;
        if (!covered.get(f)) fresh++;
      }
    return bigrams == 0 ? 1 : (double) fresh / bigrams;
  }

  // ---------------------------------------------------------------- facts

  /**
   * One mention of a number. {@code unit} is the normalised counted noun or unit; {@code key} the
   * content words that say what is counted ("chết", "mất tích"); {@code owner} capitalised words right
   * after the noun ("lính Mỹ" → Mỹ); {@code place} capitalised words after a locative ("ở Iraq").
   * Owner and place are not part of the key, so "2.500 lính Mỹ" and "2.500 quân ở Iraq" meet, but
   * they keep apart two measures that name different places or owners.
   */
  private record Occurrence(int doc, Quantity q, String unit, Set<String> key, Set<String> owner, Set<String> place,
                            int textEnd, int order) {}

  private static final class Measure {
    final String unit;
    final int order;
    final Set<String> owner = new HashSet<>();
    final Set<String> place = new HashSet<>();
    final List<Occurrence> occurrences = new ArrayList<>();

    Measure(String unit, int order) {
      this.unit = unit;
      this.order = order;
    }

    /** Different owners or different places mean different measures; a side that names none fits both. */
    boolean accepts(Occurrence o) {
      return fits(owner, o.owner()) && fits(place, o.place());
    }

    private static boolean fits(Set<String> mine, Set<String> theirs) {
      if (mine.isEmpty() || theirs.isEmpty()) return true;
      for (String w : theirs) if (mine.contains(w)) return true;
      return false;
    }
  }

  /** Counted nouns that name the same thing; the key is the first of each line. */
  static final Map<String, String> UNIT_SYNONYMS = Map.ofEntries(
      Map.entry("lính", "quân"), Map.entry("quân", "quân"), Map.entry("binh sĩ", "quân"), Map.entry("binh sỹ", "quân"),
      Map.entry("quân nhân", "quân"), Map.entry("binh lính", "quân"), Map.entry("quân lính", "quân"),
      Map.entry("người", "người"), Map.entry("người dân", "người"), Map.entry("nạn nhân", "người"),
      Map.entry("thuyền viên", "thuyền viên"), Map.entry("thủy thủ", "thuyền viên"), Map.entry("thuỷ thủ", "thuyền viên"));

  /** Units of amount: a bare amount with no counted thing is not a measure two sources can disagree on. */
  static final Set<String> AMOUNT_UNITS = Set.of("đồng", "vnd", "usd", "eur", "euro", "yen", "jpy", "nhân dân tệ", "cny",
      "bảng", "gbp", "rub", "chf", "krw", "thb", "%", "km", "m", "cm", "mm", "kg", "gram", "tấn", "ha", "km2", "m2",
      "km²", "m²", "m3", "lít", "thùng", "mw", "kw", "độ", "inch", "gb");

  /**
   * Counted nouns too generic to make a number worth reporting ("2 bên", "3 lần", "5 điểm"): the
   * quantity stage keeps them (they are quantities), the story does not show them as key numbers.
   */
  static final Set<String> GENERIC_NOUNS = Set.of("bên", "lần", "phía", "điều", "cách", "loại", "kiểu", "bước", "mặt",
      "ý", "phần", "điểm", "gấp", "thứ", "khía", "khía cạnh", "vấn đề", "nội dung", "yếu tố", "lý do", "lí do",
      "giai đoạn", "hình thức");

  /** A bare count (no unit of measure) below this is too small to be a key number on its own. */
  static final double MIN_REPORTED_COUNT = 3;

  /** Nouns that introduce a name ("tàu X", "tỉnh Y"): they belong with the owner or place, not the key. */
  private static final Set<String> CLASSIFIERS = Set.of("tàu", "tỉnh", "thành", "phố", "huyện", "xã", "quận", "nước",
      "công", "ty", "hãng", "tập", "đoàn", "nhóm", "lực", "lượng", "quân", "đội", "thủ", "đô", "vùng", "khu", "vực");

  /** Function words that make the count a part of the whole ("19 thuyền viên còn lại"): they enter the key. */
  private static final Set<String> SUBSET_WORDS = Set.of("còn", "lại", "khác");

  /** Auxiliaries that may stand between a count and what happened to it ("15 người đã thiệt mạng"). */
  private static final Set<String> AUXILIARIES = Set.of("đã", "bị", "được", "vẫn", "đang", "sẽ", "cũng", "đều");

  /** Particles a verb takes ("nhắm vào", "rút khỏi"): a fact's phrase never ends right before one. */
  private static final Set<String> VERB_PARTICLES = Set.of("vào", "với", "cho", "về", "khỏi", "lên", "xuống", "ra",
      "đến", "tới", "bởi");

  /** The lower-case word starting at the first letter at or after {@code from} (before {@code limit}), or "". */
  private static String wordAt(String text, int from, int limit) {
    int s = from;
    while (s < limit && text.charAt(s) == ' ') s++;
    int e = s;
    while (e < limit && Character.isLetter(text.charAt(e))) e++;
    return text.substring(s, e).toLowerCase(java.util.Locale.ROOT);
  }

  /** Words after which a capitalised name is a place, not an owner. */
  private static final Set<String> LOCATIVES = Set.of("ở", "tại", "trên", "khắp", "đến", "tới", "từ", "quanh");

  static String normaliseUnit(String unit) {
    String u = unit.strip().toLowerCase(java.util.Locale.ROOT);
    return UNIT_SYNONYMS.getOrDefault(u, u);
  }

  /**
   * Whether a quantity is a measure worth reporting as a key number: any amount with a unit of
   * measure ("60 tỷ đồng", "12,6km", "8%"); a count of a specific thing ("21 thuyền viên", "10 nhà
   * ga") when it is at least {@link #MIN_REPORTED_COUNT}; never a count of a generic word ("2 bên",
   * "3 lần"). "nước"/"quốc gia" is not generic ("80 nước" in a coalition is news), so "2 nước đồng
   * ý" falls to the size rule. A small count that another source contradicts is kept by the
   * caller, since the disagreement itself is worth showing.
   */
  static boolean reportable(String unit, double value) {
    if (isAmount(unit)) return true;
    if (GENERIC_NOUNS.contains(unit)) return false;
    return Math.abs(value) >= MIN_REPORTED_COUNT;
  }

  static boolean isAmount(String unit) {
    if (AMOUNT_UNITS.contains(unit)) return true;
    for (int i = 0; i < unit.length(); i++) if ("/$€".indexOf(unit.charAt(i)) >= 0) return true;
    return unit.endsWith(" đồng") || unit.endsWith(" usd") || unit.endsWith(" vnd");
  }

  /**
   * Reads what follows a quantity up to clause punctuation (at most 6 words): owner names right after
   * the noun, content words that say what is counted (at most two, stopping at the first function
   * word once found), and place names after a locative.
   * Measures are looked up by {@link #head}: later words are often the verb and vary between reports.
   */
  private static Occurrence occurrence(int doc, AnalyzedArticle a, Quantity q, int order) {
    String text = a.text();
    int si = sentenceAt(a.sentences(), q.start());
    int limit = si >= 0 ? Math.min(text.length(), a.sentences().get(si).end()) : text.length();
    String unit = normaliseUnit(q.unit());
    Set<String> key = new LinkedHashSet<>(), owner = new LinkedHashSet<>(), place = new LinkedHashSet<>();
    int i = Math.min(q.end(), text.length()), textEnd = i, seen = 0;
    int beforeKey = -1;
    boolean contiguous = true, keyDone = false, locative = false;
    String prev = null;
    while (i < limit && seen < 6) {
      char ch = text.charAt(i);
      if (",.;:!?()\"“”\n–".indexOf(ch) >= 0) break;
      if (!Character.isLetterOrDigit(ch)) { i++; continue; }
      int s = i;
      while (i < limit && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '-')) i++;
      seen++;
      String raw = text.substring(s, i);
      String w = raw.toLowerCase(java.util.Locale.ROOT);
      // "3.000 quân | nhân": the annotator cut a two-syllable counted noun; rejoin it.
      if (seen == 1 && prev == null && UNIT_SYNONYMS.containsKey(q.unit().strip().toLowerCase(java.util.Locale.ROOT) + " " + w)) {
        unit = normaliseUnit(q.unit() + " " + w);
        if (contiguous) textEnd = i;
        prev = w;
        continue;
      }
      prev = w;
      if (Character.isUpperCase(raw.charAt(0))) {
        (locative ? place : owner).add(w);
        if (contiguous) textEnd = i;
        keyDone = true; // what is counted comes before whose or where
        continue;
      }
      if (beforeKey < 0) beforeKey = textEnd; // the first lower-case word after the unit and its owner
      if (CLASSIFIERS.contains(w)) { if (contiguous) textEnd = i; continue; } // "thuyền viên | tàu Minh Hải Star"
      if (LOCATIVES.contains(w)) { locative = true; contiguous = false; keyDone = true; continue; }
      locative = false;
      if (keyDone) { contiguous = false; continue; }
      if (TextFeatures.isContent(w) || SUBSET_WORDS.contains(w)) {
        key.add(w);
        if (contiguous) textEnd = i;
        if (key.size() == 2) keyDone = true;
      } else {
        // "15 người | đã thiệt mạng": an auxiliary before the verb is part of the phrase; any other
        // function word ("người dân | khỏi vùng") ends the counted thing.
        if (!key.isEmpty() || !AUXILIARIES.contains(w)) { keyDone = true; contiguous = false; }
      }
    }
    // "hơn 150 cuộc tấn công nhắm | vào …": the words read stop at a verb whose particle follows; the shown
    // phrase ends before them rather than mid-verb.
    if (beforeKey >= 0 && textEnd > beforeKey && VERB_PARTICLES.contains(wordAt(text, textEnd, limit))) textEnd = beforeKey;
    return new Occurrence(doc, q, unit, key, owner, place, textEnd, order);
  }

  /**
   * The word that, with the unit, names the measure. After a one-syllable noun the next word still
   * says what is counted ("người | chết", "người | mất tích"); after a whole compound the quantity
   * stage already gave the thing ("nhà ga", "thuyền viên"), so what follows is a predicate that
   * varies between reports ("nhà ga | phục vụ") and only a subset word ("còn lại") sets it apart.
   */
  private static String head(Occurrence o) {
    if (o.key().isEmpty()) return "";
    if (o.unit().indexOf(' ') < 0) return o.key().iterator().next();
    for (String w : o.key()) if (SUBSET_WORDS.contains(w)) return w;
    return "";
  }

  private List<Fact> facts(List<AnalyzedArticle> docs, Sent[][] sents) {
    Map<String, List<Measure>> byKey = new HashMap<>();
    List<Measure> measures = new ArrayList<>();
    int order = 0;
    for (int d = 0; d < docs.size(); d++) {
      AnalyzedArticle a = docs.get(d);
      for (Quantity q : a.quantities()) {
        if (q.unit() == null || q.unit().isBlank() || Double.isNaN(q.value()) || q.start() < 0 || q.start() > q.end()
            || q.end() > a.text().length()) continue;
        Occurrence o = occurrence(d, a, q, order++);
        // A bare amount ("60 tỷ đồng") with nothing to say what it pays for is its own fact: two such
        // amounts are different sums, not two sources disagreeing.
        // The same sum from several sources is still one fact, so such amounts are keyed by their value.
        boolean loose = o.key().isEmpty() && isAmount(o.unit());
        String k = o.unit() + '\u0000' + (loose ? "=" + o.q().value() : head(o));
        Measure m = null;
        for (Measure c : byKey.getOrDefault(k, List.of()))
          if (c.accepts(o)) { m = c; break; }
        if (m == null) {
          m = new Measure(o.unit(), measures.size());
          measures.add(m);
          byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(m);
        }
        m.occurrences.add(o);
        m.owner.addAll(o.owner());
        m.place.addAll(o.place());
      }
    }
    record Ranked(Fact fact, int order) {}
    List<Ranked> all = new ArrayList<>();
    for (Measure m : measures) {
      Map<Double, List<Occurrence>> byValue = new LinkedHashMap<>();
      for (Occurrence o : m.occurrences) byValue.computeIfAbsent(o.q().value() + 0.0, v -> new ArrayList<>()).add(o);
      List<List<Occurrence>> groups = new ArrayList<>(byValue.values());
      // Values that sources give at about the same time disagree; join them (union-find over the few
      // values of one measure) and show each set once: the best-sourced value with the others beside it.
      int[] parent = new int[groups.size()];
      for (int i = 0; i < parent.length; i++) parent[i] = i;
      for (int i = 0; i < groups.size(); i++)
        for (int j = i + 1; j < groups.size(); j++)
          if (conflicting(docs, groups.get(i), groups.get(j))) parent[find(parent, j)] = find(parent, i);
      Map<Integer, List<List<Occurrence>>> sets = new LinkedHashMap<>();
      for (int i = 0; i < groups.size(); i++) sets.computeIfAbsent(find(parent, i), x -> new ArrayList<>()).add(groups.get(i));
      for (List<List<Occurrence>> set : sets.values()) {
        boolean worth = false;
        for (List<Occurrence> g : set) worth |= reportable(m.unit, g.get(0).q().value());
        // one value a source gives and another contradicts is worth showing even when small
        if (!worth && !(set.size() > 1 && !GENERIC_NOUNS.contains(m.unit))) continue;
        set.sort(Comparator.comparingInt((List<Occurrence> g) -> -distinctDocs(g)).thenComparingInt(g -> g.get(0).order()));
        List<Fact> conflicts = new ArrayList<>();
        for (List<Occurrence> g : set.subList(1, set.size())) conflicts.add(fact(docs, m.unit, g, List.of()));
        List<Occurrence> main = set.get(0);
        all.add(new Ranked(fact(docs, m.unit, main, conflicts), main.get(0).order()));
      }
    }
    // A disagreement between sources is what a reader must see first; then what most sources give.
    all.sort(Comparator.comparingInt((Ranked r) -> r.fact().conflicts().isEmpty() ? 1 : 0)
        .thenComparingInt(r -> -distinctArticles(r.fact()))
        .thenComparingDouble(r -> -Math.abs(r.fact().value())).thenComparingInt(Ranked::order));
    return all.stream().limit(MAX_FACTS).map(Ranked::fact).toList();
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) i = parent[i] = parent[parent[i]];
    return i;
  }

  private static int distinctDocs(List<Occurrence> g) {
    Set<Integer> d = new HashSet<>();
    for (Occurrence o : g) d.add(o.doc());
    return d.size();
  }

  private static int distinctArticles(Fact f) {
    Set<String> d = new HashSet<>();
    for (Citation c : f.citations()) d.add(c.article());
    return d.size();
  }

  /**
   * Another article gives another number for the same measure at about the same time, or the two
   * values alternate (one value reported before and again after the other): an update replaces the
   * old number, so an old number that comes back is a disagreement, not an update.
   */
  private static boolean conflicting(List<AnalyzedArticle> docs, List<Occurrence> main, List<Occurrence> other) {
    // Sources that disagree give numbers of one size; 14.000 houses and 2 houses are different measures.
    double x = Math.abs(main.get(0).q().value()), y = Math.abs(other.get(0).q().value());
    if (Math.max(x, y) > CONFLICT_RATIO * Math.min(x, y)) return false;
    // "66 người" on board and "30 người Ai Cập" among them: a number whose owner or place is named counts a part of
    // what an unqualified one counts, so only reports qualified alike can disagree.
    if ((qualification(main) & qualification(other)) == 0 || roughlyEqual(main, other)) return false;
    for (Occurrence a : main)
      for (Occurrence b : other) {
        if (a.doc() == b.doc()) continue;
        PartialDate pa = docs.get(a.doc()).published(), pb = docs.get(b.doc()).published();
        if (pa == null || pb == null) return true;
        long gap = Math.abs(pa.start().toEpochDay() - pb.start().toEpochDay());
        if (gap <= CONFLICT_DAYS) return true;
      }
    return alternate(docs, main, other) || alternate(docs, other, main);
  }

  /**
   * Two reports that round one number ("9.014.000" and "9 triệu") or hedge it ("gần 71 triệu" and
   * "70,8 triệu", "hơn 100" and "hơn 103,3": within 10 %, on the hedge's side) agree rather than disagree.
   */
  static boolean roughlyEqual(List<Occurrence> main, List<Occurrence> other) {
    // Each list holds one value (the caller groups occurrences by value): only their qualifiers differ, so the
    // check runs over the few distinct qualifiers, never over every pair of reports.
    double x = Math.abs(main.get(0).q().value()), y = Math.abs(other.get(0).q().value());
    if (rounds(x, y) || rounds(y, x)) return true;
    Set<String> qa = qualifiers(main), qb = qualifiers(other);
    for (String q : qa)
      if (admits(q, x, y) || q != null && qb.contains(q) && Math.abs(x - y) <= HEDGE_GAP * Math.max(x, y)) return true;
    for (String q : qb) if (admits(q, y, x)) return true;
    return false;
  }

  private static Set<String> qualifiers(List<Occurrence> g) {
    Set<String> out = new HashSet<>();
    for (Occurrence o : g) out.add(o.q().qualifier());
    return out;
  }

  /** Which of the four ways of qualifying a count (owner named or not, place named or not) the reports use, as bits. */
  private static int qualification(List<Occurrence> g) {
    int bits = 0;
    for (Occurrence o : g) bits |= 1 << ((o.owner().isEmpty() ? 0 : 1) + (o.place().isEmpty() ? 0 : 2));
    return bits;
  }

  /** A hedged number ("khoảng", "hơn", "gần" x) admits y when y lies on its side of x, within {@link #HEDGE_GAP}. */
  private static boolean admits(String qualifier, double x, double y) {
    if (qualifier == null || Math.abs(x - y) > HEDGE_GAP * Math.max(x, y)) return false;
    return switch (qualifier) {
      case "about" -> true;
      case "more_than", "at_least" -> y >= x;
      case "nearly", "less_than", "at_most" -> y <= x;
      default -> false;
    };
  }

  static final double ROUNDING_GAP = 0.05, HEDGE_GAP = 0.1;

  /** coarse is fine rounded to coarse's fewer significant digits ("9 triệu" for 9.014.000), within {@link #ROUNDING_GAP}. */
  static boolean rounds(double coarse, double fine) {
    if (coarse <= 0 || fine <= 0 || Math.abs(coarse - fine) > ROUNDING_GAP * Math.max(coarse, fine)) return false;
    int digits = significantDigits(coarse);
    if (digits >= significantDigits(fine)) return false;
    double scale = Math.pow(10, Math.floor(Math.log10(fine)) - digits + 1);
    return Math.abs(Math.round(fine / scale) * scale - coarse) <= 1e-9 * coarse;
  }

  private static int significantDigits(double v) {
    return java.math.BigDecimal.valueOf(v).stripTrailingZeros().precision();
  }

  /** Some article with value a predates, and another postdates, an article with value b. */
  private static boolean alternate(List<AnalyzedArticle> docs, List<Occurrence> a, List<Occurrence> b) {
    long bFirst = Long.MAX_VALUE, bLast = Long.MIN_VALUE;
    for (Occurrence o : b) {
      PartialDate p = docs.get(o.doc()).published();
      if (p == null) continue;
      bFirst = Math.min(bFirst, p.start().toEpochDay());
      bLast = Math.max(bLast, p.start().toEpochDay());
    }
    boolean before = false, after = false;
    for (Occurrence o : a) {
      PartialDate p = docs.get(o.doc()).published();
      if (p == null) continue;
      long d = p.start().toEpochDay();
      if (d < bFirst) before = true;
      if (d > bLast) after = true;
    }
    return before && after;
  }

  private static Fact fact(List<AnalyzedArticle> docs, String unit, List<Occurrence> g, List<Fact> conflicts) {
    Occurrence first = g.get(0);
    String text = docs.get(first.doc()).text().substring(first.q().start(), Math.max(first.q().end(), first.textEnd()));
    List<Citation> cites = g.stream().map(o -> new Citation(docs.get(o.doc()).id(), o.q().start(), o.q().end())).toList();
    return new Fact(text.strip(), first.q().value(), unit, cites, conflicts);
  }

  // ---------------------------------------------------------------- actors, quotes, title

  private static List<Actor> actors(List<AnalyzedArticle> docs, Map<String, Entity> byId) {
    Map<String, int[]> counts = new LinkedHashMap<>(); // id → {mentions, articles}
    Map<String, EntityMention> firstMention = new HashMap<>();
    for (AnalyzedArticle a : docs) {
      Set<String> inArticle = new HashSet<>();
      for (EntityMention m : a.entities()) {
        if (m.entity() == null) continue;
        EntityType type = byId.containsKey(m.entity()) ? byId.get(m.entity()).type() : m.type();
        if (type == EntityType.MISC) continue;
        int[] c = counts.computeIfAbsent(m.entity(), k -> new int[2]);
        c[0]++;
        if (inArticle.add(m.entity())) c[1]++;
        firstMention.putIfAbsent(m.entity(), m);
      }
      // "Thủ tướng Iraq sẽ gặp …": a mention by title alone counts for the person it names (who was named in this
      // article too, so the article is already counted)
      for (EntityReference r : a.references()) {
        int[] c = counts.get(r.entity());
        if (c != null && inArticle.contains(r.entity())) c[0]++;
      }
    }
    List<Actor> out = new ArrayList<>();
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      Entity ent = byId.get(e.getKey());
      EntityMention m = firstMention.get(e.getKey());
      out.add(new Actor(e.getKey(), ent != null ? ent.name() : m.text(), ent != null ? ent.type() : m.type(),
          e.getValue()[0], e.getValue()[1]));
    }
    out.sort(Comparator.comparingInt((Actor a) -> -a.articles()).thenComparingInt(a -> -a.mentions())
        .thenComparing(Actor::name).thenComparing(Actor::entity));
    return out.size() > MAX_ACTORS ? List.copyOf(out.subList(0, MAX_ACTORS)) : out;
  }

  private static List<StoryQuote> quotes(List<AnalyzedArticle> docs, Sent[][] sents, Map<String, Entity> byId) {
    record Placed(StoryQuote quote, PartialDate date, int doc, int start) {}
    List<Placed> placed = new ArrayList<>();
    for (int d = 0; d < docs.size(); d++) {
      AnalyzedArticle a = docs.get(d);
      Map<Integer, EventTime> eventTime = new HashMap<>();
      for (EventTime et : a.eventTimes()) eventTime.putIfAbsent(et.sentence(), et);
      for (Quote q : a.quotes()) {
        // A citation must point into the text; a span outside it is an annotator bug, not a quote.
        if (q.start() < 0 || q.end() > a.text().length() || q.start() > q.end()) continue;
        PartialDate date = speechDate(a, q, eventTime);
        Entity speaker = q.speakerEntity() == null ? null : byId.get(q.speakerEntity());
        String name = displayedSpeaker(q.speaker(), speaker);
        placed.add(new Placed(new StoryQuote(name, q.speakerEntity(), q.text(), date == null ? null : date.iso(),
            new Citation(a.id(), q.start(), q.end())), date, d, q.start()));
      }
    }
    placed.sort(Comparator.comparing(Placed::date, Comparator.nullsLast(DATE_ORDER))
        .thenComparingInt(Placed::doc).thenComparingInt(Placed::start));
    // Syndicated copies carry the same words from the same speaker: one quote, every report cited. Only quotes of
    // one speaker are compared, so the pass is quadratic in one speaker's quotes, not the story's.
    record Merged(StoryQuote first, Set<String> pairs, Set<Integer> docs, List<Citation> citations) {}
    Map<String, List<Merged>> bySpeaker = new HashMap<>();
    List<Merged> merged = new ArrayList<>(placed.size());
    for (Placed p : placed) {
      StoryQuote q = p.quote();
      Set<String> pairs = syllablePairs(q.text());
      List<Merged> same = bySpeaker.computeIfAbsent(speakerKey(q), k -> new ArrayList<>());
      Merged into = null;
      for (Merged m : same) {
        if (!m.docs().contains(p.doc()) && sameWords(m.pairs(), pairs)) { into = m; break; }
      }
      if (into == null) {
        into = new Merged(q, pairs, new HashSet<>(), new ArrayList<>());
        same.add(into);
        merged.add(into);
      }
      into.docs().add(p.doc());
      into.citations().add(q.citation());
    }
    List<StoryQuote> out = new ArrayList<>(merged.size());
    for (Merged m : merged) {
      StoryQuote q = m.first();
      out.add(new StoryQuote(q.speaker(), q.speakerEntity(), q.text(), q.date(), q.citation(), m.citations()));
    }
    return out;
  }

  /** Two quotes of one speaker are the same words when most word pairs of the shorter are in the longer. */
  static final double SAME_WORDS_OVERLAP = 0.7;

  private static String speakerKey(StoryQuote q) {
    if (q.speakerEntity() != null) return "e:" + q.speakerEntity();
    return q.speaker() == null ? "?" : "s:" + VietText.collapsedMatchKey(q.speaker());
  }

  /** Adjacent syllable pairs of a quote, lower-cased: word order matters, so reworded claims stay apart. */
  static Set<String> syllablePairs(String text) {
    List<String> syl = TextFeatures.syllables(text, 0, text.length());
    Set<String> out = new HashSet<>();
    for (int i = 1; i < syl.size(); i++) out.add(syl.get(i - 1) + ' ' + syl.get(i));
    return out;
  }

  static boolean sameWords(Set<String> a, Set<String> b) {
    Set<String> small = a.size() <= b.size() ? a : b, large = small == a ? b : a;
    // A short quote ("có vụ tấn công") shares a few pairs with anything on its subject: it merges only when equal.
    if (small.size() < 5) return a.equals(b) && !a.isEmpty();
    int shared = 0;
    for (String p : small) if (large.contains(p)) shared++;
    return shared >= SAME_WORDS_OVERLAP * small.size();
  }

  /**
   * The speaker as the story shows it: the entity's canonical name ("bà Romanowski" → "Alina Romanowski"), except
   * for a body linked to its country ("Chính phủ Iraq", "Quân đội Mỹ" → Iraq, Mỹ): the place's name alone would put
   * the words in a whole country's mouth, so the article's own words stay.
   */
  static String displayedSpeaker(String said, Entity speaker) {
    if (speaker == null) return said;
    if (said == null || said.isBlank() || speaker.type() != EntityType.LOCATION) return speaker.name();
    String key = VietText.collapsedMatchKey(said);
    if (key.equals(VietText.collapsedMatchKey(speaker.name()))) return speaker.name();
    for (String alias : speaker.aliases()) if (key.equals(VietText.collapsedMatchKey(alias))) return speaker.name();
    return said.strip();
  }

  /**
   * When the words were said: a date of the quote's sentences that lies outside what was said ("Ngày 24/3, bà X
   * nhận định …", "…, ông nói hôm qua"), else the publication date. A date inside the content is the date of what
   * the speaker talks about ("cho biết cuộc tấn công ngày 7.2 …"), not of the speech; a date after publication
   * is a plan, not a speech.
   */
  static PartialDate speechDate(AnalyzedArticle a, Quote q, Map<Integer, EventTime> eventTime) {
    PartialDate published = a.published();
    int first = sentenceAt(a.sentences(), q.start());
    if (first < 0) return published;
    int last = Math.max(first, sentenceAt(a.sentences(), Math.max(q.start(), q.end() - 1)));
    // The sentence's own event date when the expression behind it is outside the content (it may come from an
    // earlier sentence that set the scene: "Sáng 8/2, ông X phát biểu. Ông nói rằng …").
    EventTime et = eventTime.get(first);
    if (et != null && et.time() >= 0 && et.time() < a.times().size()) {
      TimeExpression t = a.times().get(et.time());
      PartialDate d = outside(t, q) ? spoken(PartialDate.parseIso(et.value()).orElse(null), published) : null;
      if (d != null) return d;
    }
    int from = a.sentences().get(first).start(), to = a.sentences().get(last).end();
    for (TimeExpression t : a.times()) {
      if (t.start() < from || t.end() > to || !outside(t, q)) continue;
      if (t.type() != TimeType.DATE && t.type() != TimeType.TIME) continue;
      PartialDate d = spoken(PartialDate.parseIso(t.value()).orElse(null), published);
      if (d != null) return d;
    }
    return published;
  }

  private static boolean outside(TimeExpression t, Quote q) { return t.end() <= q.start() || t.start() >= q.end(); }

  /** {@code d} unless it is unknown or begins after the publication date. */
  private static PartialDate spoken(PartialDate d, PartialDate published) {
    if (d == null) return null;
    return published != null && d.start().isAfter(published.end()) ? null : d;
  }

  /**
   * The headline of the most central article (the one whose sentences sit closest to the group
   * centroid); without headlines, its lead sentence; without sentences, the top actors.
   */
  private static String title(String id, List<AnalyzedArticle> docs, Sent[][] sents, List<Actor> actors) {
    int best = -1;
    double bestScore = -1;
    for (int d = 0; d < docs.size(); d++) {
      double sum = 0;
      int n = Math.min(5, sents[d].length);
      for (int i = 0; i < n; i++) sum += sents[d][i].centrality;
      double avg = n == 0 ? 0 : sum / n;
      if (avg > bestScore) { bestScore = avg; best = d; }
    }
    if (best >= 0) {
      String headline = docs.get(best).article().title();
      if (headline != null && !headline.isBlank()) return TextFeatures.trim(headline, MAX_TITLE);
      for (AnalyzedArticle a : orderedFrom(docs, best))
        if (!a.article().title().isBlank()) return TextFeatures.trim(a.article().title(), MAX_TITLE);
      // The first of the lead sentences that makes a whole headline; else the first, cut with "…".
      String first = null;
      int tried = 0;
      for (Sent s : sents[best]) {
        if (s.syl.size() < MIN_SYLLABLES || Anaphora.referentialStart(s.text) || s.question()) continue;
        String h = headline(s.text);
        if (!h.endsWith("…")) return h;
        if (first == null) first = h;
        if (++tried == 2) break;
      }
      if (first != null) return first;
    }
    if (!actors.isEmpty())
      return TextFeatures.trim(String.join(", ", actors.stream().limit(3).map(Actor::name).toList()), MAX_TITLE);
    return id;
  }

  /** Openers of a scene-setting phrase ("Trong cuộc phỏng vấn …,", "Sáng 3/11,") that a headline drops. */
  private static final List<String> OPENERS = List.of("trong", "theo", "tại", "ngày", "sáng", "chiều", "tối", "trưa",
      "đêm", "hôm", "khoảng", "đến", "sau", "trước", "khi", "vào", "từ", "tuần", "tháng", "năm", "hồi", "cuối", "đầu");

  /**
   * A headline from a lead sentence: the scene-setting phrase before the first comma is dropped when
   * it starts like one, the rest is cut at the last clause comma that fits {@link #MAX_TITLE}, and
   * only then, with no such comma, at a word with "…".
   */
  static String headline(String sentence) {
    String t = sentence.strip();
    while (!t.isEmpty() && ".!;:".indexOf(t.charAt(t.length() - 1)) >= 0) t = t.substring(0, t.length() - 1).stripTrailing();
    int comma = t.indexOf(", ");
    if (comma > 0 && comma < t.length() / 2) {
      String lower = t.toLowerCase(java.util.Locale.ROOT);
      for (String o : OPENERS)
        if (Anaphora.startsWithWord(lower, o)) {
          String rest = t.substring(comma + 2).strip();
          if (TextFeatures.syllables(rest, 0, rest.length()).size() >= MIN_SYLLABLES)
            t = Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
          break;
        }
    }
    if (t.length() <= MAX_TITLE) return t;
    int cut = t.lastIndexOf(", ", MAX_TITLE);
    if (cut >= 30) return t.substring(0, cut);
    return TextFeatures.trim(t, MAX_TITLE);
  }

  private static List<AnalyzedArticle> orderedFrom(List<AnalyzedArticle> docs, int first) {
    List<AnalyzedArticle> out = new ArrayList<>(docs);
    Collections.rotate(out, -first);
    return out;
  }
}
