package dev.storyline.analysis.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.storyline.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Round 23 (issue 4): bodies cut, run on or swallowing a name, found on the round 23 audit, the new dev articles and the unannotated articles; sentences and names are invented. */
class EntityRecognizerRound23Test {

  private static List<org.assertj.core.groups.Tuple> found(String text) { return EntityFinds.found(text); }

  @Test
  void aVerbPairAfterABodyIsNotPartOfItsName() {
    assertThat(found("Thủ tướng yêu cầu Bộ GTVT chỉ đạo Cục Đường thủy kiểm tra ngay.")).containsExactly(
        tuple("Bộ GTVT", EntityType.ORGANIZATION), tuple("Cục Đường thủy", EntityType.ORGANIZATION));
    assertThat(found("Tỉnh đề nghị Sở Tư pháp chỉ đạo các phòng rà soát hồ sơ."))
        .containsExactly(tuple("Sở Tư pháp", EntityType.ORGANIZATION));
    assertThat(found("Trung tâm Khí tượng Thủy văn quốc gia dự báo số lượng bão tăng."))
        .containsExactly(tuple("Trung tâm Khí tượng Thủy văn quốc gia", EntityType.ORGANIZATION));
    // The pair stays inside a name when another listed pair follows it, and capitalised it is a name word.
    assertThat(found("Trung tâm Quốc gia dự báo khí tượng thủy văn cho biết trời nắng."))
        .containsExactly(tuple("Trung tâm Quốc gia dự báo khí tượng thủy văn", EntityType.ORGANIZATION));
    assertThat(found("Ban Chỉ đạo Tây Bắc họp sáng nay.")).containsExactly(tuple("Ban Chỉ đạo Tây Bắc", EntityType.ORGANIZATION));
  }
}
