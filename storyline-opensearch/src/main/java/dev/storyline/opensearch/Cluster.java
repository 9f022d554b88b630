package dev.storyline.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
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

  Cluster(String url) {
    this.url = url;
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a URL: " + url);
    }
    if (uri.getHost() == null || uri.getScheme() == null
        || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
      throw new IllegalArgumentException("not an http(s) URL of an OpenSearch node: " + url);
    }
    int port = uri.getPort() < 0 ? (uri.getScheme().equals("https") ? 443 : 80) : uri.getPort();
    this.transport = ApacheHttpClient5TransportBuilder.builder(new HttpHost(uri.getScheme(), uri.getHost(), port))
        .setRequestConfigCallback(c -> c.setConnectTimeout(Timeout.of(5, TimeUnit.SECONDS))
            .setResponseTimeout(Timeout.of(120, TimeUnit.SECONDS)))
        .build();
    this.client = new OpenSearchClient(transport).generic();
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
      // The transport turns some statuses (5xx) into this exception; its message ends with the response body.
      String m = e.getMessage() == null ? "" : e.getMessage();
      JsonNode json;
      try {
        json = JSON.readTree(m.substring(m.indexOf('\n') + 1));
      } catch (IOException | RuntimeException notJson) {
        json = JSON.createObjectNode();
      }
      return checked(method, endpoint, e.status(), json == null ? JSON.createObjectNode() : json, allowed);
    } catch (IOException e) {
      throw new OpenSearchException("cannot reach OpenSearch at " + url + ": " + describe(e), e);
    }
  }

  private JsonNode checked(String method, String endpoint, int status, JsonNode json, int... allowed) {
    if (status < 400) return json;
    for (int a : allowed) if (a == status) return json;
    throw new OpenSearchException("OpenSearch at " + url + " refused " + method + " " + endpoint + ": HTTP " + status
        + " " + reason(json));
  }

  private static String describe(IOException e) {
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
