package dev.storyline.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The storyline command. */
@Command(name = "storyline", mixinStandardHelpOptions = true, version = "storyline 0.1.0",
    description = "Turns Vietnamese news articles into cited storylines: timeline, actors, quotes, numbers, summary.",
    subcommands = {AnalyzeCommand.class, DemoCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  public static void main(String[] args) {
    System.exit(newCommandLine().execute(args));
  }

  static CommandLine newCommandLine() {
    return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true);
  }
}
