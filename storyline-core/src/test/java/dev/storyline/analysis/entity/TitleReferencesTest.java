package dev.storyline.analysis.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.analysis.ArticleAnalyzer;
import dev.storyline.model.AnalyzedArticle;
import dev.storyline.model.Article;
import dev.storyline.model.EntityMention;
import dev.storyline.model.EntityReference;
import dev.storyline.model.Quote;
import dev.storyline.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Title-only mentions resolved within an article (invented articles, names and events). */
class TitleReferencesTest {
  private static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer();

  private static AnalyzedArticle linked(String text) {
    Article a = new Article("t", "t", "", "", "", null, text, List.of(new Span(0, text.length())), List.of());
    return new EntityLinker().link(List.of(ANALYZER.analyze(a))).articles().get(0);
  }

  private static String entityNamed(AnalyzedArticle a, String name) {
    return a.entities().stream().filter(m -> m.text().equals(name)).map(EntityMention::entity).findFirst().orElseThrow();
  }

  @Test
  void aTitleAloneIsThePersonTheArticleNamedWithIt() {
    String text = "Thủ tướng Peru Carlos Mendoza Ruiz đã tới thành phố Cusco để thị sát công trình đường sắt. "
        + "Trong buổi làm việc, Thủ tướng Peru cho biết chính phủ sẽ tăng ngân sách cho giao thông. "
        + "Phó Thủ tướng Peru cũng có mặt tại buổi làm việc. "
        + "Trước đó, cựu Thủ tướng Peru Luis Ortega Vidal từng phản đối dự án này. "
        + "Bộ trưởng Tài chính Peru Ana Torres Quispe nhận định nguồn vốn đã đủ. "
        + "Theo Bộ trưởng Tài chính Peru, thuế nhiên liệu sẽ không tăng. "
        + "Các ứng viên Thủ tướng Peru trong kỳ bầu cử tới đều ủng hộ dự án, như các Bộ trưởng Tài chính Peru tiền nhiệm.";
    AnalyzedArticle a = linked(text);
    String pm = entityNamed(a, "Carlos Mendoza Ruiz"), minister = entityNamed(a, "Ana Torres Quispe");
    assertThat(a.references()).extracting(EntityReference::text, EntityReference::entity)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Thủ tướng Peru", pm),
            org.assertj.core.groups.Tuple.tuple("Bộ trưởng Tài chính Peru", minister));
    EntityReference first = a.references().get(0);
    assertThat(text.substring(first.start(), first.end())).isEqualTo("Thủ tướng Peru");
    assertThat(first.start()).isGreaterThan(text.indexOf("Trong buổi"));
    // the evidence is the named mention that carries the title
    assertThat(text.substring(first.antecedentStart(), first.antecedentEnd())).isEqualTo("Carlos Mendoza Ruiz");
    // the speaker named by the title is the person
    Quote q = a.quotes().stream().filter(x -> x.text().startsWith("chính phủ sẽ tăng")).findFirst().orElseThrow();
    assertThat(q.speakerEntity()).isEqualTo(pm);
  }

  @Test
  void anIndefiniteTitleOrTheOfficeToHoldIsNoReference() {
    // links round 3: "một Ngoại trưởng" is any minister, "làm Tổng thống" the office, and a candidate for an office
    // ("Ứng viên Tổng thống X") is not called by it (nor does X make the title ambiguous)
    String text = "Tổng thống Luis Ortega Vidal tiếp Ngoại trưởng Carlos Mendoza Ruiz. "
        + "Ứng viên Tổng thống Ana Torres Quispe cho rằng đối thủ không đủ tư cách làm Tổng thống. "
        + "Một nghị sĩ nói việc để một Ngoại trưởng được mời lên lớp nhà báo là không thể chấp nhận. "
        + "Hôm qua, Tổng thống đã ký sắc lệnh mới và Ngoại trưởng cho biết sẽ trả lời sau.";
    AnalyzedArticle a = linked(text);
    String president = entityNamed(a, "Luis Ortega Vidal"), fm = entityNamed(a, "Carlos Mendoza Ruiz");
    assertThat(a.references()).extracting(EntityReference::text, EntityReference::entity)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Tổng thống", president),
            org.assertj.core.groups.Tuple.tuple("Ngoại trưởng", fm));
    assertThat(a.references().get(0).start()).isGreaterThan(text.indexOf("Hôm qua"));
  }

  @Test
  void theLatePresidentIsNotThePresidentTheTitleAloneNames() {
    String text = "Phe đối lập muốn giữ di sản của cố Tổng thống Ramiro Valdés Ochoa. "
        + "Hôm qua, Tổng thống tuyên bố sẽ không từ chức.";
    AnalyzedArticle a = linked(text);
    String late = entityNamed(a, "Ramiro Valdés Ochoa");
    assertThat(a.references()).extracting(EntityReference::entity).doesNotContain(late);
  }

  @Test
  void aStoryCountsTitleOnlyMentionsForTheirPerson() {
    String text = "Thủ tướng Peru Carlos Mendoza Ruiz đã tới thành phố Cusco. Thủ tướng Peru yêu cầu hoàn thành tuyến đường "
        + "trước mùa mưa. Sau đó, Thủ tướng Peru thăm một trường học.";
    AnalyzedArticle a = linked(text);
    assertThat(a.references()).hasSize(2);
    var story = new dev.storyline.story.StoryBuilder().build("s", List.of(a), List.of());
    assertThat(story.actors()).filteredOn(x -> x.entity().equals(entityNamed(a, "Carlos Mendoza Ruiz")))
        .singleElement().satisfies(x -> {
          assertThat(x.mentions()).isEqualTo(3);
          assertThat(x.articles()).isEqualTo(1);
        });
  }

  @Test
  void aBareOfficeWithThePlaceNamedBeforeItsHolderIsTheHolder() {
    String text = "Sau cuộc gặp với các quan chức Bolivia, Thủ tướng Jorge Quiroga Vaca cho biết hai bên đã đạt thỏa thuận. "
        + "Dự kiến, Thủ tướng Bolivia sẽ tới thăm Brasil vào tháng tới. Thủ tướng Chile chưa bình luận về thỏa thuận này.";
    AnalyzedArticle a = linked(text);
    assertThat(a.references()).extracting(EntityReference::text).containsExactly("Thủ tướng Bolivia");
    assertThat(a.references().get(0).entity()).isEqualTo(entityNamed(a, "Jorge Quiroga Vaca"));
  }

  @Test
  void aTitleCarriedByOnePersonUnderTwoFormsOfTheNameNamesThem() {
    String text = "Thứ trưởng Bộ Xây dựng Đoàn Minh Khuê đã kiểm tra công trình cầu Rạch Sỏi. Thứ trưởng Khuê yêu cầu nhà thầu "
        + "tăng ca. Thứ trưởng cũng đề nghị tỉnh sớm bàn giao mặt bằng.";
    AnalyzedArticle a = linked(text);
    assertThat(a.references()).extracting(EntityReference::text).containsExactly("Thứ trưởng");
    assertThat(a.references().get(0).entity()).isEqualTo(entityNamed(a, "Đoàn Minh Khuê"));
  }

  @Test
  void aTitleTwoPeopleCarryNamesNeither() {
    String text = "Đại sứ Chile Pedro Salas Mora đã gặp các doanh nghiệp tại Hà Nội vào sáng thứ Hai. "
        + "Buổi chiều, Đại sứ Chile Manuel Ibarra Soto, người tiền nhiệm của ông, phát biểu tại một hội thảo. "
        + "Đại sứ Chile kêu gọi tăng cường hợp tác về nông sản.";
    assertThat(linked(text).references()).isEmpty();
  }

  @Test
  void noTitleNoReference() {
    String text = "Ông Trần Minh Khôi nói rằng dự án sẽ hoàn thành trong năm nay. Thủ tướng yêu cầu đẩy nhanh tiến độ.";
    assertThat(linked(text).references()).isEmpty();
  }
}
