package dev.storyline.app;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Output options shared by the commands that print a storyline. */
final class OutputOptions {
  enum Format { text, markdown, json, html, timelinejs }

  @Option(names = {"-f", "--format"}, description = "Output format on stdout: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
      defaultValue = "text")
  Format format = Format.text;

  @Option(names = {"-o", "--out"}, paramLabel = "DIR",
      description = "Also write storyline.json, storyline.md, storyline.txt, storyline.html (standalone report) and"
          + " timeline.json (TimelineJS 3) into DIR.")
  Path out;

  @Option(names = "--summary-syllables", paramLabel = "N",
      description = "Summary length budget in syllables (default: ${DEFAULT-VALUE}); exceeded by at most one sentence.",
      defaultValue = "" + dev.storyline.story.StoryBuilder.DEFAULT_SUMMARY_SYLLABLES)
  int summarySyllables = dev.storyline.story.StoryBuilder.DEFAULT_SUMMARY_SYLLABLES;

  @Option(names = {"-q", "--quiet"}, description = "Print nothing on stdout (useful with --out).")
  boolean quiet;
}
