package dev.storyline.opensearch;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * How to reach a cluster: its URL, and for a secured cluster (the OpenSearch security plugin, on by default in
 * OpenSearch's own distributions) HTTP basic credentials and the certificates to trust.
 *
 * @param url                an http(s) URL of a node; credentials written in it ({@code https://user:pw@host:9200})
 *                           are taken as {@code user} and {@code password} and left out of every message
 * @param user               basic-authentication user, or null for none
 * @param password           its password (null with no user)
 * @param trustStore         a PKCS12 or JKS file of the certificates to trust (a cluster's own CA), or null for the
 *                           JVM's trust store
 * @param trustStorePassword the trust store's password, or null
 * @param insecure           trust any certificate and host name (a test cluster with demonstration certificates);
 *                           the connection is encrypted but not authenticated
 */
public record Connection(String url, String user, String password, Path trustStore, String trustStorePassword,
                         boolean insecure) {
  public Connection {
    if (url == null || url.isBlank()) throw new IllegalArgumentException("no OpenSearch URL");
    URI uri = parse(url);
    String info = uri.getRawUserInfo();
    if (info != null) {
      if (user != null) throw new IllegalArgumentException("credentials given both in the URL and as a user name");
      int colon = info.indexOf(':');
      user = decode(colon < 0 ? info : info.substring(0, colon));
      password = colon < 0 ? "" : decode(info.substring(colon + 1));
      url = redacted(uri);
    }
    if (user != null && user.isBlank()) throw new IllegalArgumentException("an empty OpenSearch user name");
    if (user != null && password == null) password = "";
    if (user == null) password = null;
    if (trustStore != null && insecure) {
      throw new IllegalArgumentException("a trust store and trusting every certificate exclude each other; give one");
    }
  }

  /** A node without security. */
  public static Connection of(String url) { return new Connection(url, null, null, null, null, false); }

  public boolean https() { return parse(url).getScheme().equalsIgnoreCase("https"); }

  @Override
  public String toString() { return url + (user == null ? "" : " as " + user); } // never the password

  static URI parse(String url) {
    URI uri;
    try {
      uri = URI.create(url.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a URL: " + strip(url));
    }
    if (uri.getHost() == null || uri.getScheme() == null
        || !(uri.getScheme().equalsIgnoreCase("http") || uri.getScheme().equalsIgnoreCase("https"))) {
      throw new IllegalArgumentException("not an http(s) URL of an OpenSearch node: " + strip(url));
    }
    return uri;
  }

  private static String redacted(URI uri) {
    return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
        + (uri.getRawPath() == null ? "" : uri.getRawPath());
  }

  /** A URL for an error message, without what may be a password before the '@'. */
  private static String strip(String url) {
    int at = url.lastIndexOf('@'), scheme = url.indexOf("://");
    return at > 0 && scheme > 0 && at > scheme ? url.substring(0, scheme + 3) + "…@" + url.substring(at + 1) : url;
  }

  private static String decode(String s) { return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8); } // '+' is itself in a URL's user part
}
