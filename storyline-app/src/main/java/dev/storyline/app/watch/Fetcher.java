package dev.storyline.app.watch;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.BodySubscribers;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Polite HTTP GETs over the JDK client: an identifying User-Agent, a minimum gap between two requests to the same
 * host (measured from the end of one to the start of the next), redirects followed by hand (so each hop is
 * checked to be http/https, counted against a cap and delayed like any request), a whole-exchange timeout, a body
 * size cap enforced while the bytes arrive, and retries with exponential back-off on 5xx and I/O errors only.
 * One thread at a time (the watcher is sequential); not thread-safe.
 */
public final class Fetcher implements AutoCloseable {
  /** Redirect hops followed before giving up. */
  public static final int MAX_REDIRECTS = 5;

  public record Settings(Duration timeout, int retries, Duration backoff, Duration perHostDelay, String userAgent,
                         int maxBytes) {}

  public enum Outcome {
    /** 200 with an acceptable body. */ OK,
    /** 304 to a conditional request. */ NOT_MODIFIED,
    /** Will not get better by asking again: 4xx but 408/429, wrong content type, too large, bad redirect. */ PERMANENT,
    /** 5xx, 408, 429, timeout or I/O error after every retry. */ TRANSIENT
  }

  /**
   * @param finalUrl the URL that answered, after redirects
   * @param reason   why it failed, for the warning; empty on success
   */
  public record Response(Outcome outcome, int status, byte[] body, String finalUrl, String contentType, String etag,
                         String lastModified, String reason) {}

  /** Accepts any content type (feeds) or HTML only (pages). */
  public enum Accept { ANY, HTML }

  private final Settings settings;
  private final HttpClient client;
  private final Map<String, Long> lastDone = new HashMap<>();
  private final java.util.function.BooleanSupplier stopping;
  private int requests;

  public Fetcher(Settings settings) { this(settings, () -> false); }

  /** @param stopping true once a stop was asked for: no further retry is waited for */
  public Fetcher(Settings settings, java.util.function.BooleanSupplier stopping) {
    this.settings = settings;
    this.stopping = stopping;
    this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(settings.timeout()).build();
  }

  /** Closes the client's connections. */
  @Override public void close() { client.close(); }

  /** HTTP requests sent so far, retries and redirect hops included. */
  public int requests() { return requests; }

  public Response get(String url, Map<String, String> headers, Accept accept) {
    Response r = null;
    for (int attempt = 0; attempt <= settings.retries(); attempt++) {
      if (attempt > 0) {
        // 1×, 2×, 4× … the base back-off: a struggling server gets more room each time
        if (!pause(settings.backoff().toMillis() << Math.min(attempt - 1, 20))) break;
      }
      r = once(url, headers, accept);
      if (r.outcome() != Outcome.TRANSIENT) return r;
    }
    int tries = settings.retries() + 1;
    return new Response(r.outcome(), r.status(), null, r.finalUrl(), r.contentType(), null, null,
        r.reason() + (tries > 1 ? " (after " + tries + " attempts)" : ""));
  }

  private Response once(String url, Map<String, String> headers, Accept accept) {
    String current = url;
    for (int hop = 0; ; hop++) {
      URI uri;
      try {
        uri = URI.create(current);
      } catch (IllegalArgumentException e) {
        return fail(Outcome.PERMANENT, 0, current, "not a valid URL");
      }
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
        return fail(Outcome.PERMANENT, 0, current, "only http and https URLs are fetched");
      }
      HttpRequest.Builder req = HttpRequest.newBuilder(uri).GET().timeout(settings.timeout())
          .header("User-Agent", settings.userAgent())
          .header("Accept", accept == Accept.HTML ? "text/html,application/xhtml+xml;q=0.9"
              : "application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.5");
      headers.forEach(req::header);
      String host = uri.getHost().toLowerCase(Locale.ROOT);
      politeWait(host);
      HttpResponse<Body> res;
      CompletableFuture<HttpResponse<Body>> future = null;
      try {
        requests++;
        future = client.sendAsync(req.build(), info -> handler(info, accept));
        res = future.get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        future.cancel(true);
        return fail(Outcome.TRANSIENT, 0, current, "timed out after " + Durations.format(settings.timeout()));
      } catch (ExecutionException e) {
        Throwable c = e.getCause() == null ? e : e.getCause();
        if (c instanceof HttpTimeoutException) return fail(Outcome.TRANSIENT, 0, current, "timed out after " + Durations.format(settings.timeout()));
        return fail(Outcome.TRANSIENT, 0, current, c.getClass().getSimpleName() + (c.getMessage() == null ? "" : ": " + c.getMessage()));
      } catch (InterruptedException e) {
        if (future != null) future.cancel(true);
        Thread.currentThread().interrupt();
        return fail(Outcome.TRANSIENT, 0, current, "interrupted");
      } finally {
        lastDone.put(host, System.nanoTime());
      }
      int status = res.statusCode();
      String ct = res.headers().firstValue("Content-Type").orElse("");
      if (status >= 300 && status < 400 && status != 304) {
        String loc = res.headers().firstValue("Location").orElse(null);
        if (loc == null) return fail(Outcome.PERMANENT, status, current, "HTTP " + status + " without a Location");
        if (hop >= MAX_REDIRECTS) return fail(Outcome.PERMANENT, status, current, "more than " + MAX_REDIRECTS + " redirects");
        try {
          current = uri.resolve(loc.strip()).toString();
        } catch (IllegalArgumentException e) {
          return fail(Outcome.PERMANENT, status, current, "bad redirect Location " + loc);
        }
        continue;
      }
      if (status == 304) return new Response(Outcome.NOT_MODIFIED, status, null, current, ct, null, null, "");
      // 429 (too many requests) and 408 (request timeout) say "later", not "never": retried like a 5xx.
      if (status >= 500 || status == 429 || status == 408) return fail(Outcome.TRANSIENT, status, current, "HTTP " + status);
      if (status != 200) return fail(Outcome.PERMANENT, status, current, "HTTP " + status);
      if (accept == Accept.HTML && !isHtml(ct)) {
        return fail(Outcome.PERMANENT, status, current, "not an HTML page (Content-Type " + (ct.isEmpty() ? "missing" : ct) + ")");
      }
      Body body = res.body();
      if (body == null || body.tooBig()) return fail(Outcome.PERMANENT, status, current, "page over the limit of " + settings.maxBytes() + " bytes");
      return new Response(Outcome.OK, status, body.bytes(), current, ct, res.headers().firstValue("ETag").orElse(null),
          res.headers().firstValue("Last-Modified").orElse(null), "");
    }
  }

  private static Response fail(Outcome o, int status, String url, String reason) {
    return new Response(o, status, null, url, "", null, null, reason);
  }

  /** text/html or application/xhtml+xml, parameters ignored. */
  static boolean isHtml(String contentType) {
    String t = contentType.toLowerCase(Locale.ROOT);
    int semi = t.indexOf(';');
    if (semi >= 0) t = t.substring(0, semi);
    t = t.strip();
    return t.equals("text/html") || t.equals("application/xhtml+xml");
  }

  private BodySubscriber<Body> handler(HttpResponse.ResponseInfo info, Accept accept) {
    int status = info.statusCode();
    String ct = info.headers().firstValue("Content-Type").orElse("");
    // Only a 200 of the right type is worth its bytes; anything else is discarded unread.
    if (status != 200 || accept == Accept.HTML && !isHtml(ct)) return BodySubscribers.replacing(null);
    long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
    if (declared > settings.maxBytes()) return BodySubscribers.replacing(Body.TOO_BIG);
    return new Limited(settings.maxBytes());
  }

  private void politeWait(String host) {
    Long last = lastDone.get(host);
    if (last == null) return;
    long waitNanos = last + settings.perHostDelay().toNanos() - System.nanoTime();
    if (waitNanos > 0) sleep(TimeUnit.NANOSECONDS.toMillis(waitNanos) + 1);
  }

  /** Sleeps in short slices so a stop is heard; false when stopped or interrupted. */
  private boolean pause(long millis) {
    long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
    for (long left; (left = end - System.nanoTime()) > 0; ) {
      if (stopping.getAsBoolean() || !sleep(Math.min(100, TimeUnit.NANOSECONDS.toMillis(left) + 1))) return false;
    }
    return !stopping.getAsBoolean();
  }

  /** False when interrupted (the interrupt flag is kept). */
  private static boolean sleep(long millis) {
    try {
      Thread.sleep(millis);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  record Body(byte[] bytes, boolean tooBig) {
    static final Body TOO_BIG = new Body(null, true);
  }

  /** Collects a body up to a cap; past it, cancels the download and yields {@link Body#TOO_BIG}. */
  private static final class Limited implements BodySubscriber<Body> {
    private final int max;
    private final CompletableFuture<Body> result = new CompletableFuture<>();
    private final java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    private Flow.Subscription subscription;

    Limited(int max) { this.max = max; }

    @Override public CompletionStage<Body> getBody() { return result; }

    @Override public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      s.request(Long.MAX_VALUE);
    }

    @Override public void onNext(List<ByteBuffer> items) {
      if (result.isDone()) return;
      for (ByteBuffer b : items) {
        if (bytes.size() + b.remaining() > max) {
          result.complete(Body.TOO_BIG);
          subscription.cancel();
          return;
        }
        byte[] a = new byte[b.remaining()];
        b.get(a);
        bytes.writeBytes(a);
      }
    }

    @Override public void onError(Throwable t) { result.completeExceptionally(t instanceof IOException ? t : new InterruptedIOException(String.valueOf(t))); }

    @Override public void onComplete() { result.complete(new Body(bytes.toByteArray(), false)); }
  }
}
