package dev.storyline.ingest;

import java.io.IOException;
import java.io.InputStream;

/** Splits a byte stream into LF-terminated lines without decoding, capping how much of a line is kept. */
final class LineReader {
  private final InputStream in;
  private final int max;
  private final byte[] chunk = new byte[64 * 1024];
  private int pos, lim;
  private byte[] line = new byte[1024];
  private int len;
  private boolean tooLong, eof;

  LineReader(InputStream in, int maxLineBytes) {
    this.in = in;
    this.max = maxLineBytes;
  }

  /** Advances to the next line; false at the end of the stream. A trailing CR is dropped. */
  boolean next() throws IOException {
    len = 0;
    tooLong = false;
    boolean any = false;
    while (true) {
      if (pos == lim) {
        if (eof) break;
        lim = in.read(chunk, 0, chunk.length);
        pos = 0;
        if (lim <= 0) { lim = 0; eof = true; break; }
      }
      any = true;
      int start = pos;
      while (pos < lim && chunk[pos] != '\n') pos++;
      append(start, pos);
      if (pos < lim) { pos++; break; } // consumed the LF
    }
    if (!any) return false;
    if (!tooLong && len > 0 && line[len - 1] == '\r') len--;
    return true;
  }

  private void append(int from, int to) {
    int n = to - from;
    if (tooLong || n == 0) return;
    if (len + n > max) { tooLong = true; len = 0; return; }
    if (len + n > line.length) {
      byte[] bigger = new byte[Math.max(line.length * 2, len + n)];
      System.arraycopy(line, 0, bigger, 0, len);
      line = bigger;
    }
    System.arraycopy(chunk, from, line, len, n);
    len += n;
  }

  byte[] bytes() { return line; }

  int length() { return len; }

  /** Whether the current line was over the limit; its bytes were discarded. */
  boolean tooLong() { return tooLong; }
}
