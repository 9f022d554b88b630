package dev.storyline.story;

import static dev.storyline.fixture.ArticleFixture.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.fixture.ArticleFixture;
import dev.storyline.model.AnalyzedArticle;
import dev.storyline.model.EntityType;
import dev.storyline.model.Story;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A big group (1,500 articles of 20 sentences, 30,000 in all) builds, and every product stays within its cap. How
 * fast it builds is measured by `storyline bench` (the stories stage), not asserted here: a timed test fails on a
 * loaded machine and proves nothing on a fast one.
 */
class StoryBuilderScaleTest {
  private static final String[] PLACES = {"Hà Nội", "Huế", "Đà Nẵng", "Cần Thơ", "Hải Phòng", "Vinh", "Quy Nhơn"};
  private static final String[] THINGS = {"cây cầu", "con đê", "trường học", "bệnh viện", "nhà máy", "bến cảng"};

  @Test
  void aLargeGroupBuildsWithEveryProductWithinItsCap() {
    List<AnalyzedArticle> articles = new ArrayList<>();
    LocalDate base = LocalDate.of(2023, 1, 1);
    for (int a = 0; a < 1500; a++) {
      ArticleFixture f = article("n" + a, base.plusDays(a % 400).toString());
      for (int i = 0; i < 20; i++) {
        String place = PLACES[(a + i) % PLACES.length], thing = THINGS[(a * 7 + i) % THINGS.length];
        LocalDate d = base.plusDays((a + i * 3) % 365);
        String when = "ngày " + d.getDayOfMonth() + "/" + d.getMonthValue();
        f.dated("Vào " + when + ", chính quyền " + place + " khởi công " + thing + " số " + (a * 20 + i)
                + " với " + (100 + i) + " công nhân tham gia thi công.", when, d.toString())
            .entity(place, EntityType.LOCATION, "location:" + (a + i) % PLACES.length)
            .quantity((100 + i) + " công nhân", 100 + i, "công nhân");
      }
      articles.add(f.build());
    }
    Story s = new StoryBuilder().build("big", articles, List.of());
    assertThat(s.timeline()).hasSizeLessThanOrEqualTo(StoryBuilder.MAX_TIMELINE);
    assertThat(s.facts()).hasSizeLessThanOrEqualTo(StoryBuilder.MAX_FACTS);
    assertThat(s.actors()).hasSize(PLACES.length);
    assertThat(s.summary()).isNotEmpty();
  }
}
