package io.github.restredis.examples.lambda;

import io.github.restredis.Redis;
import io.github.restredis.queue.Queue;

/**
 * The job {@link VisitHandler} queues on a user's first visit and {@link DrainHandler} sends.
 * Public, since Moshi reads records by reflection.
 *
 * @param userId whom to welcome
 */
public record WelcomeEmail(String userId) {
  /** Where the "sent" emails go, so that the example can show them: a real one calls a mail API. */
  static final String OUTBOX = "lambda:outbox";

  /** The queue both functions use; building it costs no request. */
  static Queue<WelcomeEmail> queue(Redis redis) {
    return Queue.builder(redis, "lambda-welcome-emails", WelcomeEmail.class).build();
  }
}
