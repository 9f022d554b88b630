package dev.storyline.render;

import dev.storyline.model.AnalyzedArticle;
import dev.storyline.model.Citation;
import dev.storyline.model.Problem;
import dev.storyline.model.Story;
import dev.storyline.model.Story.Actor;
import dev.storyline.model.Story.Fact;
import dev.storyline.model.Story.StoryQuote;
import dev.storyline.model.Story.SummarySentence;
import dev.storyline.model.Story.TimelineEntry;
import dev.storyline.model.Storyline;
import java.io.IOException;
import java.util.List;

/**
 * Writes a storyline as Markdown: one section per story, claims marked with [n] links to anchors
 * in the "Nguồn" list ({@code #nguon-n}).
 */
public final class MarkdownReport {
  public void write(Storyline storyline, Appendable out) throws IOException {
    Reports.Sources src = new Reports.Sources(storyline);
    out.append("# Storyline\n\n");
    if (storyline.stories().isEmpty()) out.append("Không có câu chuyện nào.\n\n");
    for (Story story : storyline.stories()) story(story, src, out);
    out.append("## Nguồn\n\n");
    for (AnalyzedArticle a : Reports.numbered(storyline, src)) {
      int n = src.number.get(a.id());
      out.append(Integer.toString(n)).append(". <a id=\"nguon-").append(Integer.toString(n)).append("\"></a>`")
          .append(a.id().replace("`", "'")).append("` — ").append(esc(Reports.published(a)));
      if (!a.article().outlet().isBlank()) out.append(" — ").append(esc(a.article().outlet()));
      String title = a.article().title().isBlank() ? "" : esc(a.article().title());
      if (!a.article().url().isBlank())
        out.append(" — [").append(title.isEmpty() ? esc(a.article().url()) : title).append("](<").append(a.article().url()).append(">)");
      else if (!title.isEmpty()) out.append(" — ").append(title);
      out.append(" — ").append(esc(a.article().source())).append('\n');
    }
    if (storyline.articles().stream().anyMatch(AnalyzedArticle::publishedInferred))
      out.append("\n~ ngày đăng suy ra từ nội dung bài.\n");
    out.append('\n');
    if (!storyline.problems().isEmpty()) {
      out.append("## Vấn đề\n\n");
      for (Problem p : storyline.problems()) out.append("- `").append(p.input().replace("`", "'")).append("`: ").append(esc(p.reason())).append('\n');
      out.append('\n');
    }
  }

  private static void story(Story story, Reports.Sources src, Appendable out) throws IOException {
    out.append("## ").append(esc(story.title())).append("\n\n");
    String span = Reports.span(story, src);
    out.append('_').append(story.articles().size() + " bài").append(span.isEmpty() ? "" : " · " + span).append("_\n\n");
    if (!story.summary().isEmpty()) {
      out.append("### Tóm tắt\n\n");
      StringBuilder b = new StringBuilder();
      for (SummarySentence s : story.summary()) {
        if (b.length() > 0) b.append(' ');
        b.append(esc(s.text())).append(' ').append(links(s.citations(), src));
      }
      out.append(b).append("\n\n");
    }
    if (!story.timeline().isEmpty()) {
      out.append("### Dòng thời gian\n\n");
      for (TimelineEntry e : story.timeline())
        out.append("- **").append(Reports.vnDate(e.date())).append("** — ").append(esc(e.text())).append(' ')
            .append(links(e.citations(), src)).append('\n');
      out.append('\n');
    }
    if (!story.actors().isEmpty()) {
      out.append("### Nhân vật\n\n");
      for (Actor a : story.actors())
        out.append("- **").append(esc(a.name())).append("** (").append(Reports.typeLabel(a.type())).append("): ")
            .append(Integer.toString(a.mentions())).append(" lần nhắc, ").append(Integer.toString(a.articles())).append(" bài\n");
      out.append('\n');
    }
    if (!story.quotes().isEmpty()) {
      out.append("### Phát ngôn\n\n");
      for (StoryQuote q : story.quotes()) {
        String who = q.speaker() == null || q.speaker().isBlank() ? "Không rõ người nói" : q.speaker();
        out.append("- **").append(esc(who)).append("**").append(q.date() == null ? "" : ", " + Reports.vnDate(q.date()))
            .append(": “").append(esc(q.text())).append("” ").append(links(q.citations(), src)).append('\n');
      }
      out.append('\n');
    }
    if (!story.facts().isEmpty()) {
      out.append("### Con số\n\n");
      for (Fact f : story.facts()) {
        out.append("- ").append(esc(f.text())).append(" — ").append(Integer.toString(src.numbers(f.citations()).size()))
            .append(" nguồn ").append(links(f.citations(), src)).append('\n');
        for (Fact c : f.conflicts())
          out.append("  - ⚠ nguồn khác: ").append(esc(c.text())).append(' ')
              .append(links(c.citations(), src)).append('\n');
      }
      out.append('\n');
    }
  }

  private static String links(List<Citation> citations, Reports.Sources src) {
    StringBuilder b = new StringBuilder();
    for (int n : src.numbers(citations)) b.append("[\\[").append(n).append("\\]](#nguon-").append(n).append(')');
    return b.toString();
  }

  /** Escapes the characters that would turn prose into Markdown markup. */
  static String esc(String s) {
    if (s == null) return "";
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ("\\`*_[]<>#|".indexOf(c) >= 0) b.append('\\');
      b.append(c == '\n' ? ' ' : c);
    }
    return b.toString();
  }
}
