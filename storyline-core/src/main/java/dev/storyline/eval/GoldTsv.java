package dev.storyline.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A gold file: tab-separated, a header row naming the columns, one row per gold item. A file or row that cannot be
 * read is a problem (named by file and line), never an exception: one bad row must not hide the others' scores.
 */
final class GoldTsv {
  private GoldTsv() {}

  /** One data row, its fields read by column name. */
  record Row(int line, String[] fields, Map<String, Integer> columns) {
    String get(String column) {
      Integer i = columns.get(column);
      if (i == null) throw new IllegalArgumentException("no column '" + column + "'");
      return fields[i];
    }

    int integer(String column) { return Integer.parseInt(get(column)); }
  }

  /**
   * The rows of {@code file} made into items by {@code parse}; nothing when a {@code required} column is missing from
   * the header. Blank lines are skipped; a row with the wrong number of fields or a field {@code parse} refuses is
   * left out with a problem.
   */
  static <T> List<T> read(Path file, List<String> problems, List<String> required, Function<Row, T> parse) {
    List<T> out = new ArrayList<>();
    if (!Files.isRegularFile(file)) {
      problems.add("gold file not found: " + file);
      return out;
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      problems.add("cannot read gold file " + file + ": " + e.getMessage());
      return out;
    }
    if (lines.isEmpty()) {
      problems.add("gold file " + file + " is empty");
      return out;
    }
    String[] head = lines.get(0).split("\t", -1);
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < head.length; i++) columns.put(head[i], i);
    for (String c : required) {
      if (!columns.containsKey(c)) {
        problems.add("gold file " + file + " has no column '" + c + "'");
        return out;
      }
    }
    for (int n = 1; n < lines.size(); n++) {
      if (lines.get(n).isBlank()) continue;
      String[] f = lines.get(n).split("\t", -1);
      try {
        if (f.length != head.length) throw new IllegalArgumentException(f.length + " fields, expected " + head.length);
        out.add(parse.apply(new Row(n + 1, f, columns)));
      } catch (RuntimeException e) {
        problems.add(file.getFileName() + " line " + (n + 1) + ": " + e.getMessage() + " (row skipped)");
      }
    }
    return out;
  }
}
