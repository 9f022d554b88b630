package dev.storyline.app.watch;

import java.time.Duration;

/** "200ms", "2s", "10m", "1h", "1m30s", or a bare number of seconds. */
public final class Durations {
  private Durations() {}

  public static Duration parse(String text) {
    String s = text.strip().toLowerCase(java.util.Locale.ROOT);
    if (s.isEmpty()) throw new IllegalArgumentException("empty duration");
    if (s.chars().allMatch(Character::isDigit)) return Duration.ofSeconds(Long.parseLong(s));
    long millis = 0;
    int i = 0;
    while (i < s.length()) {
      int start = i;
      while (i < s.length() && Character.isDigit(s.charAt(i))) i++;
      if (i == start) throw new IllegalArgumentException("not a duration: " + text + " (use e.g. 200ms, 2s, 10m, 1h)");
      long n = Long.parseLong(s.substring(start, i));
      int u = i;
      while (i < s.length() && Character.isLetter(s.charAt(i))) i++;
      millis += switch (s.substring(u, i)) {
        case "ms" -> n;
        case "s" -> n * 1000;
        case "m" -> n * 60_000;
        case "h" -> n * 3_600_000;
        default -> throw new IllegalArgumentException("not a duration: " + text + " (use e.g. 200ms, 2s, 10m, 1h)");
      };
    }
    return Duration.ofMillis(millis);
  }

  public static String format(Duration d) {
    long ms = d.toMillis();
    if (ms < 1000) return ms + "ms";
    if (ms % 1000 != 0 || ms < 60_000) return (ms % 1000 == 0 ? String.valueOf(ms / 1000) : String.format(java.util.Locale.ROOT, "%.1f", ms / 1000.0)) + "s";
    long s = ms / 1000;
    if (s % 60 != 0 || s < 3600) return s % 60 == 0 ? (s / 60) + "m" : (s / 60) + "m" + (s % 60) + "s";
    return (s / 3600) + "h" + (s % 3600 / 60 == 0 ? "" : (s % 3600 / 60) + "m");
  }
}
