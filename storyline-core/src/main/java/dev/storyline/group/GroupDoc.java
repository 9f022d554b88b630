package dev.storyline.group;

import dev.storyline.model.PartialDate;
import java.util.List;
import java.util.Objects;

/**
 * One document to be grouped into stories.
 *
 * @param id       caller's id (not used for grouping, only carried along)
 * @param title    headline; counted twice because headlines name the story
 * @param text     body text (any Unicode normal form; NFC is applied internally)
 * @param date     publication date, or null when unknown (such documents are processed last)
 * @param entities entity ids or names found in the document, may be empty
 * @param places   the document's salient places (ids comparable with {@code entities}: the places it is
 *                 about, e.g. named in the headline or mentioned repeatedly), most salient first; may be
 *                 empty. Two documents whose salient places are both known and disjoint are less likely
 *                 to report one event (see {@link StoryGrouper.Places}).
 */
public record GroupDoc(String id, String title, String text, PartialDate date, List<String> entities,
    List<String> places) {
  public GroupDoc {
    title = title == null ? "" : title;
    text = text == null ? "" : text;
    entities = entities == null ? List.of() : List.copyOf(entities);
    places = places == null ? List.of() : List.copyOf(places);
    Objects.requireNonNull(id, "id");
  }

  /** A document without place evidence. */
  public GroupDoc(String id, String title, String text, PartialDate date, List<String> entities) {
    this(id, title, text, date, entities, List.of());
  }
}
