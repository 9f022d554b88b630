package dev.storyline.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.model.Entity;
import dev.storyline.model.RawArticle;
import dev.storyline.model.Story;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A store in maps that applies plans as a backend must: the reference the plan tests of every backend compare
 * their store with.
 */
public final class MemoryStoredState implements StoryUpdater.StoredState {
  public final Map<String, StoryUpdater.StoredArticle> articles = new TreeMap<>();
  public final Map<String, Story> stories = new TreeMap<>();
  public final Map<String, Entity> entities = new TreeMap<>();
  public long next = 1;

  /**
   * Ingests {@code articles} into {@code store} in batches of {@code batch}, planning each batch against a memory
   * state as well, and checks the store ends in the state the plans describe; returns that state. Every backend's
   * plan test calls this, so all of them agree with one reference.
   */
  public static MemoryStoredState assertStoreFollowsPlans(StoryRepository store, List<RawArticle> articles, int batch) {
    MemoryStoredState memory = new MemoryStoredState();
    StoryUpdater updater = new StoryUpdater(2);
    for (int i = 0; i < articles.size(); i += batch) {
      List<RawArticle> part = articles.subList(i, Math.min(articles.size(), i + batch));
      memory.apply(updater.plan(memory, part, memory.next));
      store.add(part);
    }
    assertThat(store.stats()).isEqualTo(new StoreStats(memory.articles.size(), memory.stories.size(), memory.entities.size()));
    for (StoryUpdater.StoredArticle a : memory.articles.values()) {
      assertThat(store.article(a.article().id())).contains(a.article());
      assertThat(store.storyOf(a.article().id())).contains(a.story());
    }
    for (Story s : memory.stories.values()) assertThat(store.story(s.id()).orElseThrow().story()).isEqualTo(s);
    assertThat(store.entities("", 10_000)).containsExactlyInAnyOrderElementsOf(memory.entities.values());
    assertThat(store.entitiesById(memory.entities.keySet())).extracting(Entity::id)
        .containsExactlyElementsOf(memory.entities.keySet());
    return memory;
  }

  public void apply(StoryUpdater.Plan plan) {
    for (StoryUpdater.StoryWrite w : plan.stories()) stories.put(w.story().id(), w.story());
    plan.deletedStories().forEach(stories::remove);
    for (Entity e : plan.entities()) entities.put(e.id(), e);
    plan.deletedEntities().forEach(entities::remove);
    for (StoryUpdater.StoredArticle a : plan.articles()) articles.put(a.article().id(), a);
    next = plan.nextStory();
  }

  @Override
  public Set<String> storedArticleIds(Collection<String> ids) {
    Set<String> out = new HashSet<>(ids);
    out.retainAll(articles.keySet());
    return out;
  }

  @Override
  public Set<String> storedHashes(Collection<String> hashes) {
    Set<String> out = new HashSet<>();
    for (StoryUpdater.StoredArticle a : articles.values()) if (hashes.contains(a.hash())) out.add(a.hash());
    return out;
  }

  @Override
  public Set<String> storiesPublishedBetween(long fromDay, long toDay) {
    Set<String> out = new HashSet<>();
    for (StoryUpdater.StoredArticle a : articles.values()) {
      if (a.article().published() == null) continue;
      long d = a.article().published().start().toEpochDay();
      if (d >= fromDay && d <= toDay) out.add(a.story());
    }
    return out;
  }

  @Override
  public List<StoryUpdater.StoredArticle> articlesOfStories(Set<String> ids) {
    return articles.values().stream().filter(a -> ids.contains(a.story())).toList();
  }

  @Override
  public Map<String, Story> stories(Collection<String> ids) {
    Map<String, Story> out = new HashMap<>();
    for (String id : ids) if (stories.containsKey(id)) out.put(id, stories.get(id));
    return out;
  }

  @Override
  public Map<String, Entity> entities(Collection<String> ids) {
    Map<String, Entity> out = new HashMap<>();
    for (String id : ids) if (entities.containsKey(id)) out.put(id, entities.get(id));
    return out;
  }
}
