package dev.storyline.store;

import java.util.List;

/**
 * One line of the story list.
 *
 * @param id           story id, stable across ingests
 * @param title        readable title
 * @param articles     number of articles
 * @param firstDate    ISO date of the oldest article (or "" when none is dated)
 * @param lastDate     ISO date of the newest article: the story's last activity
 * @param actors       names of the main actors, most central first (at most 5)
 */
public record StorySummary(String id, String title, int articles, String firstDate, String lastDate,
                           List<String> actors) {
  public StorySummary { actors = List.copyOf(actors); }
}
