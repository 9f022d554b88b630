package dev.storyline.analysis.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.storyline.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 13: the evidence for a person behind one unknown foreign word, measured per kind of evidence on a precision
 * audit of 150 unannotated articles (own sentences, invented names, no corpus text).
 */
class EntityRecognizerRound13Test {

  private static List<org.assertj.core.groups.Tuple> found(String text) { return EntityFinds.found(text); }

  private static List<String> texts(String text) { return EntityFinds.texts(text); }

  @Test
  void aLoneForeignWordWithNoEvidenceOfAPersonIsNoPerson() {
    // A vaccine, a device and a people named by one unknown word, none of them cued or speaking.
    assertThat(texts("Bệnh viện tiếp tục tiêm vắc xin Dorvax cho các tình nguyện viên trong tuần này."))
        .doesNotContain("Dorvax");
    assertThat(texts("Nhóm nghiên cứu đã tạo ra Lumicam, một chiếc máy ảnh nhỏ. Lumicam nặng chưa tới 50 gram."))
        .doesNotContain("Lumicam");
    assertThat(texts("Các nhà khảo cổ tin rằng người Valdrek đã sống ở thung lũng này từ rất sớm."))
        .doesNotContain("Valdrek");
  }

  @Test
  void aLoneForeignWordThatSpeaksOrIsAgedStaysAPerson() {
    assertThat(found("Những con số này khiến nhiều người lo lắng. Sáng nay, Morvath cho biết nhóm sẽ công bố thêm dữ liệu."))
        .contains(tuple("Morvath", EntityType.PERSON));
    assertThat(found("Tối qua, Kelvaro (34 tuổi) bị cướp chiếc túi ngay trước cửa nhà."))
        .contains(tuple("Kelvaro", EntityType.PERSON));
  }

  @Test
  void anAppositionOrARoleNamingAPersonIsEvidence() {
    assertThat(found("Theo truyền thuyết, hang đá này là nơi ở của Zarmun, một người khổng lồ trong thần thoại."))
        .contains(tuple("Zarmun", EntityType.PERSON));
    assertThat(found("Bộ phim kể về cô gái nghèo. Trong phim, cô vào vai Telmira khi còn nhỏ."))
        .contains(tuple("Telmira", EntityType.PERSON));
    assertThat(found("Ông không muốn con gái đầu lòng là Ferisa bị chú ý quá nhiều."))
        .contains(tuple("Ferisa", EntityType.PERSON));
  }

  @Test
  void aNameListedNextToAPersonIsAPerson() {
    assertThat(found("Trong đêm nhạc, Trịnh Hoài Lam và Velanka đã song ca hai bài hát mới."))
        .contains(tuple("Velanka", EntityType.PERSON));
    // Along a list: the second lone name is next to the first, which is next to a cued person.
    assertThat(found("Sân khấu có sự góp mặt của ca sĩ Dorian Malle, Skarlo, Venick và nhiều nghệ sĩ khác."))
        .contains(tuple("Skarlo", EntityType.PERSON), tuple("Venick", EntityType.PERSON));
  }

  @Test
  void aNameTheArticleCuesElsewhereStaysAPersonEverywhere() {
    assertThat(found("Ông Brandel nói rằng dự án sẽ xong vào năm sau. Sau cuộc họp, Brandel về nước."))
        .contains(tuple("Brandel", EntityType.PERSON))
        .filteredOn(t -> t.toArray()[0].equals("Brandel")).hasSize(2);
  }

  @Test
  void sportsReportsKeepBarePlayerNames() {
    // Players are named bare in match reports; the rule leaves such articles alone.
    assertThat(found("Phút 30, Kovrin chuyền cho Dalmeo dứt điểm tung lưới đội khách. HLV Ruiz Pena rất hài lòng."))
        .contains(tuple("Kovrin", EntityType.PERSON), tuple("Dalmeo", EntityType.PERSON));
  }

  @Test
  void husbandAndWifeCuesNameAPersonNotACommune() {
    assertThat(found("Hôm qua, bà xã Lò Thị Vân đã cùng chồng dự lễ khai mạc."))
        .contains(tuple("Lò Thị Vân", EntityType.PERSON))
        .doesNotContain(tuple("Lò Thị Vân", EntityType.LOCATION));
  }

  @Test
  void foreignNamesOnAClosingSourceLineAreOutlets() {
    assertThat(found("Ngôi làng nằm bên bờ hồ lớn nhất vùng.\nMinh Trà\nTheo Travoria/ Kelmont Herald"))
        .contains(tuple("Travoria", EntityType.ORGANIZATION), tuple("Kelmont Herald", EntityType.ORGANIZATION),
            tuple("Minh Trà", EntityType.PERSON));
    // A reporter credited with "Theo" keeps her Vietnamese name; a "Theo" sentence in the body is no source line.
    assertThat(found("Ngôi làng nằm bên bờ hồ lớn nhất vùng.\nTheo Lưu Diễm"))
        .contains(tuple("Lưu Diễm", EntityType.PERSON));
    assertThat(found("Theo Kelmont Sand, dự án sẽ khởi công vào tháng tới.\nCâu chuyện còn dài.\nDòng thứ ba.\nMinh Trà"))
        .contains(tuple("Kelmont Sand", EntityType.PERSON));
  }

  @Test
  void anAcronymOpeningAHeadingInCapitalsIsNoBody() {
    assertThat(texts("CA BỆNH 9123 ghi nhận tại tỉnh Hòa Bình\nBệnh nhân là nam, 41 tuổi."))
        .doesNotContain("CA").contains("Hòa Bình");
    // An acronym before an abbreviation or a place level stays a body.
    assertThat(found("Ông đã nộp hồ sơ lên UBND TP Cần Thơ hôm qua."))
        .extracting(t -> t.toArray()[1]).contains(EntityType.ORGANIZATION);
  }

  @Test
  void aMinistryOrSchoolNameGoesOnOverItsLowerCasePortfolioWords() {
    assertThat(texts("Sở Nông nghiệp và phát triển nông thôn tỉnh Yên Bái đã kiểm tra ba trang trại."))
        .contains("Sở Nông nghiệp và phát triển nông thôn tỉnh Yên Bái");
    assertThat(texts("Chị Lam từng học trường ĐH Kinh tế quốc dân trước khi sang Nhật."))
        .contains("trường ĐH Kinh tế quốc dân");
    assertThat(texts("Bộ Thông tin và truyền thông vừa gửi văn bản."))
        .contains("Bộ Thông tin và truyền thông");
  }

  @Test
  void aSpeakerPhraseKnownToNameSomeoneNeedsNoEvidence() {
    String speaker = "Velmoran";
    assertThat(new EntityRecognizer().find(speaker, List.of(new dev.storyline.model.Sentence(0, speaker.length())), true))
        .extracting(m -> m.text() + "/" + m.type()).containsExactly("Velmoran/PERSON");
  }

  @Test
  void aForeignRunOpeningWithTheNeedsEvidenceToo() {
    assertThat(found("Cô từng góp mặt trong phim truyền hình The Velvet Hour của đài lớn nhất nước."))
        .doesNotContain(tuple("The Velvet Hour", EntityType.PERSON));
    assertThat(found("Tối qua, ca sĩ The Marlowe biểu diễn ba bài hát mới. The Marlowe cho biết sẽ lưu diễn."))
        .contains(tuple("The Marlowe", EntityType.PERSON));
  }
}
