package dev.storyline.analysis.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.storyline.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Round 21 (issue 4): rules found on the round 21 audit and the unannotated articles; sentences and names are invented. */
class EntityRecognizerRound21Test {

  private static List<org.assertj.core.groups.Tuple> found(String text) { return EntityFinds.found(text); }

  @Test
  void aYearOfTheSexagenaryCycleIsNoPerson() {
    assertThat(found("Chị Lò Thị Hoa về quê đón Tết Canh Tý cùng cha mẹ ở Sơn La."))
        .containsExactly(tuple("Lò Thị Hoa", EntityType.PERSON), tuple("Tết", EntityType.MISC),
            tuple("Sơn La", EntityType.LOCATION));
    assertThat(found("Ngôi đình được dựng lại vào năm Nhâm Thìn, ông Phạm Văn Quế kể.")).containsExactly(
        tuple("Phạm Văn Quế", EntityType.PERSON));
    // A stem alone, or a stem before a word that is no branch, still starts a name.
    assertThat(found("Ông Canh Văn Lực nói lô hàng đã về.")).containsExactly(tuple("Canh Văn Lực", EntityType.PERSON));
  }

  @Test
  void aNameAfterAHouseNumberAfterTaiIsAStreet() {
    assertThat(found("Đám cháy bùng lên tại một cửa hàng tại 47 Lê Văn Khôi, ông Trần Đức Hậu cho biết."))
        .containsExactly(tuple("Lê Văn Khôi", EntityType.LOCATION), tuple("Trần Đức Hậu", EntityType.PERSON));
    assertThat(found("Quán phở ở 12 Đào Duy Quang rất đông khách.")).containsExactly(
        tuple("Đào Duy Quang", EntityType.LOCATION));
    // A number that is no house number before a name leaves the person.
    assertThat(found("Có 3 người bị thương, trong đó anh Trần Đức Hậu bị nặng nhất."))
        .containsExactly(tuple("Trần Đức Hậu", EntityType.PERSON));
  }

  @Test
  void aListedCompoundCapitalisedAfterAPostIsNoName() {
    // The article never writes "kiểm tra", "nội các" or "bảo tàng" in lower case: the list knows them.
    assertThat(found("Ông Hà Văn Sáu, Trưởng ban Kiểm tra Hội Nghề cá, đã ký văn bản."))
        .doesNotContain(tuple("Kiểm", EntityType.PERSON)).contains(tuple("Hà Văn Sáu", EntityType.PERSON));
    assertThat(found("Chánh văn phòng Nội các Sato Kenji trả lời báo giới sáng nay."))
        .doesNotContain(tuple("Nội", EntityType.PERSON)).contains(tuple("Sato Kenji", EntityType.PERSON));
    assertThat(found("Ông Đỗ Minh Khôi, giám đốc Bảo tàng Mỹ thuật Hòa Vang, đã tiếp nhận hiện vật."))
        .doesNotContain(tuple("Bảo", EntityType.PERSON)).contains(tuple("Đỗ Minh Khôi", EntityType.PERSON));
    // After a kin word or an honorific the word is a person's given name.
    assertThat(found("Sau đó, anh Bảo tàng hình trong đám đông và đến công an trình báo."))
        .contains(tuple("Bảo", EntityType.PERSON));
  }

  @Test
  void knownFirmsOutletsAndPlacesWithoutACue() {
    assertThat(found("Đại diện Vinasun cho biết tài xế đã bị đình chỉ."))
        .containsExactly(tuple("Vinasun", EntityType.ORGANIZATION));
    assertThat(found("Giá xăng của nhà máy lọc dầu Dung Quất tăng nhẹ trong tuần."))
        .containsExactly(tuple("Dung Quất", EntityType.LOCATION));
  }

  @Test
  void aPlaceInARainfallListIsNoPerson() {
    assertThat(found("Đêm qua mưa lớn ở nhiều nơi, như ở Lai Châu 48 mm, Đồng Văn (Hà Giang) 31mm."))
        .contains(tuple("Đồng Văn", EntityType.LOCATION), tuple("Hà Giang", EntityType.LOCATION))
        .doesNotContain(tuple("Đồng Văn", EntityType.PERSON));
    // A person with a province in brackets and no rainfall after it stays a person.
    assertThat(found("Vận động viên Thu Hiền (Lai Châu) về nhất cự ly 10 km."))
        .contains(tuple("Thu Hiền", EntityType.PERSON));
  }

  @Test
  void aClubsTrainingGroundIsAPlace() {
    assertThat(found("Ông Jorge Melo đã đến sân tập Brookfield để gặp các cầu thủ."))
        .containsExactly(tuple("Jorge Melo", EntityType.PERSON), tuple("Brookfield", EntityType.LOCATION));
  }
}
