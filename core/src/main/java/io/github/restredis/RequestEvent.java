package io.github.restredis;

import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What one request did, handed to each {@link RequestListener}. It names commands, never their
 * arguments.
 *
 * @param commands the command names, in order
 * @param status the HTTP status of the last attempt, or 0 if no response arrived
 * @param latency the time from the first attempt to the outcome, backoff included
 * @param retries attempts after the first
 * @param bytesSent request body bytes over all attempts
 * @param bytesReceived response body bytes of the last attempt
 * @param failure the exception the caller gets, or null on success
 */
public record RequestEvent(
    List<String> commands,
    int status,
    Duration latency,
    int retries,
    long bytesSent,
    long bytesReceived,
    @Nullable UpstashException failure) {

  /**
   * Copies the command list.
   *
   * @param commands the command names
   * @param status the HTTP status
   * @param latency the latency
   * @param retries the retries
   * @param bytesSent bytes sent
   * @param bytesReceived bytes received
   * @param failure the failure or null
   */
  public RequestEvent {
    commands = List.copyOf(commands);
  }
}
