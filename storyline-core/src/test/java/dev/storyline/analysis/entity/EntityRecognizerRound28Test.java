package dev.storyline.analysis.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.storyline.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 28 (issue 4, people): substitutes in a line-up and prizes typed persons; sentences and names are invented.
 */
class EntityRecognizerRound28Test {

  private static List<org.assertj.core.groups.Tuple> found(String text) { return EntityFinds.found(text); }

  @Test
  void aSubstituteInBracketsAfterAPlayerIsAPerson() {
    assertThat(found("Hậu vệ Brastos ghi bàn, Pikeno kiến tạo. Đội hình: Pikeno (Dorvalo, 46), Brastos (Umiteru 75'), "
        + "Sandrelli.")).containsExactly(tuple("Brastos", EntityType.PERSON), tuple("Pikeno", EntityType.PERSON),
            tuple("Pikeno", EntityType.PERSON), tuple("Dorvalo", EntityType.PERSON), tuple("Brastos", EntityType.PERSON),
            tuple("Umiteru", EntityType.PERSON), tuple("Sandrelli", EntityType.PERSON));
    assertThat(found("Cầu thủ Brastos (Umiteru 75') vào sân."))
        .containsExactly(tuple("Brastos", EntityType.PERSON), tuple("Umiteru", EntityType.PERSON));
    // An address or a place and an age in brackets stay what they are.
    assertThat(found("Tòa nhà nằm ở trung tâm thành phố, anh Brastos (Quận 3) cho biết."))
        .containsExactly(tuple("Brastos", EntityType.PERSON));
    assertThat(found("Ông Trần Văn Lực (Hà Nội, 45) cho biết."))
        .containsExactly(tuple("Trần Văn Lực", EntityType.PERSON), tuple("Hà Nội", EntityType.LOCATION));
  }

  @Test
  void aPrizeIsNoPerson() {
    assertThat(found("Bà được trao Giải Velmar.")).containsExactly(tuple("Giải Velmar", EntityType.MISC));
    // Cut before a lower-case word, the prize's name is dropped.
    assertThat(found("Chị nhận Giải Vàng. Còn Giải Vô địch Bowling lùi sang tháng sau."))
        .containsExactly(tuple("Giải Vàng", EntityType.MISC));
  }

  @Test
  void substituteEndReadsTheBracket() {
    String t = "Pikeno (Van Dorvalo, 46) và Brastos (Umiteru 75') và Lenka (Oska, 2020 ha) và Mira (Ola 75 phút)";
    assertThat(EntityRecognizer.substituteEnd(t, t.indexOf("Van"))).isEqualTo(t.indexOf(", 46"));
    assertThat(EntityRecognizer.substituteEnd(t, t.indexOf("Umiteru"))).isEqualTo(t.indexOf(" 75'"));
    assertThat(EntityRecognizer.substituteEnd(t, t.indexOf("Oska"))).isEqualTo(-1);
    assertThat(EntityRecognizer.substituteEnd(t, t.indexOf("Ola"))).isEqualTo(-1);
  }
}
