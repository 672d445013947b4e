package io.github.restredis;

import org.jspecify.annotations.Nullable;

/**
 * The server's answer could not be decoded: not JSON, not the shape the command expects, or, for
 * a pipeline or transaction, not exactly one reply per command (the message names both counts).
 * The message quotes the body, cut to 200 characters, without the token. A request whose reply
 * cannot be read is never retried: the server answered, so its commands may have run.
 */
public class ReplyDecodeException extends UpstashException {
  /**
   * Creates an exception.
   *
   * @param message what was expected, with the quoted body
   * @param command the command name(s)
   * @param cause the parse failure, or null
   */
  public ReplyDecodeException(String message, String command, @Nullable Throwable cause) {
    super(message, command, cause);
  }
}
