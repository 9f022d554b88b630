package dev.storyline.analysis.time;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.analysis.SentenceSplitter;
import dev.storyline.model.PartialDate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;
import org.junit.jupiter.api.Test;

class EvalScratchTest {
  @Test
  void eval() throws Exception {
    ObjectMapper om = new ObjectMapper();
    List<String[]> docs = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of("/work/shared/eval/vims/vims.jsonl"))) {
      JsonNode c = om.readTree(line);
      for (JsonNode d : c.get("documents")) docs.add(new String[] {d.get("date").asText(), d.get("text").asText()});
    }
    for (String line : Files.readAllLines(Path.of("/work/shared/eval/unc/unc.jsonl"))) {
      JsonNode d = om.readTree(line);
      StringBuilder b = new StringBuilder();
      for (JsonNode s : d.get("sentences")) b.append(s.asText()).append(' ');
      docs.add(new String[] {d.get("date").asText(), b.toString().strip()});
    }
    TemporalAnalyzer ta = new TemporalAnalyzer();
    SentenceSplitter sp = new SentenceSplitter();
    int inferOk = 0, inferMonthOk = 0, inferAny = 0, n = 0;
    Map<String, Integer> texts = new HashMap<>();
    long chars = 0;
    Random rnd = new Random(1);
    List<String> samples = new ArrayList<>();
    List<String> wrong = new ArrayList<>();
    for (String[] d : docs) {
      PartialDate pub = PartialDate.parseIso(d[0]).orElse(null);
      String text = d[1];
      chars += text.length();
      var r = ta.analyze(TimeTestSupport.article(text, pub), sp.split(text));
      var r2 = ta.analyze(TimeTestSupport.article(text, null), sp.split(text));
      n++;
      if (r2.published() != null) {
        inferAny++;
        if (pub != null && r2.published().year() == pub.year()) inferOk++;
        if (pub != null && r2.published().year() == pub.year() && r2.published().month() == pub.month()) inferMonthOk++;
        else if (wrong.size() < 25) wrong.add(d[0] + " vs " + r2.published() + " " + r2.evidence());
      }
      for (var x : r.times()) {
        if (rnd.nextInt(60) == 0 && samples.size() < 120) samples.add(d[0] + " | " + x.type() + " [" + x.text() + "] " + x.value() + " " + x.mod() + "  ::" + ctx(text, x.start(), x.end()));
      }
    }
    long t0 = System.nanoTime();
    int reps = 3;
    for (int k = 0; k < reps; k++) for (String[] d : docs) {
      String text = d[1];
      ta.analyze(TimeTestSupport.article(text, PartialDate.parseIso(d[0]).orElse(null)), sp.split(text));
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    List<String> ts = docs.stream().map(x -> x[1]).toList();
    var sents = ts.stream().map(sp::split).toList();
    for (int k = 0; k < 3; k++) {
      long a = System.nanoTime();
      for (String x : ts) sp.split(x);
      long b = System.nanoTime();
      for (String x : ts) new Tokens(x);
      long c = System.nanoTime();
      for (String x : ts) new TimeMatcher().match(new Tokens(x));
      long e = System.nanoTime();
      for (int q = 0; q < ts.size(); q++) ta.analyze(TimeTestSupport.article(ts.get(q), PartialDate.ofDay(2016,5,20)), sents.get(q));
      long f = System.nanoTime();
      System.out.printf("split %.0f/s tokens %.0f/s match %.0f/s analyze %.0f/s%n", ts.size()/((b-a)/1e9), ts.size()/((c-b)/1e9), ts.size()/((e-c)/1e9), ts.size()/((f-e)/1e9));
    }
    System.out.printf("docs=%d avgChars=%d  throughput=%.0f docs/s%n", n, chars / n, reps * n / secs);
    System.out.printf("inferred any=%d yearOk=%d monthOk=%d%n", inferAny, inferOk, inferMonthOk);
    wrong.forEach(w -> System.out.println("WRONG " + w));
    samples.forEach(s -> System.out.println("S " + s));
  }

  static String ctx(String t, int s, int e) {
    return t.substring(Math.max(0, s - 40), s).replace('\n', ' ') + "<<" + t.substring(s, e) + ">>" + t.substring(e, Math.min(t.length(), e + 30)).replace('\n', ' ');
  }
}
