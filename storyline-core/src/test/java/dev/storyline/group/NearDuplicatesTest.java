package dev.storyline.group;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NearDuplicatesTest {
  static final String BASE = "Ngân hàng nhà nước vừa công bố giảm lãi suất điều hành thêm nửa điểm phần trăm nhằm hỗ trợ doanh nghiệp "
      + "phục hồi sản xuất kinh doanh. Các ngân hàng thương mại được yêu cầu giảm lãi suất cho vay tương ứng, ưu tiên lĩnh vực "
      + "nông nghiệp, xuất khẩu và doanh nghiệp nhỏ. Giới phân tích nhận định quyết định này sẽ giúp dòng vốn lưu thông tốt hơn "
      + "trong những tháng cuối năm, dù lạm phát vẫn cần được theo dõi chặt chẽ. Nhiều doanh nghiệp bày tỏ kỳ vọng chi phí vốn "
      + "sẽ giảm rõ rệt trong quý tới.";

  @Test
  void findsALightlyEditedCopyButNotADifferentText() {
    String copy = BASE.replace("Các ngân hàng", "Các  ngân hàng") + " Theo báo điện tử.";
    String other = "Đội tuyển bóng chuyền nữ giành huy chương vàng sau trận chung kết kịch tính kéo dài năm ván đấu "
        + "trước đối thủ mạnh nhất khu vực, khép lại một mùa giải thành công.";
    List<List<Integer>> groups = new NearDuplicates().find(List.of(other, BASE, "", copy));
    assertThat(groups).containsExactly(List.of(1, 3));
  }

  @Test
  void textsSharingOnlyHalfTheirShinglesAreNotDuplicates() {
    String half = BASE.substring(0, BASE.length() / 2)
        + " Trong khi đó thị trường chứng khoán biến động mạnh, nhiều mã cổ phiếu ngân hàng giảm sàn, nhà đầu tư cá nhân bán ra ồ ạt vì lo ngại rủi ro.";
    assertThat(new NearDuplicates().find(List.of(BASE, half))).isEmpty();
  }

  @Test
  void signatureAgreementEstimatesJaccard() {
    long[] a = NearDuplicates.signature(BASE);
    assertThat(NearDuplicates.similarity(a, NearDuplicates.signature(BASE))).isEqualTo(1.0);
    assertThat(NearDuplicates.signature("   ,. ")).isNull();
  }

  /** Distinct made-up words, so shingles never repeat by accident. */
  private static String words(String prefix, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i < to; i++) b.append(prefix).append(Integer.toString(i, 36)).append(' ');
    return b.toString();
  }

  @Test
  void signatureAgreementIsCloseToTheShingleJaccardForLongAndShortTexts() {
    for (int len : new int[] {40, 120, 600}) {
      // a and b share the words [0, shared) and then differ: shingles of a: len-4, shared shingles: shared-4.
      for (double target : new double[] {0.3, 0.6, 0.9}) {
        int shared = (int) Math.round(target * (len - 4) * 2 / (1 + target)) + 4;
        String a = words("x", 0, shared) + words("a", shared, len);
        String b = words("x", 0, shared) + words("b", shared, len);
        double s1 = shared - 4, total = 2.0 * (len - 4) - s1;
        double jaccard = s1 / total;
        double est = NearDuplicates.similarity(NearDuplicates.signature(a), NearDuplicates.signature(b));
        assertThat(est).as("len %d, jaccard %.2f", len, jaccard).isCloseTo(jaccard, org.assertj.core.data.Offset.offset(0.15));
      }
    }
    // A short text (fewer shingles than bins) compared with itself and with an unrelated one.
    String shortText = words("q", 0, 20);
    assertThat(NearDuplicates.similarity(NearDuplicates.signature(shortText), NearDuplicates.signature(shortText))).isEqualTo(1.0);
    assertThat(NearDuplicates.similarity(NearDuplicates.signature(shortText), NearDuplicates.signature(words("r", 0, 20)))).isLessThan(0.1);
  }
}
