package dev.storyline.group;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.model.PartialDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StoryGrouperTest {

  static GroupDoc doc(String id, String title, String text, PartialDate date, String... entities) {
    return new GroupDoc(id, title, text, date, List.of(entities));
  }

  static PartialDate d(int y, int m, int day) { return PartialDate.ofDay(y, m, day); }

  /** Three stories of three articles each, plus one unrelated article. Written for this test. */
  static List<GroupDoc> corpus() {
    return List.of(
        doc("bao1", "Bão số 5 đổ bộ Quảng Ngãi, hàng nghìn nhà tốc mái",
            "Cơn bão số 5 đổ bộ vào tỉnh Quảng Ngãi đêm qua với sức gió giật mạnh. Hàng nghìn ngôi nhà bị tốc mái, cây xanh gãy đổ, điện lưới mất trên diện rộng.",
            d(2023, 10, 1)),
        doc("gia1", "Giá xăng tăng mạnh từ chiều nay",
            "Liên bộ Công Thương và Tài chính điều chỉnh giá xăng dầu tăng mạnh. Giá xăng RON 95 tăng thêm gần một nghìn đồng mỗi lít, dầu diesel cũng tăng.",
            d(2023, 10, 2)),
        doc("bong1", "Đội tuyển Việt Nam thắng Thái Lan ở bán kết",
            "Đội tuyển bóng đá Việt Nam đánh bại Thái Lan hai bàn không ở trận bán kết. Tiền đạo ghi bàn thắng ở hiệp hai, huấn luyện viên khen các cầu thủ.",
            d(2023, 10, 3)),
        doc("bao2", "Quảng Ngãi khắc phục hậu quả bão số 5",
            "Sau bão số 5, tỉnh Quảng Ngãi huy động bộ đội giúp dân lợp lại mái nhà bị tốc mái. Điện lưới dần được khôi phục, cây xanh gãy đổ được dọn dẹp.",
            d(2023, 10, 3)),
        doc("gia2", "Doanh nghiệp vận tải lo chi phí khi giá xăng dầu tăng",
            "Giá xăng dầu tăng mạnh khiến doanh nghiệp vận tải lo lắng. Giá dầu diesel tăng làm chi phí mỗi chuyến xe tăng, giá cước có thể điều chỉnh.",
            d(2023, 10, 4)),
        doc("trien", "Triển lãm tranh sơn mài của họa sĩ trẻ tại Hà Nội",
            "Một triển lãm tranh sơn mài khai mạc tại bảo tàng mỹ thuật, giới thiệu sáu mươi tác phẩm về làng quê, chợ phiên và lễ hội truyền thống.",
            d(2023, 10, 4)),
        doc("bong2", "Thái Lan thua Việt Nam, báo chí Thái Lan thất vọng",
            "Báo chí Thái Lan thất vọng sau khi đội tuyển thua Việt Nam ở bán kết. Các cầu thủ Thái Lan không ghi được bàn thắng nào trong trận bán kết.",
            d(2023, 10, 4)),
        doc("bao3", "Bão số 5 gây thiệt hại nặng cho nông dân Quảng Ngãi",
            "Bão số 5 làm hàng trăm héc ta hoa màu của Quảng Ngãi bị ngập, nhiều ngôi nhà tốc mái. Tỉnh đề nghị hỗ trợ nông dân khắc phục hậu quả bão.",
            d(2023, 10, 5)),
        doc("gia3", "Giá xăng RON 95 có thể tiếp tục tăng kỳ tới",
            "Chuyên gia dự báo giá xăng RON 95 và dầu diesel có thể tiếp tục tăng trong kỳ điều chỉnh tới do giá dầu thế giới tăng mạnh.",
            d(2023, 10, 6)),
        doc("bong3", "Đội tuyển Việt Nam chuẩn bị cho trận chung kết sau khi thắng Thái Lan",
            "Sau trận bán kết thắng Thái Lan, đội tuyển Việt Nam tập luyện cho trận chung kết. Huấn luyện viên cho các cầu thủ ghi bàn nghỉ ngơi.",
            d(2023, 10, 6)));
  }

  static Set<Set<String>> partition(List<GroupDoc> docs, List<List<Integer>> clusters) {
    Set<Set<String>> out = new HashSet<>();
    for (List<Integer> c : clusters) {
      Set<String> ids = new HashSet<>();
      for (int i : c) ids.add(docs.get(i).id());
      out.add(ids);
    }
    return out;
  }

  @Test
  void groupsThreeStoriesAndLeavesTheUnrelatedArticleAlone() {
    List<GroupDoc> docs = corpus();
    Set<Set<String>> p = partition(docs, new StoryGrouper().group(docs));
    assertThat(p).containsExactlyInAnyOrder(
        Set.of("bao1", "bao2", "bao3"), Set.of("gia1", "gia2", "gia3"),
        Set.of("bong1", "bong2", "bong3"), Set.of("trien"));
  }

  @Test
  void everyIndexOnceMembersAscendingClustersByFirstMember() {
    List<GroupDoc> docs = corpus();
    List<List<Integer>> clusters = new StoryGrouper().group(docs);
    List<Integer> seen = new ArrayList<>();
    int lastFirst = -1;
    for (List<Integer> c : clusters) {
      assertThat(c).isSorted();
      assertThat(c.get(0)).isGreaterThan(lastFirst);
      lastFirst = c.get(0);
      seen.addAll(c);
    }
    Collections.sort(seen);
    assertThat(seen).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
  }

  @Test
  void sameResultWhateverTheInputOrder() {
    List<GroupDoc> docs = corpus();
    Set<Set<String>> expected = partition(docs, new StoryGrouper().group(docs));
    for (long seed = 1; seed <= 20; seed++) {
      List<GroupDoc> shuffled = new ArrayList<>(docs);
      Collections.shuffle(shuffled, new Random(seed));
      assertThat(partition(shuffled, new StoryGrouper().group(shuffled))).as("seed %d", seed).isEqualTo(expected);
    }
  }

  @Test
  void sameFloodStoryAYearApartWithoutSharedEntitiesSplits() {
    String t1 = "Lũ lớn nhấn chìm nhiều xã ven sông, người dân sơ tán khẩn cấp";
    String x1 = "Mưa lớn kéo dài khiến nước sông dâng cao, lũ nhấn chìm nhiều xã ven sông. Chính quyền sơ tán khẩn cấp người dân vùng trũng, nhiều tuyến đường ngập sâu.";
    String t2 = "Nước lũ dâng cao, nhiều xã ven sông bị ngập sâu";
    String x2 = "Lũ trên sông dâng cao sau nhiều ngày mưa lớn, nhiều xã ven sông ngập sâu. Người dân vùng trũng được sơ tán khẩn cấp, đường sá chia cắt.";
    List<GroupDoc> yearApart = List.of(doc("a", t1, x1, d(2022, 10, 10)), doc("b", t2, x2, d(2023, 10, 20)));
    List<GroupDoc> daysApart = List.of(doc("a", t1, x1, d(2023, 10, 18)), doc("b", t2, x2, d(2023, 10, 20)));
    StoryGrouper g = new StoryGrouper();
    assertThat(g.group(daysApart)).hasSize(1);
    assertThat(g.group(yearApart)).hasSize(2);
  }

  @Test
  void aStoryNamingTheSameActorsJoinsAcrossALongGap() {
    String t1 = "Thành phố phê duyệt dự án tuyến đường sắt đô thị số hai";
    String x1 = "Hội đồng nhân dân thành phố thông qua chủ trương đầu tư tuyến đường sắt đô thị số hai dài mười cây số, tổng vốn hơn mười nghìn tỷ đồng.";
    String t2 = "Khởi công tuyến đường sắt đô thị số hai sau nhiều tháng chuẩn bị";
    String x2 = "Sau tám tháng chuẩn bị mặt bằng, tuyến đường sắt đô thị số hai chính thức khởi công, nhà thầu cam kết thi công ba ca liên tục.";
    // Unrelated articles, so that IDF means something in this small batch.
    List<GroupDoc> fillers = List.of(
        doc("f1", "Giải chạy việt dã mùa xuân", "Hàng trăm vận động viên tham gia giải chạy việt dã quanh hồ.", d(2022, 6, 1)),
        doc("f2", "Lễ hội hoa ban nở rộ", "Lễ hội hoa ban thu hút du khách lên vùng núi phía bắc.", d(2022, 6, 1)),
        doc("f3", "Thị trường vàng giảm nhẹ", "Giá vàng miếng giảm nhẹ trong phiên giao dịch sáng.", d(2022, 6, 1)));
    List<GroupDoc> noActors = new ArrayList<>(List.of(doc("a", t1, x1, d(2022, 3, 15)), doc("b", t2, x2, d(2022, 11, 28))));
    noActors.addAll(fillers);
    List<GroupDoc> sameActors = new ArrayList<>(List.of(doc("a", t1, x1, d(2022, 3, 15), "E:thanh_pho_x", "E:ban_quan_ly"),
        doc("b", t2, x2, d(2022, 11, 28), "E:thanh_pho_x", "E:ban_quan_ly")));
    sameActors.addAll(fillers);
    StoryGrouper g = new StoryGrouper();
    assertThat(g.group(noActors)).hasSize(5);
    assertThat(g.group(sameActors)).hasSize(4).contains(List.of(0, 1));
  }

  @Test
  void aSmallBatchGroupsByItsActorsAcrossYearsButKeepsUnrelatedArticlesApart() {
    // Three articles on one long negotiation (shared actors), years apart, and two unrelated ones.
    List<GroupDoc> docs = List.of(
        doc("n1", "Hai nước bắt đầu đàm phán về tương lai lực lượng đồn trú",
            "Hai nước bắt đầu đàm phán về tương lai lực lượng đồn trú tại căn cứ phía bắc, các bên cam kết giữ ổn định.",
            d(2021, 11, 20), "E:nuoc_a", "E:nuoc_b", "E:can_cu"),
        doc("n2", "Đàm phán về lực lượng đồn trú tạm dừng sau vụ tấn công",
            "Vòng đàm phán về lực lượng đồn trú tạm dừng sau vụ tấn công vào căn cứ phía bắc, hai nước trao đổi cáo buộc.",
            d(2024, 1, 28), "E:nuoc_a", "E:nuoc_b", "E:can_cu"),
        doc("n3", "Hai nước nối lại đàm phán, lực lượng đồn trú sẽ rút dần",
            "Hai nước nối lại đàm phán và thống nhất lực lượng đồn trú tại căn cứ phía bắc sẽ rút dần trong hai năm.",
            d(2024, 7, 23), "E:nuoc_a", "E:nuoc_b"),
        doc("u1", "Giá cà phê lập đỉnh mới", "Giá cà phê nhân xô tại Tây Nguyên lập đỉnh mới, nông dân phấn khởi nhưng lo giá đảo chiều.",
            d(2024, 1, 28), "E:tay_nguyen"),
        doc("u2", "Khai mạc lễ hội hoa xuân", "Lễ hội hoa xuân khai mạc tại công viên trung tâm, thu hút hàng nghìn lượt khách mỗi ngày.",
            d(2024, 1, 29)));
    assertThat(new StoryGrouper().group(docs)).containsExactly(List.of(0, 1, 2), List.of(3), List.of(4));
  }

  @Test
  void withoutDatesTimeDoesNotSplit() {
    String x = "Mưa lớn kéo dài khiến nước sông dâng cao, lũ nhấn chìm nhiều xã ven sông.";
    List<GroupDoc> docs = List.of(doc("a", "Lũ lớn ven sông", x, null), doc("b", "Lũ lớn ven sông", x + " Người dân sơ tán.", d(2023, 1, 1)));
    assertThat(new StoryGrouper().group(docs)).hasSize(1);
  }

  @Test
  void sharedEntitiesPullWeaklySimilarArticlesTogether() {
    List<GroupDoc> docs = List.of(
        doc("a", "Bộ trưởng thăm nhà máy điện gió", "Bộ trưởng đến thăm nhà máy điện gió ven biển và nghe báo cáo sản lượng.", d(2023, 5, 1), "E:nguyen_van_a", "E:tra_vinh"),
        doc("b", "Khánh thành cầu mới bắc qua sông", "Cầu mới bắc qua sông được khánh thành, rút ngắn đường đi cho người dân.", d(2023, 5, 2), "E:nguyen_van_a", "E:tra_vinh"),
        // Unrelated articles, so that the shared entities are rare in the batch (high IDF).
        doc("f1", "Giải chạy việt dã mùa xuân", "Hàng trăm vận động viên tham gia giải chạy việt dã quanh hồ.", d(2023, 5, 1)),
        doc("f2", "Lễ hội hoa ban nở rộ", "Lễ hội hoa ban thu hút du khách lên vùng núi phía bắc.", d(2023, 5, 1)),
        doc("f3", "Thị trường vàng giảm nhẹ", "Giá vàng miếng giảm nhẹ trong phiên giao dịch sáng.", d(2023, 5, 1)));
    StoryGrouper withEntities = new StoryGrouper(StoryGrouper.Config.defaults()
        .withVectors(new TfIdfVectorizer.Options(6.0, 0.3, 2, true)));
    StoryGrouper noEntities = new StoryGrouper(StoryGrouper.Config.defaults()
        .withVectors(new TfIdfVectorizer.Options(0.0, 0.3, 2, true)));
    assertThat(noEntities.group(docs)).hasSize(5);
    assertThat(withEntities.group(docs)).hasSize(4).contains(List.of(0, 1));
  }

  @Test
  void nearDuplicateCopiesJoinTheirOriginalEvenFarApartInTime() {
    String body = "Sáng nay, ủy ban nhân dân thành phố tổ chức lễ khởi công tuyến đường sắt đô thị số ba nối trung tâm với khu đô thị phía tây. "
        + "Tuyến dài mười hai cây số, có tám nhà ga trên cao và bốn nhà ga ngầm, dự kiến hoàn thành sau năm năm thi công. "
        + "Lãnh đạo thành phố cho biết dự án giúp giảm ùn tắc giao thông và ô nhiễm không khí ở khu vực nội đô.";
    List<GroupDoc> docs = List.of(
        doc("orig", "Khởi công tuyến đường sắt đô thị số ba", body, d(2023, 3, 1)),
        doc("copy", "Khởi công tuyến đường sắt đô thị số ba", body + " Ảnh: báo địa phương.", d(2024, 9, 1)));
    assertThat(new StoryGrouper().group(docs)).containsExactly(List.of(0, 1));
    // Without near-duplicate handling the 18-month gap separates the copy.
    StoryGrouper plain = new StoryGrouper(StoryGrouper.Config.defaults().withNearDuplicates(false));
    assertThat(plain.group(docs)).hasSize(2);
  }

  @Test
  void emptyInputGivesNoClusters() {
    assertThat(new StoryGrouper().group(List.of())).isEmpty();
  }
}
