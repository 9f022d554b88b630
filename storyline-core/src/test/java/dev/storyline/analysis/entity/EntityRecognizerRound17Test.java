package dev.storyline.analysis.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.storyline.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Round 17 (issue 4): rules found on the round 17 audit and the unannotated articles; sentences and names are invented. */
class EntityRecognizerRound17Test {

  private static List<org.assertj.core.groups.Tuple> found(String text) { return EntityFinds.found(text); }

  @Test
  void aClubsNicknameIsTheClub() {
    assertThat(found("Trận này, Quỷ đỏ thua 0-2 ngay trên sân nhà.")).containsExactly(tuple("Quỷ đỏ", EntityType.ORGANIZATION));
    assertThat(found("HLV Dorrance muốn đưa The Kop trở lại đỉnh cao, còn The Blues chỉ cần một điểm."))
        .contains(tuple("The Kop", EntityType.ORGANIZATION), tuple("The Blues", EntityType.ORGANIZATION));
    // In lower case it is a red devil, no club.
    assertThat(found("Bức tranh vẽ một con quỷ đỏ trên nền đen.")).isEmpty();
  }

  @Test
  void aCityThatNamesAClubIsTheClubInAMatchReport() {
    assertThat(found("HLV Moreno thừa nhận Huesca đã chơi tốt hơn, dù đội bóng của ông thắng 2-0."))
        .contains(tuple("Huesca", EntityType.ORGANIZATION));
    assertThat(found("HLV Moreno khen tiền đạo Alvaro ghi bàn giúp Real thắng ngược."))
        .contains(tuple("Real", EntityType.ORGANIZATION));
    // A place word before it, or an article that is no football report, keeps the city.
    assertThat(found("HLV Moreno sống ở Huesca từ nhỏ, trước khi làm việc cho đội bóng.")).doesNotContain(
        tuple("Huesca", EntityType.ORGANIZATION));
    assertThat(found("Bà Celia mở một tiệm bánh ở thành phố Huesca.")).doesNotContain(tuple("Huesca", EntityType.ORGANIZATION));
  }

  @Test
  void aPartyCommitteeOrTheGovernmentBeforeAFullNameIsTheBodyAndItsOfficial() {
    assertThat(found("Bí thư Thành ủy Lê Văn Hoàng đã dự buổi lễ."))
        .containsExactly(tuple("Thành ủy", EntityType.ORGANIZATION), tuple("Lê Văn Hoàng", EntityType.PERSON));
    assertThat(found("Ông gặp Phó Thủ tướng thường trực Chính phủ Trần Đức Bảo hôm qua."))
        .contains(tuple("Chính phủ", EntityType.ORGANIZATION), tuple("Trần Đức Bảo", EntityType.PERSON));
    // A school named after a person keeps the name.
    assertThat(found("Hiệu trưởng Trường THPT Nguyễn Văn Hòe phát biểu."))
        .contains(tuple("Trường THPT Nguyễn Văn Hòe", EntityType.ORGANIZATION));
  }

  @Test
  void namesInAListOfFilmsAreTheirTitles() {
    assertThat(found("Cô từng đóng nhiều bộ phim ăn khách như Gió Đêm Lạnh, Mùa Trăng Vỡ và Bóng Hồng Xưa."))
        .containsExactly(tuple("Gió Đêm Lạnh", EntityType.MISC), tuple("Mùa Trăng Vỡ", EntityType.MISC),
            tuple("Bóng Hồng Xưa", EntityType.MISC));
    assertThat(found("Anh còn viết các ca khúc nổi tiếng như Paper Lanterns, Quiet Morning."))
        .containsExactly(tuple("Paper Lanterns", EntityType.MISC), tuple("Quiet Morning", EntityType.MISC));
    // Brands after "nhãn hiệu" are MISC, also those the lexicon knows as firms.
    assertThat(found("Cô làm gương mặt đại diện cho nhiều nhãn hiệu nổi tiếng như Samsung, Brightwell, Larrow."))
        .containsExactly(tuple("Samsung", EntityType.MISC), tuple("Brightwell", EntityType.MISC), tuple("Larrow", EntityType.MISC));
    // A list of people after a film stays people.
    assertThat(found("Bộ phim có sự góp mặt của các ngôi sao như Lê Minh Tú, Hà Thu Trang."))
        .contains(tuple("Lê Minh Tú", EntityType.PERSON), tuple("Hà Thu Trang", EntityType.PERSON));
    assertThat(found("Hội thảo mời các tác giả như Nguyễn Văn Phúc, Trần Thị Mơ."))
        .contains(tuple("Nguyễn Văn Phúc", EntityType.PERSON), tuple("Trần Thị Mơ", EntityType.PERSON));
  }

  @Test
  void aSiteAfterItsKindIsAnOrganisation() {
    assertThat(found("Bản vẽ được trang công nghệ Blue Lantern Digital công bố hôm qua."))
        .containsExactly(tuple("Blue Lantern Digital", EntityType.ORGANIZATION));
    assertThat(found("Ông đăng bài trên trang web Marrow Field hôm qua."))
        .containsExactly(tuple("Marrow Field", EntityType.ORGANIZATION));
  }

  @Test
  void anAcronymWithAYearIsThatYearsEvent() {
    assertThat(found("Tại triển lãm CES 2021, hãng Novatech ra mắt mẫu máy mới."))
        .contains(tuple("CES 2021", EntityType.MISC));
    assertThat(found("Hai nước cam kết tuân thủ UNCLOS 1982.")).contains(tuple("UNCLOS 1982", EntityType.MISC));
    // A chairmanship's year is no event.
    assertThat(found("Việt Nam hoàn thành tốt vai trò Chủ tịch ASEAN 2020.")).contains(tuple("ASEAN", EntityType.ORGANIZATION));
  }

  @Test
  void aNameAfterAnAlleysNumberIsTheStreet() {
    assertThat(found("Công ty đặt trụ sở ở số 12, ngõ 45 Đặng Văn Ngữ, quận Đống Đa."))
        .contains(tuple("Đặng Văn Ngữ", EntityType.LOCATION));
    assertThat(found("Đám cháy xảy ra trong hẻm 80 Lê Quang Định, quận Bình Thạnh."))
        .contains(tuple("Lê Quang Định", EntityType.LOCATION));
  }

  @Test
  void anInitialBeforeALatinWordIsASpecies() {
    assertThat(found("Loài nấm kháng thuốc C. tenuis lây lan nhanh trong bệnh viện."))
        .containsExactly(tuple("C. tenuis", EntityType.MISC));
    // A Vietnamese word after the initial keeps the person.
    assertThat(found("Sau đó, anh T. cho biết đã báo công an.")).containsExactly(tuple("T.", EntityType.PERSON));
  }

  @Test
  void standardsPortsAndScansAreNoBodies() {
    assertThat(found("Máy đạt tiêu chuẩn ISO 9001, có cổng USB-C và màn hình FullHD.")).isEmpty();
    assertThat(found("Bệnh nhân được chụp CT phổi.")).isEmpty();
  }

  @Test
  void aWordGluedToTheEndOfANameIsNoPartOfIt() {
    assertThat(found("Giáo sư Mira Holtnói bà rất vui.")).containsExactly(tuple("Mira Holt", EntityType.PERSON));
    assertThat(found("Chấp hành viên Lê Văn Thuậnvà lãnh đạo Cục bị kiểm điểm."))
        .contains(tuple("Lê Văn Thuận", EntityType.PERSON));
    // A foreign name that ends in the same letters keeps them.
    assertThat(found("Tiền đạo Sancho ghi bàn.")).containsExactly(tuple("Sancho", EntityType.PERSON));
  }

  @Test
  void aForeignNameAfterAFirmsKindAndTradeIsTheFirm() {
    assertThat(found("Các chuyên gia của công ty tư vấn Brennan Walsh cho biết thị trường sẽ hồi phục."))
        .containsExactly(tuple("Brennan Walsh", EntityType.ORGANIZATION));
    assertThat(found("Ông mua cổ phần của tập đoàn quốc phòng Mỹ Garrow Dynamics."))
        .contains(tuple("Garrow Dynamics", EntityType.ORGANIZATION));
    // The firm of a person names the person.
    assertThat(found("Năm 2019, công ty của Brennan Walsh bị điều tra.")).containsExactly(tuple("Brennan Walsh", EntityType.PERSON));
  }
}
