package dev.storyline.model;

/**
 * Something wrong with one input that the run skipped or repaired. Never fatal for the rest.
 *
 * @param input  what was read: a path, "path:line", "-" (stdin) or a URL
 * @param reason a short human sentence: what is wrong and what was done about it
 */
public record Problem(String input, String reason) {
  @Override
  public String toString() { return input + ": " + reason; }
}
