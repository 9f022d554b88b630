package dev.storyline.app;

import dev.storyline.store.LuceneStore;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The --data option of the commands that work on a store, and how they open it. */
final class StoreOptions {
  /** Exit code when the store cannot be opened (missing, or in use by another process). */
  static final int STORE_UNUSABLE = 4;

  @Option(names = {"-d", "--data"}, required = true, paramLabel = "DIR", description = "The store's data directory.")
  Path data;

  /**
   * Opens the store for a command that only reads: a directory without a store is an error, not a new store.
   * Read-only, so it works while serve or ingest holds the store.
   */
  LuceneStore openExisting(PrintWriter err) {
    if (!Files.isDirectory(data.resolve("index"))) {
      err.println("error: no store in " + data + " (create one with: storyline ingest INPUTS --data " + data + ")");
      return null;
    }
    try {
      return LuceneStore.openReadOnly(data);
    } catch (IllegalStateException | UncheckedIOException e) {
      err.println("error: " + e.getMessage());
      return null;
    }
  }

  /** Opens (or creates) the store; null after printing why it cannot be used. */
  LuceneStore open(PrintWriter err) {
    try {
      return LuceneStore.open(data);
    } catch (IllegalStateException | UncheckedIOException e) {
      err.println("error: " + e.getMessage());
      return null;
    }
  }
}
