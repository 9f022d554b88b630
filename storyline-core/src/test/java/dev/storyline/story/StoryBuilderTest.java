package dev.storyline.story;

import static dev.storyline.fixture.ArticleFixture.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.fixture.StormStory;
import dev.storyline.model.AnalyzedArticle;
import dev.storyline.model.Citation;
import dev.storyline.model.Entity;
import dev.storyline.model.EntityType;
import dev.storyline.model.Story;
import dev.storyline.model.Story.Fact;
import dev.storyline.model.Story.SummarySentence;
import dev.storyline.model.Story.TimelineEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoryBuilderTest {
  private final Story story = new StoryBuilder().build("s1", StormStory.articles(), StormStory.entities());
  private final Map<String, AnalyzedArticle> byId = new HashMap<>();

  StoryBuilderTest() {
    for (AnalyzedArticle a : StormStory.articles()) byId.put(a.id(), a);
  }

  private String cited(Citation c) { return byId.get(c.article()).text().substring(c.start(), c.end()); }

  private static int syllables(String s) { return TextFeatures.syllables(s, 0, s.length()).size(); }

  @Test
  void ordersArticlesByPublicationDateUndatedLast() {
    List<AnalyzedArticle> in = new ArrayList<>(StormStory.articles());
    in.add(article("0-undated", null).sentence("Một bài viết không có ngày đăng nói về cơn bão lớn.").build());
    Story s = new StoryBuilder().build("s", in, StormStory.entities());
    assertThat(s.articles()).containsExactly("a", "b", "c", "0-undated");
  }

  @Test
  void mergesTheSameEventFromTwoArticlesWithCitationsFromBoth() {
    List<TimelineEntry> landfall = story.timeline().stream()
        .filter(e -> e.date().equals("2024-09-07") && e.sources() == 2).toList();
    assertThat(landfall).hasSize(1);
    TimelineEntry e = landfall.get(0);
    assertThat(e.citations()).extracting(Citation::article).containsExactly("a", "b");
    for (Citation c : e.citations()) assertThat(cited(c)).contains("bão số 3".substring(1)).contains("Quảng Ninh");
    // The other 7/9 sentence (about sea level) is a different event and stays separate.
    assertThat(story.timeline()).filteredOn(t -> t.date().equals("2024-09-07")).hasSize(2);
  }

  @Test
  void timelineIsInDateOrderCoarseDatesFirstThenMostSourced() {
    assertThat(story.timeline()).extracting(TimelineEntry::date)
        .containsExactly("2017", "2024-09", "2024-09-01", "2024-09-07", "2024-09-07", "2024-09-09");
    assertThat(story.timeline().get(3).sources()).isEqualTo(2);
    assertThat(story.timeline().get(4).sources()).isEqualTo(1);
  }

  @Test
  void timelineLeavesOutPresentRefQuestionsAndFallbacksOfDatedArticles() {
    assertThat(story.timeline()).noneMatch(e -> e.text().contains("thống kê thiệt hại"));
    assertThat(story.timeline()).noneMatch(e -> e.text().endsWith("?"));
    // Article a has dated sentences, so its publication-date fallback sentence stays out.
    assertThat(story.timeline()).noneMatch(e -> e.text().startsWith("Theo Bộ Nông nghiệp"));
  }

  @Test
  void fallbackSentencesCountWhenTheArticleHasNoDatedSentence() {
    AnalyzedArticle undated = article("d", "2024-10-02")
        .fallback("Chính quyền tỉnh công bố gói hỗ trợ khẩn cấp cho các hộ dân mất nhà.")
        .fallback("Mỗi hộ được nhận một khoản tiền mặt và gạo cứu trợ trong tuần đầu.")
        .fallback("Các xã ven sông sẽ lập danh sách những hộ cần dựng lại nhà trước mùa khô.").build();
    Story s = new StoryBuilder().build("s", List.of(undated), List.of());
    // One report of its publication day: its lead stands for it, not each of its sentences.
    assertThat(s.timeline()).singleElement().satisfies(e -> {
      assertThat(e.date()).isEqualTo("2024-10-02");
      assertThat(e.text()).startsWith("Chính quyền tỉnh công bố");
    });
  }

  @Test
  void anUndatedArticlesLeadIsItsFirstSentenceThatReportsAnEvent() {
    AnalyzedArticle a = article("p", "2024-10-02")
        .noEvent("Trạm bơm mới ở xã Đông Hòa sẽ giúp hàng trăm hộ dân có nước tưới cho mùa khô tới.")
        .fallback("Sáng nay, huyện đã khánh thành trạm bơm sau tám tháng thi công liên tục.")
        .fallback("Công trình có bốn máy bơm và một hồ chứa rộng gần hai hecta.").build();
    AnalyzedArticle b = article("q", "2024-10-03")
        .noEvent("Nông dân vùng này thường phải chờ mưa mới có thể xuống giống lúa.")
        .noEvent("Năm nay họ sẽ gieo sớm hơn nhờ nguồn nước của trạm bơm mới.").build();
    Story s = new StoryBuilder().build("s", List.of(a, b), List.of());
    // a: the plan is left out, the opening that follows it stands for the article; b reports no event at all, and
    // its first sentence still stands for it: no article leaves the timeline
    assertThat(s.timeline()).extracting(TimelineEntry::date).containsExactly("2024-10-02", "2024-10-03");
    assertThat(s.timeline().get(0).text()).startsWith("Sáng nay, huyện đã khánh thành");
    assertThat(s.timeline().get(1).text()).startsWith("Nông dân vùng này thường");
  }

  @Test
  void timelineSkipsReferentialStartsButKeepsTemporalConnectors() {
    AnalyzedArticle a = article("d", "2024-10-02")
        .dated("Điều này khiến ngày 1/10 trở thành ngày khó khăn nhất của tỉnh.", "ngày 1/10", "2024-10-01")
        .dated("Trước đó, ngày 30/9, tỉnh đã mở thêm ba điểm sơ tán mới cho người dân.", "ngày 30/9", "2024-09-30")
        .build();
    Story s = new StoryBuilder().build("s", List.of(a), List.of());
    assertThat(s.timeline()).extracting(TimelineEntry::date).containsExactly("2024-09-30");
  }

  @Test
  void timelineTextIsTrimmedAtAWordBoundary() {
    String longSentence = "Ngày 3/10, " + "đoàn công tác tiếp tục kiểm tra các công trình thủy lợi ven biển ".repeat(6) + "xong.";
    AnalyzedArticle a = article("d", "2024-10-05").dated(longSentence, "Ngày 3/10", "2024-10-03").build();
    TimelineEntry e = new StoryBuilder().build("s", List.of(a), List.of()).timeline().get(0);
    assertThat(e.text().length()).isLessThanOrEqualTo(StoryBuilder.MAX_TIMELINE_TEXT);
    assertThat(e.text()).endsWith("…");
    assertThat(longSentence).startsWith(e.text().substring(0, e.text().length() - 1) + " ");
    assertThat(e.citations().get(0).end() - e.citations().get(0).start()).isEqualTo(longSentence.length());
  }

  @Test
  void timelineIsCappedKeepingTheMostSourcedEvents() {
    var big = article("big", "2024-12-31");
    for (int i = 1; i <= 35; i++)
      big.dated("Ngày " + i + "/1, đội " + i + " hoàn thành hạng mục số " + i + " của dự án đê biển.",
          "Ngày " + i + "/1", java.time.LocalDate.of(2024, 1, 1).plusDays(i - 1).toString());
    String repeated = "Ngày 9/2 đoàn kiểm tra cuối cùng nghiệm thu toàn bộ tuyến đê biển mới.";
    big.dated(repeated, "Ngày 9/2", "2024-02-09");
    AnalyzedArticle other = article("other", "2025-01-01").dated(repeated, "Ngày 9/2", "2024-02-09").build();
    Story s = new StoryBuilder().build("s", List.of(big.build(), other), List.of());
    assertThat(s.timeline()).hasSize(StoryBuilder.MAX_TIMELINE);
    assertThat(s.timeline()).anyMatch(e -> e.date().equals("2024-02-09") && e.sources() == 2);
  }

  @Test
  void summaryStaysWithinBudgetPlusOneSentence() {
    for (int budget : new int[] {20, 40, 120}) {
      Story s = new StoryBuilder(budget).build("s", StormStory.articles(), StormStory.entities());
      assertThat(s.summary()).isNotEmpty();
      int total = s.summary().stream().mapToInt(x -> syllables(x.text())).sum();
      int longest = s.summary().stream().mapToInt(x -> syllables(x.text())).max().orElseThrow();
      // Only the sentence that crossed the budget may overshoot it; whichever it was, dropping the longest gets under.
      assertThat(total - longest).isLessThan(budget);
    }
    Story small = new StoryBuilder(20).build("s", StormStory.articles(), StormStory.entities());
    Story large = new StoryBuilder(120).build("s", StormStory.articles(), StormStory.entities());
    assertThat(large.summary().size()).isGreaterThan(small.summary().size());
  }

  @Test
  void summaryHasNoNearDuplicates() {
    // c republishes one sentence of a word for word; both score alike, only one may appear.
    assertThat(story.summary()).filteredOn(s -> s.text().contains("sơ tán 12.000 người")).hasSizeLessThanOrEqualTo(1);
    assertThat(story.summary()).filteredOn(s -> s.text().contains("tốc mái")).hasSizeLessThanOrEqualTo(1);
  }

  @Test
  void summaryHasNoAnaphoricStartsNoQuestionsAndNoShortSentences() {
    // Redundancy check off (cosine never exceeds 1), so only the stand-alone filters keep sentences out.
    Story all = new StoryBuilder(10_000, StoryBuilder.Scoring.defaults().withoutRedundancyCheck()).build("s", StormStory.articles(), StormStory.entities());
    assertThat(all.summary()).extracting(SummarySentence::text)
        .noneMatch(t -> t.startsWith("Ông nói") || t.startsWith("Tuy nhiên") || t.startsWith("Điều này"))
        .noneMatch(t -> t.endsWith("?"))
        .allMatch(t -> syllables(t) >= StoryBuilder.MIN_SYLLABLES);
    // With an unlimited budget every acceptable sentence is there, so the filters are what kept those out.
    assertThat(all.summary()).extracting(SummarySentence::text).anyMatch(t -> t.startsWith("Bộ Nông nghiệp cho biết"));
  }

  @Test
  void everySummarySentenceIsCitedWithItsExactSpanAndInChronologicalOrder() {
    Story all = new StoryBuilder(10_000).build("s", StormStory.articles(), StormStory.entities());
    List<String> order = all.articles();
    int prevDoc = -1, prevStart = -1;
    for (SummarySentence s : all.summary()) {
      assertThat(s.citations()).hasSize(1);
      Citation c = s.citations().get(0);
      assertThat(cited(c)).isEqualTo(s.text());
      int doc = order.indexOf(c.article());
      assertThat(doc > prevDoc || (doc == prevDoc && c.start() > prevStart)).isTrue();
      prevDoc = doc;
      prevStart = c.start();
    }
  }

  @Test
  void factsAgreeAcrossArticlesAndFlagConflicts() {
    Fact toll = story.facts().stream().filter(f -> f.value() == 15).findFirst().orElseThrow();
    assertThat(toll.unit()).isEqualTo("người");
    assertThat(toll.citations()).extracting(Citation::article).containsExactly("a", "c");
    assertThat(toll.text()).startsWith("15 người").contains("thiệt mạng");
    assertThat(toll.conflicts()).hasSize(1);
    assertThat(toll.conflicts().get(0).value()).isEqualTo(18);
    assertThat(toll.conflicts().get(0).citations()).extracting(Citation::article).containsExactly("b");
    // Evacuated people are another measure with the same unit: not a conflict with the toll.
    Fact evacuated = story.facts().stream().filter(f -> f.value() == 12000).findFirst().orElseThrow();
    assertThat(evacuated.conflicts()).isEmpty();
    assertThat(evacuated.citations()).hasSize(2);
    assertThat(story.facts()).noneMatch(f -> f.value() == 18);
    for (Fact f : story.facts()) for (Citation c : f.citations()) assertThat(cited(c)).startsWith(
        f.value() == 12000 ? "12.000" : String.valueOf((long) f.value()));
  }

  @Test
  void differentNumbersMonthsApartAreSeparateFactsNotConflicts() {
    AnalyzedArticle early = article("e1", "2024-01-10").sentence("Công trường hiện có 300 công nhân làm việc ca đêm.")
        .quantity("300 công nhân", 300, "công nhân").build();
    AnalyzedArticle late = article("e2", "2024-06-10").sentence("Công trường hiện có 500 công nhân làm việc ca đêm.")
        .quantity("500 công nhân", 500, "công nhân").build();
    Story s = new StoryBuilder().build("s", List.of(early, late), List.of());
    assertThat(s.facts()).extracting(Fact::value).containsExactly(500.0, 300.0);
    assertThat(s.facts()).allMatch(f -> f.conflicts().isEmpty());
  }

  @Test
  void aFactPhraseNamesWhatIsCountedAndNeverStopsMidVerb() {
    AnalyzedArticle a = article("f1", "2024-01-10")
        .sentence("Tuần qua có hơn 40 cuộc tập kích nhắm vào các đồn biên phòng của tỉnh.")
        .quantity("hơn 40 cuộc tập kích", 40, "cuộc tập kích")
        .sentence("Trận lũ khiến 12 người đã thiệt mạng trong đêm.").quantity("12 người", 12, "người")
        .sentence("Hiệp hội gồm 35 thành viên được thành lập vào năm 2010.").quantity("35 thành viên", 35, "thành viên")
        .build();
    Story s = new StoryBuilder().build("s", List.of(a), List.of());
    assertThat(s.facts()).extracting(Fact::text)
        .containsExactlyInAnyOrder("hơn 40 cuộc tập kích", "12 người đã thiệt mạng", "35 thành viên");
  }

  @Test
  void actorsAreRankedByArticlesThenMentionsWithoutMisc() {
    assertThat(story.actors()).extracting(Story.Actor::name).containsExactly("Quảng Ninh", "Bộ Nông nghiệp", "Trần Văn Hùng");
    assertThat(story.actors().get(0).mentions()).isEqualTo(5);
    assertThat(story.actors().get(0).articles()).isEqualTo(3);
    assertThat(story.actors().get(2).type()).isEqualTo(EntityType.PERSON);
    assertThat(story.actors().get(2).articles()).isEqualTo(2);
  }

  @Test
  void quotesAreChronologicalWithEntityNamesAndSentenceDates() {
    assertThat(story.quotes()).extracting(Story.StoryQuote::date).containsExactly("2024-09-07", "2024-09-08", "2024-09-08");
    Story.StoryQuote first = story.quotes().get(0);
    assertThat(first.speaker()).isEqualTo("một quan chức địa phương");
    assertThat(first.speakerEntity()).isNull();
    assertThat(first.citation().article()).isEqualTo("c");
    Story.StoryQuote direct = story.quotes().get(2);
    assertThat(direct.speaker()).isEqualTo("Trần Văn Hùng");
    assertThat(cited(direct.citation())).isEqualTo(direct.text());
  }

  @Test
  void aQuoteIsDatedWhenItWasSaidNotByTheDatesItTalksAbout() {
    // The only date is inside what was said: the report is dated by its publication.
    AnalyzedArticle inside = article("q1", "2024-02-09")
        .dated("Quân đội cho biết cuộc tập kích ngày 7/2 đã phá hủy một kho đạn ở ngoại ô.", "ngày 7/2", "2024-02-07")
        .quote("cuộc tập kích ngày 7/2 đã phá hủy một kho đạn ở ngoại ô", "Quân đội", null, false).build();
    // A date before the speech verb dates the speech, even when the sentence's event date is the inner one.
    AnalyzedArticle both = article("q2", "2024-02-10")
        .dated("Ngày 8/2, ông Lê Văn Tâm nói rằng vòng đàm phán đầu tiên đã kết thúc ngày 5/2.", "ngày 5/2", "2024-02-05")
        .time("Ngày 8/2", "2024-02-08")
        .quote("vòng đàm phán đầu tiên đã kết thúc ngày 5/2", "ông Lê Văn Tâm", null, false).build();
    // A date after publication is a plan, not the time of the speech.
    AnalyzedArticle planned = article("q3", "2024-02-11")
        .dated("Tại hội nghị ngày 20/2 tới, bà Hoa cho biết sẽ trình bày rằng các tuyến đê đã được gia cố.",
            "ngày 20/2 tới", "2024-02-20")
        .quote("các tuyến đê đã được gia cố", "bà Hoa", null, false).build();
    Story s = new StoryBuilder().build("s", List.of(inside, both, planned), List.of());
    assertThat(s.quotes()).extracting(q -> q.citation().article() + "@" + q.date())
        .containsExactly("q2@2024-02-08", "q1@2024-02-09", "q3@2024-02-11");
  }

  @Test
  void aBodyLinkedToItsCountrySpeaksInItsOwnWordsWhileAPersonTakesTheCanonicalName() {
    AnalyzedArticle a = article("g", "2024-06-02")
        .sentence("Chính phủ Valoria tuyên bố đã hoàn tất việc sơ tán cư dân vùng lũ.")
        .quote("đã hoàn tất việc sơ tán cư dân vùng lũ", "Chính phủ Valoria", "loc:valoria", false)
        .sentence("Bà Kestrel cho biết đợt sơ tán kéo dài ba ngày.")
        .quote("đợt sơ tán kéo dài ba ngày", "Bà Kestrel", "per:kestrel", false)
        .sentence("Valoria cho biết sẽ mở lại các tuyến đường trong tuần tới.")
        .quote("sẽ mở lại các tuyến đường trong tuần tới", "Valoria", "loc:valoria", false).build();
    List<Entity> entities = List.of(new Entity("loc:valoria", "Valoria", EntityType.LOCATION, List.of(), 2),
        new Entity("per:kestrel", "Mira Kestrel", EntityType.PERSON, List.of(), 1));
    Story s = new StoryBuilder().build("s", List.of(a), entities);
    assertThat(s.quotes()).extracting(Story.StoryQuote::speaker)
        .containsExactly("Chính phủ Valoria", "Mira Kestrel", "Valoria");
    assertThat(s.quotes()).extracting(Story.StoryQuote::speakerEntity)
        .containsExactly("loc:valoria", "per:kestrel", "loc:valoria");
  }

  @Test
  void theSameWordsFromTheSameSpeakerInSeveralOutletsAreOneQuoteCitingEach() {
    String words = "cầu Bến Lội sẽ thông xe trước mùa mưa năm nay như kế hoạch";
    AnalyzedArticle a = article("a", "2024-04-02")
        .sentence("Ông Đào Minh Khuê cho biết " + words + ".")
        .quote(words, "Ông Đào Minh Khuê", "per:khue", false).build();
    // A second outlet trims the words a little; a third gives them to another official.
    String trimmed = "cầu Bến Lội sẽ thông xe trước mùa mưa năm nay";
    AnalyzedArticle b = article("b", "2024-04-02")
        .sentence("Giám đốc Đào Minh Khuê khẳng định " + trimmed + ".")
        .quote(trimmed, "Giám đốc Đào Minh Khuê", "per:khue", false).build();
    AnalyzedArticle c = article("c", "2024-04-03")
        .sentence("Bà Lò Thị Vân cho biết " + words + ".")
        .quote(words, "Bà Lò Thị Vân", "per:van", false)
        .sentence("Ông Khuê nói thêm rằng nhà thầu sẽ làm thêm ca đêm để kịp tiến độ.")
        .quote("nhà thầu sẽ làm thêm ca đêm để kịp tiến độ", "Ông Khuê", "per:khue", false).build();
    List<Entity> entities = List.of(new Entity("per:khue", "Đào Minh Khuê", EntityType.PERSON, List.of(), 3),
        new Entity("per:van", "Lò Thị Vân", EntityType.PERSON, List.of(), 1));
    Story s = new StoryBuilder().build("s", List.of(a, b, c), entities);
    assertThat(s.quotes()).hasSize(3);
    Story.StoryQuote both = s.quotes().get(0);
    assertThat(both.speaker()).isEqualTo("Đào Minh Khuê");
    assertThat(both.text()).isEqualTo(words);
    assertThat(both.citations()).extracting(Citation::article).containsExactly("a", "b");
    assertThat(both.citation()).isEqualTo(both.citations().get(0));
    assertThat(s.quotes()).filteredOn(q -> q.speakerEntity().equals("per:van")).singleElement()
        .satisfies(q -> assertThat(q.citations()).extracting(Citation::article).containsExactly("c"));
    assertThat(s.quotes()).filteredOn(q -> q.text().startsWith("nhà thầu")).singleElement()
        .satisfies(q -> assertThat(q.citations()).hasSize(1));
  }

  @Test
  void shortQuotesMergeOnlyWhenTheirWordsAreEqual() {
    assertThat(StoryBuilder.sameWords(StoryBuilder.syllablePairs("có vụ tấn công"), StoryBuilder.syllablePairs("Có vụ tấn công")))
        .isTrue();
    assertThat(StoryBuilder.sameWords(StoryBuilder.syllablePairs("có vụ tấn công"), StoryBuilder.syllablePairs("có vụ tấn công mới")))
        .isFalse();
    assertThat(StoryBuilder.sameWords(StoryBuilder.syllablePairs("đê biển sẽ được gia cố thêm hai lớp đá"),
        StoryBuilder.syllablePairs("đê biển đã bị sóng đánh vỡ hai đoạn dài"))).isFalse();
  }

  @Test
  void titleIsAHeadlineOrATrimmedLead() {
    assertThat(StormStory.articles()).extracting(a -> a.article().title()).contains(story.title());
    AnalyzedArticle noTitle = article("x", "2024-01-01")
        .sentence("Hội nghị về phòng chống thiên tai của các tỉnh duyên hải miền Bắc đã khai mạc sáng nay tại thành phố cảng với hàng trăm đại biểu.")
        .build();
    String t = new StoryBuilder().build("s", List.of(noTitle), List.of()).title();
    assertThat(t).startsWith("Hội nghị về phòng chống").endsWith("…");
    assertThat(t.length()).isLessThanOrEqualTo(StoryBuilder.MAX_TITLE);
  }

  @Test
  void isDeterministic() {
    Story again = new StoryBuilder().build("s1", List.of(StormStory.b(), StormStory.c(), StormStory.a()), StormStory.entities());
    assertThat(again).isEqualTo(story);
  }

  @Test
  void toleratesEmptyInputAndAnnotationsThatPointNowhere() {
    Story empty = new StoryBuilder().build("s0", List.of(), List.of());
    assertThat(empty.title()).isEqualTo("s0");
    assertThat(empty.summary()).isEmpty();
    AnalyzedArticle a = article("z", "2024-05-05").sentence("Một câu bình thường đủ dài để được chọn vào tóm tắt.").build();
    AnalyzedArticle broken = new AnalyzedArticle(a.article(), a.published(), false, "", a.sentences(), a.times(),
        List.of(new dev.storyline.model.EventTime(7, "2024-05-01", 0), new dev.storyline.model.EventTime(0, "P3Y", -1)),
        List.of(new dev.storyline.model.EntityMention(0, 3, "Một", EntityType.PERSON, "person:unknown")),
        List.of(new dev.storyline.model.Quantity(0, 999, "x", 3, "người", null)),
        List.of(new dev.storyline.model.Quote(200, 210, "ngoài", null, null, null, false),
            new dev.storyline.model.Quote(4, 8, "câu ", null, null, null, false)));
    Story s = new StoryBuilder().build("s", List.of(broken), List.of());
    assertThat(s.timeline()).isEmpty();
    assertThat(s.facts()).isEmpty();
    assertThat(s.actors()).extracting(Story.Actor::name).containsExactly("Một");
    // The quote outside the text is dropped; the good one falls back to the publication date.
    assertThat(s.quotes()).extracting(Story.StoryQuote::date).containsExactly("2024-05-05");
    assertThat(s.quotes().get(0).citation().start()).isEqualTo(4);
    assertThat(s.summary()).hasSize(1);
  }

  @Test
  void rejectsANonPositiveBudget() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new StoryBuilder(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void noveltyIsTheShareOfASentencesBigramsNotYetCovered() {
    StoryBuilder.Vocabulary vocab = new StoryBuilder.Vocabulary();
    String a = "Mưa lớn làm ngập nhiều tuyến phố ở thị xã ven sông.";
    String b = "Mưa lớn làm ngập nhiều tuyến phố ở thị xã ven biển.";
    String c = "Trường học được dùng làm nơi tránh lũ cho các hộ dân.";
    StoryBuilder.Sent sa = new StoryBuilder.Sent(0, 0, 0, a.length(), a, vocab);
    StoryBuilder.Sent sb = new StoryBuilder.Sent(0, 1, 0, b.length(), b, vocab);
    StoryBuilder.Sent sc = new StoryBuilder.Sent(0, 2, 0, c.length(), c, vocab);
    java.util.BitSet covered = new java.util.BitSet();
    assertThat(StoryBuilder.novelty(sb, covered, vocab.bigramIds)).isEqualTo(1.0);
    for (int f : sa.feats) if (vocab.bigramIds.get(f)) covered.set(f);
    // b shares 10 of its 11 bigrams with a; c shares none.
    assertThat(StoryBuilder.novelty(sb, covered, vocab.bigramIds)).isEqualTo(1 / 11.0, org.assertj.core.api.Assertions.within(1e-9));
    assertThat(StoryBuilder.novelty(sc, covered, vocab.bigramIds)).isEqualTo(1.0);
  }

  @Test
  void theNoveltyCheckAloneKeepsARepublishedSentenceOut() {
    StoryBuilder.Scoring noveltyOnly = new StoryBuilder.Scoring(SentenceScorer.defaults(), StoryBuilder.LENGTH_EXPONENT, 1.01, 0.7, 0);
    Story s = new StoryBuilder(10_000, noveltyOnly).build("s", StormStory.articles(), StormStory.entities());
    assertThat(s.summary()).filteredOn(x -> x.text().contains("sơ tán 12.000 người")).hasSize(1);
    Story unchecked = new StoryBuilder(10_000, StoryBuilder.Scoring.defaults().withoutRedundancyCheck())
        .build("s", StormStory.articles(), StormStory.entities());
    assertThat(unchecked.summary()).filteredOn(x -> x.text().contains("sơ tán 12.000 người")).hasSizeGreaterThan(1);
  }

  @Test
  void aOneSentenceSummaryTakesTheEventSeveralArticlesReportOverALoneDetail() {
    List<AnalyzedArticle> docs = List.of(
        article("a", "2024-09-01")
            .sentence("Người bán hàng rong ở chợ huyện kể chuyện con mèo trèo lên mái tôn suốt đêm.")
            .sentence("Đoàn xe cứu trợ chở gạo và nước sạch đã đến xã vùng lũ Tân Hòa.").build(),
        article("b", "2024-09-02")
            .sentence("Đoàn xe cứu trợ chở gạo và nước sạch tới xã vùng lũ Tân Hòa trong đêm qua.").build(),
        article("c", "2024-09-02")
            .sentence("Xã vùng lũ Tân Hòa đã nhận được gạo và nước sạch từ đoàn xe cứu trợ.").build());
    Story s = new StoryBuilder(5).build("s", docs, List.of());
    assertThat(s.summary()).hasSize(1);
    assertThat(s.summary().get(0).text()).contains("cứu trợ").doesNotContain("con mèo");
  }
}
