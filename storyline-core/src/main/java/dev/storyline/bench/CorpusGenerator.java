package dev.storyline.bench;

import dev.storyline.analysis.SentenceSplitter;
import dev.storyline.model.PartialDate;
import dev.storyline.model.RawArticle;
import dev.storyline.model.Sentence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * A synthetic Vietnamese-like corpus of any size, for benchmarks: each article recombines sentences of a
 * small seed corpus (the bundled examples), with the people and places' names shuffled among the names the
 * seeds contain, and every number and date redrawn. Articles come in stories of {@link #STORY_SIZE}
 * consecutive ids that share a topic (the seed file's letter prefix), a cast of names and a date range, so
 * grouping has real work to do.
 *
 * <p>Deterministic: article i depends only on the seeds, the seed number and i, so a corpus can be
 * streamed ({@link #article(int)}) without storing it, and 10k, 100k or 1M articles are the same prefix.
 * The text is nonsense as news; it has the length, alphabet, punctuation and name/number density of news,
 * which is what the throughput of the stages depends on.
 */
public final class CorpusGenerator {
  /** Consecutive articles that form one synthetic story. */
  public static final int STORY_SIZE = 8;

  private final long seed;
  private final List<List<String>> topics = new ArrayList<>();
  private final List<String> allSentences = new ArrayList<>();
  private final List<String> names;

  /**
   * @param seeds articles whose sentences and names are recombined; their ids' leading letters ("a", "b" in
   *              "a01-…") are the topics
   */
  public CorpusGenerator(List<RawArticle> seeds, long seed) {
    if (seeds.isEmpty()) throw new IllegalArgumentException("no seed articles");
    this.seed = seed;
    Map<String, List<String>> byTopic = new LinkedHashMap<>();
    TreeSet<String> foundNames = new TreeSet<>();
    SentenceSplitter splitter = new SentenceSplitter();
    List<RawArticle> sorted = new ArrayList<>(seeds);
    sorted.sort((x, y) -> x.id().compareTo(y.id()));
    for (RawArticle a : sorted) {
      List<String> pool = byTopic.computeIfAbsent(topic(a.id()), k -> new ArrayList<>());
      for (Sentence s : splitter.split(a.text())) {
        String text = a.text().substring(s.start(), s.end());
        if (text.length() < 20) continue;
        pool.add(text);
        allSentences.add(text);
        collectNames(text, foundNames);
      }
    }
    for (List<String> pool : byTopic.values()) if (!pool.isEmpty()) topics.add(List.copyOf(pool));
    if (topics.isEmpty()) throw new IllegalArgumentException("seed articles have no sentence");
    this.names = List.copyOf(foundNames);
  }

  /** The first n articles. */
  public List<RawArticle> generate(int n) {
    List<RawArticle> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) out.add(article(i));
    return out;
  }

  /** Article number i (0-based); the same for the same seeds and seed number. */
  public RawArticle article(int i) {
    int story = i / STORY_SIZE;
    SplittableRandom storyRng = new SplittableRandom(mix(seed, story));
    List<String> topic = topics.get(storyRng.nextInt(topics.size()));
    LocalDate base = LocalDate.of(2012, 1, 1).plusDays(storyRng.nextInt(12 * 365));
    String[] cast = new String[Math.min(6, Math.max(1, names.size()))];
    for (int k = 0; k < cast.length; k++) cast[k] = names.isEmpty() ? "" : names.get(storyRng.nextInt(names.size()));

    SplittableRandom rng = new SplittableRandom(mix(seed ^ 0x5DEECE66DL, i));
    LocalDate date = base.plusDays(rng.nextInt(40));
    int sentences = 10 + rng.nextInt(25);
    StringBuilder text = new StringBuilder(sentences * 150);
    String title = null;
    int inParagraph = 0, paragraphLength = 1 + rng.nextInt(3);
    for (int s = 0; s < sentences; s++) {
      List<String> pool = rng.nextInt(5) == 0 ? allSentences : topic;
      String sentence = rewrite(pool.get(rng.nextInt(pool.size())), cast, rng);
      if (title == null) title = firstWords(sentence, 10);
      if (inParagraph == paragraphLength) {
        text.append('\n');
        inParagraph = 0;
        paragraphLength = 1 + rng.nextInt(3);
      } else if (inParagraph > 0) {
        text.append(' ');
      }
      text.append(sentence);
      inParagraph++;
    }
    String id = String.format("gen-%07d", i);
    return new RawArticle(id, "generated:" + i, title, text.toString(), PartialDate.of(date), "", "");
  }

  /** Names swapped for the story's cast (same name, same stand-in within a sentence), digits redrawn. */
  private static String rewrite(String sentence, String[] cast, SplittableRandom rng) {
    StringBuilder out = new StringBuilder(sentence.length() + 16);
    int n = sentence.length();
    int i = 0;
    boolean first = true;
    boolean afterSlash = false;
    while (i < n) {
      char c = sentence.charAt(i);
      if (Character.isDigit(c)) {
        int j = i;
        while (j < n && Character.isDigit(sentence.charAt(j))) j++;
        int len = j - i;
        boolean slashAfter = j + 1 < n && sentence.charAt(j) == '/' && Character.isDigit(sentence.charAt(j + 1));
        if (afterSlash && len <= 2) out.append(1 + rng.nextInt(12));          // month of "d/m"
        else if (slashAfter && len <= 2) out.append(1 + rng.nextInt(28));     // day of "d/m"
        else if (len == 4 && (sentence.startsWith("19", i) || sentence.startsWith("20", i))) out.append(2010 + rng.nextInt(15));
        else {
          out.append((char) ('1' + rng.nextInt(9)));
          for (int k = 1; k < len; k++) out.append((char) ('0' + rng.nextInt(10)));
        }
        afterSlash = slashAfter;
        i = j;
        first = false;
        continue;
      }
      if (c != '/') afterSlash = false;
      if (Character.isUpperCase(c) && (i == 0 || sentence.charAt(i - 1) == ' ')) {
        int end = nameEnd(sentence, i);
        if (end > 0 && !first && cast.length > 0 && !cast[0].isEmpty()) {
          String name = sentence.substring(i, end);
          out.append(cast[Math.floorMod(name.hashCode(), cast.length)]);
          i = end;
          continue;
        }
      }
      if (!Character.isWhitespace(c)) first = false;
      out.append(c);
      i++;
    }
    return out.toString();
  }

  /** End of a run of 2+ capitalised words starting at i, or -1. */
  private static int nameEnd(String s, int i) {
    int words = 0, end = -1, p = i;
    int n = s.length();
    while (p < n && Character.isUpperCase(s.charAt(p))) {
      int q = p + 1;
      while (q < n && Character.isLetter(s.charAt(q))) q++;
      words++;
      if (words >= 2) end = q;
      if (q < n && s.charAt(q) == ' ' && q + 1 < n) p = q + 1;
      else break;
    }
    return end;
  }

  private static void collectNames(String sentence, TreeSet<String> into) {
    for (int i = 1; i < sentence.length(); i++) {
      if (sentence.charAt(i - 1) == ' ' && Character.isUpperCase(sentence.charAt(i))) {
        int end = nameEnd(sentence, i);
        if (end > 0) {
          into.add(sentence.substring(i, end));
          i = end;
        }
      }
    }
  }

  private static String firstWords(String s, int words) {
    int count = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == ' ' && ++count == words) return s.substring(0, i);
    }
    return s;
  }

  private static String topic(String id) {
    int i = 0;
    while (i < id.length() && Character.isLetter(id.charAt(i))) i++;
    return id.substring(0, i);
  }

  private static long mix(long a, long b) {
    long z = a * 0x9E3779B97F4A7C15L + b;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
