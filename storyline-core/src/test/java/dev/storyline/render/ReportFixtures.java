package dev.storyline.render;

import static dev.storyline.fixture.ArticleFixture.article;

import dev.storyline.fixture.StormStory;
import dev.storyline.model.AnalyzedArticle;
import dev.storyline.model.Problem;
import dev.storyline.model.Story;
import dev.storyline.model.Storyline;
import dev.storyline.story.StoryBuilder;
import java.util.ArrayList;
import java.util.List;

/** The storm story plus an article with an inferred date and an input problem, rendered by every report test. */
final class ReportFixtures {
  private ReportFixtures() {}

  static AnalyzedArticle inferred() {
    return article("d", "2024-09-11").inferred("ngày muộn nhất trong bài 2024-09-11").title("Dọn dẹp sau bão")
        .dated("Sáng 11/9, hàng trăm thanh niên tình nguyện giúp người dân Quảng Ninh dọn dẹp nhà cửa.",
            "Sáng 11/9", "2024-09-11")
        .entity("Quảng Ninh", dev.storyline.model.EntityType.LOCATION, StormStory.QN)
        .build();
  }

  static Storyline storyline() {
    List<AnalyzedArticle> articles = new ArrayList<>(StormStory.articles());
    articles.add(inferred());
    Story s = new StoryBuilder().build("story-1", articles, StormStory.entities());
    return new Storyline(articles, StormStory.entities(), List.of(s),
        List.of(new Problem("hỏng.txt", "tệp rỗng, đã bỏ qua")));
  }

  static String render(Storyline s, Writer w) {
    StringBuilder b = new StringBuilder();
    try {
      w.write(s, b);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return b.toString();
  }

  interface Writer { void write(Storyline s, Appendable out) throws java.io.IOException; }
}
