package dev.storyline.render;

import dev.storyline.model.Storyline;
import java.io.IOException;

/** A standalone HTML report: one file with inline CSS, opens offline, every piece of article text escaped. */
public final class HtmlReport {
  public void write(Storyline storyline, Appendable out) throws IOException {
    throw new UnsupportedOperationException("TODO");
  }
}
