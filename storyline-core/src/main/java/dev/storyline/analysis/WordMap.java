package dev.storyline.analysis;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * An immutable map from words, for the same hot loops as {@link WordSet} and for the same reason: a miss costs
 * one int comparison where {@code Map.of} takes a {@code floorMod} and compares strings, and {@code HashMap}
 * follows a node pointer per probe. Iteration keeps the source map's order.
 */
public final class WordMap<V> extends AbstractMap<String, V> {
  private static final WordMap<Object> EMPTY = new WordMap<>(new String[0], new Object[0]);

  private final String[] keys;
  private final Object[] values;
  private final String[] table;
  private final int[] hashes;
  private final Object[] tableValues;
  private final int mask;

  private WordMap(String[] keys, Object[] values) {
    this.keys = keys;
    this.values = values;
    int cap = 8;
    while (cap < keys.length * 4) cap <<= 1;
    table = new String[cap];
    hashes = new int[cap];
    tableValues = new Object[cap];
    mask = cap - 1;
    for (int k = 0; k < keys.length; k++) {
      int h = keys[k].hashCode();
      int i = spread(h) & mask;
      while (table[i] != null) i = (i + 1) & mask;
      table[i] = keys[k];
      hashes[i] = h;
      tableValues[i] = values[k];
    }
  }

  /** A copy of {@code map} (no null keys or values, like {@code Map.copyOf}). */
  @SuppressWarnings("unchecked")
  public static <V> WordMap<V> copyOf(Map<String, ? extends V> map) {
    if (map instanceof WordMap<?> w) return (WordMap<V>) w;
    if (map.isEmpty()) return (WordMap<V>) EMPTY;
    String[] ks = new String[map.size()];
    Object[] vs = new Object[map.size()];
    int n = 0;
    for (Map.Entry<String, ? extends V> e : map.entrySet()) {
      ks[n] = Objects.requireNonNull(e.getKey());
      vs[n++] = Objects.requireNonNull(e.getValue());
    }
    return new WordMap<>(ks, vs);
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }

  @Override
  @SuppressWarnings("unchecked")
  public V get(Object key) {
    if (!(key instanceof String s)) return null;
    int h = s.hashCode();
    for (int i = spread(h) & mask; ; i = (i + 1) & mask) {
      String w = table[i];
      if (w == null) return null;
      if (hashes[i] == h && w.equals(s)) return (V) tableValues[i];
    }
  }

  @Override
  public V getOrDefault(Object key, V defaultValue) {
    V v = get(key);
    return v == null ? defaultValue : v;
  }

  @Override
  public boolean containsKey(Object key) {
    return get(key) != null;
  }

  @Override
  public int size() {
    return keys.length;
  }

  @Override
  public Set<Map.Entry<String, V>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return keys.length;
      }

      @Override
      public Iterator<Map.Entry<String, V>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < keys.length;
          }

          @Override
          @SuppressWarnings("unchecked")
          public Map.Entry<String, V> next() {
            if (next >= keys.length) throw new NoSuchElementException();
            int k = next++;
            return Map.entry(keys[k], (V) values[k]);
          }
        };
      }
    };
  }
}
