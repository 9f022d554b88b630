package dev.storyline.analysis;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * An immutable set of words for the annotators' hot loops, where nearly every token is looked up in a dozen
 * small sets and nearly every look-up misses.
 *
 * <p>Why not {@code Set.of}: its table ({@code ImmutableCollections.SetN}) takes a {@code floorMod} of the
 * hash, and compares the query with every entry it probes by {@code equals}. Vietnamese syllables are short
 * and of few lengths, so those comparisons often read both strings' bytes. JFR put {@code SetN.probe} at
 * about a tenth of the per-article analysis time. Here the table size is a power of two, holds at most a
 * quarter of entries, and keeps each entry's hash beside it: a miss usually costs one array read and an
 * int comparison, and {@code equals} runs only when the hashes agree. Iteration keeps insertion order.
 */
public final class WordSet extends AbstractSet<String> {
  private static final WordSet EMPTY = new WordSet(new String[0]);

  private final String[] words;
  private final String[] table;
  private final int[] hashes;
  private final int mask;

  private WordSet(String[] words) {
    this.words = words;
    int cap = 8;
    while (cap < words.length * 4) cap <<= 1;
    table = new String[cap];
    hashes = new int[cap];
    mask = cap - 1;
    for (String w : words) {
      int h = w.hashCode();
      int i = spread(h) & mask;
      while (table[i] != null) i = (i + 1) & mask;
      table[i] = w;
      hashes[i] = h;
    }
  }

  /** The given words; like {@code Set.of}, a duplicate or a null is a programming error. */
  public static WordSet of(String... words) {
    if (words.length == 0) return EMPTY;
    LinkedHashSet<String> distinct = new LinkedHashSet<>();
    for (String w : words) {
      if (!distinct.add(Objects.requireNonNull(w))) throw new IllegalArgumentException("duplicate word: " + w);
    }
    return new WordSet(words.clone());
  }

  /** The distinct words of {@code words}, in iteration order; like {@code Set.copyOf}, no nulls. */
  public static WordSet copyOf(Collection<String> words) {
    if (words instanceof WordSet w) return w;
    LinkedHashSet<String> distinct = new LinkedHashSet<>();
    for (String w : words) distinct.add(Objects.requireNonNull(w));
    return distinct.isEmpty() ? EMPTY : new WordSet(distinct.toArray(new String[0]));
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }

  @Override
  public boolean contains(Object o) {
    if (!(o instanceof String s)) return false;
    int h = s.hashCode();
    for (int i = spread(h) & mask; ; i = (i + 1) & mask) {
      String w = table[i];
      if (w == null) return false;
      if (hashes[i] == h && w.equals(s)) return true;
    }
  }

  @Override
  public int size() {
    return words.length;
  }

  @Override
  public Iterator<String> iterator() {
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < words.length;
      }

      @Override
      public String next() {
        if (next >= words.length) throw new NoSuchElementException();
        return words[next++];
      }
    };
  }

  @Override
  public Object[] toArray() {
    return Arrays.copyOf(words, words.length, Object[].class);
  }

  // Immutable: AbstractCollection's add/remove already throw; these would otherwise iterate and remove.
  @Override
  public boolean removeAll(Collection<?> c) {
    throw new UnsupportedOperationException();
  }

  @Override
  public boolean retainAll(Collection<?> c) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void clear() {
    throw new UnsupportedOperationException();
  }
}
