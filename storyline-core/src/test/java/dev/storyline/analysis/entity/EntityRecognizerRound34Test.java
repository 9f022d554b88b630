package dev.storyline.analysis.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.storyline.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Round 34 (issue 4, people and bodies): dev errors and an audit of unannotated articles; sentences and names are invented. */
class EntityRecognizerRound34Test {

  private static List<org.assertj.core.groups.Tuple> found(String text) { return EntityFinds.found(text); }

  @Test
  void anAccentedForeignNameIsNoVietnameseSyllable() {
    assertThat(found("Trong hiệp hai, Kühnert ghi bàn sau đường chuyền của Trabér."))
        .containsExactly(tuple("Kühnert", EntityType.PERSON), tuple("Trabér", EntityType.PERSON));
    assertThat(found("Bà Verónika Salmerón sống ở Hà Nội. Verónika có hai con."))
        .containsExactly(tuple("Verónika Salmerón", EntityType.PERSON), tuple("Hà Nội", EntityType.LOCATION),
            tuple("Verónika", EntityType.PERSON));
    for (String w : List.of("müller", "ribéry", "gómez", "martínez", "trabér", "léonie", "ostrović"))
      assertThat(EntityRecognizer.vietnameseSyllable(w)).as(w).isFalse();
    // Vietnamese syllables, Vietnamese initials with đ, and two words glued where a space was lost stay Vietnamese.
    for (String w : List.of("nguyễn", "giữa", "đoàn", "đắk", "khuỷu", "quyết", "nghiêng", "người", "hoà", "gì", "đhqghn",
        "vđqg", "kelvaró", "kiềucủa", "ê-đê"))
      assertThat(EntityRecognizer.vietnameseSyllable(w)).as(w).isTrue();
  }
}
