package dev.storyline.analysis.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.analysis.SentenceSplitter;
import dev.storyline.model.AnalyzedArticle;
import dev.storyline.model.EntityMention;
import dev.storyline.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The recogniser's mentions fed to the linker: the merges and non-merges that the bundled examples rely on. */
class RecognizeAndLinkTest {
  private final EntityRecognizer recognizer = new EntityRecognizer();
  private final SentenceSplitter splitter = new SentenceSplitter();
  private final EntityLinker linker = new EntityLinker();

  private AnalyzedArticle analyzed(String id, String text) {
    List<EntityMention> ms = recognizer.find(text, splitter.split(text));
    return EntityLinkerTest.analyzed(id, text, ms, List.of());
  }

  /** Entity id of the first mention with this exact text in article k. */
  private static String idOf(LinkResult r, int k, String text) {
    for (EntityMention m : r.articles().get(k).entities()) if (m.text().equals(text)) return m.entity();
    throw new AssertionError("no mention " + text + " in " + mentions(r, k));
  }

  private static List<String> mentions(LinkResult r, int k) {
    List<String> out = new ArrayList<>();
    for (EntityMention m : r.articles().get(k).entities()) out.add(m.text() + "/" + m.type());
    return out;
  }

  @Test
  void spellingsOfOneArabNameMergeButAnotherGivenNameStaysApart() {
    LinkResult r = linker.link(List.of(
        analyzed("x1", "Đặc phái viên Mohammed bin Salim al-Rawahi đã tới cảng. Ông al-Rawahi nói cuộc gặp kéo dài."),
        analyzed("x2", "Theo ông Mohamed al-Rawahi, các bên đã đồng ý. Trong khi đó, ông Hamad al-Rawahi bán bảo hiểm tàu biển.")));
    String envoy = idOf(r, 0, "Mohammed bin Salim al-Rawahi");
    assertThat(idOf(r, 0, "al-Rawahi")).isEqualTo(envoy);
    assertThat(idOf(r, 1, "Mohamed al-Rawahi")).isEqualTo(envoy);
    assertThat(idOf(r, 1, "Hamad al-Rawahi")).isNotEqualTo(envoy);
  }

  @Test
  void sameGivenNameWithDifferentSurnamesAreTwoPeople() {
    LinkResult r = linker.link(List.of(
        analyzed("y1", "Thứ trưởng Lưu Quang Khải tiếp đoàn thủy thủ. Ông Khải hứa hỗ trợ."),
        analyzed("y2", "Máy trưởng Trần Văn Khải kể lại chuyến đi, còn ông Lưu Quang Khải chúc mừng.")));
    assertThat(idOf(r, 1, "Trần Văn Khải")).isNotEqualTo(idOf(r, 1, "Lưu Quang Khải"));
    assertThat(idOf(r, 1, "Lưu Quang Khải")).isEqualTo(idOf(r, 0, "Lưu Quang Khải"));
  }

  @Test
  void aPersonAndTheCompanyNamedAfterHimStayApart() {
    LinkResult r = linker.link(List.of(
        analyzed("z1", "Ông Pieter van der Meer điều hành hãng Van der Meer Shipping từ năm ngoái.")));
    List<EntityMention> ms = r.articles().get(0).entities();
    assertThat(ms).extracting(EntityMention::text, EntityMention::type).contains(
        org.assertj.core.groups.Tuple.tuple("Pieter van der Meer", EntityType.PERSON),
        org.assertj.core.groups.Tuple.tuple("Van der Meer Shipping", EntityType.ORGANIZATION));
    assertThat(idOf(r, 0, "Pieter van der Meer")).isNotEqualTo(idOf(r, 0, "Van der Meer Shipping"));
  }

  @Test
  void abbreviatedPeoplesCommitteeIsTheSameBodyAsTheFullName() {
    LinkResult r = linker.link(List.of(
        analyzed("u1", "Chiều qua, Ủy ban nhân dân tỉnh Quảng Ngãi đã họp khẩn."),
        analyzed("u2", "Sáng nay UBND tỉnh Quảng Ngãi ra công điện về lũ.")));
    assertThat(idOf(r, 1, "UBND tỉnh Quảng Ngãi")).isEqualTo(idOf(r, 0, "Ủy ban nhân dân tỉnh Quảng Ngãi"));
  }
}
