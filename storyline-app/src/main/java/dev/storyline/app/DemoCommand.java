package dev.storyline.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Analyse the bundled example corpus, print its storyline, write out/ and the demo store out/data.")
final class DemoCommand implements Callable<Integer> {
  @picocli.CommandLine.Mixin OutputOptions output;
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--data", paramLabel = "DIR", defaultValue = "out/data",
      description = "Also ingest the examples into the store in DIR (default: ${DEFAULT-VALUE}), ready for serve.")
  Path data = Path.of("out/data");

  @Override
  public Integer call() throws Exception {
    if (output.out == null) output.out = Path.of("out");
    PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
    String examples = Examples.locate().toString();
    int analysed = Runner.run(List.of(examples), output, out, err);
    if (analysed == Runner.NOTHING_READ) return analysed;
    // The same articles into the embedded store, so the web UI has something to show. Ingest is idempotent:
    // running the demo again stores nothing twice.
    CommandLine ingest = Main.newCommandLine();
    ingest.setOut(output.quiet ? new PrintWriter(PrintWriter.nullWriter()) : out);
    ingest.setErr(err);
    int stored = ingest.execute("ingest", "--quiet", "--data", data.toString(), examples);
    if (stored != Runner.OK) return stored;
    if (!output.quiet) {
      out.println();
      out.println("Demo store: " + data + "   browse it with: ./storyline serve --data " + data
          + "   (then open http://127.0.0.1:8080)");
      out.flush();
    }
    return analysed;
  }
}
