package io.github.restredis.internal.http;

import io.github.restredis.QuotaExceededException;
import io.github.restredis.RedisErrorException;
import java.util.regex.Pattern;

/** Maps an error reply to its exception type. */
public final class ErrorReplies {
  private static final Pattern QUOTA =
      Pattern.compile("^ERR (max .* exceeded|.*quota exceeded)", Pattern.CASE_INSENSITIVE);

  private ErrorReplies() {}

  /** {@return the exception for error reply {@code message} of {@code command}} */
  public static RedisErrorException of(String command, String message) {
    if (QUOTA.matcher(message).find()) {
      return new QuotaExceededException(command, message);
    }
    return new RedisErrorException(command, message);
  }
}
