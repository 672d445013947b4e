package io.github.restredis;

/**
 * Called once per request after it succeeded or failed, on the calling thread. Keep it fast; an
 * exception it throws is logged and otherwise ignored.
 *
 * <pre>{@code
 * Redis redis = Redis.builder()...listener(e -> histogram.record(e.latency())).build();
 * }</pre>
 */
@FunctionalInterface
public interface RequestListener {
  /**
   * Receives the outcome of one request.
   *
   * @param event what the request did
   */
  void onRequest(RequestEvent event);
}
