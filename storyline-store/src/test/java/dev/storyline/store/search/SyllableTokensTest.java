package dev.storyline.store.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

class SyllableTokensTest {

  /** Every token as "term@start-end+posInc", then the final offset. */
  private static List<String> drain(TokenStream ts) throws IOException {
    CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
    OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
    PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
    List<String> out = new ArrayList<>();
    ts.reset();
    while (ts.incrementToken()) out.add(term + "@" + off.startOffset() + "-" + off.endOffset() + "+" + inc.getPositionIncrement());
    ts.end();
    out.add("end@" + off.endOffset());
    ts.close();
    return out;
  }

  private static void assertSameAsAnalyzer(String text) throws IOException {
    SyllableTokens tokens = SyllableTokens.of(text);
    for (boolean fold : new boolean[] {false, true}) {
      for (boolean pairs : new boolean[] {false, true}) {
        try (Analyzer a = new VietnameseAnalyzer(fold, pairs)) {
          assertThat(drain(tokens.stream(fold, pairs)))
              .as("fold=%s pairs=%s text=%s", fold, pairs, text)
              .isEqualTo(drain(a.tokenStream("f", text)));
        }
      }
    }
  }

  @Test
  void replaysExactlyTheAnalyzersTokens() throws IOException {
    assertSameAsAnalyzer("Liên minh quân sự do Mỹ dẫn đầu sẽ rút khỏi Iraq vào cuối năm nay.");
    assertSameAsAnalyzer("Ông Hoà nói: \"Khoảng 2.500 binh sĩ, tức 3,5% lực lượng\" — COVID-19 ở Đà Nẵng.\nThuỷ điện Hòa Bình");
    assertSameAsAnalyzer("QUÝ KHÁCH Hoà hoà HÒA thuý Thúy quý qúy");
    assertSameAsAnalyzer("Mỹ. Iraq");
    assertSameAsAnalyzer("");
    assertSameAsAnalyzer("...!!! ---");
    assertSameAsAnalyzer("một");
  }

  @Test
  void replaysTheAnalyzersTokensOnGeneratedText() throws IOException {
    // Syllables with every tone-placement case, numbers, hyphens, breaks and line ends, in random mixes.
    String[] parts = {"hoà", "Hòa", "thuý", "QUỲ", "quý", "khoẻ", "người", "Đắk", "Lắk", "2.500", "3,5", "19", "COVID",
        "al-Sudani", "Ain", "ĐẠI", "hội", " ", " ", "  ", "-", ". ", ", ", "\n", "\"", "(", ")", "–", "\u00A0", "xoà", "uỷ"};
    Random random = new Random(7);
    for (int k = 0; k < 300; k++) {
      StringBuilder b = new StringBuilder();
      int n = random.nextInt(25);
      for (int i = 0; i < n; i++) b.append(parts[random.nextInt(parts.length)]);
      assertSameAsAnalyzer(b.toString());
    }
  }

  @Test
  void aStreamCanBeReadTwiceAfterReset() throws IOException {
    SyllableTokens t = SyllableTokens.of("liên minh quân sự");
    TokenStream s = t.stream(true, true);
    List<String> first = drain(s);
    assertThat(first).hasSize(4);
    assertThat(drain(s)).isEqualTo(first);
    assertThat(t.size()).isEqualTo(4);
  }
}
