package dev.storyline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --opensearch URL on the store commands: an unreachable or malformed URL is one clear line, never a stack trace. */
class OpenSearchOptionsTest {
  /** Nothing listens on port 1 of the loopback address: the connection is refused at once. */
  static final String NOWHERE = "http://127.0.0.1:1";

  @TempDir Path dir;

  private static void assertClearError(CliTest.Run r, int code, String message) {
    assertThat(r.code()).as(r.err()).isEqualTo(code);
    assertThat(r.err()).contains(message).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void anUnreachableClusterIsAClearErrorOnEveryStoreCommand() throws IOException {
    Path a = dir.resolve("a.txt");
    Files.writeString(a, " date 2025-03-03 Ngày 3/3, tỉnh Quảng Trị di dời 1.200 hộ dân khỏi vùng ngập.\n", StandardCharsets.UTF_8);
    String reach = "cannot reach OpenSearch at " + NOWHERE;
    assertClearError(CliTest.run("stories", "--opensearch", NOWHERE), StoreOptions.STORE_UNUSABLE, reach);
    assertClearError(CliTest.run("story", "story-1", "--opensearch", NOWHERE), StoreOptions.STORE_UNUSABLE, reach);
    assertClearError(CliTest.run("search", "lũ", "--opensearch", NOWHERE, "--opensearch-prefix", "news"),
        StoreOptions.STORE_UNUSABLE, reach);
    assertClearError(CliTest.run("ingest", a.toString(), "--opensearch", NOWHERE), StoreOptions.STORE_UNUSABLE, reach);
    assertClearError(CliTest.run("serve", "--opensearch", NOWHERE, "--port", "0"), StoreOptions.STORE_UNUSABLE, reach);
  }

  @Test
  void aMalformedUrlOrPrefixAndTwoOrNoStoresAreRefused() {
    assertClearError(CliTest.run("stories", "--opensearch", "127.0.0.1:9200"), StoreOptions.STORE_UNUSABLE, "URL");
    assertClearError(CliTest.run("stories", "--opensearch", NOWHERE, "--opensearch-prefix", "Not Lower"),
        StoreOptions.STORE_UNUSABLE, "prefix");
    assertClearError(CliTest.run("stories", "--opensearch", NOWHERE, "--data", dir.toString()), StoreOptions.USAGE,
        "give one");
    assertClearError(CliTest.run("stories"), StoreOptions.USAGE, "--data DIR or --opensearch URL");
    assertClearError(CliTest.run("serve", "--opensearch", NOWHERE, "--data", dir.toString()), StoreOptions.USAGE, "give one");
    assertClearError(CliTest.run("watch", "--opensearch", NOWHERE, "--once", "http://127.0.0.1:1/feed"),
        StoreOptions.USAGE, "--data DIR store only");
  }
}
