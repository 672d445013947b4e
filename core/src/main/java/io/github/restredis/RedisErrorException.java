package io.github.restredis;

/**
 * Redis answered a command with an error reply, such as {@code WRONGTYPE} or a syntax error. The
 * command ran (or was refused) on the server; it is never retried.
 */
public class RedisErrorException extends UpstashException {
  private final String redisMessage;

  /**
   * Creates an exception.
   *
   * @param command the command name
   * @param redisMessage the error message from Redis, unchanged
   */
  public RedisErrorException(String command, String redisMessage) {
    super(command + " failed: " + redisMessage, command, null);
    this.redisMessage = redisMessage;
  }

  /** {@return the error message from Redis, such as {@code WRONGTYPE Operation against a key…}} */
  public String redisMessage() {
    return redisMessage;
  }
}
