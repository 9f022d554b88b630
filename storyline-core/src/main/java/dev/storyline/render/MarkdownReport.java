package dev.storyline.render;

import dev.storyline.model.Storyline;
import java.io.IOException;

/** Writes a storyline as Markdown. */
public final class MarkdownReport {
  public void write(Storyline storyline, Appendable out) throws IOException {
    throw new UnsupportedOperationException("TODO");
  }
}
