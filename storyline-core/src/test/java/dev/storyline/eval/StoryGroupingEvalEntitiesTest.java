package dev.storyline.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.group.GroupDoc;
import dev.storyline.model.PartialDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryGroupingEvalEntitiesTest {
  @Test
  void withEntitiesFillsLinkedIdsSharedAcrossArticlesAndKeepsTheRest() {
    List<StoryGroupingEval.Doc> docs = List.of(
        new StoryGroupingEval.Doc(0, new GroupDoc("c0/1", "Hà Nội mở rộng đường vành đai",
            "Chiều 5/3, Ủy ban nhân dân thành phố Hà Nội họp bàn về dự án đường vành đai. Ông Nguyễn Văn Bình, "
                + "giám đốc sở giao thông, cho biết công trình sẽ khởi công trong năm nay.", PartialDate.ofDay(2022, 3, 5), List.of())),
        new StoryGroupingEval.Doc(1, new GroupDoc("c1/1", "Dự án vành đai được phê duyệt",
            "Ông Nguyễn Văn Bình nói Hà Nội đã bố trí đủ vốn cho dự án. Người dân hai bên tuyến đường sẽ được "
                + "hỗ trợ di dời trước tháng 6.", PartialDate.ofDay(2022, 4, 1), List.of())));
    List<StoryGroupingEval.Doc> out = StoryGroupingEval.withEntities(docs);
    assertThat(out).hasSize(2);
    assertThat(out.get(1).cluster()).isEqualTo(1);
    assertThat(out.get(0).doc().text()).isEqualTo(docs.get(0).doc().text());
    assertThat(out.get(0).doc().entities()).isNotEmpty();
    // Linked over the whole set: the same person and city get the same ids in both articles.
    assertThat(out.get(0).doc().entities()).containsAnyElementsOf(out.get(1).doc().entities());
  }
  @Test
  void theReportSaysWhetherTheGrouperHadEntityIds() {
    StoryGroupingEval.Row row = new StoryGroupingEval.Row(StoryGroupingEval.ALL, "storyline", 1, 2, 1, 1,
        new BCubed.Scores(1, 1, 1), 0.1, 0.1);
    StringBuilder with = new StringBuilder(), without = new StringBuilder();
    StoryGroupingEval.printReport(new StoryGroupingEval.Result(java.nio.file.Path.of("x.jsonl"), 2, 1, List.of(row), true), with);
    StoryGroupingEval.printReport(new StoryGroupingEval.Result(java.nio.file.Path.of("x.jsonl"), 2, 1, List.of(row), false), without);
    assertThat(with.toString()).contains("entity ids of the analysis stages").doesNotContain("no entity ids");
    assertThat(without.toString()).contains("no entity ids");
  }

  @Test
  void entityIdsAreTheDefaultUnlessThePropertySaysFalse() {
    String old = System.getProperty("storyline.eval.entities");
    try {
      System.clearProperty("storyline.eval.entities");
      assertThat(StoryGroupingEval.entitiesByDefault()).isTrue();
      System.setProperty("storyline.eval.entities", "false");
      assertThat(StoryGroupingEval.entitiesByDefault()).isFalse();
      System.setProperty("storyline.eval.entities", "true");
      assertThat(StoryGroupingEval.entitiesByDefault()).isTrue();
    } finally {
      if (old == null) System.clearProperty("storyline.eval.entities"); else System.setProperty("storyline.eval.entities", old);
    }
  }
}
