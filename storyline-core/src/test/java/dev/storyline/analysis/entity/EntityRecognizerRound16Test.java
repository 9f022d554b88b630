package dev.storyline.analysis.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.storyline.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Round 16 (issue 4): rules found on the round 16 audit and new dev articles; sentences and names are invented. */
class EntityRecognizerRound16Test {

  private static List<org.assertj.core.groups.Tuple> found(String text) { return EntityFinds.found(text); }

  @Test
  void anInitialAfterAPersonCueIsNoDistrictAbbreviation() {
    // "Q." and "H." also shorten "quận" and "huyện"; after "ông"/"em" with no name after them they are initials.
    assertThat(found("Hôm 3/5, cô M. (giáo viên lớp 2) gặp ông Q. tại nhà riêng. Sau đó, Q. hứa giúp M. xin việc."))
        .containsExactly(tuple("M.", EntityType.PERSON), tuple("Q.", EntityType.PERSON), tuple("Q.", EntityType.PERSON),
            tuple("M.", EntityType.PERSON));
    assertThat(found("Cơ quan công an đã tạm giữ ông Lương Đình H. để điều tra."))
        .containsExactly(tuple("Lương Đình H.", EntityType.PERSON));
    // The abbreviations before a name stay place cues.
    assertThat(found("Nhà ông ở Q.3, TP.HCM và H. Củ Chi."))
        .contains(tuple("Củ Chi", EntityType.LOCATION)).doesNotContain(tuple("H.", EntityType.PERSON));
  }

  @Test
  void aPersonInADashedRouteWithPlacesIsAStreet() {
    assertThat(found("Đoàn xe đi từ Công viên Hòa Bình - Trần Quang Khải - Hoàn Kiếm - Hà Nội rồi về khách sạn."))
        .contains(tuple("Trần Quang Khải", EntityType.LOCATION));
    // A chain of people has no place in it.
    assertThat(found("Ban nhạc gồm Lê Minh Quân - Đỗ Hải Yến - Trịnh Bảo Lâm."))
        .containsExactly(tuple("Lê Minh Quân", EntityType.PERSON), tuple("Đỗ Hải Yến", EntityType.PERSON),
            tuple("Trịnh Bảo Lâm", EntityType.PERSON));
  }

  @Test
  void aNameBeforeItsProvinceOrStateIsATown() {
    assertThat(found("Ông Ruiz bị bắt cóc ở quê nhà Villa Belmonte, bang Tamaulipas tối qua."))
        .contains(tuple("Villa Belmonte", EntityType.LOCATION), tuple("Tamaulipas", EntityType.LOCATION));
    // A cued person before the province stays a person.
    assertThat(found("Theo ông Hùng, tỉnh Nghệ An đã hỗ trợ.")).contains(tuple("Hùng", EntityType.PERSON));
  }

  @Test
  void anAgencyKeepsItsCueAndASchoolItsNumber() {
    assertThat(found("Tháng 3, cơ quan CSĐT Công an huyện Krông Bông đã khởi tố vụ án."))
        .containsExactly(tuple("cơ quan CSĐT Công an huyện Krông Bông", EntityType.ORGANIZATION));
    assertThat(found("Cô Trần Thị Lụa, giáo viên Trường THCS Hòa Mỹ 2, huyện Phú Hòa được khen."))
        .contains(tuple("Trường THCS Hòa Mỹ 2", EntityType.ORGANIZATION));
    // A count after the school is no number of its name.
    assertThat(found("Năm nay Trường THPT Lê Lợi có 2 lớp chuyên."))
        .contains(tuple("Trường THPT Lê Lợi", EntityType.ORGANIZATION));
  }

  @Test
  void moreSpellingsOfKnownPlaces() {
    assertThat(found("Chuyến bay từ Matxcơva đến Nam Tư bị hoãn."))
        .contains(tuple("Matxcơva", EntityType.LOCATION), tuple("Nam Tư", EntityType.LOCATION));
  }

  @Test
  void aHospitalKeepsItsNumber() {
    assertThat(found("Bệnh nhân được chuyển tới Bệnh viện Quân y 7A, sau đó về Bệnh viện Nhân Dân 203 (TP.HCM)."))
        .contains(tuple("Bệnh viện Quân y 7A", EntityType.ORGANIZATION), tuple("Bệnh viện Nhân Dân 203", EntityType.ORGANIZATION));
    // A count after a hospital is no number of its name.
    assertThat(found("Ông được đưa tới Bệnh viện Bạch Mai 2 ngày trước."))
        .contains(tuple("Bệnh viện Bạch Mai", EntityType.ORGANIZATION));
  }

  @Test
  void ratingsEarphonesAndMorePlaceCues() {
    assertThat(found("Kỳ thủ Marco Velti (Ý, Elo 2694) thắng. Velti sở hữu Elo cao nhất giải, hơn đối thủ 150 Elo."))
        .containsExactly(tuple("Marco Velti", EntityType.PERSON), tuple("Ý", EntityType.LOCATION), tuple("Velti", EntityType.PERSON));
    assertThat(found("Doanh số tai nghe AirPods tăng mạnh.")).containsExactly(tuple("AirPods", EntityType.MISC));
    assertThat(found("Xe đến cầu vượt Thạch Bàn Đông thì dừng lại.")).contains(tuple("Thạch Bàn Đông", EntityType.LOCATION));
    assertThat(found("Tai nạn xảy ra ở ngã 4 Lò Đúc rồi lan ra cánh đồng Mỹ Hạ Thôn."))
        .contains(tuple("Lò Đúc", EntityType.LOCATION), tuple("Mỹ Hạ Thôn", EntityType.LOCATION));
    assertThat(found("Sau giải, tiền vệ Pulido về quê nhà Villa Alcaraz nghỉ ngơi."))
        .contains(tuple("Villa Alcaraz", EntityType.LOCATION));
  }

  @Test
  void aGivenNameBeforeAHeadWordThatEndsTheNameIsOnePerson() {
    assertThat(found("Tiền đạo Hoàng Long dứt điểm đánh bại thủ môn Tấn Trường, mở tỷ số."))
        .contains(tuple("Tấn Trường", EntityType.PERSON));
    assertThat(found("Ca sĩ Lam Trường hát ở Nhà hát lớn.")).contains(tuple("Lam Trường", EntityType.PERSON));
    // "Trường học" is a school, no part of a name.
    assertThat(found("Anh Tấn Trường học lớp 12.")).doesNotContain(tuple("Tấn Trường", EntityType.PERSON));
  }

  @Test
  void aForeignNameCutAtOfOrDelloIsOneName() {
    assertThat(found("Tờ Herald of Brighton chỉ trích đội bóng. Cả Gazzetta dello Sport cũng đưa tin."))
        .contains(tuple("Herald of Brighton", EntityType.ORGANIZATION), tuple("Gazzetta dello Sport", EntityType.ORGANIZATION));
    assertThat(found("Anh học tại University of Sydney từ năm 2010.")).contains(tuple("University of Sydney", EntityType.ORGANIZATION));
  }
}
