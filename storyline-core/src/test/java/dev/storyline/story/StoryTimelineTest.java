package dev.storyline.story;

import static dev.storyline.fixture.ArticleFixture.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.model.AnalyzedArticle;
import dev.storyline.model.Citation;
import dev.storyline.model.EntityType;
import dev.storyline.model.Story;
import dev.storyline.model.Story.TimelineEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Timeline merging across precisions and the choice of the entry's words. */
class StoryTimelineTest {

  @Test
  void aMonthDatedBackgroundSentenceDoesNotSwallowADayDatedEvent() {
    AnalyzedArticle a = article("a", "2024-03-11")
        .dated("Nhóm phiến quân tấn công đồn biên phòng ở phía bắc ngày 10.3, làm ba binh sĩ bị thương.", "ngày 10.3", "2024-03-10")
        .entity("đồn biên phòng", EntityType.LOCATION, "loc:don").build();
    AnalyzedArticle b = article("b", "2024-03-20")
        .dated("Trong tháng 3, nhóm phiến quân này đã nhiều lần tấn công các đồn ở phía bắc.", "tháng 3", "2024-03")
        .entity("phía bắc", EntityType.LOCATION, "loc:bac").build();
    Story s = new StoryBuilder().build("s", List.of(a, b), List.of());
    assertThat(s.timeline()).extracting(TimelineEntry::date).containsExactly("2024-03", "2024-03-10");
    assertThat(s.timeline()).allMatch(e -> e.sources() == 1);
  }

  @Test
  void aMonthDatedReportOfTheSameEventInCloseWordsStillMerges() {
    AnalyzedArticle a = article("a", "2024-03-11")
        .dated("Nhóm phiến quân tấn công đồn biên phòng Hòa Bắc ngày 10.3, làm ba binh sĩ bị thương nhẹ.", "ngày 10.3", "2024-03-10").build();
    AnalyzedArticle b = article("b", "2024-04-02")
        .dated("Tháng 3, nhóm phiến quân tấn công đồn biên phòng Hòa Bắc, ba binh sĩ bị thương nhẹ.", "Tháng 3", "2024-03").build();
    Story s = new StoryBuilder().build("s", List.of(a, b), List.of());
    assertThat(s.timeline()).singleElement().satisfies(e -> {
      assertThat(e.date()).isEqualTo("2024-03-10");
      assertThat(e.sources()).isEqualTo(2);
      // The month-dated report is shorter and cited, but may not speak for the day: its own date is coarser.
      assertThat(e.text()).contains("ngày 10.3");
      assertThat(e.citations()).extracting(Citation::article).containsExactly("a", "b");
    });
  }

  @Test
  void headlineDropsASceneSettingOpenerAndCutsAtAClauseComma() {
    assertThat(StoryBuilder.headline("Trong buổi họp báo chiều nay tại thủ đô, ông Lâm Văn Tín cho biết đề án sẽ trình quốc hội."))
        .isEqualTo("Ông Lâm Văn Tín cho biết đề án sẽ trình quốc hội");
    String longOne = "Giá gạo xuất khẩu trong khu vực tăng mạnh lên mức cao nhất sáu năm, "
        + "khi nhiều thị trường nhập khẩu lớn đồng loạt tăng mua dự trữ vì lo ngại thời tiết khô hạn kéo dài.";
    assertThat(StoryBuilder.headline(longOne))
        .isEqualTo("Giá gạo xuất khẩu trong khu vực tăng mạnh lên mức cao nhất sáu năm");
    // A subject before the first comma is not an opener and stays.
    assertThat(StoryBuilder.headline("Ông Tín, bộ trưởng, cho biết đề án đã xong.")).isEqualTo("Ông Tín, bộ trưởng, cho biết đề án đã xong");
  }

  @Test
  void titleWithoutHeadlineIsAWholeClauseNotACutSentence() {
    AnalyzedArticle a = article("a", "2024-01-01")
        .sentence("Sáng nay tại thành phố cảng, hội nghị về phòng chống thiên tai của các tỉnh duyên hải miền Bắc đã khai mạc, với hàng trăm đại biểu tham dự từ nhiều địa phương và bộ ngành.")
        .build();
    String t = new StoryBuilder().build("s", List.of(a), List.of()).title();
    assertThat(t).isEqualTo("Hội nghị về phòng chống thiên tai của các tỉnh duyên hải miền Bắc đã khai mạc");
    assertThat(t.length()).isLessThanOrEqualTo(StoryBuilder.MAX_TITLE);
  }

  @Test
  void aReportedDeadlineIsFiledUnderTheStatementDayButAPlainDeadlineStays() {
    AnalyzedArticle said = article("a", "2024-05-06")
        .dated("Bộ trưởng Lê Văn Khang nói rằng các địa phương phải nộp báo cáo, hạn chót vào ngày 30-6.", "ngày 30-6", "2024-06-30").build();
    AnalyzedArticle plan = article("b", "2024-05-07")
        .dated("Nhà thầu phải bàn giao toàn bộ cây cầu mới trước ngày 15-9 theo hợp đồng đã ký.", "ngày 15-9", "2024-09-15").build();
    Story s = new StoryBuilder().build("s", List.of(said, plan), List.of());
    assertThat(s.timeline()).extracting(TimelineEntry::date).containsExactly("2024-05-06", "2024-09-15");
  }

  @Test
  void aStateOfThingsDatedByItsReportDoesNotJoinAnEventOfThatDayThroughSharedActors() {
    AnalyzedArticle event = article("a", "2024-05-11")
        .dated("Ngày 10/5, nhóm Hắc Phong tấn công một đồn cảnh sát ở miền tây Valoria, làm hai người bị thương.", "Ngày 10/5", "2024-05-10")
        .entity("Hắc Phong", EntityType.ORGANIZATION, "org:hac-phong").entity("Valoria", EntityType.LOCATION, "loc:valoria").build();
    AnalyzedArticle state = article("b", "2024-05-10")
        .present("Hiện nay, khoảng 900 binh sĩ Valoria vẫn đóng quân ở miền tây để truy quét nhóm Hắc Phong.", "Hiện nay")
        .entity("Valoria", EntityType.LOCATION, "loc:valoria").entity("Hắc Phong", EntityType.ORGANIZATION, "org:hac-phong").build();
    Story s = new StoryBuilder().build("s", List.of(event, state), List.of());
    assertThat(s.timeline()).hasSize(2).allMatch(e -> e.sources() == 1);
  }

  @Test
  void aStateOfThingsRetoldInCloseWordsIsStillOneEntry() {
    AnalyzedArticle a = article("a", "2024-05-10")
        .present("Hiện nay, khoảng 900 binh sĩ Valoria vẫn đóng quân ở miền tây để truy quét nhóm Hắc Phong.", "Hiện nay").build();
    AnalyzedArticle b = article("b", "2024-05-10")
        .present("Hiện tại, khoảng 900 binh sĩ Valoria vẫn đang đóng quân ở miền tây để truy quét Hắc Phong.", "Hiện tại").build();
    Story s = new StoryBuilder().build("s", List.of(a, b), List.of());
    assertThat(s.timeline()).singleElement().satisfies(e -> assertThat(e.sources()).isEqualTo(2));
  }

  /** Two outlets retell one actor's background fact of an old year in different words. */
  private static List<AnalyzedArticle> backgroundRetold(String publishedA, String publishedB) {
    AnalyzedArticle a = article("a", publishedA)
        .dated("Năm 2015, Tập đoàn Sông Lam khởi công nhà máy thép ở Nghi Sơn với vốn đầu tư hai tỷ USD.", "Năm 2015", "2015")
        .entity("Sông Lam", EntityType.ORGANIZATION, "org:song-lam").build();
    AnalyzedArticle b = article("b", publishedB)
        .dated("Nhà máy thép của Sông Lam được động thổ vào năm 2015 và tới nay đã xong phần móng cùng nhà xưởng chính.", "năm 2015", "2015")
        .entity("Sông Lam", EntityType.ORGANIZATION, "org:song-lam").build();
    return List.of(a, b);
  }

  @Test
  void aBackgroundYearRetoldInOtherWordsWithTheSameActorIsOneEntry() {
    Story s = new StoryBuilder().build("s", backgroundRetold("2024-03-02", "2024-05-20"), List.of());
    assertThat(s.timeline()).singleElement().satisfies(e -> {
      assertThat(e.date()).isEqualTo("2015");
      assertThat(e.sources()).isEqualTo(2);
      assertThat(e.citations()).extracting(Citation::article).containsExactly("a", "b");
    });
  }

  @Test
  void theSameWordingInTheYearBeforePublicationMayBeTwoOfTheStorysOwnEvents() {
    // A year right before the reports is not background yet: the story may well hold several events in it.
    Story s = new StoryBuilder().build("s", backgroundRetold("2016-03-02", "2016-05-20"), List.of());
    assertThat(s.timeline()).hasSize(2).allMatch(e -> e.sources() == 1);
  }
}
