package dev.storyline.analysis.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.storyline.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rules found by reading predictions on unannotated articles: titles, codes, brands, places, outlets. */
class EntityRecognizerRound3Test {

  private static List<org.assertj.core.groups.Tuple> found(String text) { return EntityFinds.found(text); }

  private static List<String> texts(String text) { return EntityFinds.texts(text); }

  @Test
  void dottedAcademicTitlesArePersonCuesNotBodies() {
    assertThat(found("Hội thảo có sự tham gia của PGS.TS Đinh Văn Khải và nhiều chuyên gia."))
        .containsExactly(tuple("Đinh Văn Khải", EntityType.PERSON));
    assertThat(found("Theo ThS.BS Lò Thị Mến, bệnh nhân đã ổn định."))
        .containsExactly(tuple("Lò Thị Mến", EntityType.PERSON));
  }

  @Test
  void patientFlightAndExamBlockCodesAreNotNames() {
    assertThat(texts("Bệnh nhân BN1234 đi chuyến bay VJ3456 về nước hôm qua.")).isEmpty();
    assertThat(texts("Ngành này xét tuyển các khối A00, A01 và D07 trong năm nay.")).isEmpty();
    assertThat(texts("Biến thể B.1.617 lây nhanh hơn biến thể B1.1.7 ở nhiều nơi.")).isEmpty();
  }

  @Test
  void modelNamesWithShortNumbersStayNames() {
    assertThat(found("Giống lúa ST25 được bán với giá cao trong dịp này."))
        .contains(tuple("ST25", EntityType.MISC));
  }

  @Test
  void aVietnameseWordShoutedInCapitalsIsNotAnAcronym() {
    assertThat(texts("- CA BỆNH 1234 được ghi nhận tại khu cách ly.")).doesNotContain("BỆNH");
  }

  @Test
  void oneWordBrandsEndingInACompanyWordAreOrganisations() {
    assertThat(found("Khách hàng của Zenithbank được miễn phí chuyển tiền."))
        .contains(tuple("Zenithbank", EntityType.ORGANIZATION));
  }

  @Test
  void aGivenNameAloneNamesThePersonMetEarlier() {
    assertThat(found("Đối tượng Lường Văn Khởi bị bắt giữ hôm qua. Trước đó, Khởi đã lấy trộm xe máy."))
        .contains(tuple("Khởi", EntityType.PERSON));
  }

  @Test
  void aRegnalNumberBelongsToTheName() {
    assertThat(found("Bức ảnh chụp Nữ hoàng Victoria II khi còn trẻ."))
        .contains(tuple("Victoria II", EntityType.PERSON));
  }

  @Test
  void aTitleEndsBeforeTheCapitalisedHeadOfABody() {
    // Round 14: a title of its own ("Ủy viên"); after "Trưởng", whose word holds the board's head, the guidelines (round
    // 11) annotate no body, so "Trưởng Ban …" now gives none (EntityRecognizerRound14Test).
    assertThat(found("Ông Lê Hữu Tâm, Ủy viên Ban Dân vận Trung ương, phát biểu tại buổi lễ."))
        .contains(tuple("Ban Dân vận Trung ương", EntityType.ORGANIZATION))
        .doesNotContain(tuple("Dân", EntityType.PERSON));
    assertThat(found("Ông Lê Hữu Tâm, Trưởng Ban Dân vận Trung ương, phát biểu tại buổi lễ."))
        .doesNotContain(tuple("Dân", EntityType.PERSON));
  }

  @Test
  void aFormerStateAndACelestialBodyArePlaces() {
    assertThat(found("Nhà khoa học từng làm việc ở Liên Xô trước khi nghiên cứu Sao Hỏa."))
        .contains(tuple("Liên Xô", EntityType.LOCATION), tuple("Sao Hỏa", EntityType.LOCATION));
  }

  @Test
  void diseasesAndTechnicalAbbreviationsAreNotNames() {
    assertThat(texts("Người mắc bệnh Alzheimer cần dùng máy có cảm biến CMOS.")).isEmpty();
  }

  @Test
  void aCountrySyllableInsideAVietnameseNameDoesNotSplitIt() {
    assertThat(texts("Căn hộ nằm trong khu đô thị Phú Mỹ Hưng ở phía nam.")).contains("Phú Mỹ Hưng").doesNotContain("Mỹ");
  }

  @Test
  void aRunBeforeACommaAndAStateIsAPlace() {
    assertThat(found("Cô gái đến từ Fort Worthy, Texas đã giành giải nhất."))
        .contains(tuple("Fort Worthy", EntityType.LOCATION));
  }

  @Test
  void aNameThatReportsNewsIsAnOutlet() {
    assertThat(found("Dailyview đưa tin, vụ việc xảy ra vào đêm qua."))
        .contains(tuple("Dailyview", EntityType.ORGANIZATION));
  }

  @Test
  void aDashJoinsTwoPartsOfADepartmentName() {
    assertThat(texts("Theo Sở Văn hóa - Thể thao và Du lịch tỉnh Quảng Nam, lễ hội sẽ kéo dài ba ngày."))
        .contains("Sở Văn hóa - Thể thao và Du lịch tỉnh Quảng Nam");
  }

  @Test
  void aCommaBeforeTheLastItemOfAListKeepsItsType() {
    assertThat(found("Các tỉnh bị phong tỏa gồm tỉnh Bokeo, Saravane, và Wattay."))
        .contains(tuple("Wattay", EntityType.LOCATION));
  }
}
