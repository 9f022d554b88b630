package dev.storyline.store;

import dev.storyline.model.Problem;
import java.util.List;

/**
 * What one {@link StoryRepository#add} did.
 *
 * @param added       articles stored
 * @param duplicates  articles not stored because the same id or the same content was already there
 * @param problems    articles that could not be stored, and why
 * @param storiesTouched ids of the stories created or changed
 * @param regrouped   stored articles regrouped with the new ones (the window)
 * @param retrieved   whether that window was retrieved by the new articles' words (a date window too large to load
 *                    whole) rather than every stored article of their weeks
 */
public record IngestReport(int added, int duplicates, List<Problem> problems, List<String> storiesTouched,
                           int regrouped, boolean retrieved) {
  public IngestReport {
    problems = List.copyOf(problems);
    storiesTouched = List.copyOf(storiesTouched);
  }
}
