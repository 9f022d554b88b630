package dev.storyline.app;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "demo", mixinStandardHelpOptions = true, description = "Analyse the bundled example corpus, print its storyline and write out/.")
final class DemoCommand implements Callable<Integer> {
  @picocli.CommandLine.Mixin OutputOptions output;
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (output.out == null) output.out = java.nio.file.Path.of("out");
    return Runner.run(List.of(Examples.locate().toString()), output, spec.commandLine().getOut(), spec.commandLine().getErr());
  }
}
