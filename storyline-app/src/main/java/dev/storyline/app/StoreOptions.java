package dev.storyline.app;

import dev.storyline.model.Entity;
import dev.storyline.opensearch.Connection;
import dev.storyline.opensearch.OpenSearchStore;
import dev.storyline.store.LuceneStore;
import dev.storyline.store.StoryRepository;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The store options of the commands that work on a store (--data DIR, or --opensearch URL with
 * --opensearch-prefix), and how they open it.
 */
final class StoreOptions {
  /** Exit code when the store cannot be opened (missing, in use by another process, cluster unreachable). */
  static final int STORE_UNUSABLE = 4;
  /** Exit code of a command line that names no store, or two (as picocli's own usage errors). */
  static final int USAGE = 2;

  @Option(names = {"-d", "--data"}, paramLabel = "DIR", description = "The store's data directory.")
  Path data;

  @Option(names = "--opensearch", paramLabel = "URL",
      description = "Use the store in the OpenSearch cluster at URL (e.g. http://127.0.0.1:9200) instead of --data.")
  String opensearch;

  @Option(names = "--opensearch-prefix", paramLabel = "NAME", defaultValue = OpenSearchStore.DEFAULT_PREFIX,
      description = "Prefix of the store's index names in the cluster (default: ${DEFAULT-VALUE}).")
  String prefix = OpenSearchStore.DEFAULT_PREFIX;

  @Option(names = "--opensearch-user", paramLabel = "NAME",
      description = "Basic-authentication user for a secured cluster; the password is read from the environment"
          + " variable " + PASSWORD_ENV + " (never from the command line, where other users could see it).")
  String opensearchUser;

  @Option(names = "--opensearch-truststore", paramLabel = "FILE",
      description = "PKCS12 or JKS file of the certificates to trust for an https:// cluster (its CA); its password,"
          + " if any, from the environment variable " + TRUSTSTORE_PASSWORD_ENV + ". Default: the JVM's trust store.")
  Path opensearchTrustStore;

  @Option(names = "--opensearch-insecure",
      description = "Trust any certificate and host name (a test cluster with OpenSearch's demonstration certificates).")
  boolean opensearchInsecure;

  static final String PASSWORD_ENV = "STORYLINE_OPENSEARCH_PASSWORD";
  static final String TRUSTSTORE_PASSWORD_ENV = "STORYLINE_OPENSEARCH_TRUSTSTORE_PASSWORD";

  /** Where the environment variables come from (tests give their own). */
  java.util.function.UnaryOperator<String> env = System::getenv;

  /** The cluster connection the options describe (--opensearch given). */
  Connection connection() {
    String password = null;
    if (opensearchUser != null) {
      password = env.apply(PASSWORD_ENV);
      if (password == null) {
        throw new IllegalArgumentException("--opensearch-user " + opensearchUser + " needs its password in the environment"
            + " variable " + PASSWORD_ENV);
      }
    }
    return new Connection(opensearch, opensearchUser, password, opensearchTrustStore,
        opensearchTrustStore == null ? null : env.apply(TRUSTSTORE_PASSWORD_ENV), opensearchInsecure);
  }

  /** Where the store is, for messages. */
  String describe() {
    return opensearch != null ? "OpenSearch " + connectionUrl() + " (prefix " + prefix + ")" : data.toString();
  }

  /** The options to name this store again in a hint ("--data DIR" or "--opensearch URL ..."). */
  String hint() {
    return opensearch != null ? "--opensearch " + connectionUrl() + " --opensearch-prefix " + prefix : "--data " + data;
  }

  /** The cluster's URL without credentials written in it. */
  private String connectionUrl() {
    try {
      return Connection.of(opensearch).url();
    } catch (IllegalArgumentException e) {
      return opensearch.replaceAll("//[^/@]*@", "//…@");
    }
  }

  /** Exactly one of --data and --opensearch; false after printing why not. */
  boolean valid(PrintWriter err) {
    if ((data == null) == (opensearch == null)) {
      err.println(data == null ? "error: name the store with --data DIR or --opensearch URL"
          : "error: --data and --opensearch name two stores; give one");
      return false;
    }
    if (opensearch == null && (opensearchUser != null || opensearchTrustStore != null || opensearchInsecure)) {
      err.println("error: --opensearch-user, --opensearch-truststore and --opensearch-insecure go with --opensearch URL");
      return false;
    }
    return true;
  }

  /**
   * Opens the store for a command that only reads: a directory without a store is an error, not a new store.
   * Read-only, so it works while serve or ingest holds the store. Null after printing why it cannot be used.
   */
  StoryRepository openExisting(PrintWriter err) {
    if (opensearch != null) return openOpenSearch(err, false);
    if (!Files.isDirectory(data.resolve("index"))) {
      err.println("error: no store in " + data + " (create one with: storyline ingest INPUTS --data " + data + ")");
      return null;
    }
    try {
      return LuceneStore.openReadOnly(data);
    } catch (IllegalStateException | UncheckedIOException e) {
      err.println("error: " + e.getMessage());
      return null;
    }
  }

  /** Opens (or creates) the store; null after printing why it cannot be used. */
  /** An existing store opened for writing (an editor's change), or null after saying why. */
  StoryRepository openExistingForWriting(PrintWriter err) {
    if (opensearch != null) return openOpenSearch(err, false);
    if (!Files.isDirectory(data.resolve("index"))) {
      err.println("error: no store in " + data + " (create one with: storyline ingest INPUTS --data " + data + ")");
      return null;
    }
    return open(err);
  }

  StoryRepository open(PrintWriter err) {
    if (opensearch != null) return openOpenSearch(err, true);
    try {
      return LuceneStore.open(data);
    } catch (IllegalStateException | UncheckedIOException e) {
      err.println("error: " + e.getMessage());
      return null;
    }
  }

  private StoryRepository openOpenSearch(PrintWriter err, boolean create) {
    try {
      Connection c = connection();
      return create ? OpenSearchStore.open(c, prefix) : OpenSearchStore.openExisting(c, prefix);
    } catch (IllegalStateException | IllegalArgumentException | UncheckedIOException e) {
      err.println("error: " + e.getMessage());
      return null;
    }
  }

  /** The stored entities with these ids, in the given order, from either backend. */
  static List<Entity> entitiesById(StoryRepository store, Collection<String> ids) {
    if (store instanceof LuceneStore l) return l.entitiesById(ids);
    if (store instanceof OpenSearchStore o) return o.entitiesById(ids);
    throw new IllegalArgumentException("unknown store " + store.getClass().getName());
  }
}
