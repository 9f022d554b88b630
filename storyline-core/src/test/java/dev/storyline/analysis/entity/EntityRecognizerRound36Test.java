package dev.storyline.analysis.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.storyline.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Round 36 (issue 4): things, works and products typed persons or bodies; sentences and names are invented. */
class EntityRecognizerRound36Test {

  private static List<org.assertj.core.groups.Tuple> found(String text) { return EntityFinds.found(text); }

  @Test
  void aNameAfterAProductOrWorkWordIsTheThing() {
    assertThat(found("Năm nay nhiều trường chọn bộ sách Gió Mây cho học sinh lớp 1."))
        .containsExactly(tuple("Gió Mây", EntityType.MISC));
    assertThat(found("Các em nhỏ rất thích đọc truyện Cậu Bé Tí Hon của nhà văn."))
        .containsExactly(tuple("Cậu Bé Tí Hon", EntityType.MISC));
    assertThat(found("Cơ quan chức năng thu hồi lô nguyên liệu thực phẩm Velvet Butter Oil nhập khẩu."))
        .containsExactly(tuple("Velvet Butter Oil", EntityType.MISC));
    assertThat(found("VUS ra mắt Khóa học Brightway Hub cho người trẻ, tặng giày Stride Runner và giáo trình Brightway Hub mới."))
        .containsExactly(tuple("VUS", EntityType.ORGANIZATION), tuple("Brightway Hub", EntityType.MISC),
            tuple("Stride Runner", EntityType.MISC), tuple("Brightway Hub", EntityType.MISC));
    // "sản phẩm X" only with a number after it ("sản phẩm <firm>" names the firm as often), not after "Giám đốc".
    assertThat(found("Vietlott đã tìm được chủ nhân giải Jackpot của sản phẩm Lumo 6/45 vào tối qua."))
        .contains(tuple("Lumo", EntityType.MISC));
    assertThat(found("Ông Tobias Renwick, Giám đốc sản phẩm Korvane 5 cho biết sẽ ra mắt."))
        .containsExactly(tuple("Tobias Renwick", EntityType.PERSON), tuple("Korvane", EntityType.PERSON));
    // A full Vietnamese name after the word stays a person (an author).
    assertThat(found("Các em đọc truyện Nguyễn Văn Bình viết năm ngoái."))
        .containsExactly(tuple("Nguyễn Văn Bình", EntityType.PERSON));
  }

  @Test
  void aBodyAfterAMissileOrBookSeriesWordIsTheThing() {
    assertThat(found("Các nước lo ngại về việc triển khai hệ thống tên lửa KZTR tại đây."))
        .containsExactly(tuple("KZTR", EntityType.MISC));
    // An outlet's initials after a headline that ends in "tên lửa" stay the outlet.
    assertThat(found("Triều Tiên tuyên bố đã gắn đầu đạn lên tên lửa KTO - Nhà lãnh đạo nước này thị sát."))
        .containsExactly(tuple("Triều Tiên", EntityType.LOCATION), tuple("KTO", EntityType.ORGANIZATION));
  }

  @Test
  void aNameAfterPalaceOrTheatreIsThePlace() {
    assertThat(found("Hai vợ chồng trở về cung điện Đan Hòa sau đám cưới."))
        .containsExactly(tuple("Đan Hòa", EntityType.LOCATION));
    assertThat(found("Vở diễn được trình diễn tại nhà hát Hồng Vân của thành phố."))
        .containsExactly(tuple("Hồng Vân", EntityType.LOCATION));
  }

  @Test
  void aQuotedNameAfterTrongOrMangTenIsATitle() {
    assertThat(found("Hai diễn viên đã nảy sinh tình cảm khi hợp tác trong \"Lâm Hoa Đỏ\" năm ngoái."))
        .containsExactly(tuple("Lâm Hoa Đỏ", EntityType.MISC));
    assertThat(found("Chiến dịch quân sự mang tên “Cánh Sen” được khởi động."))
        .containsExactly(tuple("Cánh Sen", EntityType.MISC));
    // After "mang tên" a full Vietnamese name stays a person.
    assertThat(found("Con đường mang tên “Nguyễn Văn Trà” vừa được khánh thành."))
        .containsExactly(tuple("Nguyễn Văn Trà", EntityType.PERSON));
    assertThat(EntityRecognizer.quotedTitle("vai chính trong “Lâm Hoa Đỏ” năm",
        new dev.storyline.model.EntityMention(17, 27, "Lâm Hoa Đỏ", EntityType.PERSON, null))).isTrue();
    assertThat(EntityRecognizer.quotedTitle("vai chính trong Lâm Hoa Đỏ năm",
        new dev.storyline.model.EntityMention(16, 26, "Lâm Hoa Đỏ", EntityType.PERSON, null))).isFalse();
  }
}
