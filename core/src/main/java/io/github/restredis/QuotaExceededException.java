package io.github.restredis;

/**
 * Upstash refused a command because a limit of the database was reached: an error reply of the
 * form {@code ERR max … exceeded} (daily requests, request size, record size) or the capacity quota.
 */
public class QuotaExceededException extends RedisErrorException {
  /**
   * Creates an exception.
   *
   * @param command the command name
   * @param redisMessage the error message from the server
   */
  public QuotaExceededException(String command, String redisMessage) {
    super(command, redisMessage);
  }
}
