package dev.storyline.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 decoding with a lenient fallback.
 *
 * @param text       the decoded text (with U+FFFD for bad bytes when {@code badOffset >= 0})
 * @param badOffset  byte offset of the first invalid sequence, or -1 when the bytes were valid UTF-8
 * @param replaced   how many replacement characters the fallback inserted
 */
record Decoded(String text, long badOffset, int replaced) {

  static Decoded utf8(byte[] bytes, int off, int len) {
    CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, off, len);
    CharBuffer out = CharBuffer.allocate(len);
    CoderResult r = strict.decode(in, out, true);
    if (!r.isError()) {
      r = strict.flush(out);
      if (!r.isError()) return new Decoded(out.flip().toString(), -1, 0);
    }
    long bad = in.position() - off;
    String lenient = new String(bytes, off, len, StandardCharsets.UTF_8);
    int replaced = 0;
    for (int i = 0; i < lenient.length(); i++) if (lenient.charAt(i) == '\uFFFD') replaced++;
    return new Decoded(lenient, bad, replaced);
  }

  boolean valid() { return badOffset < 0; }

  /** Whether the lenient text is still mostly text: at most 5% replacement characters. */
  boolean mostlyText() { return replaced * 20L <= Math.max(1, text.length()); }

}
