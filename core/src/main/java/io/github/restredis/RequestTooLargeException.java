package io.github.restredis;

/** A request was larger than the size limit and was not sent. */
public class RequestTooLargeException extends UpstashException {
  private final long size;
  private final long limit;

  /**
   * Creates an exception.
   *
   * @param command the command name(s)
   * @param size the request size in bytes
   * @param limit the limit in bytes
   */
  public RequestTooLargeException(String command, long size, long limit) {
    super(command + ": request of " + size + " bytes exceeds the limit of " + limit
        + " bytes; it was not sent", command, null);
    this.size = size;
    this.limit = limit;
  }

  /** {@return the size of the refused request in bytes} */
  public long size() {
    return size;
  }

  /** {@return the configured limit in bytes} */
  public long limit() {
    return limit;
  }
}
