package io.github.restredis.internal.http;

import io.github.restredis.UpstashException;

/** Carries one attempt's failure through resilience4j: whether to retry, and after how long. */
final class AttemptFailure extends RuntimeException {
  final UpstashException failure;
  final boolean retryable;
  final long waitMillis;

  AttemptFailure(UpstashException failure, boolean retryable, long waitMillis) {
    super(failure.getMessage(), null, false, false);
    this.failure = failure;
    this.retryable = retryable;
    this.waitMillis = waitMillis;
  }
}
