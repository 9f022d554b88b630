package dev.storyline.analysis.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.analysis.SentenceSplitter;
import dev.storyline.analysis.quantity.Tokens;
import java.util.List;
import dev.storyline.analysis.LowerWords;
import org.junit.jupiter.api.Test;

/** The recogniser's words handed to the quantity/quote tokenizer change nothing in its tokens, only who cuts them. */
class TokenWordsTest {
  private static final String TEXT = """
      Sáng 12.3, ông Trần Văn Khải (Bộ Y tế) cho biết khoảng 2.500 người đã tiêm tại TP.HCM; "Hoà bình" là hoà.
      Theo AFP, ISIS-K nhận 1,5 triệu USD. Thuỷ điện Ngòi Xanh ở İzmir, ΣΟΦΙΑΣ thuê 30 kỹ sư Al-Mazra'a, giá 15/2020.\u00a0Hết.
      """;

  @Test
  void tokensAreTheSameWithAndWithoutTheRecognisersWords() {
    var recognized = new EntityRecognizer().recognize(TEXT, new SentenceSplitter().split(TEXT));
    List<Tokens.Token> shared = Tokens.scan(TEXT, 0, TEXT.length(), recognized.words());
    assertThat(shared).isEqualTo(Tokens.scan(TEXT, 0, TEXT.length()));
    assertThat(recognized.mentions()).isEqualTo(new EntityRecognizer().find(TEXT, new SentenceSplitter().split(TEXT)));
  }

  @Test
  void theTokenizerLooksUpAbbreviationsOfAtMostThreeLetters() {
    // Tokenizer skips the set look-up (and its substring) for longer words before a dot: keep the set that short.
    assertThat(Tokenizer.ABBREVIATIONS).allMatch(a -> a.length() <= 3);
  }

  @Test
  void aWordIsSharedOnlyWhenItsBoundsAndCaseMatch() {
    String text = "ông Khải nói hoà bình ở TP.HCM, Hoà";
    var words = new EntityRecognizer().recognize(text, new SentenceSplitter().split(text)).words();
    assertThat(words.at(0, 3)).isEqualTo("ông");
    assertThat(words.at(4, 8)).isEqualTo("khải"); // capitalised: its key is the lower-cased surface
    assertThat(words.at(13, 16)).isNull(); // "hoà" is re-accented in its key ("hòa"), so it is not its lower form
    assertThat(words.at(9, 11)).isNull(); // not a token's bounds
    assertThat(words.at(0, 3)).isEqualTo("ông"); // a look-up behind the cursor searches again
    assertThat(words.at(17, 21)).isEqualTo("bình");
    assertThat(words.at(32, 35)).isNull(); // "Hoà": lower-cased and re-accented ("hòa"), so not its lower form
    assertThat(words.at(24, 30)).isEqualTo("tp.hcm");
    assertThat(words.at(40, 44)).isNull();
  }

  @Test
  void theQuantityTokenizerSkipsOnlyOverPlainWords() {
    // words with a combining mark (NFD "Hoà"), a dot, an ampersand, an apostrophe, a hyphen, and words of letters and
    // digits mixed ("3D", "12S", "1.600km"): the shared scan must cut exactly what the scan on its own cuts
    String text = "Mẫu 3D và 4K giá 12S, Hoa\u0300 Bình đi 1.600km tới TP.Sóc Trăng; GS. Nguyễn N.V.Đ. nói "
        + "GD&ĐT, O'Neil, al-Sudani, 2a, 15/2020/NĐ-CP, 1,5 triệu.";
    var recognized = new EntityRecognizer().recognize(text, new SentenceSplitter().split(text));
    assertThat(Tokens.scan(text, 0, text.length(), recognized.words())).isEqualTo(Tokens.scan(text, 0, text.length()));
    LowerWords words = recognized.words();
    assertThat(words.plainEnd(text.indexOf("3D"))).isEqualTo(text.indexOf("3D") + 2);
    assertThat(words.plainEnd(text.indexOf("Hoa"))).isEqualTo(-1); // a combining mark inside
    assertThat(words.plainEnd(text.indexOf("GD&"))).isEqualTo(-1);
    assertThat(words.plainEnd(text.indexOf("O'Neil"))).isEqualTo(-1);
    assertThat(words.plainEnd(text.indexOf("ẫu"))).isEqualTo(-1); // not where a word starts
  }
}
