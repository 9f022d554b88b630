package dev.storyline.render;

import static dev.storyline.fixture.ArticleFixture.article;

import dev.storyline.model.AnalyzedArticle;
import dev.storyline.model.Citation;
import dev.storyline.model.EntityType;
import dev.storyline.model.Sentence;
import dev.storyline.model.Story;
import dev.storyline.model.Storyline;
import java.util.List;

/**
 * A story whose every text field carries markup and quote characters, as an untrusted page could: renderers that
 * emit HTML must escape all of it.
 */
final class HostileStory {
  private HostileStory() {}

  static final String EVIL = "<script>alert(1)</script> \"'& <img src=x onerror=alert(2)>";

  static AnalyzedArticle article1() {
    return article("x<1>", "2024-03-05").title("Tiêu đề " + EVIL).outlet("Báo " + EVIL).url("javascript:alert(3)")
        .sentence("Ngày 5/3, hội đồng thành phố họp " + EVIL + " về ngân sách.")
        .sentence("Ông Lê Văn Tâm cho biết sẽ có thêm 40 xe buýt.")
        .build();
  }

  static Citation cite(AnalyzedArticle a, int sentence) {
    Sentence s = a.sentences().get(sentence);
    return new Citation(a.id(), s.start(), s.end());
  }

  static Story story(String id, String title, AnalyzedArticle a) {
    Citation c0 = cite(a, 0), c1 = cite(a, 1);
    return new Story(id, title, List.of(a.id()),
        List.of(new Story.SummarySentence("Tóm tắt " + EVIL, List.of(c0))),
        List.of(new Story.TimelineEntry("2024-03-05", "Sự kiện " + EVIL, List.of(c0), 1),
            new Story.TimelineEntry("2024-03", "Cả tháng " + EVIL, List.of(c1), 1),
            new Story.TimelineEntry("2023", "Năm trước " + EVIL, List.of(c1), 1),
            new Story.TimelineEntry("2024-W10", "Tuần thứ mười", List.of(c1), 1)),
        List.of(new Story.Fact("40 xe " + EVIL, 40, "xe", List.of(c1),
            List.of(new Story.Fact("45 xe " + EVIL, 45, "xe", List.of(c0), List.of())))),
        List.of(new Story.Actor("person:tam", "Tâm " + EVIL, EntityType.PERSON, 2, 1)),
        List.of(new Story.StoryQuote("Người " + EVIL, "person:tam", "Lời " + EVIL, "2024-03-05", c1)));
  }

  static Storyline storyline() {
    AnalyzedArticle a = article1();
    return new Storyline(List.of(a), List.of(), List.of(story("s1", "Chuyện " + EVIL, a)), List.of());
  }
}
