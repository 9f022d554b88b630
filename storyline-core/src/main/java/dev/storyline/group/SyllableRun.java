package dev.storyline.group;

import java.util.Arrays;

/**
 * A document's syllables scanned once: 64-bit hashes of the lower-cased NFC syllables, in order, each
 * with whether punctuation separated it from the previous one. The title's syllables come first.
 *
 * <p>The vectoriser and the near-duplicate finder both read a document word by word; scanning it once
 * into hashes (no String per syllable) lets that scan run on every core while the vocabulary, which
 * must hand out ids in document order, stays a cheap sequential pass over numbers.
 */
record SyllableRun(long[] hashes, boolean[] breakBefore, int titleEnd) {

  /** Start value of a syllable's hash (see {@link #hash(CharSequence)}). */
  static final long SEED = 1125899906842597L;

  static SyllableRun of(String title, String text) {
    Builder b = new Builder();
    b.scan(Syllables.normalize(title));
    int titleEnd = b.size;
    b.scan(Syllables.normalize(text));
    return new SyllableRun(Arrays.copyOf(b.hashes, b.size), Arrays.copyOf(b.brk, b.size), titleEnd);
  }

  int size() { return hashes.length; }

  /**
   * Multiplier of the polynomial hash: a large odd constant, so that the sums of a few small char
   * differences never cancel (with 31, "xạ" and a two-letter syllable whose chars differ by 31 and 1
   * collide, and Vietnamese letters are 31 apart often enough to merge syllables on a real corpus).
   */
  private static final long MULTIPLIER = 0x9E3779B97F4A7C15L;

  /** Hash of an already normalised syllable, as the scanner computes it. */
  static long hash(CharSequence syllable) {
    long h = SEED;
    for (int i = 0; i < syllable.length(); i++) h = (h + syllable.charAt(i)) * MULTIPLIER;
    return NearDuplicates.mix(h);
  }

  private static final class Builder {
    long[] hashes = new long[512];
    boolean[] brk = new boolean[512];
    int size;

    /** {@link Syllables#scan} without a String per syllable. */
    void scan(String t) {
      int n = t.length();
      int i = 0;
      boolean pending = true;
      while (i < n) {
        char c = t.charAt(i);
        if (Syllables.isWordChar(c)) {
          long h = SEED;
          while (i < n && Syllables.isWordChar(c = t.charAt(i))) { h = (h + c) * MULTIPLIER; i++; }
          if (size == hashes.length) {
            hashes = Arrays.copyOf(hashes, size * 2);
            brk = Arrays.copyOf(brk, size * 2);
          }
          hashes[size] = NearDuplicates.mix(h);
          brk[size++] = pending;
          pending = false;
        } else {
          // Spaces keep a bigram chain alive; anything else (punctuation, line breaks) cuts it.
          if (c != ' ' && c != '\u00a0' && c != '\t') pending = true;
          i++;
        }
      }
    }
  }
}
