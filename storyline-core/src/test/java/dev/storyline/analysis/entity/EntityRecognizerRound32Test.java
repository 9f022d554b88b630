package dev.storyline.analysis.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.storyline.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Round 32 (issue 4, people): new gold, dev errors and an audit of unannotated articles; sentences and names are invented. */
class EntityRecognizerRound32Test {

  private static List<org.assertj.core.groups.Tuple> found(String text) { return EntityFinds.found(text); }

  @Test
  void aNameAfterADigitCodeIsNoPerson() {
    assertThat(found("Nếu chủ đề có dòng chữ \"3D Parallax Wallpapers\", đó là hình nền 3D, còn \"4K Static Wallpapers\" là hình nền tĩnh."))
        .isEmpty();
    // A year before a name is no code: the person stays.
    assertThat(found("Đến năm 2019 Lê Văn Hùng mới về quê.")).containsExactly(tuple("Lê Văn Hùng", EntityType.PERSON));
    assertThat(EntityRecognizer.digitCodeBefore("dòng 3D X", 7)).isTrue();
    assertThat(EntityRecognizer.digitCodeBefore("mẫu A3D X", 7)).isFalse();
    assertThat(EntityRecognizer.digitCodeBefore("năm 2019 X", 8)).isFalse();
  }

  @Test
  void aVitaminIsNoPerson() {
    assertThat(found("Cam chứa nhiều Vitamin C và Vitamin, theo bác sĩ Lê Văn Hùng."))
        .containsExactly(tuple("Lê Văn Hùng", EntityType.PERSON));
  }

  @Test
  void aTitleWrittenWithVienIsNoName() {
    assertThat(found("Ông Lê Văn Hùng, Thành viên Hội đồng quản trị, và ông Đỗ Minh Thành đã họp."))
        .containsExactly(tuple("Lê Văn Hùng", EntityType.PERSON), tuple("Đỗ Minh Thành", EntityType.PERSON));
    assertThat(found("Khách mời là PGS.TS. Ngô Quang Giảng viên cao cấp của trường."))
        .containsExactly(tuple("Ngô Quang", EntityType.PERSON));
  }

  @Test
  void aNameAfterOIsThePlace() {
    assertThat(found("Các bác sĩ ở Velmora nói bệnh nhân cần ôxy. Anh Rajiv lái xe tới Velmora trong đêm."))
        .containsExactly(tuple("Velmora", EntityType.LOCATION), tuple("Rajiv", EntityType.PERSON),
            tuple("Velmora", EntityType.LOCATION));
    // A title before another mention of the name keeps the person.
    assertThat(found("Nữ diễn viên Brenna Sol rất đẹp. Anh tìm thấy ở Brenna Sol sự dịu dàng."))
        .containsExactly(tuple("Brenna Sol", EntityType.PERSON), tuple("Brenna Sol", EntityType.PERSON));
  }

  @Test
  void aForeignNamesFirstWordAloneIsThePerson() {
    assertThat(found("Ca sĩ Tom Karrow có hai con. Một năm sau, Tom đã ly hôn."))
        .containsExactly(tuple("Tom Karrow", EntityType.PERSON), tuple("Tom", EntityType.PERSON));
    // "The" opens titles, not names.
    assertThat(found("Bộ phim The Marrow Kells ra mắt. Sau đó The đã bị chê."))
        .containsExactly(tuple("The Marrow Kells", EntityType.MISC));
  }
}
