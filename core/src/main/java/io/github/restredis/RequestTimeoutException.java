package io.github.restredis;

import org.jspecify.annotations.Nullable;

/** An attempt took longer than the attempt timeout, or the call ran past its overall deadline. */
public class RequestTimeoutException extends TransportException {
  /**
   * Creates an exception.
   *
   * @param message which limit was reached
   * @param command the command name(s)
   * @param requestSent whether any of the request may have reached the server
   * @param cause the I/O failure, or null
   */
  public RequestTimeoutException(
      String message, String command, boolean requestSent, @Nullable Throwable cause) {
    super(message, command, requestSent, cause);
  }
}
