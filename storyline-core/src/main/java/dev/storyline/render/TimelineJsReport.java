package dev.storyline.render;

import dev.storyline.model.Storyline;
import java.io.IOException;

/** TimelineJS 3 JSON (https://timeline.knightlab.com/docs/json-format.html) of the storyline's timelines, for newsrooms to embed. */
public final class TimelineJsReport {
  public void write(Storyline storyline, Appendable out) throws IOException {
    throw new UnsupportedOperationException("TODO");
  }
}
