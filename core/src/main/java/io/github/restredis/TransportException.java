package io.github.restredis;

import org.jspecify.annotations.Nullable;

/**
 * The request or its response was lost on the network (connection refused, reset, DNS failure).
 * Whether a write command ran is then unknown unless {@link #requestSent()} is false.
 */
public class TransportException extends UpstashException {
  private final boolean requestSent;

  /**
   * Creates an exception.
   *
   * @param message what went wrong
   * @param command the command name(s)
   * @param requestSent whether any of the request may have reached the server
   * @param cause the I/O failure
   */
  public TransportException(
      String message, String command, boolean requestSent, @Nullable Throwable cause) {
    super(message, command, cause);
    this.requestSent = requestSent;
  }

  /** {@return whether the request may have reached the server, so its effect is unknown} */
  public boolean requestSent() {
    return requestSent;
  }
}
