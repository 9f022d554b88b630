package dev.storyline.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import javax.net.ssl.SSLContext;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.client5.http.ssl.DefaultHostnameVerifier;
import org.apache.hc.client5.http.ssl.HostnameVerificationPolicy;
import org.apache.hc.client5.http.ssl.NoopHostnameVerifier;
import org.apache.hc.core5.http.nio.ssl.TlsStrategy;
import org.apache.hc.core5.ssl.SSLContextBuilder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.Timeout;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.generic.Body;
import org.opensearch.client.opensearch.generic.OpenSearchGenericClient;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5Transport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;
import org.opensearch.client.transport.httpclient5.ResponseException;

/**
 * The store's one connection to a cluster: JSON requests through opensearch-java's generic client (the request
 * bodies are Jackson trees, so mappings and queries read like OpenSearch's own documentation) over the Apache
 * HttpClient 5 transport. A failed request becomes an exception that says what the cluster answered.
 */
final class Cluster implements AutoCloseable {
  static final ObjectMapper JSON = new ObjectMapper();

  private final String url;
  private final ApacheHttpClient5Transport transport;
  private final OpenSearchGenericClient client;

  Cluster(String url) { this(Connection.of(url)); }

  Cluster(Connection connection) {
    URI uri = Connection.parse(connection.url());
    this.url = connection.url();
    String scheme = uri.getScheme().toLowerCase(java.util.Locale.ROOT);
    int port = uri.getPort() < 0 ? (scheme.equals("https") ? 443 : 80) : uri.getPort();
    HttpHost host = new HttpHost(scheme, uri.getHost(), port);
    var tls = scheme.equals("https") ? tlsStrategy(connection) : null;
    this.transport = ApacheHttpClient5TransportBuilder.builder(host)
        .setRequestConfigCallback(c -> c.setConnectTimeout(Timeout.of(5, TimeUnit.SECONDS))
            .setResponseTimeout(Timeout.of(120, TimeUnit.SECONDS)))
        .setHttpClientConfigCallback(b -> {
          if (connection.user() != null) {
            var credentials = new BasicCredentialsProvider();
            credentials.setCredentials(new AuthScope(host),
                new UsernamePasswordCredentials(connection.user(), connection.password().toCharArray()));
            b.setDefaultCredentialsProvider(credentials);
          }
          if (tls != null) {
            // The transport's own pool sizes (10 per node, 30 in all), with our TLS set-up.
            b.setConnectionManager(PoolingAsyncClientConnectionManagerBuilder.create().setTlsStrategy(tls)
                .setMaxConnPerRoute(10).setMaxConnTotal(30).build());
          }
          return b;
        })
        .build();
    this.client = new OpenSearchClient(transport).generic();
  }

  /** The TLS set-up: the trust store given (else the JVM's), host names verified; or, when {@code insecure}, trust in anything. */
  private static TlsStrategy tlsStrategy(Connection c) {
    try {
      if (c.insecure()) {
        SSLContext ssl = SSLContextBuilder.create().loadTrustMaterial(null, (chain, authType) -> true).build();
        return ClientTlsStrategyBuilder.create().setSslContext(ssl).setHostnameVerifier(NoopHostnameVerifier.INSTANCE).build();
      }
      SSLContext ssl;
      if (c.trustStore() != null) {
        if (!Files.isReadable(c.trustStore())) throw new IllegalArgumentException("cannot read the trust store " + c.trustStore());
        char[] pw = c.trustStorePassword() == null ? null : c.trustStorePassword().toCharArray();
        ssl = SSLContextBuilder.create().loadTrustMaterial(c.trustStore().toFile(), pw).build();
      } else {
        ssl = SSLContext.getDefault();
      }
      // Host names are checked explicitly: given only an SSL context, the async client checked none (tested).
      return ClientTlsStrategyBuilder.create().setSslContext(ssl)
          .setHostVerificationPolicy(HostnameVerificationPolicy.BOTH).setHostnameVerifier(new DefaultHostnameVerifier()).build();
    } catch (java.security.GeneralSecurityException | IOException e) {
      throw new IllegalArgumentException((c.insecure() ? "cannot set up TLS: " : "cannot use the trust store " + c.trustStore() + ": ")
          + describe(e), e);
    }
  }

  String url() { return url; }

  /**
   * The response's JSON; a status ≥ 400 is an {@link OpenSearchException} unless it is {@code allowed} (then the JSON
   * is returned too), and so is a node that cannot be reached.
   */
  JsonNode send(String method, String endpoint, Object body, int... allowed) {
    var b = Requests.builder().method(method).endpoint(endpoint);
    if (body instanceof String ndjson) {
      b.body(Body.from(ndjson.getBytes(StandardCharsets.UTF_8), "application/x-ndjson"));
    } else if (body != null) {
      try {
        b.body(Body.from(JSON.writeValueAsBytes(body), "application/json"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    try (Response r = client.execute(b.build())) {
      JsonNode json = r.getBody().map(x -> {
        try {
          byte[] bytes = x.bodyAsBytes();
          return bytes.length == 0 ? JSON.createObjectNode() : JSON.readTree(bytes);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).orElseGet(JSON::createObjectNode);
      return checked(method, endpoint, r.getStatus(), json, allowed);
    } catch (ResponseException e) {
      return refused(method, endpoint, e, allowed);
    } catch (IOException e) {
      // A refusal the transport reports as a failure (a 401 comes wrapped twice) is still the cluster's answer.
      for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
        if (c instanceof ResponseException r) return refused(method, endpoint, r, allowed);
      }
      String hint = hasCause(e, javax.net.ssl.SSLException.class)
          ? " (a TLS failure: is the node's certificate signed by a CA in the trust store given?)" : "";
      throw new OpenSearchException("cannot reach OpenSearch at " + url + ": " + describe(e) + hint, e);
    }
  }

  /** The transport turns some statuses (5xx, 401) into this exception; its message ends with the response body. */
  private JsonNode refused(String method, String endpoint, ResponseException e, int... allowed) {
    String m = e.getMessage() == null ? "" : e.getMessage();
    JsonNode json;
    try {
      json = JSON.readTree(m.substring(m.indexOf('\n') + 1));
    } catch (IOException | RuntimeException notJson) {
      json = JSON.createObjectNode();
    }
    return checked(method, endpoint, e.status(), json == null ? JSON.createObjectNode() : json, allowed);
  }

  private JsonNode checked(String method, String endpoint, int status, JsonNode json, int... allowed) {
    if (status < 400) return json;
    for (int a : allowed) if (a == status) return json;
    String why = status == 401 ? "authentication required or the credentials are wrong (" + reason(json) + ")"
        : status == 403 ? "the user may not do this (" + reason(json) + ")" : reason(json);
    throw new OpenSearchException("OpenSearch at " + url + " refused " + method + " " + endpoint + ": HTTP " + status
        + " " + why);
  }

  private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
    for (Throwable c = e; c != null; c = c.getCause()) if (type.isInstance(c)) return true;
    return false;
  }

  private static String describe(Exception e) {
    String m = e.getMessage();
    Throwable c = e;
    while ((m == null || m.isBlank()) && c.getCause() != null) {
      c = c.getCause();
      m = c.getMessage();
    }
    return (m == null || m.isBlank()) ? e.getClass().getSimpleName() : m;
  }

  private static String reason(JsonNode json) {
    JsonNode err = json.path("error");
    if (err.isTextual()) return err.asText();
    String reason = err.path("reason").asText("");
    JsonNode root = err.path("root_cause");
    if (root.isArray() && !root.isEmpty() && reason.isBlank()) reason = root.get(0).path("reason").asText("");
    return reason.isBlank() ? json.toString() : err.path("type").asText("") + ": " + reason;
  }

  static ObjectNode obj() { return JSON.createObjectNode(); }

  static ObjectNode obj(String key, Object value) {
    ObjectNode o = obj();
    o.set(key, JSON.valueToTree(value));
    return o;
  }

  static ObjectNode obj(Map<String, ?> fields) {
    ObjectNode o = obj();
    fields.forEach((k, v) -> o.set(k, JSON.valueToTree(v)));
    return o;
  }

  @Override
  public void close() {
    try {
      transport.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the connection to " + url, e);
    }
  }
}
