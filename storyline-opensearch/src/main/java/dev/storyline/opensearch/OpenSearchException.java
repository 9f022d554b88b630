package dev.storyline.opensearch;

/**
 * The cluster could not be reached or refused a request; the message says which node, which request and what it
 * answered. Callers (the CLI) show the message alone: a stack trace tells a user nothing about a cluster.
 */
public final class OpenSearchException extends IllegalStateException {
  public OpenSearchException(String message) { super(message); }

  public OpenSearchException(String message, Throwable cause) { super(message, cause); }
}
