package dev.storyline.analysis.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** What the quantity/quote tokenizer promises: each token's lower form is its lower-cased surface; kinds follow character classes. */
class TokensTest {
  @Test
  void lowerFormIsTheLowerCasedSurface() {
    String text = "Ông BẢO nói 2.500 lính, ISIS-K và İstanbul; ΣΟΦΙΑ, đường Lê Lợi\u00a0Quận 1, Covid-19 ٣٤ ngày.";
    for (Tokens.Token t : Tokens.scan(text, 0, text.length())) {
      assertThat(t.lower()).isEqualTo(text.substring(t.start(), t.end()).toLowerCase(Locale.ROOT));
    }
    assertThat(Tokens.scan(text, 0, text.length())).extracting(Tokens.Token::lower)
        .contains("ông", "bảo", "2.500", "isis-k", "i̇stanbul", "σοφια", "lê", "lợi", "quận", "covid-19");
  }

  @Test
  void kindsAndSpacesFollowTheCharacterClasses() {
    String text = "12 ab\u00a0٣٤\t5x";
    assertThat(Tokens.scan(text, 0, text.length())).extracting(Tokens.Token::kind)
        .containsExactly(Tokens.Kind.NUMBER, Tokens.Kind.WORD, Tokens.Kind.NUMBER, Tokens.Kind.WORD);
  }
}
