package dev.storyline.app;

import dev.storyline.opensearch.OpenSearchException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The storyline command. */
@Command(name = "storyline", mixinStandardHelpOptions = true, version = "storyline 0.1.0",
    description = "Turns Vietnamese news articles into cited storylines: timeline, actors, quotes, numbers, summary.",
    subcommands = {AnalyzeCommand.class, ArchiveCommand.class, DemoCommand.class, IngestCommand.class, StoriesCommand.class,
        StoryCommand.class, MergeCommand.class, SplitCommand.class, SearchCommand.class, ServeCommand.class, WatchCommand.class, EvalCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  /** Held so the level sticks: Lucene's one-line notice about the optional Vector API is not the user's business. */
  private static final java.util.logging.Logger LUCENE_LOG = java.util.logging.Logger.getLogger("org.apache.lucene");

  public static void main(String[] args) {
    LUCENE_LOG.setLevel(java.util.logging.Level.SEVERE);
    CommandLine cli = newCommandLine();
    // Vietnamese on any terminal: never the platform charset.
    cli.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
    cli.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    System.exit(cli.execute(args));
  }

  static CommandLine newCommandLine() {
    return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler((e, cli, parsed) -> {
          // A cluster that fails in the middle of a command (--opensearch): its message, not a stack trace.
          if (!(e instanceof OpenSearchException)) throw e;
          cli.getErr().println("error: " + e.getMessage());
          cli.getErr().flush();
          return StoreOptions.STORE_UNUSABLE;
        });
  }
}
