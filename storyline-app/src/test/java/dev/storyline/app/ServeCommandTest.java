package dev.storyline.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.app.server.StorylineServer;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** `storyline serve`: its options and defaults, checked without starting a server. */
class ServeCommandTest {

  @Test
  void bindsThisMachineOnPort8080ByDefault() {
    CommandLine cli = Main.newCommandLine();
    CommandLine.ParseResult parsed = cli.parseArgs("serve", "--data", "store");
    ServeCommand serve = parsed.subcommand().commandSpec().commandLine().getCommand();
    assertThat(serve.host).isEqualTo("127.0.0.1");
    assertThat(serve.port).isEqualTo(8080);
    assertThat(serve.maxBodyMb).isEqualTo(5);
    assertThat(serve.data).isEqualTo(Path.of("store"));
    assertThat(StorylineServer.Settings.defaults().host()).isEqualTo("127.0.0.1");
    assertThat(new StorylineServer.Settings(" ", 0, 1).host()).isEqualTo("127.0.0.1");
  }

  @Test
  void refusesABadPortOrMissingDataBeforeOpeningTheStore() {
    assertThat(CliTest.run("serve", "--data", "x", "--port", "70000").code()).isEqualTo(2);
    assertThat(CliTest.run("serve", "--data", "x", "--port", "70000").err()).contains("--port");
    assertThat(CliTest.run("serve", "--data", "x", "--max-body-mb", "0").code()).isEqualTo(2);
    CliTest.Run none = CliTest.run("serve");
    assertThat(none.code()).isEqualTo(2);
    assertThat(none.err()).contains("--data");
  }
}
