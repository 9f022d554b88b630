package dev.storyline.ingest;

import dev.storyline.model.PartialDate;
import dev.storyline.model.RawArticle;
import dev.storyline.model.Removal;
import dev.storyline.model.RemovalReason;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Raw articles kept on disk instead of in memory, read back by index: an archive is read once into a temporary
 * file (UTF-8 fields, length-prefixed) while only an offset per article stays in memory, then any article can be
 * fetched again, from any thread, as often as a multi-pass stage needs ({@link dev.storyline.StreamingPipeline}
 * reads each three times). The file is deleted on {@link #close()}.
 */
public final class RawSpill implements IntFunction<RawArticle>, AutoCloseable {
  private final Path file;
  private DataOutputStream out;
  private FileChannel in;
  private long[] offsets = new long[1024];
  private int size;
  private long written;

  private RawSpill(Path file) throws IOException {
    this.file = file;
    this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
  }

  /** An empty spill in a new temporary file under {@code dir} (the system's temporary directory when null). */
  public static RawSpill create(Path dir) {
    try {
      Path f = dir == null ? Files.createTempFile("storyline-spill", ".bin") : Files.createTempFile(dir, "storyline-spill", ".bin");
      return new RawSpill(f);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a spill file: " + e.getMessage(), e);
    }
  }

  /** Appends one article; not thread-safe, and only before {@link #finish()}. */
  public void add(RawArticle a) {
    if (out == null) throw new IllegalStateException("the spill is finished");
    try {
      if (size + 1 >= offsets.length) offsets = Arrays.copyOf(offsets, offsets.length * 2);
      offsets[size] = written;
      // Bytes are counted here: DataOutputStream's own counter is an int that stops at 2 GB.
      long bytes = put(a.id()) + put(a.source()) + put(a.title()) + put(a.text())
          + put(a.published() == null ? "" : a.published().iso()) + put(a.url()) + put(a.outlet());
      out.writeInt(a.removed().size());
      bytes += 4;
      for (Removal r : a.removed()) {
        bytes += put(r.text()) + put(r.reason().name());
        out.writeInt(r.at());
        bytes += 4;
      }
      written += bytes;
      size++;
      offsets[size] = written;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the spill file " + file + ": " + e.getMessage(), e);
    }
  }

  /** Writes s as its UTF-8 length and bytes; returns the bytes written. */
  private long put(String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
    return 4L + b.length;
  }

  /** Ends writing; from now on articles are read back. */
  public RawSpill finish() {
    try {
      if (out != null) out.close();
      out = null;
      if (in == null) in = FileChannel.open(file, StandardOpenOption.READ);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot finish the spill file " + file + ": " + e.getMessage(), e);
    }
  }

  public int size() { return size; }

  /** Article i, read back from the file; thread-safe after {@link #finish()}. */
  @Override
  public RawArticle apply(int i) {
    if (in == null) throw new IllegalStateException("finish the spill before reading it");
    if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
    long from = offsets[i];
    ByteBuffer buf = ByteBuffer.allocate(Math.toIntExact(offsets[i + 1] - from));
    try {
      while (buf.hasRemaining()) {
        if (in.read(buf, from + buf.position()) < 0) throw new IOException("the spill file ends early");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the spill file " + file + ": " + e.getMessage(), e);
    }
    buf.flip();
    String id = get(buf), source = get(buf), title = get(buf), text = get(buf), published = get(buf), url = get(buf),
        outlet = get(buf);
    int removals = buf.getInt();
    List<Removal> removed = new ArrayList<>(removals);
    for (int k = 0; k < removals; k++) removed.add(new Removal(get(buf), RemovalReason.valueOf(get(buf)), buf.getInt()));
    PartialDate date = published.isEmpty() ? null : PartialDate.parseIso(published).orElse(null);
    return new RawArticle(id, source, title, text, date, url, outlet, removed);
  }

  private static String get(ByteBuffer buf) {
    int n = buf.getInt();
    String s = new String(buf.array(), buf.position(), n, StandardCharsets.UTF_8);
    buf.position(buf.position() + n);
    return s;
  }

  /** Closes and deletes the file. */
  @Override
  public void close() {
    try {
      if (out != null) out.close();
      if (in != null) in.close();
    } catch (IOException ignored) {
      // deleting is what matters
    } finally {
      out = null;
      in = null;
      try {
        Files.deleteIfExists(file);
      } catch (IOException ignored) {
        // a temporary file the OS cleans up
      }
    }
  }
}
