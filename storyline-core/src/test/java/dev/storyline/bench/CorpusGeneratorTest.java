package dev.storyline.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.model.PartialDate;
import dev.storyline.model.RawArticle;
import java.util.List;
import org.junit.jupiter.api.Test;

class CorpusGeneratorTest {
  private static final List<RawArticle> SEEDS = List.of(
      new RawArticle("a01", "s", "", "Ông Trần Minh Khoa cho biết ngày 12/3 tỉnh Hà Giang đã chi 450 tỷ đồng. "
          + "Bà Lê Thu Hà nói công trình sẽ xong vào năm 2021.\nCơ quan chức năng đang điều tra vụ việc.",
          PartialDate.ofDay(2020, 1, 2), "", ""),
      new RawArticle("b01", "s", "", "Giá xăng tăng 3 lần trong tháng qua theo Bộ Công Thương. "
          + "Người dân ở Đà Nẵng phải trả thêm 1.200 đồng mỗi lít.", PartialDate.ofDay(2021, 5, 6), "", ""));

  @Test
  void sameSeedSameCorpusAndPrefixesAgree() {
    List<RawArticle> a = new CorpusGenerator(SEEDS, 7).generate(40);
    List<RawArticle> b = new CorpusGenerator(SEEDS, 7).generate(20);
    assertThat(a.subList(0, 20)).isEqualTo(b);
    assertThat(new CorpusGenerator(SEEDS, 7).article(33)).isEqualTo(a.get(33));
    assertThat(new CorpusGenerator(SEEDS, 8).generate(40)).isNotEqualTo(a);
  }

  @Test
  void articlesAreNonEmptyWithUniqueIdsAndDates() {
    List<RawArticle> a = new CorpusGenerator(SEEDS, 1).generate(100);
    assertThat(a).extracting(RawArticle::id).doesNotHaveDuplicates();
    assertThat(a).allSatisfy(r -> {
      assertThat(r.text()).isNotBlank().contains(" ");
      assertThat(r.published()).isNotNull();
      assertThat(r.title()).isNotBlank();
    });
  }

  @Test
  void numbersAreRedrawnAndDatesStayValid() {
    List<RawArticle> a = new CorpusGenerator(SEEDS, 3).generate(200);
    String all = String.join("\n", a.stream().map(RawArticle::text).toList());
    // Redrawn digits: some amount other than the seed's 450 appears before "tỷ đồng".
    assertThat(all).containsPattern("(?<!\\d)(?!450 )\\d{3} tỷ đồng");
    var m = java.util.regex.Pattern.compile("ngày (\\d+)/(\\d+)").matcher(all);
    int dates = 0;
    while (m.find()) {
      dates++;
      assertThat(Integer.parseInt(m.group(1))).isBetween(1, 28);
      assertThat(Integer.parseInt(m.group(2))).isBetween(1, 12);
    }
    assertThat(dates).isPositive();
  }

  @Test
  void namesComeFromTheSeedNames() {
    List<RawArticle> a = new CorpusGenerator(SEEDS, 5).generate(200);
    String all = String.join("\n", a.stream().map(RawArticle::text).toList());
    // A name at a name's place is one of the seed names, never a blend of two.
    assertThat(all).doesNotContain("Ông Trần Minh Khoa Lê");
    assertThat(all).containsAnyOf("Lê Thu Hà", "Trần Minh Khoa", "Hà Giang", "Đà Nẵng", "Bộ Công Thương");
  }
}
