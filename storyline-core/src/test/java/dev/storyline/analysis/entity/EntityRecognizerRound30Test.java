package dev.storyline.analysis.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.storyline.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 30 (issue 4, people): player cues, a body's short name in brackets, junctions of streets, a rating before a
 * substitute, standards and shower gels typed persons; sentences and names are invented.
 */
class EntityRecognizerRound30Test {

  private static List<org.assertj.core.groups.Tuple> found(String text) { return EntityFinds.found(text); }

  @Test
  void centreBacksAndGoalkeepersAreCues() {
    assertThat(found("Phút 30, trung vệ Hữu Luật phạm lỗi. Hữu Luật nhận thẻ vàng."))
        .containsExactly(tuple("Hữu Luật", EntityType.PERSON), tuple("Hữu Luật", EntityType.PERSON));
    assertThat(found("Cú sút đánh bại thủ thành Hữu Trường ở góc xa."))
        .containsExactly(tuple("Hữu Trường", EntityType.PERSON));
  }

  @Test
  void aPersonInBracketsAfterALongBodyIsItsShortName() {
    assertThat(found("Tổng cục Phát thanh Quốc gia Velmar (Quảng Điện) cho biết. Lãnh đạo Quảng Điện từ chối."))
        .containsExactly(tuple("Tổng cục Phát thanh Quốc gia Velmar", EntityType.ORGANIZATION),
            tuple("Quảng Điện", EntityType.ORGANIZATION), tuple("Quảng Điện", EntityType.ORGANIZATION));
    // A player after a player stays a person.
    assertThat(found("Ông Brastos (Kaspar 12) cho biết."))
        .containsExactly(tuple("Brastos", EntityType.PERSON), tuple("Kaspar", EntityType.PERSON));
  }

  @Test
  void streetsJoinedAtAJunctionArePlaces() {
    assertThat(found("Tại nút giao Hoàng Minh Giám - Lê Văn Lương, xe chạy chậm ở Hà Nội."))
        .containsExactly(tuple("Hoàng Minh Giám", EntityType.LOCATION), tuple("Lê Văn Lương", EntityType.LOCATION),
            tuple("Hà Nội", EntityType.LOCATION));
    // A place and a person joined by a dash with no junction word: the person stays.
    assertThat(found("Hoa hậu Hà Nội - Lê Thu Trang cho biết."))
        .containsExactly(tuple("Hà Nội", EntityType.LOCATION), tuple("Lê Thu Trang", EntityType.PERSON));
  }

  @Test
  void aRatingMayStandBeforeTheSubstitute() {
    assertThat(found("Đội hình: Pikeno 6 (Dorvalo 78), Brastos 5.5 (Umiteru 80), Sandrelli."))
        .contains(tuple("Brastos", EntityType.PERSON), tuple("Umiteru", EntityType.PERSON));
    // A year is no rating and a bracket without a minute is no substitute.
    assertThat(found("Trong đội hình có Brastos 5 (Umiteru) và Kalo 2020 (Mera 12)."))
        .containsExactly(tuple("Brastos", EntityType.PERSON), tuple("Kalo", EntityType.PERSON));
    String t = "Pikeno 6 (Dorvalo 78) và Brastos 5.5 (Umiteru 80) và Kalo 2020 (Mera 12)";
    assertThat(EntityRecognizer.ratingBracket(t, t.indexOf("6 ("))).isEqualTo(t.indexOf("(Dorvalo"));
    assertThat(EntityRecognizer.ratingBracket(t, t.indexOf("5.5"))).isEqualTo(t.indexOf("(Umiteru"));
    assertThat(EntityRecognizer.ratingBracket(t, t.indexOf("2020"))).isEqualTo(-1);
  }

  @Test
  void aStandardAndAShowerGelAreThings() {
    assertThat(found("Trường dạy tiếng Anh theo chuẩn Velmor Core. Chị dùng sữa tắm Brisa Deep cả tuần."))
        .containsExactly(tuple("Velmor Core", EntityType.MISC), tuple("Brisa Deep", EntityType.MISC));
    // A full Vietnamese name after the cue stays a person.
    assertThat(found("Cô học theo chuẩn Nguyễn Văn Hòa đặt ra."))
        .containsExactly(tuple("Nguyễn Văn Hòa", EntityType.PERSON));
  }
}
