package dev.storyline.opensearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.codelibs.opensearch.runner.OpenSearchRunner;

/**
 * One in-process OpenSearch node for a test class: single node, a temporary directory, free ports on the loopback
 * address, only the modules the store needs (common analysis for asciifolding, Netty for HTTP). Nothing is
 * downloaded.
 */
final class TestNode implements AutoCloseable {
  private static TestNode shared;

  /**
   * The node every test class of this module uses: starting one takes 15-25 s here, so the test JVM starts it
   * once and stops it when it exits.
   */
  static synchronized TestNode shared() {
    if (shared == null) {
      shared = new TestNode();
      Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "opensearch-test-node-stop"));
    }
    return shared;
  }

  private final OpenSearchRunner runner = new OpenSearchRunner();
  private final Path dir;
  private final String url;

  TestNode() {
    try {
      dir = Files.createTempDirectory("storyline-opensearch");
      int http = freePort(), transport = freePort();
      runner.onBuild((n, s) -> {
        s.put("http.port", Integer.toString(http));
        s.put("transport.port", Integer.toString(transport));
        s.put("network.host", "127.0.0.1");
        s.put("discovery.type", "single-node");
        s.remove("discovery.seed_hosts");
        s.remove("cluster.initial_cluster_manager_nodes");
        // the test machine's disk may be fuller than the default watermarks allow for new shards
        s.put("cluster.routing.allocation.disk.threshold_enabled", "false");
      }).build(OpenSearchRunner.newConfigs().clusterName("storyline-test").numOfNode(1).basePath(dir.toString())
          .disableESLogger()
          .moduleTypes("org.opensearch.transport.Netty4ModulePlugin,org.opensearch.analysis.common.CommonAnalysisModulePlugin"));
      runner.ensureYellow();
      url = "http://127.0.0.1:" + http;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String url() { return url; }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  @Override
  public void close() {
    try {
      runner.close();
    } catch (IOException ignored) {
      // the node's threads stop with the JVM anyway
    }
    runner.clean();
  }
}
