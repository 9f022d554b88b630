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

  /** Knows no word. */
  LowerWords NONE = (start, end) -> null;
}
