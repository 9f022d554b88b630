package dev.storyline.group;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.model.PartialDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Place evidence ({@link StoryGrouper.Places}): every sentence here was written for this test. */
class StoryGrouperPlacesTest {

  static PartialDate d(int day) { return PartialDate.ofDay(2024, 4, day); }

  static GroupDoc doc(String id, String title, String text, int day, List<String> entities, List<String> places) {
    return new GroupDoc(id, title, text, d(day), entities, places);
  }

  /** Unrelated articles, so that the batch is big enough for place evidence and IDF means something. */
  static List<GroupDoc> fillers(int n) {
    String[][] topics = {
        {"Giải cờ vua thiếu niên khai mạc", "Hơn hai trăm kỳ thủ nhí tranh tài ở giải cờ vua thiếu niên mùa hè."},
        {"Giá cà phê nhân xuất khẩu giảm", "Giá cà phê nhân xuất khẩu giảm phiên thứ ba liên tiếp vì nguồn cung dồi dào."},
        {"Ra mắt tập thơ về biển", "Nhà thơ trẻ ra mắt tập thơ viết về biển và những chuyến tàu đánh cá."},
        {"Trường học thêm giờ dạy bơi", "Nhiều trường tiểu học thêm giờ dạy bơi miễn phí cho học sinh trong hè."},
        {"Ngân hàng giảm lãi suất cho vay", "Một số ngân hàng thương mại giảm lãi suất cho vay mua nhà thêm nửa điểm."},
        {"Lễ hội diều sáo bên đê", "Lễ hội thả diều sáo thu hút người dân ba làng ven đê cuối tuần."},
        {"Đội bóng chuyền nữ tập huấn", "Đội tuyển bóng chuyền nữ tập huấn hai tuần trước giải vô địch khu vực."},
        {"Hội chợ sách cũ mở cửa", "Hội chợ sách cũ mở cửa với hàng vạn đầu sách giá rẻ cho sinh viên."},
        {"Nông dân thu hoạch vải sớm", "Nông dân vùng đồi thu hoạch vải sớm, thương lái đến tận vườn thu mua."},
        {"Bảo tàng trưng bày gốm cổ", "Bảo tàng trưng bày bộ sưu tập gốm cổ tìm thấy dưới lòng sông."},
        {"Ứng dụng đặt xe tăng giá cước", "Ứng dụng đặt xe công nghệ tăng giá cước giờ cao điểm thêm mười phần trăm."},
        {"Dàn nhạc giao hưởng biểu diễn ngoài trời", "Dàn nhạc giao hưởng biểu diễn miễn phí ngoài trời tối thứ bảy."},
        {"Thị trường ô tô cũ sôi động", "Thị trường ô tô cũ sôi động trở lại, xe gầm cao được tìm mua nhiều."},
        {"Câu lạc bộ đạp xe vì môi trường", "Câu lạc bộ đạp xe tổ chức hành trình nhặt rác dọc bờ hồ."},
        {"Doanh nghiệp dệt may tuyển thêm công nhân", "Các doanh nghiệp dệt may tuyển thêm công nhân cho đơn hàng cuối năm."},
        {"Học sinh đoạt giải robot", "Nhóm học sinh trung học đoạt giải nhất cuộc thi lập trình robot."},
        {"Giá thép xây dựng đi ngang", "Giá thép xây dựng đi ngang sau ba lần giảm từ đầu quý."},
        {"Vườn quốc gia thả cá thể rùa", "Vườn quốc gia thả về tự nhiên mười cá thể rùa quý được cứu hộ."},
        {"Phim hoạt hình nội địa ra rạp", "Bộ phim hoạt hình đầu tay của nhóm họa sĩ trẻ ra rạp dịp hè."},
        {"Chợ đêm mở thêm khu ẩm thực", "Chợ đêm mở thêm khu ẩm thực với các món ăn vùng núi."}};
    List<GroupDoc> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(doc("f" + i, topics[i % topics.length][0], topics[i % topics.length][1], 1 + i % 9, List.of(), List.of()));
    }
    return out;
  }

  // Two warehouse fires the same week, in two invented provinces: same kind of event, much the same words.
  static final String FIRE_T1 = "Cháy lớn tại kho hàng ở Lâm Khê, thiệt hại hàng tỷ đồng";
  static final String FIRE_X1 = "Rạng sáng nay một vụ cháy lớn bùng phát tại kho hàng ở Lâm Khê. Lực lượng cảnh sát phòng cháy "
      + "chữa cháy điều mười xe chữa cháy đến hiện trường, sau ba giờ đám cháy được dập tắt, không có thiệt hại về người.";
  static final String FIRE_T2 = "Lâm Khê điều tra nguyên nhân vụ cháy kho hàng";
  static final String FIRE_X2 = "Cơ quan chức năng Lâm Khê đang điều tra nguyên nhân vụ cháy kho hàng rạng sáng qua. Đám cháy "
      + "được lực lượng phòng cháy chữa cháy dập tắt sau ba giờ, thiệt hại ước tính hàng tỷ đồng.";
  static final String FIRE_T3 = "Cháy kho hàng ở Vân Sơn trong đêm";
  static final String FIRE_X3 = "Đêm qua ngọn lửa bốc lên từ một kho hàng ở Vân Sơn. Lính cứu hỏa có mặt, "
      + "người dân cùng dập lửa, toàn bộ máy móc và hàng hóa bị thiêu rụi.";
  static final String FIRE_T4 = "Vân Sơn: kho hàng bị thiêu rụi sau vụ cháy đêm";
  static final String FIRE_X4 = "Vụ cháy kho hàng ở Vân Sơn đêm qua thiêu rụi toàn bộ máy móc và hàng hóa. Chủ kho "
      + "cho biết ngọn lửa bùng lên từ khu để máy móc.";

  static final String LK = "location:lam-khe", VS = "location:van-son", BD = "location:ben-do";

  /** 20 fillers, then the two fires' articles (indexes 20–23), each fire's with the given places. */
  static List<GroupDoc> fires(List<String> lk, List<String> vs) {
    List<GroupDoc> docs = new ArrayList<>(fillers(20));
    docs.add(doc("lk1", FIRE_T1, FIRE_X1, 10, lk, lk));
    docs.add(doc("lk2", FIRE_T2, FIRE_X2, 11, lk, lk));
    docs.add(doc("vs1", FIRE_T3, FIRE_X3, 12, vs, vs));
    docs.add(doc("vs2", FIRE_T4, FIRE_X4, 13, vs, vs));
    return docs;
  }

  static int clusterOf(List<GroupDoc> docs, List<List<Integer>> clusters, String id) {
    for (int c = 0; c < clusters.size(); c++) for (int i : clusters.get(c)) if (docs.get(i).id().equals(id)) return c;
    throw new AssertionError(id);
  }

  static boolean together(List<GroupDoc> docs, List<List<Integer>> clusters, String a, String b) {
    return clusterOf(docs, clusters, a) == clusterOf(docs, clusters, b);
  }

  @Test
  void twoFiresInTwoProvincesTheSameWeekAreTwoStories() {
    List<GroupDoc> docs = fires(List.of(LK), List.of(VS));
    // The single pass alone (the refinement pass may split the fires on their words: StoryGrouperRefineTest).
    StoryGrouper.Config single = StoryGrouper.Config.defaults().withRefine(StoryGrouper.Refine.OFF);
    List<List<Integer>> off = new StoryGrouper(single.withPlaces(StoryGrouper.Places.OFF)).group(docs);
    List<List<Integer>> on = new StoryGrouper(single).group(docs);
    // Without place evidence the words alone join the two fires.
    assertThat(together(docs, off, "lk1", "vs1")).isTrue();
    assertThat(together(docs, on, "lk1", "lk2")).isTrue();
    assertThat(together(docs, on, "vs1", "vs2")).isTrue();
    assertThat(together(docs, on, "lk1", "vs1")).isFalse();
  }

  @Test
  void anArticleNamingTheStorysPlaceIsNoConflictEvenWhenItsOwnSalientPlaceIsADistrict() {
    // The follow-up is about a district (its salient place) but names the province the story is about.
    StoryGrouper strict = new StoryGrouper(StoryGrouper.Config.defaults().withPlaces(new StoryGrouper.Places(0.2, 1, 0.05)));
    List<GroupDoc> names = fires(List.of(LK), List.of(VS));
    names.set(21, doc("lk2", FIRE_T2, FIRE_X2, 11, List.of(BD, LK), List.of(BD)));
    assertThat(together(names, strict.group(names), "lk1", "lk2")).isTrue();
    // The same follow-up naming only its district is taken for another place.
    List<GroupDoc> districtOnly = fires(List.of(LK), List.of(VS));
    districtOnly.set(21, doc("lk2", FIRE_T2, FIRE_X2, 11, List.of(BD), List.of(BD)));
    assertThat(together(districtOnly, strict.group(districtOnly), "lk1", "lk2")).isFalse();
    // The other way round: the story is about the district and names the province the follow-up is about.
    List<GroupDoc> storyNames = fires(List.of(LK), List.of(VS));
    storyNames.set(20, doc("lk1", FIRE_T1, FIRE_X1, 10, List.of(BD, LK), List.of(BD)));
    assertThat(together(storyNames, strict.group(storyNames), "lk1", "lk2")).isTrue();
  }

  @Test
  void aPlaceSalientInManyArticlesOfTheBatchIsNoEvidence() {
    // Every filler is about the same country: a place that common tells no story from another.
    List<GroupDoc> docs = new ArrayList<>();
    for (GroupDoc f : fillers(20)) docs.add(new GroupDoc(f.id(), f.title(), f.text(), f.date(), List.of(VS), List.of(VS)));
    docs.addAll(fires(List.of(LK), List.of(VS)).subList(20, 24));
    // The single pass alone (the refinement pass may split the fires on their words).
    List<List<Integer>> on = new StoryGrouper(StoryGrouper.Config.defaults().withRefine(StoryGrouper.Refine.OFF)).group(docs);
    assertThat(together(docs, on, "lk1", "vs1")).isTrue();
  }

  @Test
  void aSmallBatchIgnoresPlaces() {
    List<GroupDoc> docs = fires(List.of(LK), List.of(VS)).subList(20, 24);
    StoryGrouper off = new StoryGrouper(StoryGrouper.Config.defaults().withPlaces(StoryGrouper.Places.OFF));
    assertThat(new StoryGrouper().group(docs)).isEqualTo(off.group(docs));
  }

  @Test
  void withoutPlacesTheGroupingIsUnchanged() {
    List<GroupDoc> docs = fires(List.of(), List.of());
    StoryGrouper off = new StoryGrouper(StoryGrouper.Config.defaults().withPlaces(StoryGrouper.Places.OFF));
    assertThat(new StoryGrouper().group(docs)).isEqualTo(off.group(docs));
  }

  @Test
  void placeFactorsAreChecked() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new StoryGrouper.Places(0, 1, 0.05))
        .isInstanceOf(IllegalArgumentException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new StoryGrouper.Places(0.5, 0.9, 0.05))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
