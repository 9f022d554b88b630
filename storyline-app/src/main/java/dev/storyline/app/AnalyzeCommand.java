package dev.storyline.app;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "analyze", mixinStandardHelpOptions = true, description = "Analyse article files, folders or globs ('-' reads stdin) and print their storyline.")
final class AnalyzeCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, folders, globs, or - for standard input.")
  List<String> inputs;

  @picocli.CommandLine.Mixin OutputOptions output;
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    return Runner.run(inputs, output, spec.commandLine().getOut(), spec.commandLine().getErr());
  }
}
