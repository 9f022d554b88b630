package dev.storyline.store.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

class VietnameseAnalyzerTest {

  /** term@start-end+increment for each token. */
  private static List<String> tokens(Analyzer a, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream("f", text)) {
      CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute o = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute p = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        assertThat(o.endOffset()).isLessThanOrEqualTo(text.length());
        out.add(t + "@" + o.startOffset() + "-" + o.endOffset() + "+" + p.getPositionIncrement());
      }
      ts.end();
    }
    return out;
  }

  @Test
  void syllablesAreMatchKeysWithInputOffsetsAndNumbersKeptWhole() throws IOException {
    String text = "Hoà giải, COVID-19 và 2.500 lính Uỷ ban";
    assertThat(tokens(new VietnameseAnalyzer(false, false), text)).containsExactly(
        "hòa@0-3+1", "giải@4-8+1", "covid@10-15+2", "19@16-18+1", "và@19-21+1", "2.500@22-27+1",
        "lính@28-32+1", "ủy@33-35+1", "ban@36-39+1");
  }

  @Test
  void foldedSyllablesLoseEveryDiacriticIncludingDBar() throws IOException {
    assertThat(tokens(new VietnameseAnalyzer(true, false), "Đà Nẵng quân sự"))
        .containsExactly("da@0-2+1", "nang@3-7+1", "quan@8-12+1", "su@13-15+1");
  }

  @Test
  void pairsDoNotCrossPunctuationAndCoverBothSyllables() throws IOException {
    String text = "liên minh quân sự. Mỹ rút quân";
    assertThat(tokens(new VietnameseAnalyzer(false, true), text)).containsExactly(
        "liên minh@0-9+1", "minh quân@5-14+1", "quân sự@10-17+1", "mỹ rút@19-25+2", "rút quân@22-30+1");
  }

  @Test
  void aSingleSyllableMakesNoPair() throws IOException {
    assertThat(tokens(new VietnameseAnalyzer(true, true), "Mỹ. Iraq")).isEmpty();
  }

  @Test
  void queryPartsSplitQuotesAndPunctuation() {
    List<QueryParts.Run> runs = QueryParts.parse("lien minh, \"quân sự Mỹ\" Hoà");
    assertThat(runs).extracting(QueryParts.Run::exact)
        .containsExactly(List.of("lien", "minh"), List.of("quân", "sự", "mỹ"), List.of("hòa"));
    assertThat(runs).extracting(QueryParts.Run::phrase).containsExactly(false, true, false);
    assertThat(runs.get(1).folded()).containsExactly("quan", "su", "my");
  }
}
