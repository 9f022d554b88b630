package dev.storyline.render;

import dev.storyline.model.AnalyzedArticle;
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
 * Writes a storyline as plain text for a terminal: Vietnamese labels, no ANSI codes, lines wrapped
 * at {@value #WIDTH} columns at word boundaries, claims marked [n] with n listed under "Nguồn".
 */
public final class TextReport {
  static final int WIDTH = 100;
  /** Timeline text starts after "  " + the longest date ("tháng 09/2024") + two spaces. */
  private static final String DATE_PAD = " ".repeat(17);

  public void write(Storyline storyline, Appendable out) throws IOException {
    Reports.Sources src = new Reports.Sources(storyline);
    if (storyline.stories().isEmpty()) out.append("Không có câu chuyện nào.\n\n");
    for (Story story : storyline.stories()) story(story, src, out);
    heading("Nguồn", out);
    for (AnalyzedArticle a : Reports.numbered(storyline, src)) {
      StringBuilder b = new StringBuilder();
      b.append(a.id()).append(" — ").append(Reports.published(a));
      if (!a.article().outlet().isBlank()) b.append(" — ").append(a.article().outlet());
      if (!a.article().title().isBlank()) b.append(" — ").append(a.article().title());
      b.append(" — ").append(a.article().source());
      String url = a.article().url();
      if (!url.isBlank() && !url.equals(a.article().source())) b.append(" — ").append(url);
      String mark = "[" + src.number.get(a.id()) + "] ";
      lines(Reports.wrap(b.toString(), WIDTH, "  " + mark, "  " + " ".repeat(mark.length())), out);
    }
    if (storyline.articles().stream().anyMatch(AnalyzedArticle::publishedInferred))
      out.append("  (~ ngày đăng suy ra từ nội dung bài)\n");
    if (!storyline.problems().isEmpty()) {
      out.append('\n');
      heading("Vấn đề", out);
      for (Problem p : storyline.problems()) lines(Reports.wrap(p.input() + ": " + p.reason(), WIDTH, "  • ", "    "), out);
    }
  }

  private static void story(Story story, Reports.Sources src, Appendable out) throws IOException {
    String rule = "═".repeat(Math.min(WIDTH, Math.max(20, story.title().length())));
    out.append(rule).append('\n');
    lines(Reports.wrap(story.title(), WIDTH, "", ""), out);
    out.append(rule).append('\n');
    String span = Reports.span(story, src);
    out.append(story.articles().size() + " bài").append(span.isEmpty() ? "" : " · " + span).append("\n\n");

    if (!story.summary().isEmpty()) {
      heading("Tóm tắt", out);
      StringBuilder b = new StringBuilder();
      for (SummarySentence s : story.summary()) {
        if (b.length() > 0) b.append(' ');
        b.append(s.text()).append(Reports.GLUE).append(src.marks(s.citations()));
      }
      lines(Reports.wrap(b.toString(), WIDTH, "  ", "  "), out);
      out.append('\n');
    }
    if (!story.timeline().isEmpty()) {
      heading("Dòng thời gian", out);
      for (TimelineEntry e : story.timeline()) {
        String date = Reports.vnDate(e.date());
        String first = "  " + date + " ".repeat(Math.max(1, DATE_PAD.length() - 2 - date.length()));
        lines(Reports.wrap(e.text() + Reports.GLUE + src.marks(e.citations()), WIDTH, first, DATE_PAD), out);
      }
      out.append('\n');
    }
    if (!story.actors().isEmpty()) {
      heading("Nhân vật", out);
      for (Actor a : story.actors())
        lines(Reports.wrap(a.name() + " (" + Reports.typeLabel(a.type()) + ") — " + a.mentions() + " lần nhắc, "
            + a.articles() + " bài", WIDTH, "  • ", "    "), out);
      out.append('\n');
    }
    if (!story.quotes().isEmpty()) {
      heading("Phát ngôn", out);
      for (StoryQuote q : story.quotes()) {
        String who = q.speaker() == null || q.speaker().isBlank() ? "Không rõ người nói" : q.speaker();
        String when = q.date() == null ? "" : ", " + Reports.vnDate(q.date());
        lines(Reports.wrap(who + when + ": \"" + q.text() + "\"" + Reports.GLUE + src.marks(q.citations()), WIDTH, "  • ", "    "), out);
      }
      out.append('\n');
    }
    if (!story.facts().isEmpty()) {
      heading("Con số", out);
      for (Fact f : story.facts()) {
        int n = src.numbers(f.citations()).size();
        lines(Reports.wrap(f.text() + " — " + n + " nguồn " + src.marks(f.citations()), WIDTH, "  • ", "    "), out);
        for (Fact c : f.conflicts())
          lines(Reports.wrap("⚠ nguồn khác: " + c.text() + Reports.GLUE + src.marks(c.citations()),
              WIDTH, "    ", "      "), out);
      }
      out.append('\n');
    }
  }

  private static void heading(String h, Appendable out) throws IOException {
    out.append(h).append('\n').append("─".repeat(h.length())).append('\n');
  }

  private static void lines(List<String> ls, Appendable out) throws IOException {
    for (String l : ls) out.append(l).append('\n');
  }
}
