package io.github.restredis;

/** The server refused the token (HTTP 401); never retried. The token is not in the message. */
public class AuthenticationException extends UpstashException {
  /**
   * Creates an exception.
   *
   * @param message what the server said, without the token
   * @param command the command name(s)
   */
  public AuthenticationException(String message, String command) {
    super(message, command, null);
  }
}
