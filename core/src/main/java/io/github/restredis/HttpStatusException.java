package io.github.restredis;

/**
 * The server answered with an HTTP status that is not a Redis reply: 5xx, 429, or a 4xx other than
 * 400 and 401. 5xx and 429 are retried when every command in the request is idempotent.
 */
public class HttpStatusException extends UpstashException {
  private final int status;

  /**
   * Creates an exception.
   *
   * @param status the HTTP status
   * @param message the status and the start of the body
   * @param command the command name(s)
   */
  public HttpStatusException(int status, String message, String command) {
    super(message, command, null);
    this.status = status;
  }

  /** {@return the HTTP status code} */
  public int status() {
    return status;
  }
}
