package dev.storyline.render;

import dev.storyline.model.AnalyzedArticle;
import dev.storyline.model.Citation;
import dev.storyline.model.Problem;
import dev.storyline.model.Sentence;
import dev.storyline.model.Story;
import dev.storyline.model.Story.Actor;
import dev.storyline.model.Story.Fact;
import dev.storyline.model.Story.StoryQuote;
import dev.storyline.model.Story.SummarySentence;
import dev.storyline.model.Story.TimelineEntry;
import dev.storyline.model.Storyline;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A standalone HTML report: one file with inline CSS, opens offline, every piece of article text escaped.
 *
 * <p>Per story: title, summary, timeline, actors, who said what, key numbers with their conflicts. Every claim
 * carries numbered marks {@code [k]} linking to the "Trích dẫn" appendix ({@code #trich-k}), which quotes the
 * cited sentence and links on to its article in "Nguồn" ({@code #nguon-n}, numbered as in the Markdown report).
 * No script, no external stylesheet, font or image; the only links out are the articles' own http(s) URLs.
 */
public final class HtmlReport {
  private static final String CSS = """
      body{font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:52rem;margin:2rem auto;\
      padding:0 1rem;color:#1d1d1f;background:#fff}
      h1{font-size:1.8rem}h2{font-size:1.4rem;border-bottom:1px solid #ddd;padding-bottom:.2rem;margin-top:2.5rem}
      h3{font-size:1.1rem;margin-top:1.6rem}.meta{color:#666}
      sup a{text-decoration:none;color:#0b5cad}sup{font-size:.7em}
      ol.timeline{list-style:none;padding-left:0}ol.timeline li{margin:.4rem 0;padding-left:.8rem;border-left:3px solid #0b5cad}
      time{font-weight:600;margin-right:.4rem}
      table{border-collapse:collapse}td,th{padding:.2rem .6rem;border-bottom:1px solid #eee;text-align:left}
      td.n{text-align:right}blockquote{margin:.6rem 0;padding-left:.8rem;border-left:3px solid #ccc}
      .conflict{color:#a33}.appendix li{margin:.3rem 0}.appendix .q{font-style:italic}
      :target{background:#fff5c0}mark{background:#fff0a8}
      @media print{a{color:inherit}}
      """;

  public void write(Storyline storyline, Appendable out) throws IOException {
    Reports.Sources src = new Reports.Sources(storyline);
    Cites cites = new Cites(src);
    StringBuilder body = new StringBuilder(8192);
    if (storyline.stories().isEmpty()) body.append("<p>Không có câu chuyện nào.</p>\n");
    if (storyline.stories().size() > 1) {
      body.append("<nav><ol>\n");
      for (int i = 0; i < storyline.stories().size(); i++)
        body.append("<li><a href=\"#truyen-").append(i + 1).append("\">")
            .append(Html.esc(storyline.stories().get(i).title())).append("</a></li>\n");
      body.append("</ol></nav>\n");
    }
    for (int i = 0; i < storyline.stories().size(); i++) story(storyline.stories().get(i), i + 1, src, cites, body);

    out.append("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        // A report of untrusted text: even if escaping missed something, nothing may load or run.
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
        .append("<title>").append(Html.esc(title(storyline))).append("</title>\n<style>\n").append(CSS)
        .append("</style>\n</head>\n<body>\n<h1>Storyline</h1>\n");
    out.append(body);
    appendix(storyline, src, cites, out);
    out.append("</body>\n</html>\n");
  }

  private static String title(Storyline s) {
    return s.stories().size() == 1 ? s.stories().get(0).title() + " — Storyline" : "Storyline";
  }

  /** Cited spans numbered in order of first use across the whole report; the same span keeps its number. */
  static final class Cites {
    private final Reports.Sources src;
    final Map<Citation, Integer> number = new LinkedHashMap<>();

    Cites(Reports.Sources src) { this.src = src; }

    /** {@code <sup>} links for the citations, one per distinct span. */
    String marks(List<Citation> citations) {
      Set<Integer> ks = new LinkedHashSet<>();
      for (Citation c : citations) {
        if (c == null || !src.byId.containsKey(c.article())) continue;
        ks.add(number.computeIfAbsent(c, x -> number.size() + 1));
      }
      StringBuilder b = new StringBuilder();
      for (int k : ks) b.append("<sup><a href=\"#trich-").append(k).append("\">[").append(k).append("]</a></sup>");
      return b.toString();
    }
  }

  private static void story(Story story, int n, Reports.Sources src, Cites cites, StringBuilder b) {
    b.append("<section class=\"story\" id=\"truyen-").append(n).append("\">\n<h2>").append(Html.esc(story.title())).append("</h2>\n");
    String span = Reports.span(story, src);
    b.append("<p class=\"meta\">").append(story.articles().size()).append(" bài")
        .append(span.isEmpty() ? "" : " · " + Html.esc(span)).append("</p>\n");
    if (!story.summary().isEmpty()) {
      b.append("<h3>Tóm tắt</h3>\n<p class=\"summary\">");
      boolean first = true;
      for (SummarySentence s : story.summary()) {
        if (!first) b.append(' ');
        first = false;
        b.append(Html.esc(s.text())).append(cites.marks(s.citations()));
      }
      b.append("</p>\n");
    }
    if (!story.timeline().isEmpty()) {
      b.append("<h3>Dòng thời gian</h3>\n<ol class=\"timeline\">\n");
      for (TimelineEntry e : story.timeline())
        b.append("<li><time datetime=\"").append(Html.esc(e.date())).append("\">").append(Html.esc(Reports.vnDate(e.date())))
            .append("</time>").append(Html.esc(e.text())).append(cites.marks(e.citations())).append("</li>\n");
      b.append("</ol>\n");
    }
    if (!story.actors().isEmpty()) {
      b.append("<h3>Nhân vật</h3>\n<table class=\"actors\">\n<tr><th>Tên</th><th>Loại</th><th>Lần nhắc</th><th>Số bài</th></tr>\n");
      for (Actor a : story.actors())
        b.append("<tr><td>").append(Html.esc(a.name())).append("</td><td>").append(Reports.typeLabel(a.type()))
            .append("</td><td class=\"n\">").append(a.mentions()).append("</td><td class=\"n\">").append(a.articles()).append("</td></tr>\n");
      b.append("</table>\n");
    }
    if (!story.quotes().isEmpty()) {
      b.append("<h3>Phát ngôn</h3>\n");
      for (StoryQuote q : story.quotes()) {
        String who = q.speaker() == null || q.speaker().isBlank() ? "Không rõ người nói" : q.speaker();
        b.append("<blockquote><strong>").append(Html.esc(who)).append("</strong>")
            .append(q.date() == null ? "" : ", " + Html.esc(Reports.vnDate(q.date())))
            .append(": “").append(Html.esc(q.text())).append("”")
            .append(cites.marks(q.citations())).append("</blockquote>\n");
      }
    }
    if (!story.facts().isEmpty()) {
      b.append("<h3>Con số</h3>\n<ul class=\"facts\">\n");
      for (Fact f : story.facts()) {
        b.append("<li>").append(Html.esc(f.text())).append(" — ").append(src.numbers(f.citations()).size()).append(" nguồn")
            .append(cites.marks(f.citations()));
        if (!f.conflicts().isEmpty()) {
          b.append("\n<ul>\n");
          for (Fact c : f.conflicts())
            b.append("<li class=\"conflict\">⚠ nguồn khác: ").append(Html.esc(c.text())).append(cites.marks(c.citations())).append("</li>\n");
          b.append("</ul>\n");
        }
        b.append("</li>\n");
      }
      b.append("</ul>\n");
    }
    b.append("</section>\n");
  }

  private static void appendix(Storyline storyline, Reports.Sources src, Cites cites, Appendable out) throws IOException {
    if (!cites.number.isEmpty()) {
      out.append("<section class=\"appendix\">\n<h2>Trích dẫn</h2>\n<ol>\n");
      for (Map.Entry<Citation, Integer> e : cites.number.entrySet()) {
        Citation c = e.getKey();
        AnalyzedArticle a = src.byId.get(c.article());
        int n = src.number.get(c.article());
        out.append("<li id=\"trich-").append(Integer.toString(e.getValue())).append("\"><span class=\"q\">“")
            .append(excerpt(a, c)).append("”</span> — <a href=\"#nguon-").append(Integer.toString(n))
            .append("\">[").append(Integer.toString(n)).append("]</a> ").append(Html.esc(name(a))).append(", ")
            .append(Html.esc(Reports.published(a))).append("</li>\n");
      }
      out.append("</ol>\n</section>\n");
    }
    out.append("<section class=\"appendix\">\n<h2>Nguồn</h2>\n<ol>\n");
    for (AnalyzedArticle a : Reports.numbered(storyline, src)) {
      int n = src.number.get(a.id());
      out.append("<li value=\"").append(Integer.toString(n)).append("\" id=\"nguon-").append(Integer.toString(n))
          .append("\"><code>").append(Html.esc(a.id())).append("</code> — ").append(Html.esc(Reports.published(a)));
      if (!a.article().outlet().isBlank()) out.append(" — ").append(Html.esc(a.article().outlet()));
      String title = a.article().title().isBlank() ? a.article().url() : a.article().title();
      String url = Html.safeUrl(a.article().url());
      if (url != null)
        out.append(" — <a href=\"").append(Html.esc(url)).append("\" rel=\"noopener noreferrer\">").append(Html.esc(title)).append("</a>");
      else if (!title.isBlank()) out.append(" — ").append(Html.esc(title));
      out.append(" — ").append(Html.esc(a.article().source())).append("</li>\n");
    }
    out.append("</ol>\n");
    if (storyline.articles().stream().anyMatch(AnalyzedArticle::publishedInferred))
      out.append("<p class=\"meta\">~ ngày đăng suy ra từ nội dung bài.</p>\n");
    out.append("</section>\n");
    if (!storyline.problems().isEmpty()) {
      out.append("<section>\n<h2>Vấn đề</h2>\n<ul>\n");
      for (Problem p : storyline.problems())
        out.append("<li><code>").append(Html.esc(p.input())).append("</code>: ").append(Html.esc(p.reason())).append("</li>\n");
      out.append("</ul>\n</section>\n");
    }
  }

  /**
   * The sentence(s) holding the cited span, escaped, with the span itself in {@code <mark>} when it is only part of
   * them (a key number cites its quantity phrase, which means little without its sentence). Offsets past the text
   * are clamped rather than trusted.
   */
  static String excerpt(AnalyzedArticle a, Citation c) {
    String t = a.article().text();
    int s = Math.max(0, Math.min(c.start(), t.length()));
    int e = Math.max(s, Math.min(c.end(), t.length()));
    int from = s, to = e;
    for (Sentence x : a.sentences()) {
      if (x.start() <= s && s < x.end()) from = Math.min(from, x.start());
      if (x.start() < e && e <= x.end()) to = Math.max(to, Math.min(x.end(), t.length()));
    }
    String before = t.substring(from, s), cited = t.substring(s, e), after = t.substring(e, to);
    if (before.isBlank() && after.isBlank()) return Html.esc(cited.strip());
    return Html.esc(before.stripLeading()) + "<mark>" + Html.esc(cited) + "</mark>" + Html.esc(after.stripTrailing());
  }

  private static String name(AnalyzedArticle a) {
    if (!a.article().outlet().isBlank()) return a.article().outlet();
    if (!a.article().title().isBlank()) return a.article().title();
    return a.id();
  }
}
