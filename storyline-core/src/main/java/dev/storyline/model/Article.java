package dev.storyline.model;

import java.util.List;

/**
 * A cleaned article: the text every annotation offset points into, and what cleaning removed.
 *
 * @param id         stable id
 * @param source     where it came from (path, path:line or URL)
 * @param title      may be empty
 * @param url        may be empty
 * @param outlet     may be empty
 * @param published  publication date given by the input, or null
 * @param text       cleaned text; paragraphs separated by a single '\n'
 * @param paragraphs the paragraph spans in {@code text}
 * @param removed    what cleaning took out, in order
 */
public record Article(String id, String source, String title, String url, String outlet,
                      PartialDate published, String text, List<Span> paragraphs, List<Removal> removed) {
  public Article {
    paragraphs = List.copyOf(paragraphs);
    removed = List.copyOf(removed);
  }
}
