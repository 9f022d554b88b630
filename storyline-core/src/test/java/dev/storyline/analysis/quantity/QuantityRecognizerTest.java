package dev.storyline.analysis.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.model.Quantity;
import dev.storyline.model.Sentence;
import dev.storyline.model.TimeExpression;
import dev.storyline.model.TimeType;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuantityRecognizerTest {
  private final QuantityRecognizer rec = new QuantityRecognizer();

  private List<Quantity> find(String text) {
    return rec.find(text, List.of(new Sentence(0, text.length())), List.of());
  }

  private Quantity only(String text) {
    List<Quantity> qs = find(text);
    assertThat(qs).as(text).hasSize(1);
    return qs.get(0);
  }

  @Test
  void dotGroupsThousandsAndSpanIncludesQualifierButNotNationality() {
    String text = "Hiện có chừng 3.200 lính Pháp đồn trú tại đây.";
    Quantity q = only(text);
    assertThat(q.value()).isEqualTo(3200);
    assertThat(q.unit()).isEqualTo("lính");
    assertThat(q.qualifier()).isEqualTo("about");
    assertThat(q.text()).isEqualTo("chừng 3.200 lính");
    assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text());
  }

  @Test
  void multipleThousandGroupsAndCommaDecimalWithMultiplier() {
    assertThat(only("Dự án tốn 1.250.000 USD.").value()).isEqualTo(1_250_000);
    Quantity q = only("Khoản viện trợ trị giá 2,5 triệu USD được thông qua.");
    assertThat(q.value()).isEqualTo(2_500_000);
    assertThat(q.unit()).isEqualTo("USD");
    assertThat(q.text()).isEqualTo("2,5 triệu USD");
    assertThat(only("Lạm phát tăng 1,5% trong quý.").value()).isEqualTo(1.5);
    assertThat(only("Ngân sách là 40 nghìn tỷ đồng.").value()).isEqualTo(4e13);
  }

  @Test
  void qualifiersMapToTheirNames() {
    assertThat(only("Có ít nhất 40 người bị thương.").qualifier()).isEqualTo("at_least");
    assertThat(only("Họ thực hiện hơn 70 cuộc tấn công.").qualifier()).isEqualTo("more_than");
    assertThat(only("Có gần 600 binh sỹ tham gia.").qualifier()).isEqualTo("nearly");
    assertThat(only("Chưa đầy 30 thành viên có mặt.").qualifier()).isEqualTo("less_than");
    assertThat(only("Tối đa 12 tàu được cập cảng.").qualifier()).isEqualTo("at_most");
    assertThat(only("Không quá 5 quốc gia phản đối.").qualifier()).isEqualTo("at_most");
    assertThat(only("Có 40 người bị thương.").qualifier()).isNull();
  }

  @Test
  void unitsAreNormalised() {
    assertThat(only("Có gần 600 binh sỹ tham gia.").unit()).isEqualTo("binh sĩ");
    assertThat(only("Tăng 7 phần trăm so với trước.").unit()).isEqualTo("%");
    assertThat(only("Giá 20 đô la một thùng.").unit()).isEqualTo("USD");
    assertThat(only("Thiệt hại 300 triệu đồng.").unit()).isEqualTo("VND");
    assertThat(only("Hai nước đã ký thỏa thuận.").unit()).isEqualTo("quốc gia");
    Quantity q = only("Họ thực hiện hơn 70 cuộc tấn công.");
    assertThat(q.unit()).isEqualTo("cuộc tấn công");
    assertThat(q.text()).isEqualTo("hơn 70 cuộc tấn công");
  }

  @Test
  void numberGluedToUnit() {
    Quantity q = only("Đường ống dài 2.300km chạy qua sa mạc.");
    assertThat(q.value()).isEqualTo(2300);
    assertThat(q.unit()).isEqualTo("km");
    assertThat(q.text()).isEqualTo("2.300km");
    assertThat(only("Tỷ lệ ủng hộ đạt 55%.").text()).isEqualTo("55%");
    assertThat(only("Khu bảo tồn rộng 1.500km2 ở phía bắc.").unit()).isEqualTo("km²");
    assertThat(only("Căn hộ rộng 75 m2 nằm ở tầng ba.").unit()).isEqualTo("m²");
  }

  @Test
  void numberWordsNeedACountedNoun() {
    Quantity q = only("Bốn binh sĩ Anh bị thương nhẹ.");
    assertThat(q.value()).isEqualTo(4);
    assertThat(q.unit()).isEqualTo("binh sĩ");
    assertThat(only("Có hai mươi lăm người tham gia.").value()).isEqualTo(25);
    assertThat(only("Đoàn gồm ba trăm người.").value()).isEqualTo(300);
    assertThat(only("Năm người bị bắt giữ.").value()).isEqualTo(5);
    assertThat(find("Năm nay họ đã ba lần thất bại, một người nói.")).isEmpty();
    assertThat(find("Một quan chức cho biết điều đó.")).isEmpty();
  }

  @Test
  void hangGivesAtLeastTheRound() {
    Quantity q = only("Hàng nghìn người xuống đường biểu tình.");
    assertThat(q.value()).isEqualTo(1000);
    assertThat(q.qualifier()).isEqualTo("at_least");
    assertThat(q.text()).isEqualTo("Hàng nghìn người");
    assertThat(only("Hàng chục tên lửa được phóng.").value()).isEqualTo(10);
    assertThat(only("Hàng trăm nghìn người di tản.").value()).isEqualTo(100_000);
  }

  @Test
  void datesYearsDurationsAndIdsAreNotQuantities() {
    assertThat(find("Ngày 14.3, phái đoàn tới thủ đô.")).isEmpty();
    assertThat(find("Sự kiện diễn ra hôm 5/9 và kéo dài 42 ngày.")).isEmpty();
    assertThat(find("Liên minh được lập năm 2015 và hoạt động tới 2021.")).isEmpty();
    assertThat(find("Đại dịch Covid-19 và nhóm G7 cùng ISIS-K được nhắc tới.")).isEmpty();
    assertThat(find("Nghị định 15/2020/NĐ-CP quy định rõ.")).isEmpty();
    assertThat(find("Giao tranh từ tháng 10-2023 kéo dài 3 năm.")).isEmpty();
    assertThat(find("Gọi đường dây nóng 0912 345 678 để được hỗ trợ.")).isEmpty();
    assertThat(find("Gọi số 0912.345.678 người trực sẽ nghe.")).isEmpty();
    assertThat(find("Có 25 trong danh sách.")).isEmpty();
  }

  @Test
  void numberInsideATimeExpressionIsRefused() {
    String text = "Sau 48 người gác đêm, họ rút.";
    int s = text.indexOf("48");
    TimeExpression te = new TimeExpression(s, s + 2, "48", TimeType.DURATION, "PT48H", null);
    assertThat(rec.find(text, List.of(new Sentence(0, text.length())), List.of(te))).isEmpty();
    assertThat(find(text)).hasSize(1);
  }

  @Test
  void parsesVietnameseDigitWriting() {
    assertThat(QuantityRecognizer.parseNumber("2.500")).isEqualTo(2500.0);
    assertThat(QuantityRecognizer.parseNumber("1,5")).isEqualTo(1.5);
    assertThat(QuantityRecognizer.parseNumber("2.500,25")).isEqualTo(2500.25);
    assertThat(QuantityRecognizer.parseNumber("8.2")).isNull();
    assertThat(QuantityRecognizer.parseNumber("3.75")).isEqualTo(3.75);
    assertThat(QuantityRecognizer.parseNumber("12.34.567")).isNull();
    assertThat(QuantityRecognizer.parseNumber("20-11")).isNull();
  }

  @Test
  void findsSeveralInOneText() {
    List<Quantity> qs = find("Mỹ có 900 quân ở Syria và hơn 80 thành viên liên minh.");
    assertThat(qs).extracting(Quantity::value).containsExactly(900.0, 80.0);
    assertThat(qs).extracting(Quantity::unit).containsExactly("quân", "thành viên");
  }

  @Test
  void caNeedsACaseNoun() {
    assertThat(find("Cô là một trong 6 ca sĩ được đề cử.")).isEmpty();
    assertThat(only("Tỉnh ghi nhận 12 ca mắc mới.").unit()).isEqualTo("ca");
  }

  @Test
  void ordinalsAndNumbersAfterDateWordsAreRefusedEvenBeforeANoun() {
    assertThat(find("Đây là lần thứ 2 quốc gia này đăng cai giải đấu.")).isEmpty();
    assertThat(find("Tính đến ngày 12 người dân đã trở về nhà.")).isEmpty();
    assertThat(find("Hai dãy số 345 678 người gọi nhầm.")).isEmpty();
  }

  @Test
  void noBreakSpaceSeparatesNumberAndUnit() {
    Quantity q = only("Lực lượng gồm 1.200\u00A0quân chính quy.");
    assertThat(q.value()).isEqualTo(1200);
    assertThat(q.unit()).isEqualTo("quân");
  }
}
