package dev.storyline.analysis.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

  /**
   * The tokenizer decides while scanning whether a word's key can be the word itself; whatever it decides, each key
   * must be what {@link NameKeys#nfcKey} gives, and the very same string when nothing changes (TokenWords relies on
   * that identity).
   */
  @Test
  void everyWordKeyIsTheNameKeyOfItsText() {
    String text = "Ông Nguyễn Văn Hoà nói hoà bình, thuỷ điện Thuỷ Nguyên; HOÀ. Ủy ban ủy ban Uỷ ban "
        + "iPhone McCain al-Sudani TP.HCM GD&ĐT ǅemal ℂity İzmir ΣΟΦΙΑ o’Neil Kho’ Hòa Khoá khỏe khoẻ 2.500 Covid-19.";
    List<Token> ts = Tokenizer.tokens(text, List.of());
    assertThat(ts).filteredOn(Token::word).hasSizeGreaterThan(30);
    for (Token t : ts) {
      if (!t.word()) continue;
      String expected = NameKeys.nfcKey(t.text());
      assertThat(t.key()).as(t.text()).isEqualTo(expected);
      if (expected.equals(t.text())) assertThat(t.key()).as(t.text()).isSameAs(t.text());
      assertThat(t.capitalised()).as(t.text()).isEqualTo(Character.isUpperCase(t.text().codePointAt(0)));
    }
  }

  /** The words that need NameKeys: capitals anywhere, old-style tone placement ("hoà"), and nothing else. */
  @Test
  void plainLowerCaseWordsAreTheirOwnKey() {
    List<Token> ts = Tokenizer.tokens("bình thường hoà", List.of());
    assertThat(ts.get(0).key()).isSameAs(ts.get(0).text());
    assertThat(ts.get(1).key()).isSameAs(ts.get(1).text());
    assertThat(ts.get(2).key()).isEqualTo("hòa");
  }

  /** Sentence starts mark the first word as initial, wherever the scan meets them. */
  @Test
  void sentenceStartsMarkInitialWords() {
    String text = "Một hai ba bốn năm";
    var sentences = List.of(new dev.storyline.model.Sentence(0, 7), new dev.storyline.model.Sentence(8, 18));
    List<Token> ts = Tokenizer.tokens(text, sentences);
    assertThat(ts).extracting(Token::initial).containsExactly(true, false, true, false, false);
  }
}
