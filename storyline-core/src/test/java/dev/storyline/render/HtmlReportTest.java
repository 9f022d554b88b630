package dev.storyline.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.model.Storyline;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
  private static final Pattern HREF = Pattern.compile("href=\"#([^\"]+)\"");
  private final String out = ReportFixtures.render(ReportFixtures.storyline(), new HtmlReport()::write);
  private final String hostile = ReportFixtures.render(HostileStory.storyline(), new HtmlReport()::write);

  @Test
  void isOneStandaloneDocumentWithInlineCss() {
    assertThat(out).startsWith("<!DOCTYPE html>\n<html lang=\"vi\">");
    assertThat(out).contains("<meta charset=\"utf-8\">").contains("<style>").endsWith("</html>\n");
    // Nothing that would fetch a resource: no scripts, stylesheets, images, frames or CSS urls.
    for (String ref : new String[] {"<script", "<link", "<img", "<iframe", "src=", "@import", "url("})
      assertThat(out).doesNotContain(ref);
  }

  @Test
  void hasEverySectionInVietnamese() {
    for (String h : new String[] {"<h3>Tóm tắt</h3>", "<h3>Dòng thời gian</h3>", "<h3>Nhân vật</h3>", "<h3>Phát ngôn</h3>",
        "<h3>Con số</h3>", "<h2>Trích dẫn</h2>", "<h2>Nguồn</h2>", "<h2>Vấn đề</h2>"})
      assertThat(out).contains(h);
    assertThat(out).contains("<h2>Bão số 3 đổ bộ Quảng Ninh, hàng nghìn nhà tốc mái</h2>");
    assertThat(out).contains("<time datetime=\"2017\">năm 2017</time>");
    assertThat(out).contains("<td>Quảng Ninh</td><td>Địa điểm</td><td class=\"n\">6</td><td class=\"n\">4</td>");
    assertThat(out).contains("⚠ nguồn khác: 18 người đã thiệt mạng");
    assertThat(out).contains("~11/09/2024").contains("~ ngày đăng suy ra từ nội dung bài.");
  }

  @Test
  void everyInternalLinkHasItsTarget() {
    Matcher m = HREF.matcher(out);
    int links = 0;
    while (m.find()) {
      links++;
      assertThat(out).as("target of #" + m.group(1)).contains("id=\"" + m.group(1) + "\"");
    }
    assertThat(links).isGreaterThan(5);
  }

  @Test
  void summaryCitationsLeadToTheCitedSentenceAndItsArticle() {
    int summary = out.indexOf("<p class=\"summary\">");
    assertThat(out.substring(summary, out.indexOf("</p>", summary))).contains("<sup><a href=\"#trich-1\">[1]</a></sup>");
    int item = out.indexOf("<li id=\"trich-1\">");
    String first = out.substring(item, out.indexOf("</li>", item));
    // The appendix quotes the sentence that the first summary mark cites, then links to its article.
    var story = ReportFixtures.storyline().stories().get(0);
    var c = story.summary().get(0).citations().get(0);
    var a = ReportFixtures.storyline().articles().stream().filter(x -> x.id().equals(c.article())).findFirst().orElseThrow();
    assertThat(first).contains(Html.esc(a.article().text().substring(c.start(), c.end()).strip()));
    assertThat(first).containsPattern("href=\"#nguon-\\d+\"");
  }

  @Test
  void theSameSpanKeepsOneNumber() {
    // The hostile story cites sentence 0 from the summary, the first timeline entry and a conflict: one appendix entry.
    assertThat(hostile.split("<li id=\"trich-", -1)).hasSize(3);
  }

  @Test
  void escapesEveryPieceOfArticleText() {
    assertThat(hostile).doesNotContain("<script").doesNotContain("<img").doesNotContain("javascript:");
    assertThat(hostile).contains("&lt;script&gt;alert(1)&lt;/script&gt; &quot;&#39;&amp; &lt;img src=x");
    // title, summary, timeline, actor, quote speaker and text, fact and conflict, cited sentence, source title and outlet
    int escaped = hostile.split("&lt;script&gt;", -1).length - 1;
    assertThat(escaped).isGreaterThanOrEqualTo(12);
    assertThat(hostile).contains("<code>x&lt;1&gt;</code>");
  }

  @Test
  void noStoriesSaysSo() {
    String empty = ReportFixtures.render(new Storyline(java.util.List.of(), java.util.List.of(), java.util.List.of(),
        java.util.List.of()), new HtmlReport()::write);
    assertThat(empty).contains("Không có câu chuyện nào.").doesNotContain("Trích dẫn");
  }

  @Test
  void escapeCoversTheFiveCharacters() {
    assertThat(Html.esc("a<b>&\"c'")).isEqualTo("a&lt;b&gt;&amp;&quot;c&#39;");
    assertThat(Html.esc("không đổi")).isEqualTo("không đổi");
    assertThat(Html.safeUrl("JavaScript:alert(1)")).isNull();
    assertThat(Html.safeUrl("data:text/html,x")).isNull();
    assertThat(Html.safeUrl("https://example.vn/a")).isEqualTo("https://example.vn/a");
  }

  @Test
  void aCitedPhraseIsShownInItsSentence() {
    var a = HostileStory.article1();
    var sentence = a.sentences().get(1);
    String text = a.article().text();
    int at = text.indexOf("40 xe buýt");
    String shown = HtmlReport.excerpt(a, new dev.storyline.model.Citation(a.id(), at, at + "40 xe buýt".length()));
    assertThat(shown).isEqualTo("Ông Lê Văn Tâm cho biết sẽ có thêm <mark>40 xe buýt</mark>.");
    // A whole cited sentence is shown as it is, escaped, without a mark.
    assertThat(HtmlReport.excerpt(a, new dev.storyline.model.Citation(a.id(), sentence.start(), sentence.end())))
        .isEqualTo("Ông Lê Văn Tâm cho biết sẽ có thêm 40 xe buýt.");
    assertThat(HtmlReport.excerpt(a, HostileStory.cite(a, 0))).contains("&lt;script&gt;").doesNotContain("<script");
  }
}
