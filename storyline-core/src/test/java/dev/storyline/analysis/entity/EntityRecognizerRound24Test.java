package dev.storyline.analysis.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.storyline.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Round 24 (issue 4, people): names cut, and places, firms and common words typed a person, found on the round 24 audit and the dev listing; sentences and names are invented. */
class EntityRecognizerRound24Test {

  private static List<org.assertj.core.groups.Tuple> found(String text) { return EntityFinds.found(text); }

  @Test
  void aShirtNumberBeforeANameIsNotPartOfItsFirstWord() {
    assertThat(found("Thủ môn: 1-Ralf Bodin, 12-Oskar Lind và 23-Mats Ekdal.")).containsExactly(
        tuple("Ralf Bodin", EntityType.PERSON), tuple("Oskar Lind", EntityType.PERSON), tuple("Mats Ekdal", EntityType.PERSON));
    // A document code after a number stays one word and no name.
    assertThat(found("Ông Ngô Văn Khải dẫn Chỉ thị số 05-CT/TW ngày 3/4."))
        .containsExactly(tuple("Ngô Văn Khải", EntityType.PERSON));
  }

  @Test
  void aCapitalisedSyllableOfAListedCompoundIsNoPerson() {
    assertThat(found("Số phận cựu Thủ hiến sẽ ra sao?")).isEmpty();
    assertThat(found("Ông được cử làm trưởng phòng Việc làm của sở.")).isEmpty();
  }

  @Test
  void anIslandAHillOrAMoundIsAPlace() {
    assertThat(found("Du khách leo lên Hòn Rùa rồi sang Đồi Mây ngắm cảnh.")).containsExactly(
        tuple("Hòn Rùa", EntityType.LOCATION), tuple("Đồi Mây", EntityType.LOCATION));
    assertThat(found("Ghe neo cạnh Gò Sen từ sáng.")).containsExactly(tuple("Gò Sen", EntityType.LOCATION));
  }

  @Test
  void listedFirmsADistrictAndAnEraAreNoPeople() {
    assertThat(found("Northrop Grumman cung cấp radar cho dự án."))
        .containsExactly(tuple("Northrop Grumman", EntityType.ORGANIZATION));
    assertThat(found("\"Máy bay đã sẵn sàng\", Lockheed nhấn mạnh."))
        .containsExactly(tuple("Lockheed", EntityType.ORGANIZATION));
    assertThat(found("Lãnh đạo phường Lê Đại Hành (Hai Bà Trưng) đã xác nhận.")).containsExactly(
        tuple("Lê Đại Hành", EntityType.LOCATION), tuple("Hai Bà Trưng", EntityType.LOCATION));
    assertThat(found("Ngôi mộ có từ năm 300 trước Công Nguyên.")).isEmpty();
  }

  @Test
  void aKoreanLastSyllableAfterASpacedHyphenStaysInTheName() {
    assertThat(found("Ông Park Dong - hoon phát biểu tại hội nghị."))
        .containsExactly(tuple("Park Dong - hoon", EntityType.PERSON));
    assertThat(found("Bà Seo Yoon- hee đã rời nhóm.")).containsExactly(tuple("Seo Yoon- hee", EntityType.PERSON));
    // A lower-case word that is no listed syllable, or a Vietnamese name, is not taken.
    assertThat(found("Cầu thủ Lee Min - một người bạn cũ - đã tới.")).containsExactly(tuple("Lee Min", EntityType.PERSON));
    assertThat(found("Ông Trần Văn Lũy - người dân địa phương - cho biết."))
        .containsExactly(tuple("Trần Văn Lũy", EntityType.PERSON));
  }

  @Test
  void aNameRightAfterAModelDesignationIsTheModel() {
    assertThat(found("Không quân vừa nhận chiếc F-21C Sea Falcon mới."))
        .contains(tuple("Sea Falcon", EntityType.MISC)).doesNotContain(tuple("Sea Falcon", EntityType.PERSON));
    assertThat(found("Họ thử mẫu RX -9 Storm Petrel ngoài khơi."))
        .contains(tuple("Storm Petrel", EntityType.MISC)).doesNotContain(tuple("Storm Petrel", EntityType.PERSON));
    // A code with lower-case letters before its hyphen is no designation.
    assertThat(found("Đội hình có 9-Alvaro Ruiz và Covid-19 Dario Moreno."))
        .contains(tuple("Alvaro Ruiz", EntityType.PERSON), tuple("Dario Moreno", EntityType.PERSON));
  }
}
