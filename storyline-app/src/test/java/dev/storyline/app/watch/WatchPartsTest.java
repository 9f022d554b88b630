package dev.storyline.app.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WatchPartsTest {
  @TempDir Path dir;

  @Test
  void canonicalUrlsLowerCaseSchemeAndHostDropFragmentsDefaultPortsAndUtmParameters() {
    assertThat(UrlCanon.canonical("HTTPS://VnExpress.NET:443/Thoi-Su/Bai-1.html?utm_source=rss&id=7&UTM_medium=x#binh-luan"))
        .isEqualTo("https://vnexpress.net/Thoi-Su/Bai-1.html?id=7");
    assertThat(UrlCanon.canonical("http://a.vn:8080")).isEqualTo("http://a.vn:8080/");
    assertThat(UrlCanon.canonical("http://a.vn/x?utm_source=1")).isEqualTo("http://a.vn/x");
    assertThat(UrlCanon.canonical("ftp://a.vn/x")).isNull();
    assertThat(UrlCanon.canonical("/relative")).isNull();
    assertThat(UrlCanon.canonical("not a url")).isNull();
  }

  @Test
  void seenUrlsSurviveAReopenAndATornLastLineIsNotTrusted() throws IOException {
    Path f = dir.resolve("watch/seen.txt");
    SeenUrls s = new SeenUrls(f);
    s.addAll(List.of("http://a.vn/1", "http://a.vn/2"));
    Files.writeString(f, "http://a.vn/3", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND); // a crash mid-line
    SeenUrls again = new SeenUrls(f);
    assertThat(again.contains("http://a.vn/1")).isTrue();
    assertThat(again.contains("http://a.vn/3")).isFalse();
    again.addAll(List.of("http://a.vn/4"));
    SeenUrls third = new SeenUrls(f);
    assertThat(third.contains("http://a.vn/4")).isTrue();
    assertThat(third.size()).isEqualTo(3);
  }

  @Test
  void durationsParseAndFormat() {
    assertThat(Durations.parse("200ms")).isEqualTo(Duration.ofMillis(200));
    assertThat(Durations.parse("10m")).isEqualTo(Duration.ofMinutes(10));
    assertThat(Durations.parse("1m30s")).isEqualTo(Duration.ofSeconds(90));
    assertThat(Durations.parse("20")).isEqualTo(Duration.ofSeconds(20));
    assertThatThrownBy(() -> Durations.parse("10 minutes")).isInstanceOf(IllegalArgumentException.class);
    assertThat(Durations.format(Duration.ofMillis(400))).isEqualTo("400ms");
    assertThat(Durations.format(Duration.ofSeconds(20))).isEqualTo("20s");
    assertThat(Durations.format(Duration.ofMinutes(10))).isEqualTo("10m");
  }

  @Test
  void onlyHtmlContentTypesAreHtml() {
    assertThat(Fetcher.isHtml("text/html; charset=UTF-8")).isTrue();
    assertThat(Fetcher.isHtml("application/xhtml+xml")).isTrue();
    assertThat(Fetcher.isHtml("application/pdf")).isFalse();
    assertThat(Fetcher.isHtml("")).isFalse();
  }
}
