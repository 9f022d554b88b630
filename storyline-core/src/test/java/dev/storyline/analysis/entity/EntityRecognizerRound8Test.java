package dev.storyline.analysis.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.storyline.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 8 rules, from a precision audit of the PERSON and ORGANIZATION predictions on 150 unannotated articles and from
 * the errors on the grown dev split (own sentences, no corpus text).
 */
class EntityRecognizerRound8Test {

  private static List<org.assertj.core.groups.Tuple> found(String text) { return EntityFinds.found(text); }

  @Test
  void aNameAfterALowerCaseKindOfSiteIsAPlace() {
    assertThat(found("Sáng nay nhiều người đến chùa Phước Hưng để dâng hương."))
        .containsExactly(tuple("Phước Hưng", EntityType.LOCATION));
    assertThat(found("Hai em nhỏ tắm ở bãi tắm Hải Hòa thì gặp sóng lớn."))
        .containsExactly(tuple("Hải Hòa", EntityType.LOCATION));
    assertThat(found("Du khách dạo bộ trên phố đi bộ Trần Nhân Tông vào cuối tuần."))
        .containsExactly(tuple("Trần Nhân Tông", EntityType.LOCATION));
    assertThat(found("Bà con đi lễ ở đền Bạch Mã rất đông."))
        .containsExactly(tuple("Bạch Mã", EntityType.LOCATION));
  }

  @Test
  void capitalisedSiteWordsStillStartABodysName() {
    // "Hội trường", "Đài quan sát" written with a capital head a body's name: the body is not a place.
    assertThat(found("Buổi lễ diễn ra tại Hội trường Bộ Quốc phòng vào sáng qua."))
        .contains(tuple("Bộ Quốc phòng", EntityType.ORGANIZATION));
  }

  @Test
  void thePoliceOfAPlaceIsThatPlace() {
    assertThat(found("Cảnh sát Hàn Quốc cho biết đã bắt giữ hai đối tượng."))
        .containsExactly(tuple("Hàn Quốc", EntityType.LOCATION));
    // A named force keeps its head.
    assertThat(found("Lực lượng Cảnh sát biển Việt Nam đã cứu ngư dân."))
        .doesNotContain(tuple("Việt Nam", EntityType.LOCATION));
  }

  @Test
  void aBareLevelBodyEndsBeforeItsOfficialsName() {
    assertThat(found("Chủ tịch UBND tỉnh Trần Văn Bình phát biểu tại hội nghị."))
        .containsExactly(tuple("UBND tỉnh", EntityType.ORGANIZATION), tuple("Trần Văn Bình", EntityType.PERSON));
    // A city is named after a person: "thành phố Hồ Chí Minh" stays the body's place.
    assertThat(found("Chiều qua Ủy ban nhân dân thành phố Hồ Chí Minh họp bàn."))
        .containsExactly(tuple("Ủy ban nhân dân thành phố Hồ Chí Minh", EntityType.ORGANIZATION));
  }

  @Test
  void aListAfterALevelAndAColonListsPlaces() {
    assertThat(found("Mưa đá làm hư hỏng nhà ở các xã: Phú Lương 4 nhà, Mai Sơn 2 nhà và Lê Lợi."))
        .containsExactly(tuple("Phú Lương", EntityType.LOCATION), tuple("Mai Sơn", EntityType.LOCATION),
            tuple("Lê Lợi", EntityType.LOCATION));
    // Without the level, a colon announces no place: a list of people stays people.
    assertThat(found("Danh sách gồm: ông Trần Văn Bình, bà Lê Thị Hoa."))
        .containsExactly(tuple("Trần Văn Bình", EntityType.PERSON), tuple("Lê Thị Hoa", EntityType.PERSON));
  }

  @Test
  void aHouseNumberNamedAsSuchIsFollowedByAStreet() {
    assertThat(found("Đám cháy bùng lên tại số nhà 15 Trần Hưng Đạo lúc nửa đêm."))
        .containsExactly(tuple("Trần Hưng Đạo", EntityType.LOCATION));
    assertThat(found("Cửa hàng có địa chỉ 27 Lý Tự Trọng đã đóng cửa."))
        .containsExactly(tuple("Lý Tự Trọng", EntityType.LOCATION));
  }

  @Test
  void clubsOutletsAndFirmsFromTheClassLists() {
    assertThat(found("Watford đánh bại Millwall ở trận đấu cuối tuần."))
        .containsExactly(tuple("Watford", EntityType.ORGANIZATION), tuple("Millwall", EntityType.ORGANIZATION));
    assertThat(found("Trước trận, nhà cái Fortuna đưa ra tỷ lệ cược thấp."))
        .containsExactly(tuple("Fortuna", EntityType.ORGANIZATION));
    assertThat(found("Hãng hàng không Zelmora vừa mở đường bay mới."))
        .containsExactly(tuple("Zelmora", EntityType.ORGANIZATION));
    // A foreign name ending in "Management" is a firm.
    assertThat(found("Quỹ này được Harbor Lane Management mua lại."))
        .containsExactly(tuple("Harbor Lane Management", EntityType.ORGANIZATION));
  }

  @Test
  void productsFromTheClassListAreMisc() {
    assertThat(found("Trong tuần qua, giá Bitcoin giảm mạnh."))
        .containsExactly(tuple("Bitcoin", EntityType.MISC));
    assertThat(found("Máy dùng bộ xử lý Snapdragon 888 của Qualcomm."))
        .contains(tuple("Snapdragon 888", EntityType.MISC));
  }

  @Test
  void aDesignersTitleIsNoBody() {
    assertThat(found("NTK Lê Thanh Hòa vừa ra mắt bộ sưu tập mới."))
        .containsExactly(tuple("Lê Thanh Hòa", EntityType.PERSON));
  }

  @Test
  void acronymsOfThingsAndCrimesAreNoNames() {
    assertThat(found("Bệnh nhân BN 1234 đã được xuất viện.")).isEmpty();
    assertThat(found("Em đạt chứng chỉ IELTS 7.0 năm ngoái.")).isEmpty();
    assertThat(found("Cơ quan điều tra khởi tố vụ án Giết người xảy ra hôm qua.")).isEmpty();
  }

  @Test
  void aCompanyNameGoesOnOverItsLowerCaseTrade() {
    assertThat(found("Công ty CP Đầu tư toàn cầu Sao Mai bị xử phạt."))
        .containsExactly(tuple("Công ty CP Đầu tư toàn cầu Sao Mai", EntityType.ORGANIZATION));
  }

  @Test
  void theCzechRepublicByItsPressNames() {
    assertThat(found("Tây Ban Nha gặp CH Czech ở trận mở màn."))
        .containsExactly(tuple("Tây Ban Nha", EntityType.LOCATION), tuple("CH Czech", EntityType.LOCATION));
  }

  @Test
  void aConstitutionIsALawAndMisc() {
    assertThat(found("Theo Hiến pháp Pháp, tổng thống do dân bầu."))
        .containsExactly(tuple("Hiến pháp Pháp", EntityType.MISC));
  }

  @Test
  void aSentenceInitialPrepositionOrVerbIsNoPartOfTheName() {
    assertThat(found("Trên Facebook, nhiều người chia sẻ bức ảnh."))
        .containsExactly(tuple("Facebook", EntityType.ORGANIZATION));
    assertThat(found("Giống Watford, đội bóng này vừa lên hạng."))
        .containsExactly(tuple("Watford", EntityType.ORGANIZATION));
  }

  @Test
  void aSteeringCommitteeIsNamedByItsTaskAndPlace() {
    assertThat(found("Ban Chỉ đạo phòng chống thiên tai tỉnh Quảng Trị đã họp khẩn."))
        .containsExactly(tuple("Ban Chỉ đạo phòng chống thiên tai tỉnh Quảng Trị", EntityType.ORGANIZATION));
    // The comma of the fixed pair "phòng, chống" is inside the name.
    assertThat(found("Ban Chỉ đạo Phòng, chống dịch Covid-19 quận Hải Châu đã họp."))
        .containsExactly(tuple("Ban Chỉ đạo Phòng, chống dịch Covid-19 quận Hải Châu", EntityType.ORGANIZATION));
    // ... and over a listed lower-case task, as without the comma.
    assertThat(found("Ban Chỉ đạo Phòng, chống thiên tai tỉnh Quảng Trị đã họp."))
        .containsExactly(tuple("Ban Chỉ đạo Phòng, chống thiên tai tỉnh Quảng Trị", EntityType.ORGANIZATION));
    // A verb after a head ends it: the body that is asked is a name of its own.
    assertThat(found("Thủ tướng Chính phủ yêu cầu Bộ Y tế báo cáo."))
        .containsExactly(tuple("Chính phủ", EntityType.ORGANIZATION), tuple("Bộ Y tế", EntityType.ORGANIZATION));
  }
}
