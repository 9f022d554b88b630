package dev.storyline.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.Pipeline;
import dev.storyline.model.AnalyzedArticle;
import dev.storyline.model.RawArticle;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

class ArticleHeaderTest {
  private static AnalyzedArticle analyse(String title, String text) {
    return new Pipeline().analyze(new RawArticle("a1", "test", title, text, null, "", ""), new ArrayList<>());
  }

  @Test
  void aTitleIsShownAsItIs() {
    assertThat(ArticleHeader.displayTitle(analyse("Lũ rút ở Quảng Trị", "Sáng 4/3, lũ bắt đầu rút."))).isEqualTo("Lũ rút ở Quảng Trị");
  }

  @Test
  void withoutATitleTheFirstSentenceStandsIn() {
    assertThat(ArticleHeader.displayTitle(analyse("", "Sáng 4/3, lũ bắt đầu rút. Người dân trở về nhà.")))
        .isEqualTo("Sáng 4/3, lũ bắt đầu rút.");
  }

  @Test
  void aLongOpeningIsCutAtAWordWithAnEllipsis() {
    String text = "Ủy ban nhân dân tỉnh cho biết khoảng một nghìn hai trăm hộ dân ở các xã ven sông đã được di dời"
        + " khỏi vùng ngập sâu trong đêm qua trước khi lũ lên cao nhất";
    String shown = ArticleHeader.displayTitle(analyse("", text));
    assertThat(shown).endsWith("…").hasSizeLessThanOrEqualTo(ArticleHeader.OPENING_CHARS + 1);
    assertThat(text).startsWith(shown.substring(0, shown.length() - 1));
    assertThat(text.charAt(shown.length() - 1)).isEqualTo(' ');
  }
}
