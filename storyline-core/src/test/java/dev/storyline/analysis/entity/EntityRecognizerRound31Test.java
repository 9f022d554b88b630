package dev.storyline.analysis.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.storyline.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Round 31 (issue 4, people): audit of unannotated articles; sentences and names are invented. */
class EntityRecognizerRound31Test {

  private static List<org.assertj.core.groups.Tuple> found(String text) { return EntityFinds.found(text); }

  @Test
  void aGivenNameBeforeLuatKeepsItBeforeAFullStopOrANumber() {
    assertThat(found("Trung vệ Hữu Luật bị treo giò. Đội phải thay thế Hữu Luật. Bá Khoan vào sân."))
        .containsExactly(tuple("Hữu Luật", EntityType.PERSON), tuple("Hữu Luật", EntityType.PERSON),
            tuple("Bá Khoan", EntityType.PERSON));
    assertThat(found("Trung vệ Hữu Luật bị treo giò. Đội mất Hữu Luật 3 trận."))
        .containsExactly(tuple("Hữu Luật", EntityType.PERSON), tuple("Hữu Luật", EntityType.PERSON));
  }

  @Test
  void aNameAfterARoleAndTrongIsTheWork() {
    assertThat(found("Cô nổi tiếng với vai Anna Berg trong Gió Bắc 2 và Gió Nam 3. Sau đó cô nghỉ."))
        .containsExactly(tuple("Anna Berg", EntityType.PERSON), tuple("Gió Bắc", EntityType.MISC),
            tuple("Gió Nam", EntityType.MISC));
    assertThat(found("Cô đóng vai Tomas Kell trong Bão Cát. Anh Lê Văn Hùng và Ngô Thị Hoa đến."))
        .containsExactly(tuple("Tomas Kell", EntityType.PERSON), tuple("Bão Cát", EntityType.MISC),
            tuple("Lê Văn Hùng", EntityType.PERSON), tuple("Ngô Thị Hoa", EntityType.PERSON));
    // No role before the first name: people stay people.
    assertThat(found("Ông Lê Văn Hùng trong Ngô Thị Hoa"))
        .containsExactly(tuple("Lê Văn Hùng", EntityType.PERSON), tuple("Ngô Thị Hoa", EntityType.PERSON));
  }

  @Test
  void aCapitalisedLanguageIsNoPerson() {
    assertThat(found("Em học giỏi môn Toán và môn Tiếng Việt, còn Tiếng Hàn thì kém.")).isEmpty();
    // A longer name is left alone.
    assertThat(found("Bà Tiếng Thị Lan đến.")).containsExactly(tuple("Tiếng Thị Lan", EntityType.PERSON));
  }

  @Test
  void aCharacterAfterARoleWordIsAPerson() {
    assertThat(found("Hai vai chính là Lê Mai (vai Thảo) và Đỗ Hùng (vai Khôi) vẫn giữ nguyên."))
        .containsExactly(tuple("Lê Mai", EntityType.PERSON), tuple("Thảo", EntityType.PERSON),
            tuple("Đỗ Hùng", EntityType.PERSON), tuple("Khôi", EntityType.PERSON));
    assertThat(found("Ở phần này nhân vật Khôi của Đỗ Hùng sẽ vắng mặt."))
        .containsExactly(tuple("Khôi", EntityType.PERSON), tuple("Đỗ Hùng", EntityType.PERSON));
    // A lower-case word after "vai" is no name.
    assertThat(found("Anh bị đau vai trái sau trận đấu.")).isEmpty();
  }
}
