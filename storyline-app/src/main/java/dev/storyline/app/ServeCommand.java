package dev.storyline.app;

import dev.storyline.app.server.StorylineServer;
import dev.storyline.opensearch.OpenSearchStore;
import dev.storyline.store.StoryRepository;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Serves a store's REST API and web UI until the process is stopped (Ctrl-C closes the store cleanly). */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serves the REST API and the web UI of a store at http://127.0.0.1:8080.")
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--data", paramLabel = "DIR", description = "The store's data directory.")
  Path data;

  @Option(names = "--opensearch", paramLabel = "URL",
      description = "Serve the store in the OpenSearch cluster at URL (e.g. http://127.0.0.1:9200) instead of --data.")
  String opensearch;

  @Option(names = "--opensearch-prefix", paramLabel = "NAME", defaultValue = OpenSearchStore.DEFAULT_PREFIX,
      description = "Prefix of the store's index names in the cluster (default: ${DEFAULT-VALUE}).")
  String prefix = OpenSearchStore.DEFAULT_PREFIX;

  @Option(names = "--port", defaultValue = "8080", description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 = any free port).")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1",
      description = "Interface to bind (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 exposes the store to the network).")
  String host;

  @Option(names = "--max-body-mb", defaultValue = "5", paramLabel = "MB",
      description = "Largest accepted POST /api/articles body in MB (default: ${DEFAULT-VALUE}).")
  int maxBodyMb;

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65535) {
      spec.commandLine().getErr().println("error: --port must be 0..65535");
      return 2;
    }
    if (maxBodyMb < 1) {
      spec.commandLine().getErr().println("error: --max-body-mb must be at least 1");
      return 2;
    }
    StoreOptions where = new StoreOptions();
    where.data = data;
    where.opensearch = opensearch;
    where.prefix = prefix;
    if (!where.valid(spec.commandLine().getErr())) return StoreOptions.USAGE;
    StoryRepository store = where.open(spec.commandLine().getErr());
    if (store == null) return StoreOptions.STORE_UNUSABLE;
    StorylineServer server = StorylineServer.create(store,
        new StorylineServer.Settings(host, port, maxBodyMb * 1024L * 1024L));
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      // Stop taking requests before closing the store, so no request sees a closed index.
      try { server.close(); } finally { store.close(); stopped.countDown(); }
    }, "storyline-serve-shutdown"));
    server.start();
    String shown = host.contains(":") ? "[" + host + "]" : host;
    spec.commandLine().getOut().println("Storyline: http://" + shown + ":" + server.port() + "/  (Ctrl-C to stop)");
    spec.commandLine().getOut().flush();
    stopped.await();
    return 0;
  }
}
