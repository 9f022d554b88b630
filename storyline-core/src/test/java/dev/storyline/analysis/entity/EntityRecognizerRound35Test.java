package dev.storyline.analysis.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.storyline.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Round 35 (issue 4, people and bodies): dev errors and an audit of unannotated articles; sentences and names are invented. */
class EntityRecognizerRound35Test {

  private static List<org.assertj.core.groups.Tuple> found(String text) { return EntityFinds.found(text); }

  @Test
  void aForeignNameCutAtOfIsOneName() {
    assertThat(found("Kết quả được đăng trên tạp chí Bulletin of the Korvane Society B của nhóm nghiên cứu."))
        .containsExactly(tuple("Bulletin of the Korvane Society B", EntityType.ORGANIZATION));
    assertThat(found("Các tập đoàn như Dralven Corp of Nerania đã mua lại công ty. Ông Lê Văn Hùng cho biết."))
        .containsExactly(tuple("Dralven Corp of Nerania", EntityType.ORGANIZATION), tuple("Lê Văn Hùng", EntityType.PERSON));
    // A person-typed head of such a name is a work's or a thing's.
    assertThat(found("Công trình có tên gọi The Loop of Vashti (tạm dịch: chiếc vòng) hút khách."))
        .containsExactly(tuple("The Loop of Vashti", EntityType.MISC));
    assertThat(found("Bộ phim Shards of a Marrow giành giải."))
        .containsExactly(tuple("Shards of a Marrow", EntityType.MISC));
    // A Vietnamese name is not joined, nor a rest that is no capitalised foreign word.
    assertThat(found("Ông Trần Văn An of Ba Vì phát biểu."))
        .containsExactly(tuple("Trần Văn An", EntityType.PERSON), tuple("Ba Vì", EntityType.LOCATION));
    assertThat(EntityRecognizer.ofRestEnd("of the Korvane Society B của", 3)).isEqualTo(24);
    assertThat(EntityRecognizer.ofRestEnd("of Surgeons of Nerania).", 3)).isEqualTo(22);
    assertThat(EntityRecognizer.ofRestEnd("of them all", 3)).isEqualTo(-1);
    assertThat(EntityRecognizer.ofRestEnd("of Hà Nội", 3)).isEqualTo(-1);
    assertThat(EntityRecognizer.ofRestEnd("of 2020", 3)).isEqualTo(-1);
  }

  @Test
  void aCapitalisedOngOrBaInMidSentenceIsTheTitleNotTheName() {
    assertThat(found("Công ty Velmora Energy đã ký hợp đồng - Ông Tobias Renwick - Giám đốc điều hành cho biết."))
        .containsExactly(tuple("Công ty Velmora Energy", EntityType.ORGANIZATION), tuple("Tobias Renwick", EntityType.PERSON));
    assertThat(found("Sau nhiều lần gửi đơn, Ông Hùng cùng các hộ dân khác đã lên xã."))
        .containsExactly(tuple("Hùng", EntityType.PERSON));
    // "Ông" is also a surname: a Vietnamese name after it is left to round 11's rule; places keep the word.
    assertThat(found("Nhóm nhạc trẻ thuộc công ty của Ông Lâm Phúc đã ra mắt."))
        .containsExactly(tuple("Ông Lâm Phúc", EntityType.PERSON));
    assertThat(EntityRecognizer.titledRest("Ông Lục", 4)).isFalse();
    assertThat(EntityRecognizer.titledRest("Bà Nà Hills", 3)).isFalse();
    assertThat(EntityRecognizer.titledRest("Bà Chúa Xứ", 3)).isFalse();
    assertThat(EntityRecognizer.titledRest("Ông Cao Thắng", 4)).isFalse();
  }

  @Test
  void theBareCoQuanCongAnIsACommonNoun() {
    assertThat(found("Biết mình bị lừa, chị Mai Thị Hồng đã đến Cơ quan Công an trình báo."))
        .containsExactly(tuple("Mai Thị Hồng", EntityType.PERSON));
    assertThat(found("Hợp tác xã đã gửi thư tới Cơ quan Nhà nước từ tuần trước.")).isEmpty();
    // A named agency stays a body.
    assertThat(found("Cơ quan Công an Tỉnh Velmora đã vào cuộc."))
        .containsExactly(tuple("Cơ quan Công an Tỉnh Velmora", EntityType.ORGANIZATION));
  }

  @Test
  void aNameRightBeforeDangIsTheParty() {
    assertThat(found("Ứng cử viên của Tân Dân đảng đã thừa nhận thất bại trước bà Lâm Tuệ Nghi."))
        .containsExactly(tuple("Tân Dân", EntityType.ORGANIZATION), tuple("Lâm Tuệ Nghi", EntityType.PERSON));
    assertThat(found("Bà Lâm Tuệ Nghi đưa Hợp Tiến Đảng (HTP) đến chiến thắng."))
        .containsExactly(tuple("Lâm Tuệ Nghi", EntityType.PERSON), tuple("Hợp Tiến", EntityType.ORGANIZATION),
            tuple("HTP", EntityType.ORGANIZATION));
    // A party member and a party named after the word are left alone.
    assertThat(found("Ông Trần Văn Hải đảng viên lâu năm đã phát biểu."))
        .containsExactly(tuple("Trần Văn Hải", EntityType.PERSON));
    assertThat(EntityRecognizer.partyAfter("Hải Đảng Dân chủ", 3)).isFalse();
    assertThat(EntityRecognizer.partyAfter("Hải đảng bộ", 3)).isFalse();
  }
}
