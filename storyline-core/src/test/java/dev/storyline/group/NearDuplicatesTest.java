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
}
