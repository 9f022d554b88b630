package dev.storyline.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
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

  /**
   * A fake node on this machine: it answers the opening requests (the store exists) and refuses everything else
   * as a cluster without a manager would, so a command fails after opening the store.
   */
  @Test
  void aClusterThatFailsMidCommandIsOneErrorLine() throws IOException {
    HttpServer fake = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    fake.createContext("/", exchange -> {
      String path = exchange.getRequestURI().getPath();
      int status;
      String body;
      if (path.equals("/")) {
        status = 200;
        body = "{\"version\":{\"number\":\"3.8.0\"}}";
      } else if (path.equals("/storyline-articles")) {
        status = 200;
        body = "{\"storyline-articles\":{}}";
      } else if (path.equals("/storyline-meta/_doc/state")) {
        status = 404;
        body = "{\"found\":false}";
      } else {
        status = 503;
        body = "{\"error\":{\"type\":\"cluster_manager_not_discovered_exception\",\"reason\":\"no manager\"},\"status\":503}";
      }
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange.getRequestBody().readAllBytes();
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(status, bytes.length);
      exchange.getResponseBody().write(bytes);
      exchange.close();
    });
    fake.start();
    try {
      String url = "http://127.0.0.1:" + fake.getAddress().getPort();
      CliTest.Run r = CliTest.run("stories", "--opensearch", url);
      assertClearError(r, StoreOptions.STORE_UNUSABLE, "OpenSearch at " + url + " refused POST /storyline-stories/_search");
      assertThat(r.err()).contains("no manager").hasLineCount(1);
    } finally {
      fake.stop(0);
    }
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

  @Test
  void credentialsAreNeverShownAndAUserNeedsItsPasswordInTheEnvironment() {
    CliTest.Run r = CliTest.run("stories", "--opensearch", "http://editor:s3cret-pw@127.0.0.1:1");
    assertClearError(r, StoreOptions.STORE_UNUSABLE, "cannot reach OpenSearch at " + NOWHERE);
    assertThat(r.err() + r.out()).doesNotContain("s3cret-pw");
    org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv(StoreOptions.PASSWORD_ENV) == null);
    assertClearError(CliTest.run("stories", "--opensearch", NOWHERE, "--opensearch-user", "editor"),
        StoreOptions.STORE_UNUSABLE, "needs its password in the environment variable " + StoreOptions.PASSWORD_ENV);
    assertClearError(CliTest.run("stories", "--data", dir.toString(), "--opensearch-user", "editor"), StoreOptions.USAGE,
        "go with --opensearch URL");
    assertClearError(CliTest.run("stories", "--data", dir.toString(), "--opensearch-insecure"), StoreOptions.USAGE,
        "go with --opensearch URL");
  }
}
