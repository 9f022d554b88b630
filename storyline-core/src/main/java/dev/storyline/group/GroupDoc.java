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
 */
public record GroupDoc(String id, String title, String text, PartialDate date, List<String> entities) {
  public GroupDoc {
    title = title == null ? "" : title;
    text = text == null ? "" : text;
    entities = entities == null ? List.of() : List.copyOf(entities);
    Objects.requireNonNull(id, "id");
  }
}
