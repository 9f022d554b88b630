package dev.storyline.analysis.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.storyline.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 27 (issue 4, organisations): things typed bodies after a lower-case cue, generic bodies, document codes, firm
 * suffixes, "Trường" as a given name and product lines; sentences and names are invented.
 */
class EntityRecognizerRound27Test {

  private static List<org.assertj.core.groups.Tuple> found(String text) { return EntityFinds.found(text); }

  @Test
  void aNameTypedABodyAfterAWordForAThingIsTheThing() {
    assertThat(found("Mẫu tivi mới dùng công nghệ ZQLED của hãng Velora."))
        .containsExactly(tuple("ZQLED", EntityType.MISC), tuple("Velora", EntityType.ORGANIZATION));
    assertThat(found("Máy có màn hình NXT siêu mỏng.")).containsExactly(tuple("NXT", EntityType.MISC));
    assertThat(found("Dữ liệu được gửi về từ vệ tinh HELIA trong đêm.")).containsExactly(tuple("HELIA", EntityType.MISC));
    assertThat(found("Bệnh nhân bị nhiễm vi khuẩn KV nhiều năm.")).containsExactly(tuple("KV", EntityType.MISC));
    assertThat(found("Chiếc loa VELOX được bán từ tháng sau.")).containsExactly(tuple("VELOX", EntityType.MISC));
    // An outlet or a firm named after "công nghệ" stays a body.
    assertThat(found("Theo trang công nghệ TechVolta, máy sẽ ra mắt."))
        .containsExactly(tuple("TechVolta", EntityType.ORGANIZATION));
  }

  @Test
  void theAuthoritiesOfAPlaceAreNoBody() {
    assertThat(found("Lực lượng chức năng Bạch Lâm đã có mặt.")).containsExactly(tuple("Bạch Lâm", EntityType.LOCATION));
    assertThat(found("Lực lượng chức năng tỉnh Hòa Lâm đã vào cuộc."))
        .containsExactly(tuple("Hòa Lâm", EntityType.LOCATION));
    assertThat(found("Lực lượng chức năng Q.3 đã phong tỏa.")).isEmpty();
  }

  @Test
  void aFirmsLastWordMakesItABody() {
    assertThat(found("Người phát ngôn của Velmont Aviation cho biết máy bay đã hạ cánh."))
        .containsExactly(tuple("Velmont Aviation", EntityType.ORGANIZATION));
    assertThat(found("Theo Brixa Research, doanh số đã giảm."))
        .containsExactly(tuple("Brixa Research", EntityType.ORGANIZATION));
  }

  @Test
  void theIssuersCodeInADocumentNumberIsNoBody() {
    assertThat(found("Ông đã ký văn bản số 4521/BNV- TCCB về việc tuyển dụng.")).isEmpty();
    assertThat(found("Quy định nằm ở Nghị định 88/2019/NĐ - CP của Chính phủ.")).isEmpty();
    // A date before a dash is no document number.
    assertThat(found("Số liệu của ngày 30/4 - VTV cho thấy rõ.")).containsExactly(tuple("VTV", EntityType.ORGANIZATION));
  }

  @Test
  void truongAndOneGivenNameIsAPerson() {
    assertThat(found("Giám khảo Trường Lâm cho hay bài thi rất khó."))
        .containsExactly(tuple("Trường Lâm", EntityType.PERSON));
    // A school named by a foreign word stays a body; "Trường Sơn" is not made a person.
    assertThat(found("Học sinh Trường Newton đã đoạt giải."))
        .containsExactly(tuple("Trường Newton", EntityType.ORGANIZATION));
    assertThat(found("Du khách đi dọc dãy Trường Sơn.")).doesNotContain(tuple("Trường Sơn", EntityType.PERSON));
  }

  @Test
  void aBodyMadeGenericByCacAndALevelIsNoName() {
    assertThat(found("Bộ Tài chính đề nghị UBND các tỉnh báo cáo trước tháng sau."))
        .containsExactly(tuple("Bộ Tài chính", EntityType.ORGANIZATION));
    assertThat(found("Sở Y tế các tỉnh, thành phố phải rà soát.")).isEmpty();
    assertThat(found("Hội đồng Nhân dân các cấp đã họp.")).isEmpty();
    // "các" before a word that is no level or unit leaves the body.
    assertThat(found("Đội bóng Sao Vàng các mùa trước rất mạnh."))
        .containsExactly(tuple("Sao Vàng", EntityType.ORGANIZATION));
  }

  @Test
  void aMakerAndACamelCaseLineIsAProduct() {
    assertThat(found("Khách hàng có thể dùng ứng dụng VTB QuickPay để chuyển tiền."))
        .containsExactly(tuple("VTB QuickPay", EntityType.MISC));
    assertThat(found("Cửa hàng bán máy in ZX PrintMax với giá rẻ.")).containsExactly(tuple("ZX PrintMax", EntityType.MISC));
    // "Mc" + a capital is a name, not a line.
    assertThat(found("Theo XZ McLaren, giá sẽ tăng.")).containsExactly(tuple("XZ McLaren", EntityType.ORGANIZATION));
  }
}
