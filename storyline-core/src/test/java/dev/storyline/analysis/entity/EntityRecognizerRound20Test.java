package dev.storyline.analysis.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.storyline.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Round 20 (issue 4): rules found on the round 20 audit and the unannotated articles; sentences and names are invented. */
class EntityRecognizerRound20Test {

  private static List<org.assertj.core.groups.Tuple> found(String text) { return EntityFinds.found(text); }

  @Test
  void anOutletsOnlineEditionIsOneBody() {
    assertThat(found("Trao đổi với Sông Lam Online, ông Lê Văn Tám cho biết trường sẽ mở thêm lớp."))
        .containsExactly(tuple("Sông Lam Online", EntityType.ORGANIZATION), tuple("Lê Văn Tám", EntityType.PERSON));
  }

  @Test
  void aBanksNameTailReadAsAPersonBelongsToTheBank() {
    assertThat(found("Năm ngoái, Ngân hàng TMCP Hải Phòng Phú Quý đã tăng vốn điều lệ."))
        .containsExactly(tuple("Ngân hàng TMCP Hải Phòng Phú Quý", EntityType.ORGANIZATION));
    // An official named after the body has a family name and stays a person.
    assertThat(found("Bộ trưởng Bộ Công Thương Nguyễn Văn Tài đã ký quyết định."))
        .containsExactly(tuple("Bộ Công Thương", EntityType.ORGANIZATION), tuple("Nguyễn Văn Tài", EntityType.PERSON));
  }

  @Test
  void aRoutesFirstPlaceIsNoPerson() {
    assertThat(found("Dự án đường sắt Cát Bình - Hà Đông sẽ vận hành trong tháng tới."))
        .containsExactly(tuple("Cát Bình", EntityType.LOCATION), tuple("Hà Đông", EntityType.LOCATION));
    // Before a one-syllable country that also ends given names, the name stays as it was.
    assertThat(found("Anh chị Thu Hương - Đức Hải đến từ Nam Định hôm qua.")).contains(tuple("Thu Hương", EntityType.PERSON));
  }

  @Test
  void aBodysNameEndsOnItsNumber() {
    assertThat(found("Công ty Cổ phần Xây lắp Hồng Phát 27 đã thi công cây cầu này."))
        .containsExactly(tuple("Công ty Cổ phần Xây lắp Hồng Phát 27", EntityType.ORGANIZATION));
    assertThat(found("Cháu được chuyển lên Bệnh viện Nhi Đồng 1 để điều trị."))
        .containsExactly(tuple("Bệnh viện Nhi Đồng 1", EntityType.ORGANIZATION));
    // A number that counts something is not part of the name.
    assertThat(found("Công ty Hồng Phát 3 năm liền đứng đầu ngành."))
        .containsExactly(tuple("Công ty Hồng Phát", EntityType.ORGANIZATION));
  }

  @Test
  void knownFirmsWithoutACueAreBodies() {
    assertThat(found("Máy bay của Air India hạ cánh an toàn sáng nay."))
        .containsExactly(tuple("Air India", EntityType.ORGANIZATION));
    assertThat(found("Đây là tiêm kích do Lockheed Martin chế tạo."))
        .containsExactly(tuple("Lockheed Martin", EntityType.ORGANIZATION));
  }

  @Test
  void aLabelWordTypesTheNameAfterIt() {
    assertThat(found("Cô mặc chiếc váy của nhà mốt Lâm Khánh Vy trong buổi tiệc."))
        .containsExactly(tuple("Lâm Khánh Vy", EntityType.ORGANIZATION));
    assertThat(found("Kẻ gian lấy đi hai chiếc điện thoại nhãn hiệu VOTRA của chị Hạnh."))
        .contains(tuple("VOTRA", EntityType.MISC));
    // Without the label word the name keeps its type.
    assertThat(found("Chị Lâm Khánh Vy mặc chiếc váy trắng trong buổi tiệc."))
        .containsExactly(tuple("Lâm Khánh Vy", EntityType.PERSON));
  }
}
