package dev.storyline.render;

import dev.storyline.model.Storyline;
import java.io.IOException;

/** Writes a storyline as Json. */
public final class JsonReport {
  public void write(Storyline storyline, Appendable out) throws IOException {
    throw new UnsupportedOperationException("TODO");
  }
}
