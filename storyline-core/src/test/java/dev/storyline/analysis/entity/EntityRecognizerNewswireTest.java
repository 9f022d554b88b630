package dev.storyline.analysis.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.storyline.model.EntityMention;
import dev.storyline.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Vietnamese newswire patterns: institution names, local bodies, bylines, lone foreign names, works and models. */
class EntityRecognizerNewswireTest {

  private static List<org.assertj.core.groups.Tuple> found(String text) { return EntityFinds.found(text); }

  @Test
  void ministryNameCarriesOnOverLowerCaseWords() {
    assertThat(found("Hôm qua Bộ Nông nghiệp và Phát triển nông thôn đã họp với các tỉnh."))
        .contains(tuple("Bộ Nông nghiệp và Phát triển nông thôn", EntityType.ORGANIZATION));
    assertThat(found("Theo dự báo của Trung tâm Dự báo khí tượng thủy văn quốc gia, mưa còn kéo dài."))
        .contains(tuple("Trung tâm Dự báo khí tượng thủy văn quốc gia", EntityType.ORGANIZATION));
  }

  @Test
  void aVerbAfterAnInstitutionEndsItsName() {
    assertThat(found("Hôm qua Bộ GD&ĐT yêu cầu Đoàn Thanh tra báo cáo."))
        .contains(tuple("Bộ GD&ĐT", EntityType.ORGANIZATION));
    assertThat(found("Sở đã yêu cầu Trường THPT Lạc Long xác minh vụ việc."))
        .contains(tuple("Trường THPT Lạc Long", EntityType.ORGANIZATION));
    assertThat(found("Cô học ở Học viện Ngoại ngữ và Văn hóa từ năm ngoái."))
        .contains(tuple("Học viện Ngoại ngữ và Văn hóa", EntityType.ORGANIZATION));
  }

  @Test
  void localBodiesTakeTheirAdministrativeLevelAndPlace() {
    assertThat(found("Chiều nay UBND xã Hòa Lạc và Ủy ban nhân dân tỉnh Quảng Ngãi đã họp."))
        .containsExactly(tuple("UBND xã Hòa Lạc", EntityType.ORGANIZATION),
            tuple("Ủy ban nhân dân tỉnh Quảng Ngãi", EntityType.ORGANIZATION));
    assertThat(found("Phó giám đốc Sở GD&ĐT TP Đà Nẵng xác nhận sự việc."))
        .contains(tuple("Sở GD&ĐT TP Đà Nẵng", EntityType.ORGANIZATION));
    assertThat(found("Kết quả do CDC Hà Nam công bố."))
        .containsExactly(tuple("CDC Hà Nam", EntityType.ORGANIZATION));
  }

  @Test
  void aPersonAfterAnAdministrativeLevelIsNotThePlace() {
    assertThat(found("Chủ tịch UBND thành phố Phạm Văn Lộc phát biểu."))
        .containsExactly(tuple("UBND", EntityType.ORGANIZATION), tuple("Phạm Văn Lộc", EntityType.PERSON));
  }

  @Test
  void aNationalBodyIncludesItsCountry() {
    assertThat(found("Người phát ngôn Bộ Ngoại giao Philippines cho biết tàu đã rời đi."))
        .contains(tuple("Bộ Ngoại giao Philippines", EntityType.ORGANIZATION));
    assertThat(found("Ông nói Hải quân Mỹ đã có đủ tàu."))
        .containsExactly(tuple("Hải quân Mỹ", EntityType.ORGANIZATION));
  }

  @Test
  void cuedPlacesKeepTheirWholeNameAndWardNumber() {
    assertThat(found("Ông sống ở thôn Đông Xá, phường Mỹ Đình 2 từ năm ngoái."))
        .containsExactly(tuple("Đông Xá", EntityType.LOCATION), tuple("Mỹ Đình 2", EntityType.LOCATION));
    assertThat(found("Tàu lạ xuất hiện gần quần đảo Trường Sa."))
        .containsExactly(tuple("Trường Sa", EntityType.LOCATION));
  }

  @Test
  void bylineAndSourceLinesAreAPersonAndAnOrganisation() {
    assertThat(found("Giá xăng giảm nhẹ trong tuần.\nHồng Nhung\nTheo Bloomberg"))
        .containsExactly(tuple("Hồng Nhung", EntityType.PERSON), tuple("Bloomberg", EntityType.ORGANIZATION));
    assertThat(found("Giá xăng giảm nhẹ trong tuần.\nHồng NhungTheo Kitco"))
        .containsExactly(tuple("Hồng Nhung", EntityType.PERSON), tuple("Kitco", EntityType.ORGANIZATION));
    assertThat(found("Giá xăng giảm nhẹ trong tuần.\nĐức Toàn")).containsExactly(tuple("Đức Toàn", EntityType.PERSON));
  }

  @Test
  void loneForeignWordIsAPersonOrAPlaceAfterTai() {
    assertThat(found("Trận đấu tối qua, Ronaldinho ghi hai bàn."))
        .containsExactly(tuple("Ronaldinho", EntityType.PERSON));
    assertThat(found("Hãng sẽ đóng cửa nhà máy tại Pune và Nashik tuần tới."))
        .containsExactly(tuple("Pune", EntityType.LOCATION), tuple("Nashik", EntityType.LOCATION));
    assertThat(found("Khách từ Hải Phòng về Tiên Lãng bằng xe buýt."))
        .containsExactly(tuple("Hải Phòng", EntityType.LOCATION), tuple("Tiên Lãng", EntityType.LOCATION));
  }

  @Test
  void capitalisedVietnameseCommonWordsAndNumeralsAreNotNames() {
    assertThat(found("Đại biểu Quốc hội khóa XV đã họp về CNTT.")).containsExactly(tuple("Quốc hội", EntityType.ORGANIZATION));
    assertThat(found("Bà ấy nói thạo tiếng Tây Ban Nha và tiếng Đức.")).isEmpty();
  }

  @Test
  void initialsAreAPerson() {
    assertThat(found("Nam bệnh nhân N.T.K. nhập cảnh từ Nhật Bản."))
        .containsExactly(tuple("N.T.K.", EntityType.PERSON), tuple("Nhật Bản", EntityType.LOCATION));
    assertThat(found("Khi đó Tổng thống John F. Kennedy phát biểu."))
        .containsExactly(tuple("John F. Kennedy", EntityType.PERSON));
  }

  @Test
  void worksEventsAndModelsAreMisc() {
    assertThat(found("Cô vừa ra ca khúc \"Blue Summer Night\" trước thềm SEA Games 31."))
        .containsExactly(tuple("Blue Summer Night", EntityType.MISC), tuple("SEA Games 31", EntityType.MISC));
    assertThat(found("Anh mua chiếc Samsung Galaxy A52 hồi năm ngoái, còn hãng Toyota Kirloskar Motor thì lỗ."))
        .containsExactly(tuple("Samsung Galaxy A52", EntityType.MISC), tuple("Toyota Kirloskar Motor", EntityType.ORGANIZATION));
    assertThat(found("Giá xăng RON95 tăng nhẹ.")).containsExactly(tuple("RON95", EntityType.MISC));
  }

  @Test
  void platformsWrittenInLowerCaseAreStillNamed() {
    assertThat(found("Ảnh được đăng trên facebook tối qua.")).containsExactly(tuple("facebook", EntityType.ORGANIZATION));
  }

  @Test
  void foreignSyllablesAreToldFromVietnameseOnes() {
    assertThat(EntityRecognizer.vietnameseSyllable("anh")).isTrue();
    assertThat(EntityRecognizer.vietnameseSyllable("nghiêng")).isTrue();
    assertThat(EntityRecognizer.vietnameseSyllable("minh")).isTrue();
    assertThat(EntityRecognizer.vietnameseSyllable("messi")).isFalse();
    assertThat(EntityRecognizer.vietnameseSyllable("honda")).isFalse();
    assertThat(EntityRecognizer.vietnameseSyllable("harry")).isFalse();
  }
}
