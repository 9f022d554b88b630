package dev.storyline.analysis.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.storyline.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 12 rules, from a precision audit of 150 unannotated articles and counts over the whole unannotated corpus
 * (own sentences, invented names, no corpus text).
 */
class EntityRecognizerRound12Test {

  private static List<org.assertj.core.groups.Tuple> found(String text) { return EntityFinds.found(text); }

  private static List<String> texts(String text) { return EntityFinds.texts(text); }

  @Test
  void aBodyNameGoesOnOverTheLowerCaseTailOfItsPortfolioPhrase() {
    assertThat(texts("Ông Lục Văn Khiêm cho biết Cục Thi hành án dân sự đã nhận hồ sơ từ tuần trước."))
        .contains("Cục Thi hành án dân sự");
    assertThat(texts("Số liệu Cục Quản lý Khám chữa bệnh gửi sáng nay cho thấy ba người đã khỏi bệnh."))
        .contains("Cục Quản lý Khám chữa bệnh");
    assertThat(texts("Tổng cục Quản lý đất đai sẽ kiểm tra việc cấp sổ ở nhiều nơi."))
        .contains("Tổng cục Quản lý đất đai");
  }

  @Test
  void aPlaceAfterTheCompletedPortfolioPhraseClosesTheBodyName() {
    assertThat(found("Hôm qua, Cục Thi hành án dân sự tỉnh Lạng Sơn đã bán đấu giá lô đất."))
        .contains(tuple("Cục Thi hành án dân sự tỉnh Lạng Sơn", EntityType.ORGANIZATION))
        .doesNotContain(tuple("Lạng Sơn", EntityType.LOCATION));
    assertThat(found("Cục Thi hành án dân sự Hà Nội vừa gửi báo cáo."))
        .contains(tuple("Cục Thi hành án dân sự Hà Nội", EntityType.ORGANIZATION));
  }

  @Test
  void aLowerCaseWordThatDoesNotCompleteAPhraseStaysOutside() {
    assertThat(texts("Cục Quản lý thông báo kết quả vào tuần sau."))
        .doesNotContain("Cục Quản lý thông báo");
    assertThat(texts("Việc thi hành án dân sự được Cục Thi hành giám sát chặt."))
        .doesNotContain("Cục Thi hành giám");
  }

  @Test
  void aSourceLineGluedToABylineWithAnInitialGivesTheOutletWithoutTheo() {
    assertThat(found("Chiếc máy này sẽ được bán từ tháng sau.\nK.LinhTheo The Verge/PA"))
        .contains(tuple("The Verge", EntityType.ORGANIZATION))
        .extracting(t -> (String) t.toArray()[0]).noneMatch(s -> s.startsWith("Theo"));
  }

  @Test
  void theoIsAGivenNameWhenNotGluedToAByline() {
    assertThat(found("Tiền đạo Theo Bramwell ghi bàn ở phút cuối."))
        .contains(tuple("Theo Bramwell", EntityType.PERSON));
  }

  @Test
  void firmsOutletsAndClubsNamedWithoutACue() {
    assertThat(found("Nhà sáng lập Theranos bị tuyên án vì lừa dối nhà đầu tư."))
        .contains(tuple("Theranos", EntityType.ORGANIZATION));
    assertThat(found("Hôm qua Atlassian công bố doanh thu quý."))
        .containsExactly(tuple("Atlassian", EntityType.ORGANIZATION));
    assertThat(found("Tiền vệ Mikel Sorrano vừa gia nhập Olympiakos."))
        .contains(tuple("Olympiakos", EntityType.ORGANIZATION));
  }

  @Test
  void technologyAndNewsroomAbbreviationsOfCommonNounsAreNoNames() {
    assertThat(found("Quán cà phê của chị Hồng có WiFi miễn phí và cổng HDMI cho khách.")).containsExactly(
        tuple("Hồng", EntityType.PERSON));
    assertThat(found("Nhiều NTD phàn nàn vì giá tăng.")).isEmpty();
    assertThat(found("Ngân hàng Quảng Đạt tài trợ cho dự án.")).contains(tuple("Ngân hàng Quảng Đạt", EntityType.ORGANIZATION));
  }

  @Test
  void aPhoneLineNamedWithoutItsMakerIsAProduct() {
    assertThat(found("Chị Thảo mua Pixel 9 hôm qua."))
        .contains(tuple("Pixel 9", EntityType.MISC));
    assertThat(found("Loa kết nối qua Bluetooth với điện thoại.")).isEmpty();
  }

  @Test
  void aCapitalisedBaoAfterASourceOrLeaderWordIsTheNewspaperCue() {
    assertThat(found("Như Báo Giao thông đã đưa tin, cây cầu gỗ bị sập hôm qua."))
        .contains(tuple("Giao thông", EntityType.ORGANIZATION))
        .extracting(t -> (String) t.toArray()[0]).noneMatch(s -> s.startsWith("Báo"));
    assertThat(found("Chiều qua, lãnh đạo Báo Tin Sáng Miền Tây đã gặp gia đình anh Khoa."))
        .contains(tuple("Tin Sáng Miền Tây", EntityType.ORGANIZATION))
        .extracting(t -> (String) t.toArray()[0]).noneMatch(s -> s.startsWith("Báo"));
    assertThat(found("Phóng viên Báo điện tử Chính phủ đã hỏi ông Tạ Quang Vĩnh."))
        .contains(tuple("Chính phủ", EntityType.ORGANIZATION))
        .extracting(t -> (String) t.toArray()[0]).doesNotContain("Báo");
  }

  @Test
  void aNameAfterNutGiaoThongIsAJunction() {
    assertThat(found("Xe tải bị hỏng tại nút giao thông Hòa Lạc Mới vào sáng nay."))
        .containsExactly(tuple("Hòa Lạc Mới", EntityType.LOCATION));
  }

  @Test
  void xRaysEndingASentenceAreNoInitial() {
    assertThat(texts("Bác sĩ cho anh Lạc chụp tia X. Sau đó, anh Lạc về nhà."))
        .containsExactly("Lạc", "Lạc");
  }

  @Test
  void aCueAtTheEndOfALineDoesNotTypeTheNameOnTheNextLine() {
    assertThat(found("Lễ trao giải do Ấn Độ tổ chức\nMeera Talwar nổi tiếng nhưng kín đáo."))
        .contains(tuple("Meera Talwar", EntityType.PERSON));
  }

  @Test
  void inAFootballArticleACityThatIsAClubsBareNameIsTheClub() {
    assertThat(found("HLV Tomas Arregui của Barcelona hài lòng sau trận thắng Granada."))
        .contains(tuple("Barcelona", EntityType.ORGANIZATION), tuple("Granada", EntityType.ORGANIZATION));
    assertThat(found("Tiền đạo Dario Penna sống ở Liverpool từ nhỏ."))
        .contains(tuple("Liverpool", EntityType.LOCATION));
    assertThat(found("Ông Vĩnh đi du lịch Barcelona cùng gia đình."))
        .contains(tuple("Barcelona", EntityType.LOCATION));
  }

  @Test
  void aSentenceInitialLucLuongBeforeAPoliceBodyOrAnAcronymIsTheCue() {
    assertThat(found("Lực lượng Công an huyện Bình Hòa đã có mặt ở hiện trường."))
        .containsExactly(tuple("Công an huyện Bình Hòa", EntityType.ORGANIZATION));
    assertThat(found("Lực lượng chức năng đã có mặt ở hiện trường.")).isEmpty();
    assertThat(found("Lực lượng Phòng vệ Israel cho biết đã bắn hạ vật thể lạ."))
        .contains(tuple("Lực lượng Phòng vệ Israel", EntityType.ORGANIZATION));
  }
}
