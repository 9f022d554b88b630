package dev.storyline.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.storyline.model.EntityType;
import dev.storyline.store.StoryRepository;
import dev.storyline.store.SearchRequest;
import dev.storyline.store.SearchResult;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Searches a store's articles from the command line: the same search as the API and the web UI. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = {"Searches the articles of a store, with or without diacritics.",
        "Several words match as adjacent words (\"lien minh\" finds \"liên minh\", not \"liên … minh\");"
            + " exact diacritics rank first; \"quoted words\" must appear as that phrase."})
final class SearchCommand implements Callable<Integer> {
  enum Format { text, markdown, json }

  @Parameters(arity = "0..*", paramLabel = "QUERY", description = "Words to find; none lists every article (with the filters).")
  List<String> words = List.of();

  @Mixin StoreOptions store;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day of the date range.")
  LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day of the date range.")
  LocalDate to;

  @Option(names = "--date-field", defaultValue = "published",
      description = "What the date range applies to: published (publication date) or event (a date the article reports)."
          + " Default: ${DEFAULT-VALUE}.")
  String dateField = "published";

  @Option(names = "--entity", paramLabel = "ID", description = "Only articles mentioning this entity id (e.g. person:lloyd-austin).")
  String entity;

  @Option(names = "--type", description = "Only articles mentioning an entity of this type: ${COMPLETION-CANDIDATES}.")
  EntityType type;

  @Option(names = "--source", paramLabel = "OUTLET", description = "Only articles from this outlet.")
  String source;

  @Option(names = "--story", paramLabel = "ID", description = "Only articles of this story.")
  String story;

  @Option(names = "--group-by-story", description = "Group the hits by story.")
  boolean groupByStory;

  @Option(names = "--facets", description = "Also count and print the facets (sources, stories, entities, types, months);"
      + " without it a broad query skips counting over every match.")
  boolean facets;

  @Option(names = "--offset", defaultValue = "0", description = "Hits to skip (default: ${DEFAULT-VALUE}).")
  int offset;

  @Option(names = {"-n", "--limit"}, defaultValue = "10", description = "Hits to show, 1..100 (default: ${DEFAULT-VALUE}).")
  int limit = 10;

  @Option(names = {"-f", "--format"}, defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format = Format.text;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
    SearchRequest request;
    try {
      SearchRequest.DateField field = switch (dateField.toLowerCase(java.util.Locale.ROOT)) {
        case "published" -> SearchRequest.DateField.PUBLISHED;
        case "event" -> SearchRequest.DateField.EVENT;
        default -> throw new IllegalArgumentException("--date-field must be published or event, not " + dateField);
      };
      if (from != null && to != null && from.isAfter(to)) throw new IllegalArgumentException("--from is after --to");
      request = new SearchRequest(String.join(" ", words), from, to, field, entity, type, source, story, groupByStory,
          offset, limit, facets);
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      return Runner.NOTHING_READ;
    }
    if (!store.valid(err)) return StoreOptions.USAGE;
    StoryRepository s = store.openExisting(err);
    if (s == null) return StoreOptions.STORE_UNUSABLE;
    SearchResult result;
    try (s) {
      result = s.search(request);
    }
    StringBuilder b = new StringBuilder();
    switch (format) {
      case json -> b.append(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(result)).append('\n');
      case text -> text(result, b);
      case markdown -> markdown(result, b);
    }
    out.print(b);
    out.flush();
    return Runner.OK;
  }

  private void text(SearchResult r, StringBuilder b) {
    b.append(r.total()).append(r.total() == 1 ? " article" : " articles").append(" (").append(r.tookMillis()).append(" ms)\n");
    if (groupByStory) {
      for (SearchResult.StoryGroup g : r.groups()) {
        b.append('\n').append(g.story() == null ? "(no story)" : g.story().id() + "  " + g.story().title()).append('\n');
        for (SearchResult.Hit h : g.hits()) hit(h, "  ", "«", "»", b);
      }
    } else {
      int n = offset;
      for (SearchResult.Hit h : r.hits()) {
        b.append('\n').append(++n).append(". ");
        hit(h, "   ", "«", "»", b);
      }
    }
    if (facets) facetLines(r, b, "");
  }

  private void markdown(SearchResult r, StringBuilder b) {
    b.append("# Search: ").append(escapeMarkdown(String.join(" ", words))).append("\n\n").append(r.total())
        .append(" articles\n");
    for (SearchResult.Hit h : r.hits()) {
      b.append("\n- ");
      hit(h, "  ", "**", "**", b);
    }
    if (facets) facetLines(r, b, "- ");
  }

  private void hit(SearchResult.Hit h, String indent, String open, String close, StringBuilder b) {
    var a = h.article();
    String title = a.title().isBlank() ? a.id() : a.title();
    b.append(format == Format.markdown ? escapeMarkdown(title) : title);
    b.append("  [").append(a.id());
    if (!a.published().isEmpty()) b.append(", ").append(a.published());
    if (!a.outlet().isEmpty()) b.append(", ").append(a.outlet());
    if (a.storyId() != null && !a.storyId().isEmpty()) b.append(", ").append(a.storyId());
    b.append("]\n");
    for (SearchResult.Snippet sn : h.snippets()) {
      b.append(indent).append("…").append(marked(sn, open, close)).append("…\n");
    }
  }

  /** The snippet with its matches wrapped; in Markdown every other character of article text is escaped. */
  private String marked(SearchResult.Snippet sn, String open, String close) {
    StringBuilder m = new StringBuilder();
    String t = sn.text().replace('\n', ' ');
    int at = 0;
    for (int[] h : sn.highlights()) {
      if (h[0] < at || h[1] > t.length()) continue;
      m.append(plain(t.substring(at, h[0]))).append(open).append(plain(t.substring(h[0], h[1]))).append(close);
      at = h[1];
    }
    return m.append(plain(t.substring(at))).toString();
  }

  private String plain(String s) { return format == Format.markdown ? escapeMarkdown(s) : s; }

  static String escapeMarkdown(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ("\\`*_{}[]()#+-!|<>".indexOf(c) >= 0) b.append('\\');
      b.append(c);
    }
    return b.toString();
  }

  private static void facetLines(SearchResult r, StringBuilder b, String bullet) {
    if (r.facetsSampled()) {
      b.append('\n').append(bullet).append(String.format(java.util.Locale.ROOT,
          "facet counts are estimates: counted on a sample of %,d of the %,d matches", r.facetSample(), r.total()));
    }
    for (Map.Entry<String, List<SearchResult.FacetCount>> f : new java.util.TreeMap<>(r.facets()).entrySet()) {
      if (f.getValue().isEmpty()) continue;
      b.append('\n').append(bullet).append(f.getKey()).append(": ");
      int shown = 0;
      for (SearchResult.FacetCount c : f.getValue()) {
        if (shown++ == 8) break;
        if (shown > 1) b.append(", ");
        b.append(c.label() == null || c.label().isBlank() ? c.value() : c.label()).append(r.facetsSampled() ? " (≈" : " (").append(c.count()).append(')');
      }
    }
    b.append('\n');
  }
}
