package dev.storyline.group;

import static dev.storyline.group.StoryGrouperPlacesTest.doc;
import static dev.storyline.group.StoryGrouperPlacesTest.fillers;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;

/** The refinement pass ({@link StoryGrouper.Refine}): every sentence here was written for this test. */
class StoryGrouperRefineTest {

  // An appliance maker recalls kettles; a flood in an invented province; one article mentions both.
  static final String[][] RECALL = {
      {"Vạn Tín thu hồi mười nghìn ấm đun nước điện",
          "Hãng điện gia dụng Vạn Tín thông báo thu hồi mười nghìn ấm đun nước điện vì lỗi rơ le nhiệt có thể gây chập điện."},
      {"Khách hàng mang ấm đun nước lỗi đến đổi tại cửa hàng Vạn Tín",
          "Nhiều khách hàng mang ấm đun nước điện bị lỗi rơ le nhiệt đến cửa hàng Vạn Tín để đổi sản phẩm mới."},
      {"Vạn Tín xin lỗi vì lỗi rơ le nhiệt trên ấm đun nước",
          "Tổng giám đốc Vạn Tín xin lỗi khách hàng, cam kết đổi miễn phí mọi ấm đun nước điện có rơ le nhiệt lỗi."},
      {"Cơ quan quản lý yêu cầu Vạn Tín báo cáo vụ thu hồi ấm đun nước",
          "Cơ quan quản lý thị trường yêu cầu Vạn Tín báo cáo số ấm đun nước điện lỗi đã thu hồi và đã đổi cho khách hàng."}};
  static final String[][] FLOOD = {
      {"Lũ quét ở Lâm Khê, hàng trăm hộ dân phải sơ tán",
          "Mưa lớn kéo dài gây lũ quét ở Lâm Khê, nước sông dâng cao khiến hàng trăm hộ dân phải sơ tán khẩn cấp."},
      {"Nước lũ ở Lâm Khê bắt đầu rút",
          "Sau hai ngày mưa lớn, nước lũ ở Lâm Khê bắt đầu rút, các hộ dân sơ tán trở về dọn dẹp nhà cửa."},
      {"Lâm Khê khắc phục hậu quả lũ quét",
          "Chính quyền Lâm Khê huy động bộ đội giúp các hộ dân vùng lũ dọn bùn đất, sửa đường sau trận lũ quét."},
      {"Lâm Khê hỗ trợ gạo cho hộ dân vùng lũ",
          "Lâm Khê xuất kho hai mươi tấn gạo hỗ trợ các hộ dân vùng lũ quét bị mất nhà, mất hoa màu do nước sông dâng."}};
  static final String[] BRIDGE = {"Vạn Tín tặng ấm đun nước cho hộ dân vùng lũ Lâm Khê",
      "Hãng điện gia dụng Vạn Tín tặng hai nghìn ấm đun nước điện cho các hộ dân vùng lũ quét Lâm Khê phải sơ tán."};

  /** The bridging article first (day 1), then both events' articles, interleaved, plus unrelated fillers. */
  static List<GroupDoc> bridged() {
    List<GroupDoc> docs = new ArrayList<>(fillers(20));
    docs.add(doc("bridge", BRIDGE[0], BRIDGE[1], 1, List.of(), List.of()));
    for (int i = 0; i < 4; i++) {
      docs.add(doc("recall" + i, RECALL[i][0], RECALL[i][1], 2 + i, List.of(), List.of()));
      docs.add(doc("flood" + i, FLOOD[i][0], FLOOD[i][1], 2 + i, List.of(), List.of()));
    }
    return docs;
  }

  static String storyOf(List<GroupDoc> docs, List<List<Integer>> groups, String id) {
    for (List<Integer> g : groups) for (int i : g) if (docs.get(i).id().equals(id)) return String.valueOf(g.get(0));
    throw new AssertionError(id);
  }

  static StoryGrouper grouper(double threshold, StoryGrouper.Refine refine) {
    return new StoryGrouper(StoryGrouper.Config.defaults().withThreshold(threshold).withRefine(refine));
  }

  @Test
  void splitUndoesAChainThroughOneArticle() {
    List<GroupDoc> docs = bridged();
    // A low join threshold lets the first article chain both events into one story in the single pass.
    var off = grouper(0.08, StoryGrouper.Refine.OFF).group(docs);
    assertThat(storyOf(docs, off, "recall0")).isEqualTo(storyOf(docs, off, "flood0"));
    var on = grouper(0.08, StoryGrouper.Refine.defaults()).group(docs);
    for (int i = 1; i < 4; i++) {
      assertThat(storyOf(docs, on, "recall" + i)).isEqualTo(storyOf(docs, on, "recall0"));
      assertThat(storyOf(docs, on, "flood" + i)).isEqualTo(storyOf(docs, on, "flood0"));
    }
    assertThat(storyOf(docs, on, "recall0")).isNotEqualTo(storyOf(docs, on, "flood0"));
  }

  @Test
  void noSplitOfOneEvent() {
    List<GroupDoc> docs = new ArrayList<>(fillers(20));
    for (int i = 0; i < 4; i++) docs.add(doc("flood" + i, FLOOD[i][0], FLOOD[i][1], 2 + i, List.of(), List.of()));
    var on = grouper(0.08, StoryGrouper.Refine.defaults()).group(docs);
    for (int i = 1; i < 4; i++) assertThat(storyOf(docs, on, "flood" + i)).isEqualTo(storyOf(docs, on, "flood0"));
  }

  @Test
  void mergeJoinsOneEventLeftInTwoStories() {
    List<GroupDoc> docs = new ArrayList<>(fillers(20));
    for (int i = 0; i < 4; i++) docs.add(doc("recall" + i, RECALL[i][0], RECALL[i][1], 2 + i, List.of(), List.of()));
    // A strict join threshold leaves the event in two stories after the single pass.
    StoryGrouper.Refine mergeOnly = new StoryGrouper.Refine(Integer.MAX_VALUE, 0, 0, 1, 0.40);
    var off = grouper(0.60, StoryGrouper.Refine.OFF).group(docs);
    assertThat(java.util.stream.IntStream.range(0, 4).mapToObj(i -> storyOf(docs, off, "recall" + i)).distinct().count())
        .isEqualTo(2);
    var on = grouper(0.60, mergeOnly).group(docs);
    for (int i = 1; i < 4; i++) assertThat(storyOf(docs, on, "recall" + i)).isEqualTo(storyOf(docs, on, "recall0"));
  }

  @Test
  void noMergeOfTwoEvents() {
    List<GroupDoc> docs = new ArrayList<>(fillers(20));
    for (int i = 0; i < 4; i++) {
      docs.add(doc("recall" + i, RECALL[i][0], RECALL[i][1], 2 + i, List.of(), List.of()));
      docs.add(doc("flood" + i, FLOOD[i][0], FLOOD[i][1], 2 + i, List.of(), List.of()));
    }
    var on = grouper(0.18, StoryGrouper.Refine.defaults()).group(docs);
    assertThat(storyOf(docs, on, "recall0")).isNotEqualTo(storyOf(docs, on, "flood0"));
  }

  @Test
  void sameStoriesOnOneThread() throws Exception {
    List<GroupDoc> docs = bridged();
    StoryGrouper g = grouper(0.08, StoryGrouper.Refine.defaults());
    var many = g.group(docs);
    ForkJoinPool one = new ForkJoinPool(1);
    try {
      assertThat(one.submit(() -> g.group(docs)).get()).isEqualTo(many);
    } finally {
      one.shutdown();
    }
  }
}
