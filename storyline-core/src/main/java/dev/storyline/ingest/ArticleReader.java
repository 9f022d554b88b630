package dev.storyline.ingest;

import java.util.List;

/** Reads articles from files, folders, globs, or "-" for standard input (plain text and JSONL). */
public final class ArticleReader {
  public ReadResult read(List<String> inputs) {
    throw new UnsupportedOperationException("TODO");
  }
}
