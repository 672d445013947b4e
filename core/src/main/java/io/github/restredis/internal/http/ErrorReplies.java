package io.github.restredis.internal.http;

import io.github.restredis.QuotaExceededException;
import io.github.restredis.RedisErrorException;
import io.github.restredis.UpstashException;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Maps an error reply to its exception type. */
public final class ErrorReplies {
  private static final Pattern QUOTA =
      Pattern.compile("^ERR (max .* exceeded|.*quota exceeded)", Pattern.CASE_INSENSITIVE);

  // Redis quotes the first arguments of an unknown command; they may be values, so they are cut.
  private static final Pattern ARGS =
      Pattern.compile(",? with args beginning with:.*$", Pattern.DOTALL);

  private ErrorReplies() {}

  /**
   * {@return whether {@code failure} is an error reply starting with {@code handledPrefix}, one the
   * library answers itself (see {@link io.github.restredis.internal.command.Command#handledError})}
   */
  public static boolean handled(@Nullable String handledPrefix, UpstashException failure) {
    return handledPrefix != null
        && failure instanceof RedisErrorException
        && ((RedisErrorException) failure).redisMessage().startsWith(handledPrefix);
  }

  /** {@return the exception for error reply {@code message} of {@code command}} */
  public static RedisErrorException of(String command, String message) {
    message = ARGS.matcher(message).replaceFirst(", with args beginning with: (not shown)");
    if (QUOTA.matcher(message).find()) {
      return new QuotaExceededException(command, message);
    }
    return new RedisErrorException(command, message);
  }
}
