package dev.storyline.app.watch;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * The canonical URLs already fetched for good, one per line in {@code DIR/watch/seen.txt}. Lines are appended and
 * fsynced only after the store committed the pages they name, so a crash at any point either keeps a page and its
 * line or loses both (and the page is fetched again); a torn last line is ignored on load.
 */
public final class SeenUrls {
  private final Path file;
  private final Set<String> seen = new HashSet<>();
  private long validLength = -1; // ≥ 0 when a torn last line must be cut off before the next append

  public SeenUrls(Path file) throws IOException {
    this.file = file;
    if (Files.exists(file)) {
      byte[] bytes = Files.readAllBytes(file);
      String all = new String(bytes, StandardCharsets.UTF_8);
      int start = 0;
      for (int nl; (nl = all.indexOf('\n', start)) >= 0; start = nl + 1) {
        String line = all.substring(start, nl).strip();
        if (!line.isEmpty()) seen.add(line);
      }
      // text after the last newline is a line a crash cut short: not trusted, and cut off before the next append
      int end = bytes.length;
      while (end > 0 && bytes[end - 1] != '\n') end--;
      if (end < bytes.length) validLength = end;
    }
  }

  public boolean contains(String canonicalUrl) { return seen.contains(canonicalUrl); }

  public int size() { return seen.size(); }

  /** Appends the URLs not yet known and forces them to disk before returning. */
  public void addAll(Collection<String> canonicalUrls) throws IOException {
    StringBuilder b = new StringBuilder();
    for (String u : canonicalUrls) {
      if (u.indexOf('\n') < 0 && seen.add(u)) b.append(u).append('\n');
    }
    if (b.isEmpty()) return;
    Files.createDirectories(file.getParent());
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
      if (validLength >= 0) ch.truncate(validLength);
      ch.position(ch.size());
      ByteBuffer buf = ByteBuffer.wrap(b.toString().getBytes(StandardCharsets.UTF_8));
      while (buf.hasRemaining()) ch.write(buf);
      ch.force(true);
      validLength = -1;
    }
  }
}
