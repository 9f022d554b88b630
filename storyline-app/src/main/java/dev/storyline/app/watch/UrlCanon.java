package dev.storyline.app.watch;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The form a URL is remembered in: lower-case scheme and host, no default port, no fragment, no {@code utm_*}
 * query parameters (the same article linked from two campaigns is one article). Path and other parameters are
 * kept as they are: servers may treat their case as meaningful.
 */
public final class UrlCanon {
  private UrlCanon() {}

  /** The canonical form, or null when the text is not an absolute http(s) URL. */
  public static String canonical(String url) {
    if (url == null || url.isBlank()) return null;
    URI u;
    try {
      u = new URI(url.strip());
    } catch (URISyntaxException e) {
      return null;
    }
    String scheme = u.getScheme() == null ? null : u.getScheme().toLowerCase(Locale.ROOT);
    if (!"http".equals(scheme) && !"https".equals(scheme) || u.getRawAuthority() == null || u.getHost() == null) return null;
    StringBuilder b = new StringBuilder(url.length()).append(scheme).append("://").append(u.getHost().toLowerCase(Locale.ROOT));
    int port = u.getPort();
    if (port != -1 && !(port == 80 && scheme.equals("http")) && !(port == 443 && scheme.equals("https"))) b.append(':').append(port);
    String path = u.getRawPath();
    b.append(path == null || path.isEmpty() ? "/" : path);
    String q = u.getRawQuery();
    if (q != null) {
      StringBuilder kept = new StringBuilder();
      for (String param : q.split("&")) {
        if (param.isEmpty() || param.toLowerCase(Locale.ROOT).startsWith("utm_")) continue;
        if (!kept.isEmpty()) kept.append('&');
        kept.append(param);
      }
      if (!kept.isEmpty()) b.append('?').append(kept);
    }
    return b.toString();
  }
}
