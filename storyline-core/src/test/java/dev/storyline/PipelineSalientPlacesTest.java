package dev.storyline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.analysis.entity.EntityLinker;
import dev.storyline.group.GroupDoc;
import dev.storyline.model.AnalyzedArticle;
import dev.storyline.model.PartialDate;
import dev.storyline.model.Problem;
import dev.storyline.model.RawArticle;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The places an article is about, as the grouper gets them. Sentences written for this test. */
class PipelineSalientPlacesTest {

  static AnalyzedArticle linked(String title, String text) {
    List<Problem> problems = new ArrayList<>();
    AnalyzedArticle a = new Pipeline().analyze(new RawArticle("a1", "test", title, text, PartialDate.ofDay(2024, 9, 2), "", ""), problems);
    assertThat(problems).isEmpty();
    return new EntityLinker().link(List.of(a)).articles().get(0);
  }

  @Test
  void headlinePlacesFirstThenPlacesMentionedTwiceButNotAPlaceMentionedOnce() {
    AnalyzedArticle a = linked("Mưa lớn gây ngập nhiều xã ở Quảng Trị",
        "Mưa lớn kéo dài hai ngày khiến nhiều xã của Quảng Trị ngập sâu. Ở Hà Tĩnh mưa cũng rất to. "
            + "Tại Hà Tĩnh, hai cây cầu tạm bị nước cuốn trôi. Một đoàn cứu trợ từ Nghệ An đã lên đường.");
    assertThat(Pipeline.entityIds(a)).contains("location:nghe-an");
    assertThat(Pipeline.salientPlaces(a)).containsExactly("location:quang-tri", "location:ha-tinh");
    GroupDoc g = Pipeline.groupDocs(List.of(a)).get(0);
    assertThat(g.places()).containsExactly("location:quang-tri", "location:ha-tinh");
    assertThat(g.entities()).containsAll(g.places());
  }

  @Test
  void anArticleWithoutPlacesHasNone() {
    AnalyzedArticle a = linked("Giá vàng giảm nhẹ", "Giá vàng miếng giảm nhẹ trong phiên sáng, người mua vẫn thưa thớt.");
    assertThat(Pipeline.salientPlaces(a)).isEmpty();
  }
}
