package dev.storyline.analysis.entity;

/**
 * The words a tokenizer thread has already cut, with their keys, looked up by the characters of the text: a word seen
 * before is not cut again.
 *
 * <p>Why: news repeats a small vocabulary (a few thousand syllables make up most of any article), yet each occurrence
 * cost a substring (an allocation and a failed Latin-1 compression for an accented word), a lower-casing and a key,
 * and its hash was computed again at the first set look-up. A hit here costs one hash over the word's characters, a
 * probe and a character comparison, and hands back strings whose hashes are already cached.
 *
 * <p>One instance per platform thread ({@link #forThisThread}); never shared. It grows to {@link #MAX_WORDS} words and
 * then only answers: the words met first in a stream of news are the common ones, and a bound keeps a long-running
 * server's memory flat. The strings it returns equal, character for character, what cutting would have given, and
 * keep the same identity relations (a key that was the surface itself still is), so the output cannot depend on it.
 */
final class WordCache {
  /** About 1.5 MB of strings and tables per thread when full (a table of 32,768 slots, at most half used). */
  static final int MAX_WORDS = 16_384;

  private static final ThreadLocal<WordCache> PER_THREAD = ThreadLocal.withInitial(WordCache::new);

  private int[] hashes = new int[1024];
  private String[] surfaces = new String[1024];
  private String[] keys = new String[1024];
  private String[] lowers = new String[1024];
  private int mask = 1023;
  private int size;

  /** This thread's cache, or null on a virtual thread (a table per short-lived task would cost more than it saves). */
  static WordCache forThisThread() {
    return Thread.currentThread().isVirtual() ? null : PER_THREAD.get();
  }

  /** {@link String#hashCode} of text[s, e), computed over the characters without cutting them out. */
  static int hash(String text, int s, int e) {
    int h = 0;
    for (int k = s; k < e; k++) h = 31 * h + text.charAt(k);
    return h;
  }

  /** The slot holding text[s, e) (whose hash is h), or -1. */
  int find(String text, int s, int e, int h) {
    int len = e - s;
    for (int i = spread(h) & mask; ; i = (i + 1) & mask) {
      String w = surfaces[i];
      if (w == null) return -1;
      if (hashes[i] == h && w.length() == len && text.regionMatches(s, w, 0, len)) return i;
    }
  }

  String surface(int slot) { return surfaces[slot]; }

  String key(int slot) { return keys[slot]; }

  /** The word lower-cased when its key is exactly that (see {@link EntityRecognizer.TokenWords}), else null. */
  String lower(int slot) { return lowers[slot]; }

  /** Remembers a word just cut (not already here), unless the cache is full. */
  void put(int h, String surface, String key, String lower) {
    if (size >= MAX_WORDS) return;
    if ((size + 1) * 2 > hashes.length) grow();
    insert(h, surface, key, lower);
    size++;
  }

  private void insert(int h, String surface, String key, String lower) {
    int i = spread(h) & mask;
    while (surfaces[i] != null) i = (i + 1) & mask;
    hashes[i] = h;
    surfaces[i] = surface;
    keys[i] = key;
    lowers[i] = lower;
  }

  private void grow() {
    int[] oh = hashes;
    String[] os = surfaces, ok = keys, ol = lowers;
    int cap = oh.length * 2;
    hashes = new int[cap];
    surfaces = new String[cap];
    keys = new String[cap];
    lowers = new String[cap];
    mask = cap - 1;
    for (int i = 0; i < oh.length; i++) if (os[i] != null) insert(oh[i], os[i], ok[i], ol[i]);
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }
}
