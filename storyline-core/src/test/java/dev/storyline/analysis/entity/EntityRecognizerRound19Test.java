package dev.storyline.analysis.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.storyline.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Round 19 (issue 4): rules found on the round 19 audit and the unannotated articles; sentences and names are invented. */
class EntityRecognizerRound19Test {

  private static List<org.assertj.core.groups.Tuple> found(String text) { return EntityFinds.found(text); }

  @Test
  void theBareGovernmentIsNotABody() {
    assertThat(found("Doanh nghiệp cam kết đồng hành cùng Chính phủ trong việc hỗ trợ người lao động.")).isEmpty();
    assertThat(found("Các doanh nghiệp đã kiến nghị Chính phủ giảm thuế trong năm nay.")).isEmpty();
    // After a title it stays the body, as the earlier rounds have it.
    assertThat(found("Phó Thủ tướng Chính phủ Lê Văn Thành đã phát biểu tại hội nghị."))
        .containsExactly(tuple("Chính phủ", EntityType.ORGANIZATION), tuple("Lê Văn Thành", EntityType.PERSON));
    // A government named with its country is not dropped: round 23 gives the country (round 11 guideline, the gold).
    assertThat(found("Chính phủ Na Uy đã công bố gói hỗ trợ mới."))
        .containsExactly(tuple("Na Uy", EntityType.LOCATION));
  }

  @Test
  void twoBodiesSideBySideAreOneBodyWhenTheFirstOpensWithAHead() {
    assertThat(found("Ông Trần Văn Lộc, Chủ tịch Hội đồng Quản trị Tập đoàn Minh Sơn, cho biết doanh thu tăng."))
        .containsExactly(tuple("Trần Văn Lộc", EntityType.PERSON),
            tuple("Hội đồng Quản trị Tập đoàn Minh Sơn", EntityType.ORGANIZATION));
    assertThat(found("Dự thảo sẽ được trình Ủy ban Thường vụ Quốc hội vào tháng tới."))
        .containsExactly(tuple("Ủy ban Thường vụ Quốc hội", EntityType.ORGANIZATION));
    // A body that runs on over a verb is not joined, nor a long name to the capitals that abbreviate it.
    assertThat(found("Bộ GTVT chỉ đạo Cục Hàng hải Việt Nam kiểm tra các cảng."))
        .contains(tuple("Cục Hàng hải Việt Nam", EntityType.ORGANIZATION));
    assertThat(found("Căng thẳng giữa Nga và Liên minh châu Âu EU tiếp tục leo thang."))
        .contains(tuple("Liên minh châu Âu", EntityType.ORGANIZATION), tuple("EU", EntityType.ORGANIZATION));
  }

  @Test
  void anOfficialNameGoesOnOverItsLowerCaseWords() {
    assertThat(found("Sáng qua Cục Cảnh sát truy nã tội phạm gửi công văn cho công an tỉnh Hòa Lâm."))
        .containsExactly(tuple("Cục Cảnh sát truy nã tội phạm", EntityType.ORGANIZATION),
            tuple("Hòa Lâm", EntityType.LOCATION));
    assertThat(found("Theo Cục Đầu tư nước ngoài, vốn đăng ký mới đã tăng mạnh."))
        .containsExactly(tuple("Cục Đầu tư nước ngoài", EntityType.ORGANIZATION));
  }

  @Test
  void aResortOrAPublisherNamedByItsKindIsNoPerson() {
    assertThat(found("Khách mua căn hộ tại Lâm Viên Villas được tặng một năm phí dịch vụ."))
        .contains(tuple("Lâm Viên Villas", EntityType.LOCATION));
    assertThat(found("Cuốn sách được phát hành bởi Thanh Vân Books vào tháng trước."))
        .contains(tuple("Thanh Vân Books", EntityType.ORGANIZATION));
    // A person's name stays a person.
    assertThat(found("Cuốn sách do Trần Minh Khang viết vào tháng trước."))
        .contains(tuple("Trần Minh Khang", EntityType.PERSON));
  }
}
