package dev.storyline.analysis;

/**
 * Lower-cased words one stage already cut out of a text, offered to a later stage's tokenizer over the same text so
 * that it need not cut and lower-case them again (cutting a token costs a substring, a Latin-1 compression attempt and
 * a case scan; the entity and the quantity/quote tokenizers cut the same words).
 *
 * <p>An instance belongs to one text and one thread; look-ups are cheapest in increasing order of {@code start}.
 */
public interface LowerWords {
  /** The lower-cased {@code text[start, end)} when it is exactly one word this source knows, else null. */
  String at(int start, int end);

  /**
   * The end of the word this source cut at {@code start} when every character of it is a letter or a digit
   * ({@link Letters#isLetterOrDigit}), else -1: a tokenizer whose words run on over letters and digits may jump there.
   */
  default int plainEnd(int start) { return -1; }

  /** Knows no word. */
  LowerWords NONE = (start, end) -> null;
}
