package dev.storyline.app;

import dev.storyline.eval.EventTimeEval;
import dev.storyline.eval.LinkEval;
import dev.storyline.eval.NlpEval;
import dev.storyline.eval.TimeEval;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Quality measured on real data nobody on the team wrote (../shared/eval), against gold files in eval/gold. */
@Command(name = "eval", description = "Measure quality against gold data: time, events, entities, links, quotes, quantities, stories, summaries.",
    subcommands = {EvalCommand.Time.class, EvalCommand.Events.class, EvalCommand.Entities.class, EvalCommand.Links.class, EvalCommand.Quotes.class,
        EvalCommand.Quantities.class, EvalStoriesCommand.class, EvalSummariesCommand.class})
final class EvalCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() { spec.commandLine().usage(spec.commandLine().getOut()); }

  /** Where gold files and the shared evaluation corpora live, with defaults relative to the checkout. */
  static final class Locations {
    @Option(names = "--gold", paramLabel = "DIR", description = "Gold files (default: eval/gold in the checkout).")
    Path gold;

    @Option(names = "--shared", paramLabel = "DIR", description = "The shared evaluation corpora (default: ../shared/eval).")
    Path shared;

    Path gold() { return gold != null ? gold : home().resolve("eval/gold"); }

    Path shared() { return shared != null ? shared : home().resolve("../shared/eval").normalize(); }

    static Path home() {
      String h = System.getProperty("storyline.home");
      return h != null ? Path.of(h) : Path.of("").toAbsolutePath();
    }
  }

  static int missing(CommandSpec spec, Path p, String what) {
    if (Files.exists(p)) return 0;
    spec.commandLine().getErr().println("error: " + what + " not found: " + p);
    return 1;
  }

  @Command(name = "time", description = "Precision, recall and value accuracy of the temporal tagger on eval/gold/time.tsv.")
  static final class Time implements Callable<Integer> {
    @picocli.CommandLine.Mixin Locations where;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      Path gold = where.gold().resolve("time.tsv");
      if (missing(spec, gold, "gold file") + missing(spec, where.shared(), "shared corpora") > 0) return 1;
      TimeEval.Result r = TimeEval.run(gold, where.shared());
      new TimeEval().print(r, spec.commandLine().getOut());
      spec.commandLine().getOut().flush();
      return 0;
    }
  }

  @Command(name = "events", description = "Event time of sentences (exact, compatible, from the publication date) and two"
      + " baselines on eval/gold/events.tsv.")
  static final class Events implements Callable<Integer> {
    @picocli.CommandLine.Mixin Locations where;
    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      Path gold = where.gold().resolve("events.tsv");
      if (missing(spec, gold, "gold file") + missing(spec, where.shared(), "shared corpora") > 0) return 1;
      EventTimeEval.print(EventTimeEval.run(gold, where.shared()), spec.commandLine().getOut());
      spec.commandLine().getOut().flush();
      return 0;
    }
  }

  /** Entity, quote or quantity scores; the three commands differ only in the task they name. */
  abstract static class NlpTask implements Callable<Integer> {
    @picocli.CommandLine.Mixin Locations where;
    @Spec CommandSpec spec;

    abstract String task();

    @Override
    public Integer call() throws Exception {
      if (missing(spec, where.gold(), "gold folder") + missing(spec, where.shared(), "shared corpora") > 0) return 1;
      NlpEval.Result r = NlpEval.run(task(), where.gold(), where.shared());
      NlpEval.print(r, spec.commandLine().getOut());
      spec.commandLine().getOut().flush();
      return 0;
    }
  }

  @Command(name = "entities", description = "Entity precision, recall and F1 per type on eval/gold/entities.tsv.")
  static final class Entities extends NlpTask { String task() { return "entities"; } }

  @Command(name = "quotes", description = "Quote detection and speaker accuracy on eval/gold/quotes.tsv.")
  static final class Quotes extends NlpTask { String task() { return "quotes"; } }

  @Command(name = "quantities", description = "Quantity detection and value accuracy on eval/gold/quantities.tsv.")
  static final class Quantities extends NlpTask { String task() { return "quantities"; } }

  @Command(name = "links", description = "Cross-article entity linking: link precision, recall and F1 per split and type on eval/gold/links.tsv.")
  static final class Links implements Callable<Integer> {
    @picocli.CommandLine.Mixin Locations where;
    @Spec CommandSpec spec;

    @Option(names = "--dev-errors", description = "Also list the dev split's wrong pairs (the test split's are never listed).")
    boolean devErrors;

    @Override
    public Integer call() throws Exception {
      Path gold = where.gold().resolve("links.tsv");
      if (missing(spec, gold, "gold file") + missing(spec, where.shared(), "shared corpora") > 0) return 1;
      LinkEval.print(LinkEval.run(gold, where.shared()), spec.commandLine().getOut(), devErrors);
      spec.commandLine().getOut().flush();
      return 0;
    }
  }
}
