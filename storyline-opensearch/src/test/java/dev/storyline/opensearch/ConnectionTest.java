package dev.storyline.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Credentials and TLS towards a secured cluster, against fake nodes on this machine (JDK HTTP and HTTPS servers). */
class ConnectionTest {
  @TempDir Path dir;

  /** Answers GET / like a node, but only with the right basic credentials (401 and a challenge otherwise). */
  private static void node(HttpExchange exchange, String user, String password, List<String> seen) throws IOException {
    String auth = exchange.getRequestHeaders().getFirst("Authorization");
    seen.add(auth == null ? "" : auth);
    String expected = user == null ? null
        : "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    boolean ok = expected == null || expected.equals(auth);
    byte[] body = (ok ? "{\"version\":{\"number\":\"3.8.0\"}}"
        : "{\"error\":{\"type\":\"security_exception\",\"reason\":\"missing authentication credentials\"},\"status\":401}")
        .getBytes(StandardCharsets.UTF_8);
    exchange.getRequestBody().readAllBytes();
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    if (!ok) exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"OpenSearch Security\"");
    exchange.sendResponseHeaders(ok ? 200 : 401, body.length);
    exchange.getResponseBody().write(body);
    exchange.close();
  }

  private static HttpServer plainNode(String user, String password, List<String> seen) throws IOException {
    HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    s.createContext("/", e -> node(e, user, password, seen));
    s.start();
    return s;
  }

  @Test
  void basicCredentialsAreSentAndAWrongPasswordIsAClearRefusal() throws IOException {
    List<String> seen = new ArrayList<>();
    HttpServer s = plainNode("reader", "p@ss:wörd", seen);
    String url = "http://127.0.0.1:" + s.getAddress().getPort();
    try {
      try (Cluster c = new Cluster(new Connection(url, "reader", "p@ss:wörd", null, null, false))) {
        assertThat(c.send("GET", "/", null).path("version").path("number").asText()).isEqualTo("3.8.0");
      }
      assertThat(seen).anyMatch(h -> h.startsWith("Basic "));
      try (Cluster c = new Cluster(new Connection(url, "reader", "wrong", null, null, false))) {
        assertThatThrownBy(() -> c.send("GET", "/", null)).isInstanceOf(OpenSearchException.class)
            .hasMessageContaining("HTTP 401").hasMessageContaining("credentials are wrong")
            .hasMessageNotContaining("wrong\"").hasMessageContaining(url);
      }
      try (Cluster c = new Cluster(Connection.of(url))) {
        assertThatThrownBy(() -> c.send("GET", "/", null)).hasMessageContaining("authentication required");
      }
    } finally {
      s.stop(0);
    }
  }

  @Test
  void credentialsInTheUrlAreUsedAndNeverShown() throws IOException {
    List<String> seen = new ArrayList<>();
    HttpServer s = plainNode("admin", "se+cret", seen);
    int port = s.getAddress().getPort();
    try {
      Connection c = Connection.of("http://admin:se%2Bcret@127.0.0.1:" + port);
      assertThat(c.user()).isEqualTo("admin");
      assertThat(c.password()).isEqualTo("se+cret");
      assertThat(c.url()).isEqualTo("http://127.0.0.1:" + port).doesNotContain("cret");
      assertThat(c.toString()).doesNotContain("cret");
      try (Cluster cluster = new Cluster(c)) {
        assertThat(cluster.url()).doesNotContain("cret");
        assertThat(cluster.send("GET", "/", null).has("version")).isTrue();
      }
      Connection plus = Connection.of("http://admin:se+cret@127.0.0.1:" + port); // '+' is literal in a user part
      assertThat(plus.password()).isEqualTo("se+cret");
    } finally {
      s.stop(0);
    }
    assertThatThrownBy(() -> Connection.of("127.0.0.1:9200")).hasMessageContaining("URL");
    assertThatThrownBy(() -> Connection.of("ftp://127.0.0.1:9200")).hasMessageContaining("not an http(s) URL");
    assertThatThrownBy(() -> new Connection("http://u:p@h:1", "other", "x", null, null, false))
        .hasMessageContaining("both in the URL");
    assertThatThrownBy(() -> new Connection("https://h:1", null, null, dir.resolve("t.p12"), null, true))
        .hasMessageContaining("exclude each other");
  }

  // ------------------------------------------------------------------ TLS

  private static void keytool(String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
  }

  /** A node certificate for {@code host} (a key store) and a trust store holding only that certificate. */
  private Path[] certificate(String host, boolean ipToo) throws IOException, InterruptedException {
    Path keys = dir.resolve(host + "-node.p12"), cert = dir.resolve(host + ".crt"), trust = dir.resolve(host + "-trust.p12");
    keytool("-genkeypair", "-alias", "node", "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=" + host,
        "-ext", "SAN=dns:" + host + (ipToo ? ",ip:127.0.0.1" : ""), "-validity", "2", "-keystore", keys.toString(),
        "-storetype", "PKCS12", "-storepass", "nodepass", "-keypass", "nodepass");
    keytool("-exportcert", "-alias", "node", "-keystore", keys.toString(), "-storepass", "nodepass", "-file", cert.toString());
    keytool("-importcert", "-noprompt", "-alias", "node", "-file", cert.toString(), "-keystore", trust.toString(),
        "-storetype", "PKCS12", "-storepass", "trustpass");
    return new Path[] {keys, trust};
  }

  private static HttpsServer tlsNode(Path keys, List<String> seen) throws Exception {
    KeyStore ks = KeyStore.getInstance("PKCS12");
    try (InputStream in = java.nio.file.Files.newInputStream(keys)) {
      ks.load(in, "nodepass".toCharArray());
    }
    KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    kmf.init(ks, "nodepass".toCharArray());
    SSLContext ssl = SSLContext.getInstance("TLS");
    ssl.init(kmf.getKeyManagers(), null, null);
    HttpsServer s = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    s.setHttpsConfigurator(new HttpsConfigurator(ssl));
    s.createContext("/", e -> node(e, "admin", "admin", seen));
    s.start();
    return s;
  }

  @Test
  void aClusterCertificateIsTrustedThroughATrustStoreOrNotAtAll() throws Exception {
    Path[] pki = certificate("localhost", true);
    List<String> seen = new ArrayList<>();
    HttpsServer s = tlsNode(pki[0], seen);
    String url = "https://127.0.0.1:" + s.getAddress().getPort();
    try {
      try (Cluster c = new Cluster(new Connection(url, "admin", "admin", pki[1], "trustpass", false))) {
        assertThat(c.send("GET", "/", null).has("version")).isTrue();
      }
      // The JVM's own trust store does not know this self-signed certificate: a clear TLS failure.
      try (Cluster c = new Cluster(new Connection(url, "admin", "admin", null, null, false))) {
        assertThatThrownBy(() -> c.send("GET", "/", null)).isInstanceOf(OpenSearchException.class)
            .hasMessageContaining("cannot reach OpenSearch at " + url).hasMessageContaining("TLS failure");
      }
      assertThatThrownBy(() -> new Cluster(new Connection(url, null, null, dir.resolve("missing.p12"), null, false)))
          .hasMessageContaining("cannot read the trust store");
      assertThatThrownBy(() -> new Cluster(new Connection(url, null, null, pki[1], "not-the-password", false)))
          .hasMessageContaining("cannot use the trust store");
    } finally {
      s.stop(0);
    }
  }

  @Test
  void insecureTrustsADemonstrationCertificateForAnotherHost() throws Exception {
    Path[] pki = certificate("node-1.example", false); // names another host: host-name verification must fail
    HttpsServer s = tlsNode(pki[0], new ArrayList<>());
    String url = "https://localhost:" + s.getAddress().getPort();
    try {
      try (Cluster c = new Cluster(new Connection(url, "admin", "admin", pki[1], "trustpass", false))) {
        assertThatThrownBy(() -> c.send("GET", "/", null)).hasMessageContaining("TLS failure");
      }
      try (Cluster c = new Cluster(new Connection(url, "admin", "admin", null, null, true))) {
        assertThat(c.send("GET", "/", null).has("version")).isTrue();
      }
    } finally {
      s.stop(0);
    }
  }
}
