package io.github.restredis;

import org.jspecify.annotations.Nullable;

/**
 * The server's answer could not be decoded: not JSON, or not the shape the command expects. The
 * message quotes the body, cut to 200 characters.
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
