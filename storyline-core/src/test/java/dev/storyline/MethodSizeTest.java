package dev.storyline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No method of the core may exceed HotSpot's HugeMethodLimit (8,000 bytes of bytecode): the JIT never compiles such
 * a method, so it runs in the interpreter, several times slower, with no warning. The time scanner's big switch crossed
 * the limit once as rules were added; this test reads every compiled class of the core and names any method past it.
 */
class MethodSizeTest {
  static final int HUGE_METHOD_LIMIT = 8000;

  @Test
  void everyCoreMethodIsSmallEnoughForTheJit() throws Exception {
    Path classes = Path.of(Pipeline.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> huge = new ArrayList<>();
    int methods = 0;
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
        try (InputStream in = Files.newInputStream(f)) {
          for (String[] m : codeSizes(new DataInputStream(in))) {
            methods++;
            // a static initialiser runs once: interpreted or not makes no difference
            if (!m[0].equals("<clinit>") && Integer.parseInt(m[1]) > HUGE_METHOD_LIMIT) huge.add(classes.relativize(f) + " " + m[0] + ": " + m[1] + " bytes");
          }
        }
      }
    }
    assertThat(methods).as("methods read").isGreaterThan(1000);
    assertThat(huge).as("methods the JIT will not compile").isEmpty();
  }

  @Test
  void theReaderSeesAMethodSize() throws Exception {
    try (InputStream in = MethodSizeTest.class.getResourceAsStream("MethodSizeTest.class")) {
      List<String[]> sizes = codeSizes(new DataInputStream(in));
      assertThat(sizes).anySatisfy(m -> {
        assertThat(m[0]).isEqualTo("codeSizes");
        assertThat(Integer.parseInt(m[1])).isBetween(100, HUGE_METHOD_LIMIT);
      });
    }
  }

  /** {name, code length} of every method with code, read from a class file (JVMS §4). */
  static List<String[]> codeSizes(DataInputStream in) throws IOException {
    if (in.readInt() != 0xCAFEBABE) throw new IOException("not a class file");
    in.readUnsignedShort();
    in.readUnsignedShort();
    int count = in.readUnsignedShort();
    String[] utf8 = new String[count];
    for (int i = 1; i < count; i++) {
      int tag = in.readUnsignedByte();
      switch (tag) {
        case 1 -> utf8[i] = in.readUTF();
        case 3, 4 -> in.skipNBytes(4);
        case 5, 6 -> { in.skipNBytes(8); i++; }
        case 7, 8, 16, 19, 20 -> in.skipNBytes(2);
        case 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4);
        case 15 -> in.skipNBytes(3);
        default -> throw new IOException("constant pool tag " + tag);
      }
    }
    in.skipNBytes(6); // access, this, super
    in.skipNBytes(2L * in.readUnsignedShort()); // interfaces
    int fields = in.readUnsignedShort();
    for (int f = 0; f < fields; f++) {
      in.skipNBytes(6);
      skipAttributes(in);
    }
    List<String[]> out = new ArrayList<>();
    int methods = in.readUnsignedShort();
    for (int m = 0; m < methods; m++) {
      in.skipNBytes(2);
      String name = utf8[in.readUnsignedShort()];
      in.skipNBytes(2);
      int attributes = in.readUnsignedShort();
      for (int a = 0; a < attributes; a++) {
        String attribute = utf8[in.readUnsignedShort()];
        int length = in.readInt();
        if ("Code".equals(attribute)) {
          in.skipNBytes(4); // max_stack, max_locals
          int code = in.readInt();
          out.add(new String[] {name, Integer.toString(code)});
          in.skipNBytes(length - 8L);
        } else {
          in.skipNBytes(length);
        }
      }
    }
    return out;
  }

  private static void skipAttributes(DataInputStream in) throws IOException {
    int n = in.readUnsignedShort();
    for (int a = 0; a < n; a++) {
      in.skipNBytes(2);
      in.skipNBytes(in.readInt() & 0xFFFFFFFFL);
    }
  }
}
