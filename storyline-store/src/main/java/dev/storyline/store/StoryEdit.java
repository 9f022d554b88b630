package dev.storyline.store;

import dev.storyline.model.AnalyzedArticle;
import dev.storyline.model.Entity;
import dev.storyline.model.Story;
import dev.storyline.story.StoryBuilder;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An editor's correction of the grouping (merge two stories, split articles off one), planned against a stored
 * state and written by the store: the same plan for the embedded store and the OpenSearch one. Reads only.
 *
 * @param pins      every article of the edited stories and the story it now belongs to (kept by later ingests)
 * @param moved     the articles whose story changes, with their new story
 * @param stories   the rebuilt stories (timeline, summary, facts, quotes from their new members)
 * @param deleted   stories that no longer exist
 * @param result    the story id to report (the merged story, or the new one of a split)
 * @param nextStory the story counter after the edit
 */
public record StoryEdit(Map<String, String> pins, List<StoryUpdater.StoredArticle> moved,
                        List<StoryUpdater.StoryWrite> stories, List<String> deleted, String result, long nextStory) {
  public StoryEdit {
    pins = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(pins));
    moved = List.copyOf(moved);
    stories = List.copyOf(stories);
    deleted = List.copyOf(deleted);
  }

  /**
   * Every article of {@code from} goes to {@code into}; {@code from} is gone.
   *
   * @param where names the store in error messages
   * @throws IllegalArgumentException when a story does not exist or both are the same
   */
  public static StoryEdit merge(StoryUpdater.StoredState state, String into, String from, long nextStory, String where) {
    if (into.equals(from)) throw new IllegalArgumentException("cannot merge story " + into + " into itself");
    List<StoryUpdater.StoredArticle> members = state.articlesOfStories(Set.of(into, from));
    Set<String> found = new HashSet<>();
    for (StoryUpdater.StoredArticle a : members) found.add(a.story());
    for (String id : List.of(into, from)) if (!found.contains(id)) throw new IllegalArgumentException("no story " + id + " in " + where);
    Map<String, String> pins = new LinkedHashMap<>();
    for (StoryUpdater.StoredArticle a : members) pins.put(a.article().id(), into);
    return build(state, members, pins, List.of(from), into, nextStory);
  }

  /**
   * The given articles of {@code story} go to a new story, numbered {@code nextStory}.
   *
   * @throws IllegalArgumentException when the story does not exist, an article is not in it, or none or all of its
   *                                  articles would move
   */
  public static StoryEdit split(StoryUpdater.StoredState state, String story, Collection<String> articleIds,
                                long nextStory, String where) {
    List<StoryUpdater.StoredArticle> members = state.articlesOfStories(Set.of(story));
    if (members.isEmpty()) throw new IllegalArgumentException("no story " + story + " in " + where);
    Set<String> moving = new HashSet<>(articleIds);
    Set<String> in = new HashSet<>();
    for (StoryUpdater.StoredArticle a : members) in.add(a.article().id());
    for (String id : moving) if (!in.contains(id)) throw new IllegalArgumentException("article " + id + " is not in story " + story);
    if (moving.isEmpty() || moving.size() == in.size())
      throw new IllegalArgumentException("a split must move some but not all of story " + story + "'s " + in.size() + " articles");
    String created = "story-" + nextStory;
    Map<String, String> pins = new LinkedHashMap<>();
    for (StoryUpdater.StoredArticle a : members) pins.put(a.article().id(), moving.contains(a.article().id()) ? created : story);
    return build(state, members, pins, List.of(), created, nextStory + 1);
  }

  private static StoryEdit build(StoryUpdater.StoredState state, List<StoryUpdater.StoredArticle> all,
                                 Map<String, String> pins, List<String> deleted, String result, long nextStory) {
    Map<String, List<AnalyzedArticle>> members = new TreeMap<>();
    Map<String, AnalyzedArticle> byId = new HashMap<>();
    Set<String> entityIds = new HashSet<>();
    List<StoryUpdater.StoredArticle> moved = new ArrayList<>();
    for (StoryUpdater.StoredArticle a : all) {
      String to = pins.getOrDefault(a.article().id(), a.story());
      members.computeIfAbsent(to, x -> new ArrayList<>()).add(a.article());
      byId.put(a.article().id(), a.article());
      for (var m : a.article().entities()) if (m.entity() != null) entityIds.add(m.entity());
      if (!to.equals(a.story())) moved.add(new StoryUpdater.StoredArticle(a.article(), to, a.hash()));
    }
    Map<String, Entity> entities = state.entities(new TreeSet<>(entityIds));
    StoryBuilder builder = new StoryBuilder();
    List<StoryUpdater.StoryWrite> stories = new ArrayList<>();
    for (Map.Entry<String, List<AnalyzedArticle>> m : members.entrySet()) {
      Story built = builder.build(m.getKey(), m.getValue(), entities);
      stories.add(StoryUpdater.storyWrite(built, byId));
    }
    List<String> gone = new ArrayList<>();
    for (String d : deleted) if (!members.containsKey(d)) gone.add(d);
    return new StoryEdit(pins, moved, stories, gone, result, nextStory);
  }
}
