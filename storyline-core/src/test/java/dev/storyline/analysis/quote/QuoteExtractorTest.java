package dev.storyline.analysis.quote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.model.EntityMention;
import dev.storyline.model.EntityType;
import dev.storyline.model.Quote;
import dev.storyline.model.Sentence;
import dev.storyline.model.Span;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteExtractorTest {
  private final QuoteExtractor ex = new QuoteExtractor();

  /** One sentence per line, the way a splitter would cut these one-sentence lines. */
  static List<Sentence> lines(String text) {
    List<Sentence> out = new ArrayList<>();
    for (Span line : Span.lines(text)) out.add(new Sentence(line.start(), line.end()));
    return out;
  }

  static EntityMention mention(String text, String name, EntityType type) {
    int s = text.indexOf(name);
    return new EntityMention(s, s + name.length(), name, type, null);
  }

  private List<Quote> find(String text, EntityMention... es) {
    return ex.find(text, lines(text), List.of(es));
  }

  @Test
  void directQuoteAfterColonTakesSubjectAndVerb() {
    String text = "Bộ trưởng Quốc phòng Lê Minh nói: “Chúng tôi sẽ không rút quân trong năm nay”.";
    List<Quote> qs = find(text);
    assertThat(qs).hasSize(1);
    Quote q = qs.get(0);
    assertThat(q.direct()).isTrue();
    assertThat(q.text()).isEqualTo("Chúng tôi sẽ không rút quân trong năm nay");
    assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text());
    assertThat(q.speaker()).isEqualTo("Bộ trưởng Quốc phòng Lê Minh");
    assertThat(q.verb()).isEqualTo("nói");
    assertThat(q.speakerEntity()).isNull();
  }

  @Test
  void entityMentionInsideSubjectIsPreferred() {
    String text = "Bộ trưởng Quốc phòng Lê Minh nói: \"Chúng tôi sẽ không rút quân trong năm nay\".";
    Quote q = find(text, mention(text, "Lê Minh", EntityType.PERSON)).get(0);
    assertThat(q.speaker()).isEqualTo("Lê Minh");
  }

  @Test
  void danLoiGivesTheQuotedPersonAndSkipsTheDate() {
    String text = "Báo Nhân Dân dẫn lời phát ngôn viên Bộ Ngoại giao Trần Hùng ngày 3-5: "
        + "\"Việt Nam luôn ủng hộ giải pháp hòa bình cho mọi tranh chấp\".";
    Quote q = find(text).get(0);
    assertThat(q.direct()).isTrue();
    assertThat(q.speaker()).isEqualTo("phát ngôn viên Bộ Ngoại giao Trần Hùng");
    Quote withEntity = find(text, mention(text, "Bộ Ngoại giao", EntityType.ORGANIZATION),
        mention(text, "Trần Hùng", EntityType.PERSON)).get(0);
    assertThat(withEntity.speaker()).isEqualTo("Trần Hùng");
  }

  @Test
  void attributionAfterTheQuote() {
    String text = "\"Mọi binh sĩ nước ngoài phải rời khỏi lãnh thổ trước cuối năm\", "
        + "văn phòng Tổng thống Syria Ahmad Karim thông báo.";
    Quote q = find(text).get(0);
    assertThat(q.speaker()).isEqualTo("văn phòng Tổng thống Syria Ahmad Karim");
    assertThat(q.verb()).isEqualTo("thông báo");
    Quote withEntity = find(text, mention(text, "Syria", EntityType.LOCATION),
        mention(text, "Ahmad Karim", EntityType.PERSON)).get(0);
    assertThat(withEntity.speaker()).isEqualTo("Ahmad Karim");
  }

  @Test
  void quoteSplitByAttributionGivesTwoQuotesWithTheSameSpeaker() {
    String text = "“Chúng tôi đã chuẩn bị kỹ”, ông Hải nói, “và sẽ công bố kết quả vào tuần tới”.";
    List<Quote> qs = find(text);
    assertThat(qs).hasSize(2);
    assertThat(qs).extracting(Quote::speaker).containsExactly("ông Hải", "ông Hải");
    assertThat(qs.get(1).text()).isEqualTo("và sẽ công bố kết quả vào tuần tới");
  }

  @Test
  void quoteSpanningASentenceEnd() {
    String text = "Bà Lan nói: «Chúng tôi không lo. Lực lượng vẫn đủ mạnh để bảo vệ người dân».";
    // a splitter would cut after "lo."
    int cut = text.indexOf("lo.") + 3;
    List<Quote> qs = ex.find(text, List.of(new Sentence(0, cut), new Sentence(cut + 1, text.length())), List.of());
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).text()).isEqualTo("Chúng tôi không lo. Lực lượng vẫn đủ mạnh để bảo vệ người dân");
    assertThat(qs.get(0).speaker()).isEqualTo("Bà Lan");
  }

  @Test
  void shortScareQuotesAreSkipped() {
    assertThat(find("Họ phản đối cái gọi là 'giải phóng' của phe nổi dậy.")).isEmpty();
    assertThat(find("Nhiều người coi đó là sự \"phản bội\" trắng trợn của đồng minh.")).isEmpty();
    // a short quote a speech verb introduces is a real quote
    assertThat(find("Ông Nam nói: \"Không bao giờ\".")).hasSize(1);
  }

  @Test
  void reportedSpeechWithRang() {
    String text = "Trong buổi họp báo ở Hà Nội, bà Hương cho rằng kinh tế sẽ phục hồi vào năm sau.";
    List<Quote> qs = find(text);
    assertThat(qs).hasSize(1);
    Quote q = qs.get(0);
    assertThat(q.direct()).isFalse();
    assertThat(q.speaker()).isEqualTo("bà Hương");
    assertThat(q.verb()).isEqualTo("cho rằng");
    assertThat(q.text()).isEqualTo("kinh tế sẽ phục hồi vào năm sau");
  }

  @Test
  void reportedSpeechSkipsTimePhraseAndDropsTrailingSource() {
    String text = "Người phát ngôn quân đội Ali Hassan ngày 4.6 nói rằng các cuộc không kích sẽ tiếp diễn, theo AFP.";
    Quote q = find(text).get(0);
    assertThat(q.speaker()).isEqualTo("Người phát ngôn quân đội Ali Hassan");
    assertThat(q.verb()).isEqualTo("nói");
    assertThat(q.text()).isEqualTo("các cuộc không kích sẽ tiếp diễn");
    Quote withEntity = find(text, mention(text, "Ali Hassan", EntityType.PERSON)).get(0);
    assertThat(withEntity.speaker()).isEqualTo("Ali Hassan");
  }

  @Test
  void danLoiInReportedSpeechGivesThePersonNotTheAgency() {
    String text = "Hãng AP dẫn lời ông Karimi cho biết đàm phán sẽ kéo dài thêm vài tuần.";
    Quote q = find(text).get(0);
    assertThat(q.speaker()).isEqualTo("ông Karimi");
    assertThat(q.verb()).isEqualTo("cho biết");
  }

  @Test
  void pronounAndTitleSubjectsAreKeptAsWritten() {
    Quote q = find("Nhà lãnh đạo này cũng khẳng định quan hệ hai nước đang tốt lên.").get(0);
    assertThat(q.speaker()).isEqualTo("Nhà lãnh đạo này");
    assertThat(q.verb()).isEqualTo("khẳng định");
    assertThat(find("Ông tuyên bố sẽ ra tranh cử nhiệm kỳ mới.").get(0).speaker()).isEqualTo("Ông");
  }

  @Test
  void speechWordsUsedAsNounsAreNotVerbs() {
    assertThat(find("Phát biểu trên gây nhiều tranh cãi trong dư luận.")).isEmpty();
    assertThat(find("Chính phủ đã ra một thông báo về việc đóng cửa biên giới.")).isEmpty();
    assertThat(find("Theo thông báo của bộ, các trường sẽ mở cửa lại.")).isEmpty();
  }

  @Test
  void quotedWordsInsideReportedSpeechAreOneReportedQuote() {
    String text = "Ông Vũ còn nói trong một cuộc họp rằng dự án \"đã chậm tiến độ quá nhiều lần rồi\".";
    List<Quote> qs = find(text);
    assertThat(qs).hasSize(1);
    Quote q = qs.get(0);
    assertThat(q.direct()).isFalse();
    assertThat(q.text()).isEqualTo("dự án \"đã chậm tiến độ quá nhiều lần rồi\"");
    assertThat(q.speaker()).isEqualTo("Ông Vũ");
    assertThat(q.verb()).isEqualTo("nói");
  }

  @Test
  void directQuoteOpeningTheClauseStaysDirect() {
    String text = "Bà Hạnh nói rằng \"xã vẫn gửi gạo và nước sạch cho bà con vùng lũ\".";
    List<Quote> qs = find(text);
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).direct()).isTrue();
  }

  @Test
  void pronounSubjectResolvesToTheLastPersonWithACompatibleTitle() {
    String text = "Bà Thu Hà gặp ông Đặng Khoa tại hội nghị.\nÔng cho biết ngành du lịch sẽ phục hồi trong năm tới.";
    List<Quote> qs = find(text, mention(text, "Thu Hà", EntityType.PERSON), mention(text, "Đặng Khoa", EntityType.PERSON));
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).speaker()).isEqualTo("ông Đặng Khoa");
    String t2 = "Ông Đặng Khoa gặp bà Thu Hà tại hội nghị.\nBà này cho biết ngành du lịch sẽ phục hồi trong năm tới.";
    List<Quote> q2 = find(t2, mention(t2, "Đặng Khoa", EntityType.PERSON), mention(t2, "Thu Hà", EntityType.PERSON));
    assertThat(q2.get(0).speaker()).isEqualTo("bà Thu Hà");
    // nobody named before: the pronoun stays as written
    String t3 = "Ông cho biết ngành du lịch sẽ phục hồi trong năm tới.";
    assertThat(find(t3).get(0).speaker()).isEqualTo("Ông");
  }

  @Test
  void appositionBetweenNameAndVerbKeepsTheName() {
    String text = "Lê Văn Tâm, một chuyên gia về năng lượng, cho rằng giá điện sẽ còn tăng trong quý tới.";
    Quote q = find(text, mention(text, "Lê Văn Tâm", EntityType.PERSON)).get(0);
    assertThat(q.speaker()).isEqualTo("Lê Văn Tâm");
    String t2 = "\"Chúng tôi đã chuẩn bị đủ giường bệnh cho mùa dịch\", bác sĩ Trần Minh, giám đốc bệnh viện tỉnh, cho biết.";
    Quote d = find(t2, mention(t2, "Trần Minh", EntityType.PERSON)).get(0);
    assertThat(d.speaker()).isEqualTo("Trần Minh");
  }

  @Test
  void headOfTheSubjectIsTheFirstPersonElseTheFirstOrganization() {
    String text = "Hãng tin Sao Mai của nhóm Bình Minh tuyên bố nhóm này đứng sau vụ việc hôm qua.";
    Quote q = find(text, mention(text, "Sao Mai", EntityType.ORGANIZATION), mention(text, "Bình Minh", EntityType.ORGANIZATION)).get(0);
    assertThat(q.speaker()).isEqualTo("Sao Mai");
  }

  @Test
  void unattributedDirectQuoteTakesTheSubjectOfThePreviousSentence() {
    String text = "Ông Phan Long đã gặp bà Thu Hà hôm qua.\n\"Chúng tôi sẽ cùng nhau xây dựng lại ngôi trường này trong mùa hè\".";
    Quote q = find(text, mention(text, "Phan Long", EntityType.PERSON), mention(text, "Thu Hà", EntityType.PERSON)).get(0);
    assertThat(q.speaker()).isEqualTo("Phan Long");
  }

  @Test
  void nameAfterTheQuoteWithAnUnlistedVerbAndColonWithAnUnlistedVerb() {
    String text = "\"Kế hoạch này cần thêm thời gian để hoàn thiện\", ông Phan Long bình phẩm.";
    assertThat(find(text, mention(text, "Phan Long", EntityType.PERSON)).get(0).speaker()).isEqualTo("Phan Long");
    String t2 = "Bí thư Phan Long lập tức phản đối: \"Không thể làm như vậy được đâu các anh\".";
    assertThat(find(t2, mention(t2, "Phan Long", EntityType.PERSON)).get(0).speaker()).isEqualTo("Phan Long");
  }

  @Test
  void colonEndingThePreviousLineIntroducesTheQuote() {
    String text = "Giám đốc Phan Long cho rằng:\n\"Lương như vậy thì kỹ sư trẻ không thể sống nổi ở thành phố\".";
    Quote q = find(text, mention(text, "Phan Long", EntityType.PERSON)).get(0);
    assertThat(q.speaker()).isEqualTo("Phan Long");
    assertThat(q.verb()).isEqualTo("cho rằng");
  }

  @Test
  void speechVerbClosingTheSentenceReportsTheClauseBefore() {
    String text = "Hai nhà máy sẽ tạm dừng sản xuất trong tuần tới, hãng tin Sao Mai đưa tin.";
    Quote q = find(text, mention(text, "Sao Mai", EntityType.ORGANIZATION)).get(0);
    assertThat(q.text()).isEqualTo("Hai nhà máy sẽ tạm dừng sản xuất trong tuần tới");
    assertThat(q.speaker()).isEqualTo("Sao Mai");
    assertThat(q.direct()).isFalse();
  }

  @Test
  void speechNounBeforeRangIntroducesReportedSpeech() {
    String text = "Bộ Y tế đã đưa ra tuyên bố rằng các bệnh viện sẽ được bổ sung thiết bị.";
    List<Quote> qs = find(text, mention(text, "Bộ Y tế", EntityType.ORGANIZATION));
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).text()).isEqualTo("các bệnh viện sẽ được bổ sung thiết bị");
  }

  @Test
  void trailingTheoIsTheFallbackSpeaker() {
    String text = "\"Tình hình an ninh đang xấu đi nhanh chóng ở khu vực biên giới\", theo Reuters.";
    Quote q = find(text).get(0);
    assertThat(q.speaker()).isEqualTo("Reuters");
    assertThat(q.verb()).isNull();
  }

  @Test
  void capitalisedTimeWordInsideANameIsNotATimePhrase() {
    String text = "Tờ báo dẫn lời quan chức Lầu Năm Góc Mark Ellis ngày 2-9: \"Quân đội sẽ giữ nguyên quân số ở khu vực\".";
    assertThat(find(text).get(0).speaker()).isEqualTo("quan chức Lầu Năm Góc Mark Ellis");
  }

  @Test
  void parenthesisedAcronymStaysInTheSubject() {
    String text = "Tổ chức Y tế Thế giới (WHO) hôm qua cảnh báo dịch bệnh có thể lan rộng ra nhiều nước.";
    Quote q = find(text).get(0);
    assertThat(q.speaker()).isEqualTo("Tổ chức Y tế Thế giới (WHO)");
    assertThat(q.verb()).isEqualTo("cảnh báo");
  }

  @Test
  void passiveSpeechVerbIsNotReportedSpeech() {
    assertThat(find("Nhóm phiến quân đã bị tuyên bố tan rã từ nhiều năm trước.")).isEmpty();
  }

  @Test
  void causativeVerbEndsTheSubject() {
    Quote q = find("Áp lực dư luận đã thúc đẩy Tổng thống Silva tuyên bố ngừng bắn ngay với các bên.").get(0);
    assertThat(q.speaker()).isEqualTo("Tổng thống Silva");
  }

  @Test
  void teaserQuestionsAndOverlongSubjectsAreSkipped() {
    assertThat(find("Moskva nói gì khi Tổng thống rời nhiệm sở? Câu trả lời bất ngờ.")).isEmpty();
    assertThat(find("Hai nước nối lại đối thoại về tương lai của khu vực sau nhiều tháng căng thẳng leo thang "
        + "Bộ Ngoại giao thông báo các vòng đàm phán sẽ diễn ra hằng tháng.")).isEmpty();
  }

  @Test
  void shortQuoteAsTheObjectOfAVerbIsAScareQuote() {
    assertThat(find("Họ phớt lờ việc đối phương tuyên bố 'trục xuất' các nhà báo nước ngoài."))
        .noneMatch(Quote::direct);
  }

  @Test
  void unattributedShortQuotedTitlesAreSkipped() {
    assertThat(find("Bài hát \"Mùa thu Hà Nội xưa\" được phát lại nhiều lần.")).isEmpty();
    assertThat(find("Nhiều người nhắc lại \"không ai bị bỏ lại phía sau trong mọi hoàn cảnh\" như một khẩu hiệu."))
        .hasSize(1);
  }

  @Test
  void hearsayAndEllipsisDoNotMakeSpeakers() {
    assertThat(find("Anh ta đến đây bởi nghe nói mức lương ở thành phố cao hơn nhiều.")).isEmpty();
    Quote q = find("Nợ nần chồng chất... ông Tùng cho rằng doanh nghiệp đã vay quá nhiều vốn ngắn hạn.").get(0);
    assertThat(q.speaker()).isEqualTo("ông Tùng");
  }

  @Test
  void adverbsBeforeTheVerbAreNotPartOfTheSpeaker() {
    Quote q = find("Thủ tướng Hà Lan Mark Vos liên tục cảnh báo giá năng lượng sẽ còn tăng.").get(0);
    assertThat(q.speaker()).isEqualTo("Thủ tướng Hà Lan Mark Vos");
  }

  @Test
  void objectsOfSpeechVerbsAreNotReportedContent() {
    assertThat(find("Công ty đầu tư công nghệ mới nhằm khẳng định vị thế dẫn đầu thị trường.")).isEmpty();
    assertThat(find("Cuối cùng anh ấy chủ động nói lời chia tay với bạn gái.")).isEmpty();
    Quote q = find("Bà Thu nói với phóng viên rằng trường học sẽ mở cửa lại vào tháng sau.").get(0);
    assertThat(q.text()).isEqualTo("trường học sẽ mở cửa lại vào tháng sau");
  }

  @Test
  void demonstrativeSubjectsBeforeTheVerb() {
    assertThat(find("Ông này nói các cuộc đàm phán vẫn đang diễn ra tốt đẹp.").get(0).speaker()).isEqualTo("Ông này");
    Quote q = find("Nhà lãnh đạo này tuyên bố sẽ cải tổ toàn bộ nội các.").get(0);
    assertThat(q.speaker()).isEqualTo("Nhà lãnh đạo này");
    assertThat(q.verb()).isEqualTo("tuyên bố");
  }

  @Test
  void commasInsideParenthesesDoNotCutTheSubject() {
    Quote q = find("Anh Long (thôn 3, xã Tân An) cho biết nước lũ dâng rất nhanh trong đêm.").get(0);
    assertThat(q.speaker()).isEqualTo("Anh Long (thôn 3, xã Tân An)");
  }

  @Test
  void causeClauseHasNoSubjectOfItsOwn() {
    assertThat(find("Bà Hạnh bỏ về giữa chừng vì cho rằng cuộc họp không có kết quả.")).isEmpty();
  }

  @Test
  void leadingTimeAdverbIsNotPartOfTheSpeaker() {
    assertThat(find("Năm ngoái hãng Sao Mai thừa nhận đã khai sai số liệu nhiều năm liền.").get(0).speaker())
        .isEqualTo("hãng Sao Mai");
  }

  @Test
  void aRoleAfterTheNameIsAnAppositionEvenWhenItNamesABody() {
    String text = "Bà Đỗ Thị Hạnh, Hiệu trưởng trường Tiểu học Kim Đồng cho biết, học sinh sẽ đi học lại từ tuần sau.";
    Quote q = find(text, mention(text, "Đỗ Thị Hạnh", EntityType.PERSON),
        mention(text, "trường Tiểu học Kim Đồng", EntityType.ORGANIZATION)).get(0);
    assertThat(q.speaker()).isEqualTo("Đỗ Thị Hạnh");
  }

  @Test
  void aBodyAfterACommaWithoutARoleStaysTheSpeaker() {
    String text = "Sau cuộc gặp với ông Đỗ Văn Hải, Bộ Tài chính cho biết, thuế sẽ không tăng trong năm nay.";
    Quote q = find(text, mention(text, "Đỗ Văn Hải", EntityType.PERSON),
        mention(text, "Bộ Tài chính", EntityType.ORGANIZATION)).get(0);
    assertThat(q.speaker()).isEqualTo("Bộ Tài chính");
  }

  @Test
  void aLowerCaseDescriptionAfterTheNameIsAnApposition() {
    String text = "Bà Maria Keller, nhà phân tích tại Alpenbank cho rằng, lãi suất sẽ giảm vào cuối năm.";
    Quote q = find(text, mention(text, "Maria Keller", EntityType.PERSON),
        mention(text, "Alpenbank", EntityType.ORGANIZATION)).get(0);
    assertThat(q.speaker()).isEqualTo("Maria Keller");
  }

  @Test
  void aGroupAfterACommaIsItsOwnSubject() {
    String text = "Sau khi nghe ông Đỗ Văn Hải trình bày, các chuyên gia của Alpenbank cho rằng, lãi suất sẽ giảm.";
    Quote q = find(text, mention(text, "Đỗ Văn Hải", EntityType.PERSON),
        mention(text, "Alpenbank", EntityType.ORGANIZATION)).get(0);
    assertThat(q.speaker()).isNotEqualTo("Đỗ Văn Hải");
  }

  @Test
  void rangOnlyVerbsNeedRangOrAColon() {
    Quote q = find("Báo Sao Mai viết: \"Đội chủ nhà đã chơi một trận rất hay và xứng đáng thắng\".").get(0);
    assertThat(q.speaker()).isEqualTo("Báo Sao Mai");
    assertThat(find("Trước đó, giới quan sát cũng thống kê rằng đội khách chỉ thắng 2 trong 9 trận.").get(0).text())
        .isEqualTo("đội khách chỉ thắng 2 trong 9 trận");
    // an everyday use, and a capitalised one inside a name, report nothing
    assertThat(find("Anh viết sách về những chuyến đi dài qua nhiều vùng núi.")).isEmpty();
    assertThat(find("Theo lãnh đạo Cục Thống kê, sản lượng lúa năm nay tăng mạnh ở nhiều tỉnh.")).isEmpty();
  }

  @Test
  void idiomsAndNominalObjectsAreNotReportedSpeech() {
    assertThat(find("Điều đáng nói là giá xăng đã tăng ba lần trong tháng.")).isEmpty();
    assertThat(find("Doanh thu của hãng tăng đáng kể so với cùng kỳ năm trước.")).isEmpty();
    assertThat(find("Người dân bày tỏ sự lo lắng về tình trạng ngập úng kéo dài.")).isEmpty();
    // after "cho rằng," a clause may well open with "sự"
    assertThat(find("Chuyên gia Lê Hải cho rằng, sự tham gia của khối ngoại sẽ giúp thị trường ổn định.")).hasSize(1);
  }

  @Test
  void contentAfterRangMayOpenWithAPreposition() {
    Quote q = find("Ông Trịnh Văn Lộc cho biết, trong tuần tới nhà máy sẽ hoạt động trở lại bình thường.").get(0);
    assertThat(q.text()).startsWith("trong tuần tới");
  }

  @Test
  void aVerbWithoutItsOwnSubjectSharesTheClauseBefore() {
    String text = "Trước đó, ca sĩ Mai Lan từng tham gia một chương trình truyền hình và kể rằng, cô đã phải tự kiếm sống từ năm 15 tuổi.";
    Quote q = find(text, mention(text, "Mai Lan", EntityType.PERSON)).get(0);
    assertThat(q.speaker()).isEqualTo("Mai Lan");
    assertThat(q.text()).startsWith("cô đã phải");
    // a borrowed subject with a bare object is a verb and its object, not speech
    assertThat(find("Công ty Sao Mai có quỹ dự phòng và cùng gánh rủi ro với các nhà đầu tư nhỏ.",
        mention("Công ty Sao Mai có quỹ dự phòng và cùng gánh rủi ro với các nhà đầu tư nhỏ.", "Công ty Sao Mai", EntityType.ORGANIZATION)))
        .isEmpty();
  }

  @Test
  void aContrastingSecondClauseIsASecondReportedQuote() {
    List<Quote> qs = find("Cảnh sát ban đầu cho rằng chiếc xe bị trộm, nhưng sau đó cho rằng chủ xe đã bán nó.");
    assertThat(qs).extracting(Quote::text).containsExactly("chiếc xe bị trộm", "chủ xe đã bán nó");
    // "ban đầu" is an adverb of the first clause; the second clause shares its subject
    assertThat(qs).extracting(Quote::speaker).containsOnly("Cảnh sát");
  }

  @Test
  void aTrongKhiClauseWithItsOwnSpeakerIsASecondQuote() {
    List<Quote> qs = find("Một quan chức cảng xác nhận có một vụ cháy kho, trong khi quan chức cứu hỏa cho biết chưa rõ thiệt hại ra sao.");
    assertThat(qs).extracting(Quote::text).containsExactly("có một vụ cháy kho", "chưa rõ thiệt hại ra sao");
    assertThat(qs).extracting(Quote::speaker).containsExactly("Một quan chức cảng", "quan chức cứu hỏa");
    List<Quote> meanwhile = find("Có người nói rằng vật bay ấy chỉ là một con diều lớn, trong khi đó nhiều người lại cho rằng nó là khinh khí cầu.");
    assertThat(meanwhile).extracting(Quote::speaker).containsExactly("Có người", "nhiều người");
    // without a speech verb after it, "trong khi" stays inside what was said
    assertThat(find("Ông Tâm cho biết giá thép tăng mạnh, trong khi giá xi măng vẫn giữ nguyên.")).extracting(Quote::text)
        .containsExactly("giá thép tăng mạnh, trong khi giá xi măng vẫn giữ nguyên");
  }

  @Test
  void aKhiClauseEndsAtItsComma() {
    Quote q = find("Khi công ty này cho biết đang thiếu kỹ sư, ông Tâm hỏi vì sao lương lại thấp như vậy?").get(0);
    assertThat(q.text()).isEqualTo("đang thiếu kỹ sư");
  }

  @Test
  void aRoleWithoutANameIsTheSpeakerNotTheBodyItServes() {
    String text = "Vị HLV người Hàn Quốc đang dẫn dắt CLB Sao Mai nói: \"Chúng tôi sẽ chơi tấn công ngay từ đầu trận\".";
    Quote q = find(text, mention(text, "Sao Mai", EntityType.ORGANIZATION)).get(0);
    assertThat(q.speaker()).isEqualTo("Vị HLV người Hàn Quốc");
  }

  @Test
  void aStraightQuoteInsideAStraightQuoteDoesNotCloseIt() {
    String text = "Tờ báo bình luận: \"Trước trận là cảnh bán vé của dân \"phe\". Giá vé tăng gấp mười lần\".";
    Quote q = find(text).get(0);
    assertThat(q.text()).isEqualTo("Trước trận là cảnh bán vé của dân \"phe\". Giá vé tăng gấp mười lần");
  }

  @Test
  void aQuotedNicknameAfterTheQuoteIsTheSpeaker() {
    String text = "\"Trận đấu ngày mai sẽ rất khó khăn với cả hai đội\" - \"Phù thủy trắng\" nói thêm.";
    assertThat(find(text).get(0).speaker()).isEqualTo("Phù thủy trắng");
  }

  @Test
  void anUnmarkedStatementAfterAColonRunsOnThroughTheParagraph() {
    String text = "Giám đốc công ty cho biết: Năm nay đơn hàng giảm mạnh. Đó là lý do công ty phải cắt giảm nhân sự. "
        + "Ông Tâm lập tức hỏi: \"Vậy kế hoạch năm sau thế nào?\"";
    List<Sentence> ss = List.of(new Sentence(0, 54), new Sentence(55, 97), new Sentence(98, text.length()));
    Quote q = ex.find(text, ss, List.of()).stream().filter(x -> !x.direct()).findFirst().orElseThrow();
    assertThat(q.text()).isEqualTo("Năm nay đơn hàng giảm mạnh. Đó là lý do công ty phải cắt giảm nhân sự");
  }

  @Test
  void aBodyAfterADescriptionOfThePersonIsWhereSheStudies() {
    String text = "Em Lê Thị Hoa, học sinh lớp 8, Trường THCS Kim Đồng xúc động cho biết rất biết ơn hai anh đã cứu mình.";
    Quote q = find(text, mention(text, "Lê Thị Hoa", EntityType.PERSON), mention(text, "Trường THCS Kim Đồng", EntityType.ORGANIZATION)).get(0);
    assertThat(q.speaker()).isEqualTo("Lê Thị Hoa");
  }

  @Test
  void aRoleSubjectStopsAtALowerCaseClauseAdverbOnly() {
    // "Hàng không" inside the body's name is not the negation "không"
    Quote q = find("Chủ tịch Hội Hàng không Việt Nam chia sẻ: \"Chúng tôi rất tự hào về chuyến bay đầu tiên này\".").get(0);
    assertThat(q.speaker()).isEqualTo("Chủ tịch Hội Hàng không Việt Nam");
    Quote r = find("Giám đốc bệnh viện tỉnh đã cho biết, ca bệnh đầu tiên đã được xuất viện an toàn.").get(0);
    assertThat(r.speaker()).isEqualTo("Giám đốc bệnh viện tỉnh");
  }

  @Test
  void requestsAndSentNoticesAreNotSpeech() {
    assertThat(find("Cảnh sát nước này đã gửi công văn đề nghị phía bạn truy bắt nghi phạm trong tuần tới.")).isEmpty();
    assertThat(find("Công ty Sao Mai đã gửi thông báo chuyển phát nhanh tới tất cả khách hàng cũ.",
        mention("Công ty Sao Mai đã gửi thông báo chuyển phát nhanh tới tất cả khách hàng cũ.", "Công ty Sao Mai", EntityType.ORGANIZATION)))
        .isEmpty();
  }

  @Test
  void aConclusionBeforeRangIsReportedAndTheLightVerbIsNoSubject() {
    String text = "Nhóm nghiên cứu đưa ra kết luận rằng loài cá này đã sống ở hồ từ rất lâu.";
    Quote q = find(text).get(0);
    assertThat(q.text()).isEqualTo("loài cá này đã sống ở hồ từ rất lâu");
    assertThat(q.speaker()).isEqualTo("Nhóm nghiên cứu");
    // a conclusion as a noun without "rằng" reports nothing
    assertThat(find("Hội đồng đã có kết luận về vụ việc sau hai tháng làm việc.")).isEmpty();
  }

  @Test
  void aPlaceAfterTheCommaIsTheAddressOfTheBodyThatSpeaks() {
    String text = "Sáng nay, thông tin từ UBND xã Tân Lập, huyện Đồng Phú (Bình Phước) cho biết, con đường sẽ thông xe vào cuối tuần.";
    Quote q = find(text, mention(text, "UBND xã Tân Lập", EntityType.ORGANIZATION), mention(text, "Đồng Phú", EntityType.LOCATION),
        mention(text, "Bình Phước", EntityType.LOCATION)).get(0);
    assertThat(q.speaker()).isEqualTo("UBND xã Tân Lập");
    // a person named before the body is the speaker
    String t3 = "Ông Trần Văn Bình, Ban Chỉ huy Quân sự huyện Côn Đảo, tỉnh Bà Rịa bày tỏ: “Chúng tôi luôn sẵn sàng hỗ trợ người dân”.";
    assertThat(find(t3, mention(t3, "Trần Văn Bình", EntityType.PERSON), mention(t3, "Ban Chỉ huy Quân sự huyện Côn Đảo", EntityType.ORGANIZATION),
        mention(t3, "Bà Rịa", EntityType.LOCATION)).get(0).speaker()).isEqualTo("Trần Văn Bình");
    // with nobody named before the comma the place is the subject itself
    String t2 = "Bước đầu, huyện Đồng Phú thông báo đã tìm ra 12 người tiếp xúc gần với bệnh nhân.";
    assertThat(find(t2, mention(t2, "Đồng Phú", EntityType.LOCATION)).get(0).speaker()).isEqualTo("huyện Đồng Phú");
  }

  @Test
  void anAskingVerbAfterTheQuoteNamesTheAsker() {
    String text = "Ông Lâm nói: \"Chúng tôi đã cố gắng hết sức trong trận đấu hôm nay\".\n"
        + "\"Đội bóng cần bao nhiêu thời gian để trở lại đỉnh cao?\", một khán giả đặt câu hỏi.";
    List<Quote> qs = find(text, mention(text, "Lâm", EntityType.PERSON));
    assertThat(qs).hasSize(2);
    assertThat(qs.get(1).speaker()).isEqualTo("một khán giả");
    // a negated answer attributes nothing
    String t3 = "\"Con đường này dẫn tới đâu vậy bạn ơi?\", cậu bé lắc đầu không đáp.";
    for (Quote q : find(t3)) assertThat(q.verb()).isNull();
    // before a quote "hỏi" is no attribution of its own: the quote keeps the verb that introduces it
    String t2 = "Phóng viên hỏi ông Lâm về kế hoạch và ông nói: \"Chúng tôi sẽ công bố trong tháng tới\".";
    assertThat(find(t2, mention(t2, "Lâm", EntityType.PERSON)).get(0).verb()).isEqualTo("nói");
  }

  @Test
  void aQuoteOpenAtTheParagraphEndIsClosedByTheNextParagraph() {
    String text = "HLV Minh cho biết: \"Các cầu thủ trẻ đã chơi rất tốt.\nHọ sẽ còn tiến bộ nhiều trong mùa giải tới\".\nTrận sau diễn ra vào thứ Bảy.";
    List<Quote> qs = find(text, mention(text, "Minh", EntityType.PERSON));
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).text()).isEqualTo("Các cầu thủ trẻ đã chơi rất tốt.\nHọ sẽ còn tiến bộ nhiều trong mùa giải tới");
    assertThat(qs.get(0).direct()).isTrue();
    // a next paragraph that opens a quote of its own does not close the first one
    String t2 = "Bà Hạnh nói: \"Chúng tôi sẽ làm tiếp các bước sau.\n\"Kế hoạch đã được duyệt từ tháng trước\", bà nói thêm.";
    for (Quote q : find(t2, mention(t2, "Hạnh", EntityType.PERSON))) assertThat(q.text()).doesNotContain("\n");
  }

  @Test
  void anAdverbBeforeTheVerbDoesNotEndTheSubject() {
    String text = "Trong khi đó, hãng Sao Việt thì cho biết có 5 chuyến bay bị hủy trong sáng nay.";
    Quote q = find(text, mention(text, "Sao Việt", EntityType.ORGANIZATION)).get(0);
    assertThat(q.speaker()).isEqualTo("Sao Việt");
    assertThat(q.text()).isEqualTo("có 5 chuyến bay bị hủy trong sáng nay");
  }

  @Test
  void aSloganAfterATitleNounIsNotAQuote() {
    assertThat(find("Với thông điệp “Cùng nhau giữ màu xanh cho thành phố mãi mãi”, hàng nghìn bạn trẻ đã tham gia.")).isEmpty();
    // a speech verb introducing it directly still makes it a quote
    assertThat(find("Ông Tùng nói: “Thông điệp của chúng tôi rất đơn giản và rõ ràng”.")).hasSize(1);
  }

  @Test
  void aVerbClosingTheSentenceWithoutItsOwnSubjectReportsNothing() {
    String text = "Buổi lễ có sự tham gia của các đại biểu, các nhà tài trợ cùng nhiều phóng viên đến dự và đưa tin.";
    assertThat(find(text)).isEmpty();
  }

  @Test
  void aTimeWordMayOpenTheClauseAfterChoBiet() {
    String text = "Nhiều người dân cho biết trước Tết, con đường này thường xuyên ngập nước.";
    assertThat(find(text).get(0).text()).isEqualTo("trước Tết, con đường này thường xuyên ngập nước");
    // after an ordinary speech verb it is still an adverb of the verb: "nói trước" (said beforehand)
    assertThat(find("Anh ấy đã nói trước với mọi người trong nhóm.")).isEmpty();
    // with no clause after it the time or place only says when or where the words were said
    assertThat(find("\"Chúng tôi sẽ tiếp tục theo dõi tình hình\", ông Bảo cho biết tại cuộc họp.")).extracting(Quote::direct)
        .containsExactly(true);
  }

  @Test
  void anIssuedWarningIsNoSpeech() {
    assertThat(find("Lực lượng biên phòng đã phát cảnh báo liên tục trong nhiều giờ liền.")).isEmpty();
  }

  @Test
  void passivesNominalisedBeliefsAndAbilitiesAreNoSpeech() {
    assertThat(find("Người dân thành phố được cảnh báo rằng nước sẽ bị cắt trong ba ngày tới.")).isEmpty();
    assertThat(find("Phát hiện này củng cố niềm tin rằng loài chim cổ đã biết bay từ rất sớm.")).isEmpty();
    assertThat(find("Các công ty trong nước đã khẳng định được vị thế trên thị trường khu vực.")).isEmpty();
    assertThat(find("Lợi ích của phần mềm có thể kể đến như giảm thời gian chờ và tăng hiệu suất.")).isEmpty();
    assertThat(find("Cô bé nghe thấy giọng nói quen thuộc của mẹ ở phía ngoài cửa.")).isEmpty();
  }

  @Test
  void anAlternativeOrAPlaceClauseEndsTheSubject() {
    Quote q = find("Đây là vùng biển nơi Nhật Bản nói rằng tàu cá được tự do qua lại quanh năm.").get(0);
    assertThat(q.speaker()).isEqualTo("Nhật Bản");
  }

  // ---- round 7 ----

  @Test
  void thongTinAfterANameReportsTheClause() {
    String text = "Ông Lê Văn Hòa thông tin, sáng nay đoàn kiểm tra đã lập biên bản ba cơ sở.";
    List<Quote> qs = find(text, mention(text, "Lê Văn Hòa", EntityType.PERSON));
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).text()).isEqualTo("sáng nay đoàn kiểm tra đã lập biên bản ba cơ sở");
    assertThat(qs.get(0).speaker()).isEqualTo("Lê Văn Hòa");
    // the noun before a comma reports nothing
    assertThat(find("Sau khi tiếp nhận thông tin, lực lượng cứu hộ đã có mặt rất nhanh.")).isEmpty();
  }

  @Test
  void thongTinThemAfterAQuoteAttributesIt() {
    String text = "“Chúng tôi sẽ khắc phục đoạn đường ngập trong tuần tới”, vị cán bộ phường thông tin thêm.";
    List<Quote> qs = find(text);
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).speaker()).isEqualTo("vị cán bộ phường");
  }

  @Test
  void khaiBaoWithACommaReportsTheClause() {
    String text = "Gia đình bà Tư khai báo, chiếc tủ bị mất chứa nhiều giấy tờ nhà đất.";
    List<Quote> qs = find(text);
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).text()).isEqualTo("chiếc tủ bị mất chứa nhiều giấy tờ nhà đất");
    assertThat(qs.get(0).speaker()).isEqualTo("Gia đình bà Tư");
  }

  @Test
  void placeAfterARoleIsTheRolesAddress() {
    String text = "Một lãnh đạo xã Tân Phú, huyện Đông Hòa cho biết, nước đã rút khỏi các thôn.";
    List<Quote> qs = find(text, mention(text, "Tân Phú", EntityType.LOCATION), mention(text, "Đông Hòa", EntityType.LOCATION));
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).speaker()).isEqualTo("Một lãnh đạo xã Tân Phú");
  }

  @Test
  void personRightAfterADashSaysTheQuoteEvenWhenTheVerbIsSubordinate() {
    String text = "“Tôi thành thật xin lỗi toàn thể cử tri của thành phố” - ông Minh cúi đầu khi nói.";
    List<Quote> qs = find(text, mention(text, "Minh", EntityType.PERSON));
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).speaker()).isEqualTo("Minh");
  }

  @Test
  void messageContentHasNoSpeaker() {
    String text = "Anh Tùng nghe điện thoại cả buổi sáng.\nSau đó anh nhận được tin nhắn với nội dung “nếu không trả tiền sẽ biết tay”.";
    List<Quote> qs = find(text, mention(text, "Tùng", EntityType.PERSON));
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).speaker()).isNull();
  }

  @Test
  void impersonalReportHasNoSpeaker() {
    String text = "Thông tin ban đầu cho hay, vụ cháy bùng phát từ kho chứa hàng phía sau.";
    List<Quote> qs = find(text);
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).text()).isEqualTo("vụ cháy bùng phát từ kho chứa hàng phía sau");
    assertThat(qs.get(0).speaker()).isNull();
  }

  @Test
  void reportedClauseOpeningWithQuotedWordsIsOneReportedQuote() {
    String text = "Bộ trưởng thừa nhận “đã chậm trễ trong việc giải ngân” và làm người dân mất niềm tin vào dự án.";
    List<Quote> qs = find(text);
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).direct()).isFalse();
    assertThat(qs.get(0).text()).startsWith("“đã chậm trễ").endsWith("mất niềm tin vào dự án");
    // a quote that ends the sentence stays direct
    String plain = "Bộ trưởng thừa nhận “chúng tôi đã chậm trễ trong việc giải ngân”.";
    List<Quote> ps = find(plain);
    assertThat(ps).hasSize(1);
    assertThat(ps.get(0).direct()).isTrue();
  }

  @Test
  void announcedActIsNoReportedStatement() {
    assertThat(find("Nhóm vũ trang này đã tuyên bố nhận trách nhiệm về vụ tấn công hôm qua.")).isEmpty();
    assertThat(find("Công ty thông báo tạm ngừng hoạt động nhà máy ở phía bắc.")).isEmpty();
    // a clause with its own subject is still reported
    List<Quote> qs = find("Công ty thông báo nhà máy phía bắc sẽ ngừng hoạt động từ tháng sau.");
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).text()).isEqualTo("nhà máy phía bắc sẽ ngừng hoạt động từ tháng sau");
  }

  @Test
  void passiveChoRangIsNoSpeech() {
    assertThat(find("Nữ ca sĩ được cho rằng đã bí mật đính hôn với bạn trai.")).isEmpty();
  }

  @Test
  void themAfterTheVerbStaysOutOfTheContent() {
    List<Quote> qs = find("Anh Bình chia sẻ thêm, quán sẽ mở thêm hai chi nhánh trong năm nay.");
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).text()).isEqualTo("quán sẽ mở thêm hai chi nhánh trong năm nay");
  }

  @Test
  void taiBeforeTheVerbIsAnAdverb() {
    List<Quote> qs = find("Bộ Y tế tái khẳng định vắc xin đang được phân bổ đúng kế hoạch.");
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).speaker()).isEqualTo("Bộ Y tế");
  }

  // ---- round 8 ----

  @Test
  void aQuoteOpenAtTheParagraphEndMayRunOverSeveralUnmarkedParagraphs() {
    String text = "HLV Tuấn khẳng định: \"Chúng tôi đã thua trận này.\nNhưng mùa giải vẫn còn dài.\n"
        + "Các cầu thủ sẽ trở lại mạnh mẽ hơn\".\nTrận tiếp theo diễn ra ở sân nhà.";
    List<Quote> qs = find(text, mention(text, "Tuấn", EntityType.PERSON));
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).text()).startsWith("Chúng tôi đã thua").endsWith("mạnh mẽ hơn");
    assertThat(qs.get(0).speaker()).isEqualTo("Tuấn");
    // four paragraphs on is too far: an unclosed mark then quotes nothing across lines
    String t2 = "Ông Long nói: \"Một.\nHai hai.\nBa ba.\nBốn bốn.\nNăm năm\".";
    for (Quote q : find(t2, mention(t2, "Long", EntityType.PERSON))) assertThat(q.text()).doesNotContain("Năm năm");
  }

  @Test
  void refusingToSpeakReportsNothing() {
    assertThat(find("Công ty từ chối tiết lộ số tiền bồi thường cho các hộ dân.")).isEmpty();
    assertThat(find("Đại diện công ty từ chối cho biết nguyên nhân sự việc.")).isEmpty();
    // the same verb without the refusal reports
    assertThat(find("Đại diện công ty cho biết nguyên nhân đang được làm rõ.")).hasSize(1);
  }

  @Test
  void aNegatedSpeechVerbReportsNothing() {
    assertThat(find("Hãng xe không tiết lộ số tiền đã chi cho dự án.")).isEmpty();
    assertThat(find("Ban tổ chức chưa thông báo lịch thi đấu mới.")).isEmpty();
    // a capitalised "Không" inside a name is no negation
    String text = "Hội Hàng không Việt Nam cho biết các chuyến bay vẫn hoạt động bình thường.";
    assertThat(find(text, mention(text, "Hội Hàng không Việt Nam", EntityType.ORGANIZATION))).hasSize(1);
  }

  @Test
  void aConcessiveEndsTheSubject() {
    String text = "Sân vận động vắng khán giả vào tối thứ Bảy mặc dù Hùng nói hàng nghìn vé đã được bán.";
    List<Quote> qs = find(text, mention(text, "Hùng", EntityType.PERSON));
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).speaker()).isEqualTo("Hùng");
    assertThat(qs.get(0).text()).isEqualTo("hàng nghìn vé đã được bán");
  }

  @Test
  void anOrganisationAfterCuaNamesTheOwnerNotTheSpeaker() {
    String text = "Đối thủ của Voltra tại thị trường Ấn Độ là Quickride cũng vừa cho hay họ sẽ tuyển thêm tài xế.";
    List<Quote> qs = find(text, mention(text, "Voltra", EntityType.ORGANIZATION),
        mention(text, "Ấn Độ", EntityType.LOCATION), mention(text, "Quickride", EntityType.ORGANIZATION));
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).speaker()).isEqualTo("Quickride");
  }

  // round 9 (quotes and quantities): forms found on unannotated articles and new dev articles, sentences invented

  @Test
  void idiomsWithASpeechWordReportNothing() {
    assertThat(find("Cả hai ứng viên đều cho rằng bất kể ai thắng cử thì đất nước vẫn cần đoàn kết.")).hasSize(1);
    assertThat(find("Cả hai ứng viên đều cho rằng bất kể ai thắng cử thì đất nước vẫn cần đoàn kết.").get(0).verb())
        .isEqualTo("cho rằng");
    assertThat(find("Như đã nói ở trên, loại quả này có độc tố trong hạt.")).isEmpty();
    assertThat(find("Có thể nói đây là mùa giải thành công nhất của đội bóng.")).isEmpty();
    assertThat(find("Phải nói rằng trận đấu hôm qua rất đáng xem.")).isEmpty();
    assertThat(find("Câu lạc bộ mở triển lãm vào Ngày Thế giới Nói không với rượu bia.")).isEmpty();
  }

  @Test
  void aSpeechWordAfterACertificateOrAPrintedLineIsANoun() {
    assertThat(find("Anh Tùng nộp tờ giấy xác nhận tạm trú cho công an phường.")).isEmpty();
    assertThat(find("Bao bì phải in rõ dòng cảnh báo về tác hại của thuốc lá.")).isEmpty();
  }

  @Test
  void aNounObjectAfterTheVerbIsNoReportedClause() {
    String text = "Chiều qua, phía nhà trường đã xác nhận thông tin trên với phóng viên.";
    assertThat(find(text)).isEmpty();
    assertThat(find("Nhiều phụ huynh đã thẳng thắn bày tỏ quan điểm về việc thu thêm học phí.")).isEmpty();
    assertThat(find("Các kỹ sư cũng nhấn mạnh đến những điểm yếu của hệ thống cũ.")).isEmpty();
    assertThat(find("Công ty cam kết chia sẻ 80% doanh thu với các đại lý.")).isEmpty();
    // a clause after the same verbs is still reported
    assertThat(find("Các chuyên gia nhấn mạnh rằng thị trường sẽ phục hồi vào cuối năm.")).hasSize(1);
    assertThat(find("Ông Tạ Vân xác nhận công ty đã nhận được đơn khiếu nại của khách hàng.")).hasSize(1);
    // …and so is a noun that opens a clause ("… là …") or a comma after the noun
    assertThat(find("Bộ trưởng Quốc phòng Lạc Sơn khẳng định quan điểm của nước này là giải quyết tranh chấp bằng hòa bình.")).hasSize(1);
    assertThat(find("Người mẫu Hà Vy còn tiết lộ thông tin, quản lý cũ từng hướng dẫn cô né thuế.")).hasSize(1);
  }

  @Test
  void asAnOutletReportedIsAReferenceNotAQuote() {
    String text = "Như Tin Mới đã đưa tin, sáng 3/9, bà Lò Thị Mai xác nhận, con trai bà đã được trả về nhà.";
    List<Quote> qs = find(text, mention(text, "Tin Mới", EntityType.ORGANIZATION), mention(text, "Lò Thị Mai", EntityType.PERSON));
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).speaker()).isEqualTo("Lò Thị Mai");
    assertThat(qs.get(0).text()).startsWith("con trai bà đã được");
  }

  @Test
  void explainingAndRecallingReportSpeech() {
    String text = "Trao đổi với phóng viên, tài xế xe tải lý giải, do tránh một chiếc xe máy nên anh mất lái.";
    List<Quote> qs = find(text);
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).text()).startsWith("do tránh một chiếc xe máy");
  }

  @Test
  void aCurlyOpenMarkClosedByAStraightMarkIsOneQuote() {
    String text = "“Cả nhà tôi đang ngồi xem ti vi nên chẳng nghe thấy gì\" - anh Lục nhớ lại.";
    List<Quote> qs = find(text, mention(text, "Lục", EntityType.PERSON));
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).text()).isEqualTo("Cả nhà tôi đang ngồi xem ti vi nên chẳng nghe thấy gì");
    assertThat(qs.get(0).speaker()).isEqualTo("Lục");
  }

  @Test
  void aMixedPairWithNoSpeechVerbBesideItIsATitle() {
    assertThat(find("Thành phố đề xuất thực hiện mô hình “Kè mềm chống sạt lở bờ sông quy mô nhỏ\" trong năm tới.")).isEmpty();
  }

  @Test
  void aRelationOfThePersonNamedIsTheSpeaker() {
    String text = "Người nhà anh Khải cho biết, thường ngày anh chở hàng thuê cho một cửa hàng vật liệu.";
    List<Quote> qs = find(text, mention(text, "Khải", EntityType.PERSON));
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).speaker()).isEqualTo("Người nhà anh Khải");
    String text2 = "Chồng của Lâm Ngọc Hà chia sẻ rằng anh không tin vào những lời đồn.";
    assertThat(find(text2, mention(text2, "Lâm Ngọc Hà", EntityType.PERSON)).get(0).speaker()).isEqualTo("Chồng của Lâm Ngọc Hà");
    String text4 = "Gia đình bé Lụa (8 tuổi, trú xã Đông Phong) cho biết, bé đã về nhà an toàn.";
    assertThat(find(text4, mention(text4, "Lụa", EntityType.PERSON)).get(0).speaker()).isEqualTo("Gia đình bé Lụa");
    // a title before the name is no relation
    String text3 = "Luật sư Trần Khoa cho biết thân chủ của ông sẽ kháng cáo.";
    assertThat(find(text3, mention(text3, "Trần Khoa", EntityType.PERSON)).get(0).speaker()).isEqualTo("Trần Khoa");
  }

  @Test
  void aConnectiveBeforeTheSubjectIsNoPartOfTheSpeaker() {
    String text = "Trong khi đó các nước láng giềng như Vân Quốc tuyên bố sẽ giữ thế trung lập.";
    assertThat(find(text).get(0).speaker()).doesNotStartWith("đó");
  }

  @Test
  void aSpeakerWhoAnswersAnInterviewStillSpeaks() {
    String text = "Bộ trưởng Quốc phòng Đan Vũ trả lời phỏng vấn trang Tin Quân Sự cho biết, hai đại đội là đủ cho đợt này.";
    List<Quote> qs = find(text, mention(text, "Đan Vũ", EntityType.PERSON), mention(text, "Tin Quân Sự", EntityType.ORGANIZATION));
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).speaker()).isEqualTo("Đan Vũ");
    assertThat(qs.get(0).text()).isEqualTo("hai đại đội là đủ cho đợt này");
  }

  @Test
  void aSignIsNoWarning() {
    assertThat(find("Vỏ bao phải in các dấu hiệu cảnh báo khác theo quy định mới.")).isEmpty();
  }

  @Test
  void idiomsWithASpeechVerbHaveNoSpeaker() {
    assertThat(find("Ngành này đã nhận nhiều vốn, nhưng phải thừa nhận là cơ chế quản lý còn chậm đổi mới.")).isEmpty();
    assertThat(find("Không thể phủ nhận rằng vai diễn ấy đã giúp cô nổi tiếng khắp cả nước.")).isEmpty();
    assertThat(find("Năm nay có khi không đạt được mức cũ chứ đừng nói vượt kế hoạch đề ra của thành phố.")).isEmpty();
  }

  @Test
  void roundTenSpeechNounsAreNoSpeech() {
    assertThat(find("Theo các nhà phân tích, giá dầu sẽ còn giảm trong quý tới.")).isEmpty();
    // a patient with cancer ("ung thư") still speaks
    assertThat(find("Nhóm bệnh nhân ung thư ở khoa nội cho biết, thuốc mới giúp họ ngủ ngon hơn.")).hasSize(1);
    assertThat(find("Đoạn video của cặp đôi thu về hàng nghìn bình luận chỉ sau một đêm.")).isEmpty();
    assertThat(find("Mấy hôm nay bà Hạnh đi dán thông báo tìm chú chó lạc quanh chợ huyện.")).isEmpty();
  }

  @Test
  void aTopicOrAnAddresseeAfterTheVerbIsNoClause() {
    assertThat(find("Ông Quang nói đến những khó khăn của ngành đường sắt trong năm qua.")).isEmpty();
    assertThat(find("Tổ bảo vệ đã thông báo đến ban quản lý khu phố vào sáng sớm.")).isEmpty();
    assertThat(find("Hãng Tân Phong phủ nhận những thông tin như vậy trong buổi họp báo hôm qua.")).isEmpty();
    // a clause after the topic preposition with "rằng" still reports
    assertThat(find("Ông Quang thông báo tới người dân rằng tuyến đường sẽ đóng cửa ba ngày.")).hasSize(1);
  }

  @Test
  void aPersonBeforeADashOrAResponsibleRoleSpeaks() {
    String text = "Ông Lạc Minh Khôi – Tổng giám đốc Công ty Hưng Thịnh cho biết, giá vé sẽ giữ nguyên tới cuối năm.";
    List<Quote> qs = find(text, mention(text, "Lạc Minh Khôi", EntityType.PERSON), mention(text, "Công ty Hưng Thịnh", EntityType.ORGANIZATION));
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).speaker()).isEqualTo("Lạc Minh Khôi");
    String t2 = "Ông Bram Olsen, người phụ trách thương mại của Đại sứ quán Na Uy nhận xét, thị trường đang phục hồi rõ.";
    List<Quote> q2 = find(t2, mention(t2, "Bram Olsen", EntityType.PERSON), mention(t2, "Đại sứ quán Na Uy", EntityType.ORGANIZATION));
    assertThat(q2).hasSize(1);
    assertThat(q2.get(0).speaker()).isEqualTo("Bram Olsen");
  }

  @Test
  void theAbbreviationCityWithAPeriodEndsNoSubject() {
    String text = "Công an TP. Hải Châu thông báo rằng đã tìm thấy chiếc xe bị mất trộm.";
    List<Quote> qs = find(text, mention(text, "Công an TP", EntityType.ORGANIZATION), mention(text, "Hải Châu", EntityType.LOCATION));
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).speaker()).isEqualTo("Công an TP");
  }

  @Test
  void aPersonNamedLateInAFrontedPhraseIsNoApposition() {
    String text = "Trao đổi với phóng viên báo Tin Nhanh Lâm Hà, một lãnh đạo xã Phú Lộc cho biết khu đất chưa có dự án nào.";
    List<Quote> qs = find(text, mention(text, "Lâm Hà", EntityType.PERSON));
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).speaker()).isEqualTo("một lãnh đạo xã Phú Lộc");
  }

  @Test
  void aShortWhenPhraseAfterANameIsNoSubject() {
    String text = "Ông Lạc Văn Phong khi tranh cử tuyên bố sẽ giảm thuế cho nông dân trồng chè.";
    List<Quote> qs = find(text, mention(text, "Lạc Văn Phong", EntityType.PERSON));
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).speaker()).isEqualTo("Lạc Văn Phong");
    // "Trong khi …" opens a clause: its subject speaks
    String t2 = "Trong khi nhiều cư dân cho rằng phí gửi xe đã quá cao thì ban quản lý vẫn giữ mức cũ.";
    assertThat(find(t2).get(0).speaker()).isEqualTo("nhiều cư dân");
  }

  @Test
  void aQuotedTitleInsideTheSubjectEndsNoSubject() {
    String text = "Giọng ca \"Mưa tháng Chạp\" chia sẻ: \"Tôi đã viết bài hát này trong ba đêm liền ở Đà Lạt\".";
    List<Quote> qs = find(text);
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).speaker()).isEqualTo("Giọng ca \"Mưa tháng Chạp\"");
    String t2 = "Đạo diễn phim “Bến Đợi” cho biết: “Đoàn phim đã quay suốt hai tháng ở vùng biển này”.";
    List<Quote> q2 = find(t2);
    assertThat(q2).hasSize(1);
    assertThat(q2.get(0).speaker()).isEqualTo("Đạo diễn phim “Bến Đợi”");
    // a quote closing before a dash still ends the walk: the speaker is after the dash
    String t3 = "\"Chúng tôi sẽ mở thêm hai tuyến xe buýt vào tháng sau\" - ông Đoàn Văn Khải nói.";
    List<Quote> q3 = find(t3, mention(t3, "Đoàn Văn Khải", EntityType.PERSON));
    assertThat(q3).hasSize(1);
    assertThat(q3.get(0).speaker()).isEqualTo("Đoàn Văn Khải");
  }

  @Test
  void aPersonAfterBetweenOrBeforeInAFrontedPhraseIsNoApposition() {
    String text = "Trước cuộc gặp giữa Tổng thống Hà Quang Vĩnh và Thủ tướng Lâm Đức Kiên, chính quyền thành phố cho biết khu vực quanh khách sạn sẽ bị phong tỏa.";
    List<Quote> qs = find(text, mention(text, "Hà Quang Vĩnh", EntityType.PERSON), mention(text, "Lâm Đức Kiên", EntityType.PERSON));
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).speaker()).isEqualTo("chính quyền thành phố");
    String t2 = "Trước Tết Nguyên đán Bính Ngọ, Bộ trưởng cho biết sẽ về thăm các công trình đang thi công.";
    List<Quote> q2 = find(t2, mention(t2, "Bính Ngọ", EntityType.PERSON));
    assertThat(q2).hasSize(1);
    assertThat(q2.get(0).speaker()).isEqualTo("Bộ trưởng");
  }

  @Test
  void aQuoteAfterATheoPhraseIsItsSources() {
    String text = "Tiền vệ Hoàng Trung Kiên nói mình bị phạt oan.\nKiên bực bội bởi theo anh, \"đối thủ đã phạm lỗi trước mà trọng tài không thổi còi\".";
    List<Quote> qs = find(text, mention(text, "Hoàng Trung Kiên", EntityType.PERSON));
    assertThat(qs).hasSize(2);
    assertThat(qs.get(1).speaker()).isEqualTo("anh Hoàng Trung Kiên");
    String t2 = "Dự án đã được duyệt.\nTheo ông Vũ Đình Lạc, \"nhà máy sẽ chạy thử vào cuối năm sau\".";
    List<Quote> q2 = find(t2, mention(t2, "Vũ Đình Lạc", EntityType.PERSON));
    assertThat(q2).hasSize(1);
    assertThat(q2.get(0).speaker()).isEqualTo("Vũ Đình Lạc");
    // "Theo đó" names no source
    String t3 = "Bản quy định mới được công bố.\nTheo đó, \"mọi xe tải phải dừng ở trạm cân trước khi vào cầu\".";
    List<Quote> q3 = find(t3);
    assertThat(q3).hasSize(1);
    assertThat(q3.get(0).speaker()).isNull();
  }

  @Test
  void aFemalePronounPrefersANameWrittenWithItsOwnTitle() {
    String text = "Bà Trịnh Thu Hà gặp tỷ phú Lò Văn Bảy tại hội nghị.\nBà cho biết hai bên sẽ ký hợp đồng vào tháng sau.";
    List<Quote> qs = find(text, mention(text, "Trịnh Thu Hà", EntityType.PERSON), mention(text, "Lò Văn Bảy", EntityType.PERSON));
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).speaker()).isEqualTo("bà Trịnh Thu Hà");
    // with no name under its own title, the nearest name not of the other gender, as before
    String t2 = "Ông Đỗ Văn Tường gặp Lò Văn Bảy tại hội nghị.\nBà cho biết hai bên sẽ ký hợp đồng vào tháng sau.";
    List<Quote> q2 = find(t2, mention(t2, "Đỗ Văn Tường", EntityType.PERSON), mention(t2, "Lò Văn Bảy", EntityType.PERSON));
    assertThat(q2).hasSize(1);
    assertThat(q2.get(0).speaker()).isEqualTo("bà Lò Văn Bảy");
    // a male pronoun keeps the nearest name: a bare foreign name is most often a man's
    String t3 = "Ông Đỗ Văn Tường gặp Lò Văn Bảy tại hội nghị.\nÔng cho biết hai bên sẽ ký hợp đồng vào tháng sau.";
    List<Quote> q3 = find(t3, mention(t3, "Đỗ Văn Tường", EntityType.PERSON), mention(t3, "Lò Văn Bảy", EntityType.PERSON));
    assertThat(q3.get(0).speaker()).isEqualTo("ông Lò Văn Bảy");
  }

  @Test
  void aStraightOpenMarkClosedByACurlyOneIsAQuoteWithItsAttribution() {
    String text = "Mưa đá rơi suốt buổi chiều.\n\"Khi cả đội đang ăn tối thì mái nhà bất ngờ sập xuống”, ông Lò Văn Tám nhớ lại.";
    List<Quote> qs = find(text, mention(text, "Lò Văn Tám", EntityType.PERSON));
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).direct()).isTrue();
    assertThat(qs.get(0).text()).isEqualTo("Khi cả đội đang ăn tối thì mái nhà bất ngờ sập xuống");
    assertThat(qs.get(0).speaker()).isEqualTo("Lò Văn Tám");
    // with no attribution at its side the mixed pair stays a title or slogan, as for the round-9 pairs
    String t2 = "Cửa hàng treo biển \"Giảm giá mọi mặt hàng trong tuần lễ vàng” ở cổng chợ Hòa Bình.";
    assertThat(find(t2)).isEmpty();
  }

  @Test
  void aQuoteCitedAfterDanGoesToTheSourceNamedAfterIt() {
    String text = "Cửa khẩu đóng từ thứ hai.\n\"Chúng tôi sẽ mở lại cửa khẩu vào tuần tới\", báo Thời Mới dẫn lời ông Hà Quang Vinh.";
    List<Quote> qs = find(text, mention(text, "Thời Mới", EntityType.ORGANIZATION), mention(text, "Hà Quang Vinh", EntityType.PERSON));
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).speaker()).isEqualTo("Hà Quang Vinh");
    String t2 = "Tàu kéo bị chìm gần bờ.\n\"Hai thuyền viên đã được cứu sống sau ba giờ tìm kiếm\", hãng tin Sao Mai dẫn thông báo của Bộ Giao thông Lào.";
    List<Quote> q2 = find(t2, mention(t2, "Sao Mai", EntityType.ORGANIZATION), mention(t2, "Bộ Giao thông Lào", EntityType.ORGANIZATION));
    assertThat(q2).hasSize(1);
    assertThat(q2.get(0).speaker()).isEqualTo("Bộ Giao thông Lào");
    // a pronoun after "dẫn lời" resolves to the person named before
    String t3 = "Ông Hà Quang Vinh thăm cửa khẩu.\n\"Chúng tôi sẽ mở lại cửa khẩu vào tuần tới\", báo Thời Mới dẫn lời ông.";
    List<Quote> q3 = find(t3, mention(t3, "Hà Quang Vinh", EntityType.PERSON), mention(t3, "Thời Mới", EntityType.ORGANIZATION));
    assertThat(q3.get(0).speaker()).isEqualTo("ông Hà Quang Vinh");
    // a role naming no person speaks rather than its body; a speech verb closing the phrase stays the verb
    String t4 = "Máy bay hạ cánh khẩn cấp.\n\"Cơ trưởng đã tắt một động cơ theo đúng quy trình\", báo Sao Mai dẫn lời người phát ngôn hãng Mây Trắng cho biết.";
    List<Quote> q4 = find(t4, mention(t4, "Sao Mai", EntityType.ORGANIZATION), mention(t4, "Mây Trắng", EntityType.ORGANIZATION));
    assertThat(q4.get(0).speaker()).isEqualTo("người phát ngôn hãng Mây Trắng");
    assertThat(q4.get(0).verb()).isEqualTo("cho biết");
    // an apposition after the cited role names the speaker before the verb
    String t5 = "Máy bay hạ cánh khẩn cấp.\n\"Cơ trưởng đã tắt một động cơ theo đúng quy trình\", báo Sao Mai dẫn lời người phát ngôn của chủ tịch Lò Văn Bảy, Trịnh Thu Hà cho biết.";
    List<Quote> q5 = find(t5, mention(t5, "Sao Mai", EntityType.ORGANIZATION), mention(t5, "Lò Văn Bảy", EntityType.PERSON),
        mention(t5, "Trịnh Thu Hà", EntityType.PERSON));
    assertThat(q5.get(0).speaker()).isEqualTo("Trịnh Thu Hà");
    // a description after the comma names someone else: the cited person speaks
    String t6 = "Máy bay hạ cánh khẩn cấp.\n\"Cơ trưởng đã tắt một động cơ theo đúng quy trình\", báo Sao Mai dẫn lời Trịnh Thu Hà, vợ của chủ tịch Lò Văn Bảy, cho biết.";
    List<Quote> q6 = find(t6, mention(t6, "Sao Mai", EntityType.ORGANIZATION), mention(t6, "Trịnh Thu Hà", EntityType.PERSON),
        mention(t6, "Lò Văn Bảy", EntityType.PERSON));
    assertThat(q6.get(0).speaker()).isEqualTo("Trịnh Thu Hà");
  }

  @Test
  void aBarePlaceAfterACommaIsTheAddressOfTheBodyBeforeIt() {
    String text = "Công an huyện Mường Bản, Thanh Lĩnh cho biết hai nghi phạm đã bị bắt giữ.";
    List<Quote> qs = find(text, mention(text, "Công an huyện Mường Bản", EntityType.ORGANIZATION),
        mention(text, "Thanh Lĩnh", EntityType.LOCATION));
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).speaker()).isEqualTo("Công an huyện Mường Bản");
    // a hyphen closing the address before the verb
    String t2 = "Sáng nay, UBND xã Tân Hạ, huyện Đức Tân, Thanh Lĩnh - cho biết việc trả lại tiền đã xong.";
    List<Quote> q2 = find(t2, mention(t2, "UBND xã Tân Hạ", EntityType.ORGANIZATION), mention(t2, "Đức Tân", EntityType.LOCATION),
        mention(t2, "Thanh Lĩnh", EntityType.LOCATION));
    assertThat(q2).hasSize(1);
    assertThat(q2.get(0).speaker()).isEqualTo("UBND xã Tân Hạ");
    // a title before a name the entity stage typed LOCATION is no address: the name stays the speaker
    String t3 = "Thủ tướng nước Kava, Tomas Wilk nhấn mạnh rằng các cuộc đàm phán sẽ tiếp tục.";
    List<Quote> q3 = find(t3, mention(t3, "Kava", EntityType.LOCATION), mention(t3, "Tomas Wilk", EntityType.LOCATION));
    assertThat(q3.get(0).speaker()).isEqualTo("Tomas Wilk");
    // nor is a list of countries an address
    String t4 = "Liên quân Kava, Anh, Lira tuyên bố rằng mọi tên lửa đã trúng mục tiêu.";
    List<Quote> q4 = find(t4, mention(t4, "Kava", EntityType.LOCATION), mention(t4, "Anh", EntityType.LOCATION),
        mention(t4, "Lira", EntityType.LOCATION));
    assertThat(q4.get(0).speaker()).isEqualTo("Lira");
  }

  @Test
  void theHeadOfABodySpeaksNotTheBody() {
    String text = "Ông chủ Điện Kim Lăng nói rằng nước này sẽ tăng ngân sách cho quốc phòng.";
    List<Quote> qs = find(text, mention(text, "Điện Kim Lăng", EntityType.ORGANIZATION));
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).speaker()).isEqualTo("Ông chủ Điện Kim Lăng");
    String t2 = "Người đứng đầu Tập đoàn Hoa Sen cho biết lợi nhuận quý ba tăng mạnh.";
    List<Quote> q2 = find(t2, mention(t2, "Tập đoàn Hoa Sen", EntityType.ORGANIZATION));
    assertThat(q2.get(0).speaker()).isEqualTo("Người đứng đầu Tập đoàn Hoa Sen");
    // a newly elected or a female holder of a role is still the role, not the body
    String t3 = "Phát biểu sau khi được bầu, tân chủ tịch Tập đoàn Hoa Sen nói rằng lợi nhuận sẽ tăng.";
    List<Quote> q3 = find(t3, mention(t3, "Tập đoàn Hoa Sen", EntityType.ORGANIZATION));
    assertThat(q3.get(0).speaker()).isEqualTo("tân chủ tịch Tập đoàn Hoa Sen");
  }

  @Test
  void anAttributionCutOntoALowerCaseLineAfterTheQuoteIsRead() {
    String text = "Ông Vũ Đình Lạc gặp bà Trịnh Thu Hà tại công trường.\n"
        + "\"Chúng tôi sẽ hoàn thành cây cầu trước mùa mưa năm sau.\"\nbà Hà chia sẻ.";
    List<Quote> qs = find(text, mention(text, "Vũ Đình Lạc", EntityType.PERSON), mention(text, "Trịnh Thu Hà", EntityType.PERSON));
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).speaker()).isEqualTo("bà Hà");
    assertThat(qs.get(0).verb()).isEqualTo("chia sẻ");
    // a line opening in upper case is a sentence of its own
    String t2 = "Ông Vũ Đình Lạc gặp bà Trịnh Thu Hà tại công trường.\n"
        + "\"Chúng tôi sẽ hoàn thành cây cầu trước mùa mưa năm sau.\"\nBà Hà chia sẻ về gia đình.";
    List<Quote> q2 = find(t2, mention(t2, "Vũ Đình Lạc", EntityType.PERSON), mention(t2, "Trịnh Thu Hà", EntityType.PERSON));
    assertThat(q2.get(0).verb()).isNull();
  }

  @Test
  void sinceLongAgoBeforeTheVerbIsNoPartOfTheSpeaker() {
    String text = "Nước Kava từ lâu cho rằng vùng biển phía nam thuộc chủ quyền của họ.";
    List<Quote> qs = find(text);
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).speaker()).isEqualTo("Nước Kava");
  }

  @Test
  void confidingCorrectingAndThreateningReportSpeechBeforeAColonOrAfterAQuote() {
    String text = "Trao đổi với phóng viên, Hồ Văn Khiêm tâm sự: \"Tôi chưa bao giờ nghĩ mình sẽ đứng trên sân khấu lớn\".";
    List<Quote> qs = find(text, mention(text, "Hồ Văn Khiêm", EntityType.PERSON));
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).speaker()).isEqualTo("Hồ Văn Khiêm");
    assertThat(qs.get(0).verb()).isEqualTo("tâm sự");
    String t2 = "\"Công ty không hề cắt giảm lương của công nhân trong quý này\", bà Lạc Thị Vân đính chính.";
    List<Quote> q2 = find(t2, mention(t2, "Lạc Thị Vân", EntityType.PERSON));
    assertThat(q2).hasSize(1);
    assertThat(q2.get(0).speaker()).isEqualTo("Lạc Thị Vân");
    assertThat(q2.get(0).verb()).isEqualTo("đính chính");
    String t3 = "Nhóm phiến quân Kolo đe dọa: \"Chúng tôi sẽ tấn công các đồn biên phòng nếu bị truy quét\".";
    List<Quote> q3 = find(t3, mention(t3, "Kolo", EntityType.ORGANIZATION));
    assertThat(q3).hasSize(1);
    assertThat(q3.get(0).verb()).isEqualTo("đe dọa");
    assertThat(q3.get(0).speaker()).isEqualTo("Kolo");
    // alone, before an object, the words are no speech verbs
    String t4 = "Ông Phan Khải tâm sự với vợ về dự án cầu vượt trước hội đồng thành phố vào sáng thứ hai.";
    assertThat(find(t4, mention(t4, "Phan Khải", EntityType.PERSON))).isEmpty();
    // a comma after a threat or a correction coordinates acts; the advice noun before a quoted name is no verb
    String t5 = "Kẻ lạ mặt rút dao đe dọa, buộc người bán hàng đưa toàn bộ số tiền trong két cho hắn.";
    assertThat(find(t5)).isEmpty();
    String t6 = "Người dân ở xã Hòa Lộc cần thực hiện nghiêm khuyến cáo \"3 không\" của ngành y tế.";
    assertThat(find(t6)).isEmpty();
    String t7 = "Giới chức xem nhóm tin tặc Vorn là mối đe dọa \"nghiêm trọng và lâu dài\" đối với ngân hàng.";
    assertThat(find(t7, mention(t7, "Vorn", EntityType.ORGANIZATION))).isEmpty();
  }

  @Test
  void whoeverCallsSomethingSoIsTheSourceOfTheQuotedName() {
    String text = "Ông Trương Bình nói: \"Chúng tôi đã chuẩn bị rất kỹ cho trận đấu này\".\n"
        + "Tờ Nhật báo Sông Lam gọi đội bóng Phú Sơn là \"chú ngựa ô đáng gờm nhất của mùa giải\".";
    List<Quote> qs = find(text, mention(text, "Trương Bình", EntityType.PERSON),
        mention(text, "Nhật báo Sông Lam", EntityType.ORGANIZATION), mention(text, "Phú Sơn", EntityType.ORGANIZATION));
    assertThat(qs).hasSize(2);
    assertThat(qs.get(1).speaker()).isEqualTo("Nhật báo Sông Lam");
    String t4 = "Ông Trương Bình nói: \"Chúng tôi đã chuẩn bị rất kỹ cho trận đấu này\".\n"
        + "Trong thư, ông Lý Hào gọi hai cầu thủ trẻ là \"niềm tự hào của cả vùng đất\" và bày tỏ sự xúc động.";
    List<Quote> q4 = find(t4, mention(t4, "Trương Bình", EntityType.PERSON), mention(t4, "Lý Hào", EntityType.PERSON));
    assertThat(q4.get(1).speaker()).isEqualTo("Lý Hào");
    // "còn gọi là": another name, nobody names it so; the quote keeps the old fallback
    String t2 = "Ông Trương Bình nói: \"Chúng tôi đã chuẩn bị rất kỹ cho trận đấu này\".\n"
        + "Sân vận động còn gọi là \"chảo lửa của miền núi phía bắc\" nằm ở trung tâm thị xã.";
    List<Quote> q2 = find(t2, mention(t2, "Trương Bình", EntityType.PERSON));
    assertThat(q2.get(q2.size() - 1).verb()).isNotEqualTo("gọi");
    String t3 = "Ông Trương Bình nói: \"Chúng tôi đã chuẩn bị rất kỹ cho trận đấu này\".\n"
        + "Giải đấu có tên gọi đầy đủ là \"Cúp bóng đá các đội trẻ miền núi phía bắc\" và kéo dài một tuần.";
    List<Quote> q3 = find(t3, mention(t3, "Trương Bình", EntityType.PERSON));
    assertThat(q3.get(q3.size() - 1).verb()).isNotEqualTo("gọi");
  }

  // ---------------------------------------------------------------- round 14

  @Test
  void aPairOfDashesEnclosesAnAppositionLikeCommas() {
    String text = "Lý Quang Vinh – nhà kinh tế tại ngân hàng Sao Bắc – cho biết lãi suất sẽ giảm trong quý tới.";
    List<Quote> qs = find(text, mention(text, "Lý Quang Vinh", EntityType.PERSON), mention(text, "Sao Bắc", EntityType.ORGANIZATION));
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).speaker()).isEqualTo("Lý Quang Vinh");
  }

  @Test
  void aVerbHoldingItsRangOpensTheClauseWhateverWordFollows() {
    String text = "Ông Đào Minh Khang cho rằng trong mắt nhà đầu tư nước ngoài thị trường này rất hấp dẫn.";
    List<Quote> qs = find(text, mention(text, "Đào Minh Khang", EntityType.PERSON));
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).text()).isEqualTo("trong mắt nhà đầu tư nước ngoài thị trường này rất hấp dẫn");
    // "cho biết trong cuộc họp" still says where, not what
    String t2 = "Ông Đào Minh Khang cho biết trong cuộc họp báo sáng thứ hai tại trụ sở bộ.";
    assertThat(find(t2, mention(t2, "Đào Minh Khang", EntityType.PERSON))).isEmpty();
  }

  @Test
  void aConjoinedVerbBeforeAQuoteSharesTheSubjectOfTheFirstClause() {
    String text = "Ông Tạ Hưng vẫy tay chào đám đông và nói: \"Tôi rất vui được trở lại quê nhà sau nhiều năm\".";
    List<Quote> qs = find(text, mention(text, "Tạ Hưng", EntityType.PERSON));
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).speaker()).isEqualTo("Tạ Hưng");
    assertThat(qs.get(0).verb()).isEqualTo("nói");
  }

  @Test
  void writingOnAMediumAfterAQuoteReportsSpeech() {
    String text = "Ông Trương Bình nói: \"Chúng tôi đã chuẩn bị rất kỹ cho trận đấu này\".\n"
        + "\"Cửa hàng của tôi sẽ mở lại vào tuần sau\", chủ quán viết trên trang cá nhân.";
    List<Quote> qs = find(text, mention(text, "Trương Bình", EntityType.PERSON));
    assertThat(qs).hasSize(2);
    assertThat(qs.get(1).speaker()).isEqualTo("chủ quán");
    assertThat(qs.get(1).verb()).isEqualTo("viết");
    // the medium itself is never reported content
    String t3 = "Sau trận đấu, cô Mai Lan viết trên trang cá nhân của mình.";
    assertThat(find(t3, mention(t3, "Mai Lan", EntityType.PERSON))).isEmpty();
  }

  @Test
  void writingOnAMediumBeforeAQuoteReportsSpeech() {
    String text = "Nhà báo Hà Văn Tùng viết trên mạng xã hội Twitter rằng: \"Trận đấu sẽ bị hoãn vì mưa lớn kéo dài\".";
    List<Quote> qs = find(text, mention(text, "Hà Văn Tùng", EntityType.PERSON));
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).verb()).isEqualTo("viết");
    assertThat(qs.get(0).direct()).isTrue();
    String t2 = "Cầu thủ Lê Văn Bảo viết trên Facebook rằng, trận đấu đã bị hoãn vì mưa lớn kéo dài.";
    List<Quote> q2 = find(t2, mention(t2, "Lê Văn Bảo", EntityType.PERSON));
    assertThat(q2).hasSize(1);
    assertThat(q2.get(0).text()).isEqualTo("trận đấu đã bị hoãn vì mưa lớn kéo dài");
  }

  @Test
  void anOfficialOfABodySpeaksNotTheBody() {
    String text = "Sáng nay, một lãnh đạo UBND xã Hòa Lộc (huyện Tân Kỳ) xác nhận hai ngôi nhà đã bị sập.";
    List<Quote> qs = find(text, mention(text, "UBND xã Hòa Lộc", EntityType.ORGANIZATION));
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).speaker()).isEqualTo("một lãnh đạo UBND xã Hòa Lộc");
  }

  @Test
  void anOfficialIsARole() {
    String text = "Phát biểu với báo chí, quan chức Bộ Ngoại thương nói rằng các cuộc đàm phán sẽ kéo dài thêm một tháng.";
    List<Quote> qs = find(text, mention(text, "Bộ Ngoại thương", EntityType.ORGANIZATION));
    assertThat(qs.get(0).speaker()).isEqualTo("quan chức Bộ Ngoại thương");
  }

  @Test
  void theSourcesOfABodySpeakNotTheBody() {
    String text = "Các nguồn tin của đài Sao Mai cho biết cuộc họp sẽ diễn ra vào tuần sau.";
    List<Quote> qs = find(text, mention(text, "Sao Mai", EntityType.ORGANIZATION));
    assertThat(qs.get(0).speaker()).isEqualTo("Các nguồn tin của đài Sao Mai");
  }

  @Test
  void anOutletClosingTheSentenceAfterAClauseNamesItself() {
    String text = "Tàu ngầm Kilo Chín, chiếc tàu mới nhất của hạm đội, đã quay về cảng vì sự cố động cơ, Hải Báo ngày 3/4 đưa tin.";
    List<Quote> qs = find(text, mention(text, "Kilo Chín", EntityType.PERSON), mention(text, "Hải Báo", EntityType.ORGANIZATION));
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).speaker()).isEqualTo("Hải Báo");
    // a description after the comma still describes the person before it
    String t2 = "Nhà máy sẽ đóng cửa trong hai tuần tới, ông Lê Hùng, giám đốc nhà máy, cho biết.";
    List<Quote> q2 = find(t2, mention(t2, "Lê Hùng", EntityType.PERSON));
    assertThat(q2.get(0).speaker()).isEqualTo("Lê Hùng");
    String t3 = "Cửa hàng của tôi đã mở lại sau ba tháng, chị Mai Lan, một khách hàng quen chia sẻ.";
    List<Quote> q3 = find(t3, mention(t3, "Mai Lan", EntityType.PERSON));
    assertThat(q3.get(0).speaker()).isEqualTo("Mai Lan");
  }

  @Test
  void aTimePhraseOpeningTheSubjectAfterATheoPhraseIsNoPartOfIt() {
    String text = "Theo ông Lâm Vĩ, ngày 24/5 công ty này cho biết sẽ rút khỏi sàn chứng khoán.";
    List<Quote> qs = find(text, mention(text, "Lâm Vĩ", EntityType.PERSON));
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).speaker()).isEqualTo("công ty này");
    // a role after the "theo" phrase is still the apposition of the person named there
    String t2 = "Theo ông Lâm Vĩ, giám đốc công ty, cho biết sẽ rút khỏi sàn chứng khoán.";
    List<Quote> q2 = find(t2, mention(t2, "Lâm Vĩ", EntityType.PERSON));
    assertThat(q2.get(0).speaker()).isEqualTo("Lâm Vĩ");
  }

  @Test
  void aCountWordBeforeANumberIsNoPartOfTheSpeaker() {
    String text = "Trong số 90 phụ huynh được hỏi, có 41 người khẳng định đã nhờ người quen nâng điểm.";
    assertThat(find(text).get(0).speaker()).isEqualTo("41 người");
  }

  @Test
  void thenAfterTheSubjectIsATimePhrase() {
    String text = "Giới chức thành phố lúc đó cũng nhận định nguy cơ sập cầu là rất cao.";
    assertThat(find(text).get(0).speaker()).isEqualTo("Giới chức thành phố");
  }

  @Test
  void meanwhileAfterTheSubjectEndsNoSubject() {
    String text = "Phe nổi dậy Kolo trong khi đó lại tuyên bố đã chiếm được hai thị trấn.";
    assertThat(find(text, mention(text, "Kolo", EntityType.ORGANIZATION)).get(0).speaker()).isEqualTo("Kolo");
  }

  @Test
  void addingAfterAQuoteAttributesIt() {
    String text = "Ông Trương Bình nói: \"Chúng tôi đã chuẩn bị rất kỹ cho trận đấu này\".\n"
        + "\"Thiệt hại do cơn bão gây ra lớn hơn nhiều so với dự báo ban đầu\", hãng tin Nam Phong nêu thêm.";
    List<Quote> qs = find(text, mention(text, "Trương Bình", EntityType.PERSON), mention(text, "Nam Phong", EntityType.ORGANIZATION));
    assertThat(qs.get(1).speaker()).isEqualTo("Nam Phong");
    assertThat(qs.get(1).verb()).isEqualTo("nêu thêm");
  }

  @Test
  void aTimePhraseBetweenACitedStatementAndItsSourceIsPassedOver() {
    String text = "Ông Trương Bình nói: \"Chúng tôi đã chuẩn bị rất kỹ cho trận đấu này\".\n"
        + "\"Chúng tôi sẽ tiếp tục đàm phán trong tuần tới\", hãng tin Sao dẫn phát biểu sáng nay của phát ngôn viên Bộ Thương mại.";
    List<Quote> qs = find(text, mention(text, "Trương Bình", EntityType.PERSON), mention(text, "Bộ Thương mại", EntityType.ORGANIZATION));
    assertThat(qs.get(1).speaker()).isEqualTo("phát ngôn viên Bộ Thương mại");
  }

  @Test
  void theCityAbbreviationInCapitalsAfterACommaIsAnAddress() {
    String text = "Ngày 15-8, Công an huyện Lạc Sơn, TP Hải Nam cho biết đang điều tra vụ việc.";
    List<Quote> qs = find(text, mention(text, "Công an huyện Lạc Sơn", EntityType.ORGANIZATION),
        mention(text, "Hải Nam", EntityType.LOCATION));
    assertThat(qs.get(0).speaker()).isEqualTo("Công an huyện Lạc Sơn");
  }

  @Test
  void whatAStudyShowsEndsTheSubject() {
    String text = "Khảo sát của Viện Hòa Bình cho thấy 30% người dân nói rằng họ tin vào triển vọng kinh tế.";
    List<Quote> qs = find(text, mention(text, "Viện Hòa Bình", EntityType.ORGANIZATION));
    assertThat(qs.get(0).speaker()).isEqualTo("30% người dân");
  }

  @Test
  void aMannerWordBeforeTheVerbIsNoPartOfTheSpeaker() {
    String text = "Nước Kava chỉ xác nhận rằng một tàu cá đã bị bắt giữ gần đảo.";
    assertThat(find(text).get(0).speaker()).isEqualTo("Nước Kava");
    String t2 = "Bà Trịnh Thu Hà đến thăm công trường.\nBà ấy hào hứng cho biết cây cầu sẽ xong trước mùa mưa.";
    List<Quote> q2 = find(t2, mention(t2, "Trịnh Thu Hà", EntityType.PERSON));
    assertThat(q2.get(0).speaker()).isEqualTo("bà Trịnh Thu Hà");
    // a name that is such a word stays whole
    String t3 = "Ông Lò Văn Chỉ cho biết mùa màng năm nay rất tốt.";
    assertThat(find(t3).get(0).speaker()).isEqualTo("Ông Lò Văn Chỉ");
  }

  @Test
  void aMannerWordAloneBeforeTheVerbLeavesItTheSubjectOfTheClauseBefore() {
    String text = "Ông Lê Sang không giải thích gì thêm mà chỉ nhấn mạnh rằng con tàu đã tuân thủ mọi quy định.";
    List<Quote> qs = find(text, mention(text, "Lê Sang", EntityType.PERSON));
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).speaker()).isEqualTo("Lê Sang");
  }

  @Test
  void aBodyAfterARoleOfABodyIsTheParentBody() {
    String text = "Đại uý Hà Khắc Văn, Đội phó Đội Tuần tra, Công an TP Lạc Sơn cho hay các xe vi phạm đều bị xử phạt.";
    List<Quote> qs = find(text, mention(text, "Hà Khắc Văn", EntityType.PERSON), mention(text, "Đội Tuần tra", EntityType.ORGANIZATION),
        mention(text, "Công an TP Lạc Sơn", EntityType.ORGANIZATION));
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).speaker()).isEqualTo("Hà Khắc Văn");
    // a body after a plain chunk is the subject
    String t2 = "Tại cuộc họp ở thị trấn, Công an TP Lạc Sơn cho hay các xe vi phạm đều bị xử phạt.";
    List<Quote> q2 = find(t2, mention(t2, "Công an TP Lạc Sơn", EntityType.ORGANIZATION));
    assertThat(q2.get(0).speaker()).isEqualTo("Công an TP Lạc Sơn");
  }

  @Test
  void aNameClosingAQuoteIsNoAntecedentOfThePronounAfterIt() {
    String text = "Nữ hoàng Elena đến thăm bảo tàng.\n"
        + "\"Tôi rất nhớ những chuyến đi cùng chồng tôi, hoàng thân Marco\" - bà chia sẻ.";
    List<Quote> qs = find(text, mention(text, "Elena", EntityType.PERSON), mention(text, "Marco", EntityType.PERSON));
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).speaker()).isEqualTo("bà Elena");
  }

  @Test
  void aTimeOrSequenceAdverbBeforeTheVerbIsNoPartOfTheSpeaker() {
    String text = "Bà Lưu Hạnh đến thăm xưởng phim.\nBà đồng thời tiết lộ bộ phim mới sẽ ra rạp vào mùa thu năm sau.";
    List<Quote> qs = find(text, mention(text, "Lưu Hạnh", EntityType.PERSON));
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).speaker()).isEqualTo("bà Lưu Hạnh");
    String t2 = "Báo chí nước Kava gần đây cho biết nam diễn viên chính sẽ trở lại trong phần hai.";
    assertThat(find(t2).get(0).speaker()).isEqualTo("Báo chí nước Kava");
    String t3 = "Nhà chức trách bước đầu nhận định đám cháy bắt nguồn từ khu bếp của nhà hàng.";
    assertThat(find(t3).get(0).speaker()).isEqualTo("Nhà chức trách");
    String t4 = "Bộ Ngoại giao Kava một lần nữa khẳng định lập trường nhất quán về vùng biển này.";
    assertThat(find(t4, mention(t4, "Bộ Ngoại giao Kava", EntityType.ORGANIZATION)).get(0).speaker()).isEqualTo("Bộ Ngoại giao Kava");
    String t5 = "Nước Kava thậm chí còn tuyên bố sẽ rút khỏi hiệp ước nếu các bên không nhượng bộ.";
    assertThat(find(t5).get(0).speaker()).isEqualTo("Nước Kava");
    // a place stays: the households living nearby speak
    String t6 = "Các hộ dân sống gần đây cho biết họ nghe thấy một tiếng nổ lúc nửa đêm.";
    assertThat(find(t6).get(0).speaker()).isEqualTo("Các hộ dân sống gần đây");
  }

  @Test
  void aTimeAdverbOpeningTheSubjectIsNoPartOfTheSpeaker() {
    String text = "Bước đầu nhà chức trách nhận định đám cháy bắt nguồn từ khu bếp của nhà hàng.";
    assertThat(find(text).get(0).speaker()).isEqualTo("nhà chức trách");
    String t2 = "Chiều qua, lúc đầu đại diện nhà hàng cho biết không có ai bị thương trong vụ việc.";
    assertThat(find(t2).get(0).speaker()).isEqualTo("đại diện nhà hàng");
  }

  @Test
  void aSpeechNounAfterAnOpeningPrepositionHasNoSpeaker() {
    String text = "Trong 1 tuyên bố gần đây, nhóm nghiên cứu cũng cho thấy loài chim này đã quay về.";
    assertThat(find(text)).isEmpty();
    String t2 = "Qua thống kê, số ca mắc mới trong tuần đã giảm gần một nửa so với tuần trước.";
    assertThat(find(t2)).isEmpty();
    String t3 = "Sau nhiều lần bác bỏ, công ty Lạc Hồng thừa nhận sản phẩm có lỗi.";
    List<Quote> q3 = find(t3, mention(t3, "Lạc Hồng", EntityType.ORGANIZATION));
    assertThat(q3).hasSize(1);
    assertThat(q3.get(0).verb()).isEqualTo("thừa nhận");
    // a subject after the preposition still speaks
    String t4 = "Trong cuộc họp, ông Tạ Văn Lực cho biết dự án sẽ khởi công vào tháng tới.";
    assertThat(find(t4, mention(t4, "Tạ Văn Lực", EntityType.PERSON)).get(0).speaker()).isEqualTo("Tạ Văn Lực");
  }

  @Test
  void aSpeechNounReceivedHasNoSpeaker() {
    String text = "Ông Lê Thành vừa tới quầy vé ở ga thì nhận thông báo rằng chuyến tàu đêm đã bị huỷ.";
    assertThat(find(text, mention(text, "Lê Thành", EntityType.PERSON))).isEmpty();
  }

  @Test
  void aShortCapitalisedTitleInQuotesIsNoQuote() {
    String text = "Nữ diễn viên Mai Lan vừa trở về từ đoàn phim.\nSau “Sông Xanh”, Mai Lan sẽ nghỉ ngơi một thời gian.";
    int second = text.indexOf("Mai Lan", text.indexOf('\n'));
    List<Quote> qs = find(text, mention(text, "Mai Lan", EntityType.PERSON),
        new EntityMention(second, second + 7, "Mai Lan", EntityType.PERSON, null));
    assertThat(qs).isEmpty();
    // a speech verb right after it keeps it
    String t2 = "“Tỉnh Kava, Nước Lạc Hồng Mới”, ông Tạ Văn Lực nói đùa.";
    assertThat(find(t2, mention(t2, "Tạ Văn Lực", EntityType.PERSON))).hasSize(1);
    // a sentence in quotes is speech
    String t3 = "Ông Tạ Văn Lực nhắc lại: “Chúng tôi sẽ không bỏ cuộc”.";
    assertThat(find(t3, mention(t3, "Tạ Văn Lực", EntityType.PERSON))).hasSize(1);
  }

  @Test
  void aClauseOpeningWithAVerbOfReceivingHasNoSpeaker() {
    String text = "Thủ tục gồm ba bước: điền tờ khai trên mạng; nộp lệ phí; nhận kết quả thông báo kết quả xét duyệt hồ sơ qua thư điện tử.";
    assertThat(find(text)).isEmpty();
    String t2 = "Bước 2: Nhận thư thông báo hồ sơ của bạn đã được chấp nhận và chờ xếp lịch.";
    assertThat(find(t2)).isEmpty();
    // a name that opens the clause still speaks
    String t3 = "Trong buổi họp, Nhận Vân thông báo công ty sẽ mở thêm hai chi nhánh mới.";
    assertThat(find(t3, mention(t3, "Nhận Vân", EntityType.PERSON)).get(0).speaker()).isEqualTo("Nhận Vân");
  }

  @Test
  void anUnsourcedReportAfterCoHasNoSpeaker() {
    String text = "Ca sĩ Lam Vy ít xuất hiện trước công chúng.\nTrước đó, có thông tin cho rằng nữ ca sĩ sắp mở một quán cà phê ở Đà Lạt.";
    List<Quote> qs = find(text, mention(text, "Lam Vy", EntityType.PERSON));
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).speaker()).isNull();
    String t2 = "Hiện có nhiều ý kiến cho rằng dự án cần được xem xét lại.";
    List<Quote> q2 = find(t2);
    assertThat(q2).hasSize(1);
    assertThat(q2.get(0).speaker()).isNull();
    // negated: nobody reports
    String t3 = "Theo hội nông dân, chưa có nghiên cứu độc lập nào khẳng định loại phân bón mới gây hại cho đất.";
    assertThat(find(t3)).isEmpty();
    // people who say so are still the speaker
    String t4 = "Trong cuộc họp, có người cho rằng giá vé nên giảm một nửa.";
    assertThat(find(t4).get(0).speaker()).isNotNull();
    // someone who gave an opinion speaks
    String t5 = "Ông Tạ Văn Lực, Vụ trưởng Vụ Năng lượng, đã có ý kiến cho rằng nên ưu tiên điện gió.";
    assertThat(find(t5, mention(t5, "Tạ Văn Lực", EntityType.PERSON)).get(0).speaker()).isEqualTo("Tạ Văn Lực");
  }

  @Test
  void aNegatedModalBeforeTheVerbReportsNothing() {
    String text = "Người phát ngôn Bộ Y tế Kava không thể xác nhận số người bị nhiễm bệnh trong tuần qua.";
    assertThat(find(text)).isEmpty();
    String t2 = "Ban tổ chức không được phép tiết lộ tên các thí sinh lọt vào vòng chung kết.";
    assertThat(find(t2)).isEmpty();
    // a positive modal keeps the speech
    String t3 = "Bà Lưu Hạnh cho biết dự án sẽ hoàn thành trong năm tới.";
    assertThat(find(t3, mention(t3, "Lưu Hạnh", EntityType.PERSON))).hasSize(1);
  }

  @Test
  void aLongerKhiPhraseAfterPeopleOrAPassiveQuestionBelongsToTheSubject() {
    String text = "Nhiều người khi theo dõi buổi biểu diễn này khẳng định hai ca sĩ đã hát nhép.";
    assertThat(find(text).get(0).speaker()).isEqualTo("Nhiều người");
    String t2 = "Phát ngôn viên Tạ Văn Lực khi được hỏi về tình hình Biển Bắc gần đây cho biết các tàu cá vẫn hoạt động bình thường.";
    assertThat(find(t2, mention(t2, "Tạ Văn Lực", EntityType.PERSON)).get(0).speaker()).isEqualTo("Tạ Văn Lực");
  }

  @Test
  void anUnsourcedReportAfterAnEmphasisHasNoSpeaker() {
    String text = "Thậm chí đã có thông tin cho rằng phần tiếp theo của bộ phim sẽ bị hoãn.";
    List<Quote> qs = find(text);
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).speaker()).isNull();
  }

  @Test
  void badmouthingIsNoStatementAndAFrankMannerIsNoContent() {
    String text = "Tôi không thích khi thấy Tạ Văn Lực nói xấu đồng nghiệp của mình trước mặt mọi người.";
    assertThat(find(text, mention(text, "Tạ Văn Lực", EntityType.PERSON))).isEmpty();
    String t2 = "Ông Tạ Văn Lực nói thẳng công ty sẽ không nhượng bộ trong vụ kiện này.";
    List<Quote> q2 = find(t2, mention(t2, "Tạ Văn Lực", EntityType.PERSON));
    assertThat(q2).hasSize(1);
    assertThat(q2.get(0).text()).isEqualTo("công ty sẽ không nhượng bộ trong vụ kiện này");
  }

  @Test
  void aSauKhiPhraseOpenedByAVerbBelongsToTheSubject() {
    String text = "Ông Lò Văn Khải sau khi kiểm tra hiện trường vụ cháy đã khẳng định nguyên nhân là do chập điện.";
    assertThat(find(text, mention(text, "Lò Văn Khải", EntityType.PERSON)).get(0).speaker()).isEqualTo("Lò Văn Khải");
    String t2 = "Một cậu bé sau khi về đích cho biết em rất thích đường chạy ven sông.";
    assertThat(find(t2).get(0).speaker()).isEqualTo("Một cậu bé");
    // a "sau khi" clause with its own subject keeps that subject as the speaker
    String t3 = "Giá cổ phiếu tăng mạnh sau khi ông Lò Văn Khải tuyên bố công ty có lãi trong quý ba.";
    assertThat(find(t3, mention(t3, "Lò Văn Khải", EntityType.PERSON)).get(0).speaker()).isEqualTo("Lò Văn Khải");
  }

  @Test
  void aVaInsideAnOrganisationNameEndsNoSubject() {
    String text = "Sở Văn hoá và Du lịch tỉnh Hà Lâm cho biết lễ hội sẽ kéo dài ba ngày.";
    assertThat(find(text, mention(text, "Sở Văn hoá và Du lịch tỉnh Hà Lâm", EntityType.ORGANIZATION)).get(0).speaker())
        .isEqualTo("Sở Văn hoá và Du lịch tỉnh Hà Lâm");
    String t2 = "Ông Đinh Khắc Vũ, Giám đốc Viện Nông học và công nghệ (Bộ Thuỷ Lợi) khẳng định giống lúa mới cho năng suất cao.";
    assertThat(find(t2, mention(t2, "Đinh Khắc Vũ", EntityType.PERSON),
        mention(t2, "Viện Nông học và công nghệ", EntityType.ORGANIZATION),
        mention(t2, "Bộ Thuỷ Lợi", EntityType.ORGANIZATION)).get(0).speaker()).isEqualTo("Đinh Khắc Vũ");
    // two people joined by "và": no name spans the "và"; since round 22 both are the speaker (no longer "Lê Mai")
    String t3 = "Anh Hồ Tùng và chị Lê Mai cho biết họ sẽ cưới vào mùa thu.";
    assertThat(find(t3, mention(t3, "Hồ Tùng", EntityType.PERSON), mention(t3, "Lê Mai", EntityType.PERSON)).get(0).speaker())
        .isEqualTo("Anh Hồ Tùng và chị Lê Mai");
  }

  @Test
  void notWantingToSayReportsNothing() {
    String text = "Món canh ở quán này rất nhạt, nếu không muốn nói là chẳng có vị gì.";
    assertThat(find(text)).isEmpty();
    String t2 = "Ông Tạ Văn Lực không muốn chia sẻ chuyện riêng với báo giới.";
    assertThat(find(t2, mention(t2, "Tạ Văn Lực", EntityType.PERSON))).isEmpty();
    // wanting to say still reports ("Tôi muốn nhấn mạnh rằng …" is the speaker's own statement)
    String t3 = "Ông Tạ Văn Lực muốn nhấn mạnh rằng công ty sẽ không rút khỏi thị trường.";
    assertThat(find(t3, mention(t3, "Tạ Văn Lực", EntityType.PERSON))).hasSize(1);
  }

  @Test
  void havingToMentionIsNoSpeech() {
    String text = "Trong số các món ăn của vùng này, trước hết phải kể tới món bánh cuốn làm bằng bột gạo mới.";
    assertThat(find(text)).isEmpty();
  }

  @Test
  void aNeedToSayAtAClauseStartIsAdviceWithNoSpeaker() {
    String text = "Cần lưu ý rằng loại máy này chỉ chạy được bằng pin sạc.";
    assertThat(find(text)).isEmpty();
    String t2 = "Tuy nhiên, cần phải nhấn mạnh rằng giá vé vẫn còn khá cao.";
    assertThat(find(t2)).isEmpty();
    String t3 = "Một điều cần lưu ý, ứng dụng này không hoạt động khi mất mạng.";
    assertThat(find(t3)).isEmpty();
    // a subject that needs to say something still speaks when it does ("X cho biết cần …" is untouched)
    String t4 = "Bà Lưu Hạnh cho biết cần lưu ý rằng hồ sơ phải nộp trước ngày 5.";
    assertThat(find(t4, mention(t4, "Lưu Hạnh", EntityType.PERSON)).get(0).speaker()).isEqualTo("Lưu Hạnh");
  }

  @Test
  void aChargeInMarksIsNoQuote() {
    String text = "Toà án tỉnh Hà Lâm tuyên phạt bị cáo Đỗ Văn Khang bảy năm tù giam vì tội “Gian lận trong kinh doanh bảo hiểm của công ty”.";
    assertThat(find(text, mention(text, "Đỗ Văn Khang", EntityType.PERSON))).isEmpty();
    // a confession after a colon is still speech
    String t2 = "Tại toà, bị cáo Đỗ Văn Khang nhận tội: “Tôi đã lấy số tiền đó để trả nợ cho người quen”.";
    assertThat(find(t2, mention(t2, "Đỗ Văn Khang", EntityType.PERSON))).hasSize(1);
  }

  @Test
  void aRelationAfterACommaDescribesThePersonBeforeIt() {
    // round 17: "X, chú của Y cho biết": the uncle X speaks, not Y
    String text = "Lâm Quốc Hào, chú của Lâm Thị Vân cho biết: “Cháu tôi đã đi làm từ sáng sớm”.";
    Quote q = find(text, mention(text, "Lâm Quốc Hào", EntityType.PERSON), mention(text, "Lâm Thị Vân", EntityType.PERSON)).get(0);
    assertThat(q.speaker()).isEqualTo("Lâm Quốc Hào");
    // a founder of a body is a role: the person before the comma speaks
    String t2 = "Trịnh Gia Bảo, người sáng lập của Hãng phim Sao Mai cho rằng dòng phim này sẽ còn ăn khách.";
    Quote q2 = find(t2, mention(t2, "Trịnh Gia Bảo", EntityType.PERSON), mention(t2, "Hãng phim Sao Mai", EntityType.ORGANIZATION)).get(0);
    assertThat(q2.speaker()).isEqualTo("Trịnh Gia Bảo");
    // a kin relation with no name before it is the speaker itself, not the person it names
    String t3 = "Người chú của Vân cho biết thêm: “Cháu nằm viện đã ba ngày”.";
    assertThat(find(t3, mention(t3, "Vân", EntityType.PERSON)).get(0).speaker()).isEqualTo("Người chú của Vân");
    String t4 = "Cha mẹ của Khôi xác nhận đây chính là con trai họ.";
    assertThat(find(t4, mention(t4, "Khôi", EntityType.PERSON)).get(0).speaker()).isEqualTo("Cha mẹ của Khôi");
  }

  @Test
  void anInitialOrTpPeriodEndsNoApposition() {
    // round 17: "Ông Nguyễn Văn B., trú …, xã Y cho biết": the period of an initial ends no chunk; the man speaks
    String text = "Ông Phan Văn K., trú thôn 2, xã Hòa Lạc cho biết: “Nước lên rất nhanh trong đêm”.";
    Quote q = find(text, mention(text, "Phan Văn K.", EntityType.PERSON), mention(text, "Hòa Lạc", EntityType.LOCATION)).get(0);
    assertThat(q.speaker()).isEqualTo("Phan Văn K.");
    // "Công an TP. X, tỉnh Y cho biết": the body before the province speaks
    String t2 = "Ngày 3/4, Công an TP. Sơn Hà, tỉnh Bắc Lâm cho biết, đơn vị đang điều tra vụ việc.";
    Quote q2 = find(t2, mention(t2, "Công an TP. Sơn Hà", EntityType.ORGANIZATION), mention(t2, "Bắc Lâm", EntityType.LOCATION)).get(0);
    assertThat(q2.speaker()).isEqualTo("Công an TP. Sơn Hà");
  }

  @Test
  void theOutletNguoiDuaTinIsNoVerb() {
    // round 17: "đưa tin" after a capitalised "Người" inside a sentence is the outlet's name
    String text = "Quan sát của phóng viên báo Người đưa tin vào sáng nay, nhiều người dân đã có mặt ở hiện trường.";
    assertThat(find(text)).isEmpty();
  }

  @Test
  void moreUnsourcedReportsAfterCo() {
    // round 17: "có nhiều quan điểm nói …", "đã có rất nhiều ý kiến cho rằng …": no speaker
    String text = "Bộ phim được khen nhiều, nhưng có nhiều quan điểm nói cách kể chuyện còn rời rạc.";
    List<Quote> qs = find(text);
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).speaker()).isNull();
    String t2 = "Sau buổi diễn, đã có rất nhiều ý kiến cho rằng giá vé quá cao.";
    List<Quote> q2 = find(t2);
    assertThat(q2).hasSize(1);
    assertThat(q2.get(0).speaker()).isNull();
  }

  @Test
  void havingToOrResignedlyIsNoPartOfTheSpeaker() {
    // round 17: "họ buộc phải thừa nhận", "gã đành thừa nhận": the subject before the modal speaks
    String text = "Sau nhiều giờ, gã đành thừa nhận mình đã lấy chiếc xe máy.";
    assertThat(find(text).get(0).speaker()).isEqualTo("gã");
    String t2 = "Trước các chứng cứ, mấy người lái xe buộc phải thừa nhận rằng họ đã chạy quá tốc độ.";
    assertThat(find(t2).get(0).speaker()).isEqualTo("mấy người lái xe");
  }

  @Test
  void aSpeechWordAfterASystemOrAMoveIsANoun() {
    // round 17: "hệ thống cảnh báo sớm" (an early-warning system), "là động thái khẳng định …" (a move that affirms)
    String text = "Tỉnh Hòa Lâm vừa lắp đặt hệ thống cảnh báo sớm lũ quét ở ba huyện miền núi.";
    assertThat(find(text)).isEmpty();
    String t2 = "Chuyến đi này là động thái khẳng định quan hệ bền chặt giữa hai thành phố.";
    assertThat(find(t2)).isEmpty();
  }

  @Test
  void anAnswerOrAWayOfSayingIsANoun() {
    // round 18: "câu trả lời" (an answer given), "như cách nói …" (a way of putting it): nouns, nobody speaks
    String text = "Đến nay cơ quan chức năng vẫn chưa có câu trả lời rõ ràng cho bà con xóm Bãi.";
    assertThat(find(text)).isEmpty();
    String t2 = "Chuyến đi ấy không phải để nghỉ ngơi như cách nói hoa mỹ của nhiều người mà là một cuộc vật lộn.";
    assertThat(find(t2)).isEmpty();
    // a name stays a subject: "ông Cách nói"
    String t3 = "Ông Lò Văn Cách nói rằng năm nay lúa được mùa.";
    assertThat(find(t3, mention(t3, "Lò Văn Cách", EntityType.PERSON))).hasSize(1);
  }

  @Test
  void aPlayerOrCoachWithNoNameSpeaksNotTheClub() {
    // round 18: "Tiền vệ của CLB X nói", "ông thầy của Y cho biết": the player or coach, not the club named inside
    String text = "Tiền vệ của CLB Sông Lam nói anh đã bình phục sau chấn thương.";
    assertThat(find(text, mention(text, "CLB Sông Lam", EntityType.ORGANIZATION)).get(0).speaker())
        .isEqualTo("Tiền vệ của CLB Sông Lam");
    String t2 = "Sau trận, ông thầy của Hải Đăng FC cho biết đội sẽ nghỉ hai ngày.";
    assertThat(find(t2, mention(t2, "Hải Đăng FC", EntityType.ORGANIZATION)).get(0).speaker())
        .isEqualTo("ông thầy của Hải Đăng FC");
    // a named player is still the name
    String t3 = "Tiền vệ Trần Văn Khoa nói anh đã bình phục.";
    assertThat(find(t3, mention(t3, "Trần Văn Khoa", EntityType.PERSON)).get(0).speaker()).isEqualTo("Trần Văn Khoa");
  }

  @Test
  void aWishToSayIsNoSpeech() {
    // round 18: "với mong muốn khẳng định …" (entered with the wish to show …): an aim, nobody speaks
    String text = "Chị Hoa dự thi với mong muốn khẳng định rằng nghề gốm ở làng vẫn còn sống.";
    assertThat(find(text, mention(text, "Hoa", EntityType.PERSON))).isEmpty();
    // "Tôi mong muốn nhấn mạnh" is still speech
    String t2 = "Tôi mong muốn nhấn mạnh rằng nghề gốm ở làng vẫn còn sống.";
    assertThat(find(t2)).hasSize(1);
  }

  @Test
  void whomOrWhatOneAnswersIsNoQuote() {
    // round 18: "trả lời báo chí về …", "trả lời câu hỏi của …": the press or the question answered, not what is said
    String text = "Chiều qua, ông Đặng Văn Tư trả lời báo chí về kế hoạch nạo vét kênh Bến Lở.";
    assertThat(find(text, mention(text, "Đặng Văn Tư", EntityType.PERSON))).isEmpty();
    String t2 = "Bà Mai Thị Nguyệt trả lời câu hỏi của cổ đông về cổ tức năm nay.";
    assertThat(find(t2, mention(t2, "Mai Thị Nguyệt", EntityType.PERSON))).isEmpty();
    // "trả lời rằng …" still reports
    String t3 = "Ông Đặng Văn Tư trả lời rằng kênh Bến Lở sẽ được nạo vét trong năm nay.";
    assertThat(find(t3, mention(t3, "Đặng Văn Tư", EntityType.PERSON))).hasSize(1);
    String t4 = "Bà Mai Thị Nguyệt từng trả lời phỏng vấn rằng cổ tức năm nay sẽ tăng.";
    assertThat(find(t4, mention(t4, "Mai Thị Nguyệt", EntityType.PERSON))).hasSize(1);
  }

  @Test
  void aClauseBeforeAnOutletCitingSomeoneIsTheirs() {
    // round 17: "<clause>, AFP dẫn lời X." closing the sentence: the clause is X's, as a clause before "X đưa tin" is X's
    String text = "Mười hai thợ mỏ đã được đưa lên mặt đất an toàn, AFP dẫn lời người phát ngôn của mỏ, ông Karel Novak.";
    List<Quote> qs = find(text, mention(text, "Karel Novak", EntityType.PERSON));
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).text()).isEqualTo("Mười hai thợ mỏ đã được đưa lên mặt đất an toàn");
    assertThat(qs.get(0).speaker()).isEqualTo("Karel Novak");
    // "X dẫn lời Y cho biết …" keeps its own verb and content
    String t2 = "Hãng tin AFP dẫn lời ông Karel Novak cho biết mười hai thợ mỏ đã an toàn.";
    List<Quote> q2 = find(t2, mention(t2, "Karel Novak", EntityType.PERSON));
    assertThat(q2).hasSize(1);
    assertThat(q2.get(0).text()).startsWith("mười hai");
  }

  @Test
  void inWhichIsNoSpeaker() {
    // round 19: "…, trong đó nhiều người cho rằng": the people after "trong đó" speak, not "trong đó"
    String text = "Bài viết nhận được hàng trăm bình luận, trong đó nhiều người cho rằng giá vé quá đắt.";
    List<Quote> qs = find(text);
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).speaker()).isEqualTo("nhiều người");
    // "…bản kế hoạch, trong đó nhấn mạnh …": no speaker is named; "trong đó" is none
    String t2 = "Sở Xây dựng vừa gửi bản kế hoạch mới, trong đó nhấn mạnh rằng mọi công trình phải có giấy phép.";
    for (Quote q : find(t2)) assertThat(q.speaker()).isNotEqualToIgnoringCase("trong đó");
  }

  @Test
  void aShortTailAfterAQuoteIsNoClause() {
    // round 19: '"…", X nói sau trận đấu.': the time, place or outlet after the verb is no reported clause
    String text = "\"Cả đội đã chơi rất kiên nhẫn\", HLV Đỗ Minh Quân nói sau trận đấu.";
    List<Quote> qs = find(text, mention(text, "Đỗ Minh Quân", EntityType.PERSON));
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).text()).isEqualTo("Cả đội đã chơi rất kiên nhẫn");
    String t2 = "\"Chúng tôi chưa nhận được hồ sơ\", bà Lý Thu Hà trả lời đài truyền hình tỉnh.";
    List<Quote> q2 = find(t2, mention(t2, "Lý Thu Hà", EntityType.PERSON));
    assertThat(q2).hasSize(1);
    assertThat(q2.get(0).text()).isEqualTo("Chúng tôi chưa nhận được hồ sơ");
    // a clause after the quote's attribution still reports: '"…", X cho biết các trợ lý sẽ …'
    String t3 = "\"Tôi không dùng mạng\", ông Hồ Văn Tâm cho biết các trợ lý sẽ lo việc đó.";
    assertThat(find(t3, mention(t3, "Hồ Văn Tâm", EntityType.PERSON))).hasSize(2);
    // with no quote before, "sau …" opens a clause as before
    String t4 = "Ông Hồ Văn Tâm cho biết sau Tết sẽ mở thêm hai lớp.";
    assertThat(find(t4, mention(t4, "Hồ Văn Tâm", EntityType.PERSON))).hasSize(1);
  }

  @Test
  void aWarningSignOrSirenIsNoSpeaker() {
    // round 20: "cắm biển cảnh báo …", "còi hú cảnh báo …", "máy bay cảnh báo sớm …": a device that warns, nobody speaks
    assertThat(find("Đội quản lý đường bộ đã cắm biển cảnh báo nguy hiểm ở hai đầu dốc Bàn Cờ.")).isEmpty();
    assertThat(find("Thị trấn Hòa Lạc vẫn thử còi hú cảnh báo lũ quét vào sáng thứ hai đầu tháng.")).isEmpty();
    assertThat(find("Hải quân nước này vừa nhận thêm hai máy bay cảnh báo sớm cho hạm đội phía đông.")).isEmpty();
    // a body that warns still speaks, and "cảnh sát biển" is a body
    String text = "Lực lượng cảnh sát biển cảnh báo tàu cá không nên ra khơi trong ba ngày tới.";
    List<Quote> qs = find(text);
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).speaker()).isEqualTo("Lực lượng cảnh sát biển");
  }

  @Test
  void aCaseOrArticleNamedInMarksIsNoQuote() {
    // round 20: 'Liên quan đến vụ án "…"', 'bài viết "…"', 'cụm từ "…"': a name in marks, nobody says it
    assertThat(find("Công an huyện Mỹ Lâm đã khởi tố vụ án \"cố ý gây thương tích cho người khác tại chợ đêm\" để điều tra.")).isEmpty();
    assertThat(find("Tạp chí Ánh Dương từng đăng bài viết \"Những con đường đất đỏ của vùng cao nguyên phía tây\" trong số đầu năm.")).isEmpty();
    // a speech verb right before the marks still introduces a quote
    String text = "Ông Đào Văn Khiêm nói: \"Chúng tôi sẽ làm rõ vụ việc trong tuần này\".";
    List<Quote> qs = find(text, mention(text, "Đào Văn Khiêm", EntityType.PERSON));
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).speaker()).isEqualTo("Đào Văn Khiêm");
  }

  @Test
  void aTimePhraseWithHoiOrQuicklyIsNoPartOfTheSpeaker() {
    // round 20: "Truyền thông X hồi tháng 7 cho biết" (back in July), "ông Y cũng nhanh chóng nhắc lại rằng" (quickly)
    String text = "Truyền thông Ba Lan hồi tháng 7 cho biết hai bên đã ký thỏa thuận mua bán điện.";
    assertThat(find(text).get(0).speaker()).isEqualTo("Truyền thông Ba Lan");
    String t2 = "Hãng Sao Mai cũng nhanh chóng nhắc lại rằng sản phẩm của hãng không chứa chất cấm.";
    assertThat(find(t2).get(0).speaker()).isEqualTo("Hãng Sao Mai");
    // "phản hồi" (feedback) is no time word
    String t3 = "Khoảng một nửa lượng phản hồi cho rằng phí gửi xe quá cao.";
    assertThat(find(t3).get(0).speaker()).isEqualTo("Khoảng một nửa lượng phản hồi");
  }

  @Test
  void testimonyToThePoliceIsSpeech() {
    // round 20: "bị cáo X khai rằng …", "Y khai: …", "các nhân chứng trình báo rằng …" report speech (round 12's gold)
    String text = "Tại phiên tòa, bị cáo Lò Văn Pọm khai rằng anh ta không biết trong túi có tiền.";
    List<Quote> qs = find(text, mention(text, "Lò Văn Pọm", EntityType.PERSON));
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).speaker()).isEqualTo("Lò Văn Pọm");
    assertThat(qs.get(0).text()).isEqualTo("anh ta không biết trong túi có tiền");
    String t2 = "Sau đó, các nhân chứng trình báo rằng họ thấy một chiếc xe màu xám chạy khỏi hiện trường.";
    assertThat(find(t2)).extracting(Quote::speaker).containsExactly("các nhân chứng");
    // "công khai rằng" (publicly), "triển khai:" (to deploy), "lấy lời khai, …" (a statement taken): no testimony
    assertThat(find("Dự án mới sẽ được triển khai: trước hết ở ba xã ven biển.")).isEmpty();
    assertThat(find("Công an đang lấy lời khai, thu thập chứng cứ tại hiện trường.")).isEmpty();
    String t3 = "Ông Vũ Đình Trác tuyên bố công khai rằng ông sẽ không tái tranh cử.";
    assertThat(find(t3, mention(t3, "Vũ Đình Trác", EntityType.PERSON))).extracting(Quote::verb).containsExactly("tuyên bố");
  }

  @Test
  void anAnswerOpeningASentenceIsNoSpeaker() {
    // round 20: "Câu trả lời là …" at a sentence start: a noun, like the lower-case "câu trả lời" (round 18)
    assertThat(find("Câu trả lời là giá thuê mặt bằng đã tăng gấp đôi.")).isEmpty();
    assertThat(find("Vậy vì sao quán đông? Câu trả lời nằm ở món nước chấm của bà chủ.")).isEmpty();
  }

  @Test
  void aPronounAfterAQuoteIsNotANameInsideIt() {
    // round 21: '"… Lê Văn Bảo …", ông nói thêm': "ông" stands for the man named before the quote, not the one in it
    String text = "Ông Đào Quang Hưng mở tủ kính.\n"
        + "\"Mặt trước đồng xu có chân dung vua Lê Văn Bảo, người đã cho đúc nó\", ông nói thêm.";
    List<Quote> qs = find(text, mention(text, "Đào Quang Hưng", EntityType.PERSON),
        mention(text, "Lê Văn Bảo", EntityType.PERSON));
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).speaker()).isEqualTo("ông Đào Quang Hưng");
  }

  @Test
  void aSpeechVerbInsideAnEarlierQuoteAttributesNothing() {
    // round 21: '"Hàng xóm nói rằng tôi may mắn", "…"': the verb is the first quote's words, not the second's attribution
    String text = "\"Tôi đã sống ở đây ba mươi năm\", bà Vi Thị Lụa nói.\n"
        + "\"Hàng xóm nói rằng tôi may mắn lắm\", \"Các con tôi đều đã có việc làm ổn định ở thành phố\".";
    List<Quote> qs = find(text, mention(text, "Vi Thị Lụa", EntityType.PERSON));
    assertThat(qs).hasSize(3);
    assertThat(qs.get(2).text()).startsWith("Các con tôi");
    assertThat(qs.get(2).speaker()).isEqualTo("Vi Thị Lụa");
  }

  @Test
  void aDescriptionOfSomeoneElseLeavesThePersonBeforeTheComma() {
    // round 21: "X, giáo sư … từ Đại học Y Z cho biết", "ông X – Đặc phái viên của Thủ tướng Y nhấn mạnh": the person
    // after the description's preposition is not the speaker
    String text = "\"Mẫu nước đã sạch\", Hà Minh Đức, giáo sư hóa học từ Đại học Tây Đô Phan Thanh cho biết.";
    List<Quote> qs = find(text, mention(text, "Hà Minh Đức", EntityType.PERSON),
        mention(text, "Phan Thanh", EntityType.PERSON));
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).speaker()).isEqualTo("Hà Minh Đức");
    String t2 = "Ông Lò Văn Sinh – Đặc phái viên của Thủ tướng Kha Văn Tòng nhấn mạnh, hai nước sẽ mở thêm cửa khẩu.";
    List<Quote> q2 = find(t2, mention(t2, "Lò Văn Sinh", EntityType.PERSON), mention(t2, "Kha Văn Tòng", EntityType.PERSON));
    assertThat(q2).hasSize(1);
    assertThat(q2.get(0).speaker()).isEqualTo("Lò Văn Sinh");
    // a person right after the comma still speaks ("Người phát ngôn của X, Y cho biết")
    String t3 = "Người phát ngôn của Thủ tướng Kha Văn Tòng, Lò Văn Sinh cho biết hai nước sẽ mở thêm cửa khẩu.";
    List<Quote> q3 = find(t3, mention(t3, "Kha Văn Tòng", EntityType.PERSON), mention(t3, "Lò Văn Sinh", EntityType.PERSON));
    assertThat(q3).hasSize(1);
    assertThat(q3.get(0).speaker()).isEqualTo("Lò Văn Sinh");
  }

  @Test
  void aSourceOrAnAbbreviatedTitleIsNotTheBodyItNames() {
    // round 21: "một nguồn tin cấp cao X khẳng định": the source speaks, not the body
    String text = "Hãng tin Reuters dẫn một nguồn tin cấp cao Hội Nông Dân khẳng định giá lúa sẽ tăng.";
    List<Quote> qs = find(text, mention(text, "Reuters", EntityType.ORGANIZATION),
        mention(text, "Hội Nông Dân", EntityType.ORGANIZATION));
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).speaker()).isEqualTo("một nguồn tin cấp cao Hội Nông Dân");
    // "bà X, GĐ Công ty Y cho biết": the abbreviated title describes X
    String t2 = "Bà Đinh Thị Hoa, GĐ Công ty Hải sản Sông Cầu cho biết, con cá nặng hơn ba tạ.";
    List<Quote> q2 = find(t2, mention(t2, "Đinh Thị Hoa", EntityType.PERSON),
        mention(t2, "Công ty Hải sản Sông Cầu", EntityType.ORGANIZATION));
    assertThat(q2).hasSize(1);
    assertThat(q2.get(0).speaker()).isEqualTo("Đinh Thị Hoa");
  }

  @Test
  void aTermInsideASentenceInheritsNoSpeaker() {
    // round 21: 'được mô tả là một “…” về …': marks inside a sentence that goes on hold a term, nobody's turn
    String text = "\"Chúng tôi đã chờ cuộc đấu giá này rất lâu\", ông Phùng Văn Khải cho biết.\n"
        + "Đồng xu được mô tả là một “kỷ vật quý hiếm của cả một thời đại” về cuộc chiến năm ấy.";
    List<Quote> qs = find(text, mention(text, "Phùng Văn Khải", EntityType.PERSON));
    Quote term = qs.stream().filter(q -> q.text().startsWith("kỷ vật")).findFirst().orElseThrow();
    assertThat(term.speaker()).isNull();
    // the sentence names the one quoted before: his partial quote stays his
    String t2 = "\"Chúng tôi đã chờ cuộc đấu giá này rất lâu\", ông Phùng Văn Khải cho biết.\n"
        + "Ông Phùng Văn Khải chỉ trích những “hành động đầu cơ có tính toán từ trước” của vài nhà buôn.";
    List<Quote> q2 = find(t2, mention(t2, "Phùng Văn Khải", EntityType.PERSON));
    Quote partial = q2.stream().filter(q -> q.text().startsWith("hành động")).findFirst().orElseThrow();
    assertThat(partial.speaker()).isEqualTo("Phùng Văn Khải");
  }

  @Test
  void coordinatedNamesSpeakTogether() {
    // round 22: "A và B cho biết": both names are the speaker, not the last one
    String text = "Ông Lê Văn Khải và bà Đào Thị Hằng cho biết hai người sẽ mở quán mới.";
    List<Quote> qs = find(text, mention(text, "Lê Văn Khải", EntityType.PERSON), mention(text, "Đào Thị Hằng", EntityType.PERSON));
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).speaker()).isEqualTo("Ông Lê Văn Khải và bà Đào Thị Hằng");
    // after "Cả", with an adverb before the verb
    String t2 = "Cả Peru và Bolivia đều khẳng định sẽ giữ mức thuế cũ.";
    List<Quote> q2 = find(t2, mention(t2, "Peru", EntityType.LOCATION), mention(t2, "Bolivia", EntityType.LOCATION));
    assertThat(q2).hasSize(1);
    assertThat(q2.get(0).speaker()).isEqualTo("Peru và Bolivia");
    // a list of names after a comma
    String t3 = "Sau cuộc họp, Peru, Chile và Bolivia cho biết sẽ lập quỹ chung.";
    List<Quote> q3 = find(t3, mention(t3, "Peru", EntityType.LOCATION), mention(t3, "Chile", EntityType.LOCATION),
        mention(t3, "Bolivia", EntityType.LOCATION));
    assertThat(q3).hasSize(1);
    assertThat(q3.get(0).speaker()).isEqualTo("Peru, Chile và Bolivia");
    // a clause before "và" is no member: the one who admits is the last name
    String t4 = "Công an đã bắt giữ Trần Văn Lộc và Hoàng Minh Sơn thừa nhận đã lấy trộm xe.";
    List<Quote> q4 = find(t4, mention(t4, "Trần Văn Lộc", EntityType.PERSON), mention(t4, "Hoàng Minh Sơn", EntityType.PERSON));
    assertThat(q4).hasSize(1);
    assertThat(q4.get(0).speaker()).isEqualTo("Hoàng Minh Sơn");
    // "Theo X, …" is a source, not a member of the list
    String t5 = "Theo ông Đinh Quang Vũ, Peru và Bolivia cho biết sẽ giữ mức thuế cũ.";
    List<Quote> q5 = find(t5, mention(t5, "Đinh Quang Vũ", EntityType.PERSON), mention(t5, "Peru", EntityType.LOCATION),
        mention(t5, "Bolivia", EntityType.LOCATION));
    assertThat(q5).hasSize(1);
    assertThat(q5.get(0).speaker()).isEqualTo("Peru và Bolivia");
    // a list after a lower-case head keeps the old last member
    String t6 = "Các nước Peru, Chile và Bolivia cho biết sẽ lập quỹ chung.";
    List<Quote> q6 = find(t6, mention(t6, "Peru", EntityType.LOCATION), mention(t6, "Chile", EntityType.LOCATION),
        mention(t6, "Bolivia", EntityType.LOCATION));
    assertThat(q6).hasSize(1);
    assertThat(q6.get(0).speaker()).isNotEqualTo("Chile và Bolivia");
  }

  @Test
  void aGroupOfPeopleBeforeVaJoinsTheSubject() {
    // round 22: "Giới chức X và Y cho rằng", "Các chuyên gia A và B cảnh báo": the group before "và" is part of the speaker
    String text = "Giới chức Peru và phó thủ tướng Bolivia cho rằng con đập đã bị nứt từ trước.";
    List<Quote> qs = find(text, mention(text, "Peru", EntityType.LOCATION), mention(text, "Bolivia", EntityType.LOCATION));
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).speaker()).isEqualTo("Giới chức Peru và phó thủ tướng Bolivia");
    // a body named inside the group does not replace it
    String t2 = "Tuy nhiên, các quan chức Hội Nông dân và giới chuyên gia đều cho rằng giá lúa sẽ giảm.";
    List<Quote> q2 = find(t2, mention(t2, "Hội Nông dân", EntityType.ORGANIZATION));
    assertThat(q2).hasSize(1);
    assertThat(q2.get(0).speaker()).isEqualTo("các quan chức Hội Nông dân và giới chuyên gia");
    // a clause before "và" is no group ("đã" opens a predicate)
    String t3 = "Những cuộc họp này đã bị hoãn và các quan chức cho rằng sẽ không có thoả thuận.";
    List<Quote> q3 = find(t3);
    assertThat(q3).hasSize(1);
    assertThat(q3.get(0).speaker()).isEqualTo("các quan chức");
  }

  @Test
  void aQuoteInsideASentenceWithItsOwnSubjectDoesNotInheritThePreviousSpeaker() {
    // round 23: 'Hãng X tính toán rằng "…"' after another person's quote: the sentence's own subject, named before the
    // mark, is the speaker, not the person quoted before
    String text = "Ông Trần Văn Bảo nói: \u201cChúng tôi sẽ mở rộng cảng cá trong năm nay\u201d.\n"
        + "Hãng Kim Long tính toán rằng \u201cmỗi năm cảng cá sẽ đón thêm khoảng hai trăm con tàu lớn\u201d.";
    List<Quote> qs = find(text, mention(text, "Trần Văn Bảo", EntityType.PERSON), mention(text, "Kim Long", EntityType.ORGANIZATION));
    assertThat(qs).hasSize(2);
    assertThat(qs.get(0).speaker()).isEqualTo("Trần Văn Bảo");
    assertThat(qs.get(1).speaker()).isEqualTo("Kim Long");
    // a quote opening its own paragraph still continues the previous speaker
    String t2 = "Ông Trần Văn Bảo nói: \u201cChúng tôi sẽ mở rộng cảng cá trong năm nay\u201d.\n"
        + "Hãng Kim Long đã góp vốn.\n\u201cMỗi năm cảng cá sẽ đón thêm khoảng hai trăm con tàu lớn\u201d.";
    List<Quote> q2 = find(t2, mention(t2, "Trần Văn Bảo", EntityType.PERSON), mention(t2, "Kim Long", EntityType.ORGANIZATION));
    assertThat(q2).hasSize(2);
    assertThat(q2.get(1).speaker()).isEqualTo("Trần Văn Bảo");
    // a bare pronoun in the sentence refers back ('Theo ông, …'): the previous speaker stays
    String t3 = "Ông Trần Văn Bảo nói: \u201cChúng tôi sẽ mở rộng cảng cá trong năm nay\u201d.\n"
        + "Theo ông, hãng Kim Long sẽ \u201cđón thêm khoảng hai trăm con tàu lớn mỗi năm\u201d.";
    List<Quote> q3 = find(t3, mention(t3, "Trần Văn Bảo", EntityType.PERSON), mention(t3, "Kim Long", EntityType.ORGANIZATION));
    assertThat(q3).hasSize(2);
    assertThat(q3.get(1).speaker()).isEqualTo("Trần Văn Bảo");
    // a place inside the sentence is no subject; one that opens it is ('Bắc Hà coi … là "…"')
    String t4 = "Ông Trần Văn Bảo nói: \u201cChúng tôi sẽ mở rộng cảng cá trong năm nay\u201d.\n"
        + "Bắc Hà coi việc mở rộng cảng cá ở Nam Hà là \u201cmột bước đi liều lĩnh và tốn kém của tỉnh\u201d.";
    List<Quote> q4 = find(t4, mention(t4, "Trần Văn Bảo", EntityType.PERSON), mention(t4, "Bắc Hà", EntityType.LOCATION),
        mention(t4, "Nam Hà", EntityType.LOCATION));
    assertThat(q4).hasSize(2);
    assertThat(q4.get(1).speaker()).isEqualTo("Bắc Hà");
    String t5 = "Ông Trần Văn Bảo nói: \u201cChúng tôi sẽ mở rộng cảng cá trong năm nay\u201d.\n"
        + "Việc mở rộng cảng cá ở Nam Hà sẽ là \u201cmột bước đi cần thiết và hợp lý của tỉnh\u201d.";
    List<Quote> q5 = find(t5, mention(t5, "Trần Văn Bảo", EntityType.PERSON), mention(t5, "Nam Hà", EntityType.LOCATION));
    assertThat(q5).hasSize(2);
    assertThat(q5.get(1).speaker()).isEqualTo("Trần Văn Bảo");
  }

  @Test
  void aVerbClosingTheClauseAfterAQuoteAttributesIt() {
    // round 23: '"…", văn bản nêu.', '"…", một cư dân bức xúc.': verbs read only as the last words of the clause after
    // the quote
    String p = "Ông Trần Văn Bảo nói: \u201cChúng tôi sẽ mở rộng cảng cá trong năm nay\u201d.\n";
    String text = p + "\u201cCác hộ dân phải di dời khỏi bãi bồi trước ngày mười lăm tháng sau\u201d, văn bản nêu.";
    List<Quote> qs = find(text, mention(text, "Trần Văn Bảo", EntityType.PERSON));
    assertThat(qs).hasSize(2);
    assertThat(qs.get(1).speaker()).isEqualTo("văn bản");
    assertThat(qs.get(1).verb()).isEqualTo("nêu");
    String t2 = p + "\u201cĐêm nào xe tải cũng chạy qua đây làm cả xóm mất ngủ\u201d, một cư dân bức xúc.";
    List<Quote> q2 = find(t2, mention(t2, "Trần Văn Bảo", EntityType.PERSON));
    assertThat(q2).hasSize(2);
    assertThat(q2.get(1).speaker()).isEqualTo("một cư dân");
    // an adjective ('rất bức xúc') attributes nothing: the quote continues the speaker before
    String t3 = p + "\u201cĐêm nào xe tải cũng chạy qua đây làm cả xóm mất ngủ\u201d, khiến nhiều người rất bức xúc.";
    List<Quote> q3 = find(t3, mention(t3, "Trần Văn Bảo", EntityType.PERSON));
    assertThat(q3).hasSize(2);
    assertThat(q3.get(1).verb()).isNull();
    // a person opening the clause stays the speaker, not the company in the description
    String t4 = p + "\u201cCần sớm có quy hoạch cho cả vùng bãi bồi ven sông\u201d, ông Lê Văn Hải, phó giám đốc công ty "
        + "Hoà Phong kiến nghị.";
    List<Quote> q4 = find(t4, mention(t4, "Trần Văn Bảo", EntityType.PERSON), mention(t4, "Lê Văn Hải", EntityType.PERSON),
        mention(t4, "Hoà Phong", EntityType.ORGANIZATION));
    assertThat(q4).hasSize(2);
    assertThat(q4.get(1).speaker()).isEqualTo("Lê Văn Hải");
    assertThat(q4.get(1).verb()).isEqualTo("kiến nghị");
  }

  @Test
  void sharingAPictureOrAClipIsNoSpeech() {
    // round 24: "chia sẻ" + a thing shared or where it goes is an object, not a reported clause
    String text = "Ca sĩ Lê Thu Hà vừa chia sẻ hình ảnh con gái đầu lòng trên trang cá nhân.";
    assertThat(find(text, mention(text, "Lê Thu Hà", EntityType.PERSON))).isEmpty();
    String t2 = "Anh Đỗ Văn Khoa đã chia sẻ một đoạn video về chuyến đi lên mạng xã hội.";
    assertThat(find(t2, mention(t2, "Đỗ Văn Khoa", EntityType.PERSON))).isEmpty();
    String t3 = "Các tỉnh sẽ cùng chia sẻ chi phí xây dựng tuyến đường ven biển mới.";
    assertThat(find(t3)).isEmpty();
    // a passive: the clip is shared by someone, nobody speaks
    String t4 = "Theo đoạn phim được kênh Bình Minh chia sẻ, đàn voi đã băng qua con suối vào lúc nửa đêm.";
    assertThat(find(t4, mention(t4, "Bình Minh", EntityType.ORGANIZATION))).isEmpty();
    // still speech: a clause, a colon after the object, an invited speaker, "không giấu được"
    String t5 = "Anh Đỗ Văn Khoa chia sẻ, chuyến đi lần này giúp anh hiểu thêm về quê hương mình.";
    assertThat(find(t5, mention(t5, "Đỗ Văn Khoa", EntityType.PERSON))).hasSize(1);
    String t6 = "Anh Đỗ Văn Khoa chia sẻ cảm xúc sau chuyến đi: \u201cTôi chưa bao giờ thấy quê mình đẹp như vậy\u201d.";
    List<Quote> q6 = find(t6, mention(t6, "Đỗ Văn Khoa", EntityType.PERSON));
    assertThat(q6).isNotEmpty();
    assertThat(q6.get(q6.size() - 1).speaker()).isEqualTo("Đỗ Văn Khoa");
    String t7 = "Bà Lê Thu Hà không giấu được xúc động chia sẻ đây là lần đầu bà được về thăm quê sau ba mươi năm.";
    List<Quote> q7 = find(t7, mention(t7, "Lê Thu Hà", EntityType.PERSON));
    assertThat(q7).hasSize(1);
    assertThat(q7.get(0).speaker()).isEqualTo("Lê Thu Hà");
  }

  @Test
  void aVerbFollowedBySoOrAsAboveReportsNoClause() {
    // round 24: "cho biết như vậy tại …", "phát biểu như trên khi …": the words were given before
    String text = "\u201cChúng tôi sẽ hoàn thành cây cầu trong năm nay\u201d, ông Trần Văn Bảo cho biết như vậy tại buổi họp "
        + "báo chiều qua.";
    List<Quote> qs = find(text, mention(text, "Trần Văn Bảo", EntityType.PERSON));
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).direct()).isTrue();
    String t2 = "Ông Trần Văn Bảo phát biểu như trên tại buổi gặp mặt cử tri sáng qua.";
    assertThat(find(t2, mention(t2, "Trần Văn Bảo", EntityType.PERSON))).isEmpty();
    // "như vậy là …" opens a clause: it is reported
    String t3 = "Nhiều hộ dân cho rằng như vậy là chưa công bằng với những người ở xa.";
    assertThat(find(t3)).hasSize(1);
    // "nghe nói rằng …": hearsay, nobody named speaks
    String t4 = "Bà cụ từng nghe nói rằng ngôi chùa trên núi đã có từ thời vua Lê.";
    assertThat(find(t4)).isEmpty();
  }

  @Test
  void aRelativeDescriptionAfterTheCommaDescribesTheOneNamedBefore() {
    // round 24: "X, người sẽ khoác áo Y từ năm sau chia sẻ": X speaks, not the club in the description
    String text = "Trong khi đó, Lê Văn Hải, người sẽ khoác áo Hoà Phong từ năm sau chia sẻ: \u201cTôi muốn thử sức ở "
        + "một đội bóng mới\u201d.";
    List<Quote> qs = find(text, mention(text, "Lê Văn Hải", EntityType.PERSON), mention(text, "Hoà Phong", EntityType.ORGANIZATION));
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).speaker()).isEqualTo("Lê Văn Hải");
    String t2 = "Bà Trần Thu Ba, người từng là đối thủ của ông Đỗ Minh, cho biết cuộc đua năm nay sẽ rất khó đoán.";
    List<Quote> q2 = find(t2, mention(t2, "Trần Thu Ba", EntityType.PERSON), mention(t2, "Đỗ Minh", EntityType.PERSON));
    assertThat(q2).hasSize(1);
    assertThat(q2.get(0).speaker()).isEqualTo("Trần Thu Ba");
  }

  @Test
  void namesOfEventsProjectsAndCountsInMarksAreNoQuotes() {
    // round 24: 'tại hội thảo "…"', 'Đề án “…”', 'được mệnh danh là "…"', 'có tên là "…"': names, nobody says them
    String p = "Ông Trần Văn Bảo nói: \u201cChúng tôi sẽ mở rộng cảng cá trong năm nay\u201d.\n";
    String text = p + "Tỉnh đã phê duyệt Đề án \u201cPhát triển nghề cá bền vững ven biển Nam Hà\u201d trong tháng này.";
    assertThat(find(text, mention(text, "Trần Văn Bảo", EntityType.PERSON))).hasSize(1);
    String t2 = p + "Thông tin được đưa ra tại hội thảo \"Nghề cá và biến đổi khí hậu ở Nam Hà\" sáng qua.";
    assertThat(find(t2, mention(t2, "Trần Văn Bảo", EntityType.PERSON))).hasSize(1);
    String t3 = p + "Cảng cá này được mệnh danh là \"viên ngọc của vùng biển phía nam\".";
    assertThat(find(t3, mention(t3, "Trần Văn Bảo", EntityType.PERSON))).hasSize(1);
    // "hàng nghìn lượt bình luận và chia sẻ": counts, not speech; "lần lượt xác nhận" (in turn) still speaks
    String t4 = "Bài đăng nhận được hàng nghìn lượt bình luận và chia sẻ chỉ sau một buổi tối.";
    assertThat(find(t4)).isEmpty();
    String t5 = "Các câu lạc bộ Hoà Phong và Kim Long lần lượt xác nhận sẽ tăng giá vé từ mùa sau.";
    assertThat(find(t5, mention(t5, "Hoà Phong", EntityType.ORGANIZATION), mention(t5, "Kim Long", EntityType.ORGANIZATION)))
        .hasSize(1);
  }

  @Test
  void aQuoteRunningOverParagraphsClosesWithEitherMarkOrAtItsParagraphEnd() {
    // round 24: "“A.\nB"." closed paragraphs on by the other kind of mark, with a speech verb at its side
    String text = "Bà Lê Thu Hà kể: \u201cCon mèo nhảy lên bàn rồi làm vỡ mấy cái chén.\nCả nhà chạy lại xem thì nó đã trốn vào gầm tủ\".";
    List<Quote> qs = find(text, mention(text, "Lê Thu Hà", EntityType.PERSON));
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).text()).startsWith("Con mèo").endsWith("gầm tủ");
    assertThat(qs.get(0).speaker()).isEqualTo("Lê Thu Hà");
    // '"A.\n"B."': each paragraph of the speech opens with the mark, only the last closes; the first is a quote too
    String t2 = "Ông Trần Văn Bảo nói: \"Đây là mùa giải cuối cùng của tôi ở câu lạc bộ này\".\n"
        + "\"Tôi sẽ nhớ mãi những buổi tập sáng sớm trên sân cỏ ở đây.\n"
        + "\"Chúng tôi đã cố gắng đến phút cuối cùng của trận đấu.\"";
    List<Quote> q2 = find(t2, mention(t2, "Trần Văn Bảo", EntityType.PERSON));
    assertThat(q2).hasSize(3);
    assertThat(q2.get(1).text()).startsWith("Tôi sẽ").endsWith("ở đây.");
    assertThat(q2.get(1).speaker()).isEqualTo("Trần Văn Bảo");
    assertThat(q2.get(2).speaker()).isEqualTo("Trần Văn Bảo");
  }

  @Test
  void aMannerTopicOrTimeTailAfterAQuoteIsNoReportedClause() {
    // round 25: after '"…", X <verb>' the words are given; what follows the verb to the sentence's end is how, about
    // what, when or where it was said, not a clause, however long
    String t1 = "\"Chúng tôi sẽ trở lại vào mùa sau\", Lê Thu Hà vui vẻ chia sẻ thông qua trang cá nhân trên mạng xã hội Zalo.";
    List<Quote> q1 = find(t1, mention(t1, "Lê Thu Hà", EntityType.PERSON));
    assertThat(q1).hasSize(1);
    assertThat(q1.get(0).direct()).isTrue();
    String t2 = "\"Tôi không biết phải làm gì nữa\", bà Lê Thu Hà nói, giọng nghẹn ngào vì xúc động.";
    assertThat(find(t2, mention(t2, "Lê Thu Hà", EntityType.PERSON))).hasSize(1);
    String t3 = "\"Đây là một sai lầm lớn\", ông Trần Văn Bảo nói, ám chỉ quyết định tăng phí bến bãi của thành phố.";
    assertThat(find(t3, mention(t3, "Trần Văn Bảo", EntityType.PERSON))).hasSize(1);
    String t4 = "\"Chúng tôi chưa nhận được hồ sơ\", ông Trần Văn Bảo nói khi được hỏi về tiến độ của dự án cảng cá.";
    assertThat(find(t4, mention(t4, "Trần Văn Bảo", EntityType.PERSON))).hasSize(1);
    // a clause of its own after the comma (a clause adverb, or a comma after the opening phrase) is still reported
    String t5 = "\"Việc này cần làm ngay\", ông Trần Văn Bảo cho biết, trong năm nay thành phố sẽ xây thêm hai cây cầu.";
    assertThat(find(t5, mention(t5, "Trần Văn Bảo", EntityType.PERSON))).hasSize(2);
    String t6 = "\"Việc này cần làm ngay\", ông Trần Văn Bảo cho biết, khi mùa mưa đến, nước sông dâng cao rất nhanh.";
    assertThat(find(t6, mention(t6, "Trần Văn Bảo", EntityType.PERSON))).hasSize(2);
    // a speech whose opening mark is paragraphs up, closed before the attribution: the tail is still no clause
    String t7 = "Bà Lê Thu Hà đứng nhìn vườn cam ngập nước.\n\" Nước lên quá nhanh trong đêm.\nChúng tôi không kịp làm gì.\n"
        + "Cả nhà thức trắng để chuyển đồ.\nSáng ra thì vườn đã ngập hết \", bà Lê Thu Hà nói, giọng nghẹn ngào.";
    for (Quote q : find(t7, mention(t7, "Lê Thu Hà", EntityType.PERSON))) assertThat(q.text()).doesNotStartWith("giọng");
    // a title in marks inside the subject is no quote before it: the clause after the verb is reported
    String t8 = "Ông Trần Văn Bảo, tác giả cuốn sách \"Biển và người\", cho hay ngày hội làng nằm trong dịp đẹp nhất của năm.";
    assertThat(find(t8, mention(t8, "Trần Văn Bảo", EntityType.PERSON))).hasSize(1);
  }

  @Test
  void aRelationBeforeACapitalisedNameIsTheSpeaker() {
    // round 25: "vợ X nói", "Gia đình Y cho biết": X's wife, Y's family speak, not X or Y
    String t1 = "\"Anh ấy sẽ không bỏ cuộc đâu\", vợ Trần Văn Bảo nói với báo chí địa phương.";
    List<Quote> q1 = find(t1, mention(t1, "Trần Văn Bảo", EntityType.PERSON));
    assertThat(q1).hasSize(1);
    assertThat(q1.get(0).speaker()).isEqualTo("vợ Trần Văn Bảo");
    String t2 = "Gia đình Lê Thu Hà cho biết cô đã rời nhà từ sáng sớm hôm qua.";
    List<Quote> q2 = find(t2, mention(t2, "Lê Thu Hà", EntityType.PERSON));
    assertThat(q2).hasSize(1);
    assertThat(q2.get(0).speaker()).isEqualTo("Gia đình Lê Thu Hà");
    // a title before a name names the person ("Luật sư X", "bạn X")
    String t3 = "Luật sư Trần Văn Bảo cho biết thân chủ của ông sẽ kháng cáo trong tuần tới.";
    List<Quote> q3 = find(t3, mention(t3, "Trần Văn Bảo", EntityType.PERSON));
    assertThat(q3).hasSize(1);
    assertThat(q3.get(0).speaker()).isEqualTo("Trần Văn Bảo");
  }

  @Test
  void aPronounRightAfterAQuoteGoesOnWithItsSpeakerNotANameInsideIt() {
    // round 25: "X cho rằng A (naming Y). Ông còn tuyên bố B": the pronoun is X, not Y named inside A
    String text = "Ông Trần Văn Bảo khẳng định câu lạc bộ sẽ không bán ông Lê Minh Tâm với bất cứ giá nào.\n"
        + "Thậm chí, ông còn tuyên bố chắc nịch rằng đội bóng sẽ gia hạn hợp đồng thêm ba năm.";
    List<Quote> qs = find(text, mention(text, "Trần Văn Bảo", EntityType.PERSON), mention(text, "Lê Minh Tâm", EntityType.PERSON));
    assertThat(qs).hasSize(2);
    assertThat(qs.get(1).speaker()).isEqualTo("ông Trần Văn Bảo");
    // with no quote right before, the nearest name is still the antecedent
    String t2 = "Ông Lê Minh Tâm đến sân tập từ sáng sớm.\nÔng cho biết đội bóng sẽ gia hạn hợp đồng thêm ba năm.";
    List<Quote> q2 = find(t2, mention(t2, "Lê Minh Tâm", EntityType.PERSON));
    assertThat(q2).hasSize(1);
    assertThat(q2.get(0).speaker()).isEqualTo("ông Lê Minh Tâm");
  }

  @Test
  void aSharedSubjectVerbReportsAClauseThatOpensWithItsOwnSubjectOrTense() {
    // round 26: "…, song cho biết …", "… và khẳng định <Name> …", "… thẩm định, xác nhận đây là …", "… và thông báo sẽ …"
    String t1 = "Tờ Tin Nhanh không nêu rõ giá bán của mẫu xe mới, song cho biết đây là mẫu xe chạy nhanh nhất của hãng.";
    List<Quote> q1 = find(t1, mention(t1, "Tin Nhanh", EntityType.ORGANIZATION));
    assertThat(q1).hasSize(1);
    assertThat(q1.get(0).text()).startsWith("đây là mẫu xe");
    String t2 = "Ông Trần Văn Bảo đã nộp đơn kiện và khẳng định Lam Sơn phải chịu trách nhiệm về vụ cháy kho hàng.";
    List<Quote> q2 = find(t2, mention(t2, "Trần Văn Bảo", EntityType.PERSON), mention(t2, "Lam Sơn", EntityType.ORGANIZATION));
    assertThat(q2).hasSize(1);
    assertThat(q2.get(0).text()).startsWith("Lam Sơn phải chịu");
    assertThat(q2.get(0).speaker()).isEqualTo("Trần Văn Bảo");
    String t3 = "Ông Lê Minh Tâm kêu gọi người dân tránh xa bờ sông và thông báo sẽ đóng cửa cây cầu tới cuối tuần.";
    List<Quote> q3 = find(t3, mention(t3, "Lê Minh Tâm", EntityType.PERSON));
    assertThat(q3).hasSize(1);
    assertThat(q3.get(0).text()).startsWith("sẽ đóng cửa");
    // an object after such a verb is still no clause ("và khẳng định vị thế", "và chia sẻ nó với …")
    String t4 = "Ông Lê Minh Tâm nấu một nồi canh lớn và chia sẻ nó với các thành viên trong làng vào dịp lễ.";
    assertThat(find(t4, mention(t4, "Lê Minh Tâm", EntityType.PERSON))).isEmpty();
    String t5 = "Ông Trần Văn Bảo giành chiến thắng ở vòng cuối và khẳng định vị thế số một của mình trong làng cờ.";
    assertThat(find(t5, mention(t5, "Trần Văn Bảo", EntityType.PERSON))).isEmpty();
  }

  @Test
  void capitalisedPhrasesListedInMarksAreLabelsNotQuotes() {
    // round 26: names of courses, charges or prizes listed in marks ("A", "B" và "C") are not speech
    String t1 = "Bà Lê Thu Hà mở một lớp học mới ở làng.\nChương trình gồm các môn \"Phụ nữ, hòa bình và an ninh làng xã\","
        + " \"Giới tính và quân sự thời nay\" và \"Giới tính và quyền con người trong làng\".";
    assertThat(find(t1, mention(t1, "Lê Thu Hà", EntityType.PERSON))).isEmpty();
    // a list of remarks, with a person speaking or addressed, stays quoted
    String t2 = "Ông Trần Văn Bảo đọc lại các bình luận.\n\"Tôi thấy trận này đội chơi rất hay\", \"Cảm ơn anh đã cố gắng"
        + " hết sức\".";
    assertThat(find(t2, mention(t2, "Trần Văn Bảo", EntityType.PERSON))).hasSize(2);
  }

  @Test
  void aSecondSpeechVerbJoinedByVaOpensTheContent() {
    // round 26: '"…", ông X nói và cho biết A': A starts after the second verb, not at "và"
    String t1 = "\"Chúng tôi sẽ làm hết sức mình để sửa lại cây cầu\", ông Trần Văn Bảo nói và cho biết sau khi nước rút"
        + " đội thợ sẽ quay lại làng.";
    List<Quote> q1 = find(t1, mention(t1, "Trần Văn Bảo", EntityType.PERSON));
    assertThat(q1).hasSize(2);
    assertThat(q1.get(1).text()).startsWith("sau khi nước rút");
    assertThat(q1.get(1).speaker()).isEqualTo("Trần Văn Bảo");
  }
}
