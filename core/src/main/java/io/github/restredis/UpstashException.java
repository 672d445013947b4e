package io.github.restredis;

import org.jspecify.annotations.Nullable;

/**
 * The root of every exception this client throws for a failed command; unchecked.
 *
 * <p>Messages name commands but never their argument values, and never contain the token.
 */
public class UpstashException extends RuntimeException {
  private final @Nullable String command;

  /**
   * Creates an exception.
   *
   * @param message what went wrong
   * @param command the command name(s) involved, or null
   * @param cause the underlying failure, or null
   */
  public UpstashException(String message, @Nullable String command, @Nullable Throwable cause) {
    super(message, cause);
    this.command = command;
  }

  /** {@return the name of the command that failed (several, comma-separated, for a batch), or null} */
  public @Nullable String command() {
    return command;
  }
}
