package io.github.restredis.examples.api;

import com.sun.net.httpserver.HttpExchange;
import io.github.restredis.queue.EnqueueArgs;
import io.github.restredis.queue.EnqueueResult;
import io.github.restredis.queue.Queue;

/**
 * {@code POST /jobs} with {@code {"customer":"acme","months":6}}: queues a report and answers 202
 * Accepted at once, with the job's id and its status URL in {@code Location}. The client then
 * polls {@code GET /jobs/{id}}.
 *
 * <p>A client that cannot tell whether its POST arrived (a timeout) sends it again with the same
 * {@code Idempotency-Key} header: the queue returns the first job instead of queueing a second
 * one, for 24 hours.
 */
final class SubmitJobHandler extends ApiHandler {
  /** The body of the 202: {@code created} is false when the idempotency key named an earlier job. */
  public record Accepted(String id, boolean created, String status) {}

  private final Queue<ReportJob.Request> queue;

  SubmitJobHandler(Json json, Queue<ReportJob.Request> queue) {
    super(json, "POST");
    this.queue = queue;
  }

  @Override
  void serve(HttpExchange exchange, String id) throws Exception {
    ReportJob.Request request;
    try {
      request = json.read(exchange, ReportJob.Request.class);
    } catch (Json.BadRequest e) {
      json.error(exchange, 400, "bad_request", e.getMessage());
      return;
    }
    if (request.customer() == null || request.customer().isBlank() || request.customer().length() > 100) {
      json.error(exchange, 400, "bad_request", "customer: 1 to 100 characters");
      return;
    }
    if (request.months() < 1 || request.months() > 120) {
      json.error(exchange, 400, "bad_request", "months: 1 to 120");
      return;
    }
    String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
    EnqueueResult result = queue.enqueue(request,
        key == null || key.isBlank() ? EnqueueArgs.none() : EnqueueArgs.Builder.idempotencyKey(key));
    String location = "/jobs/" + result.id();
    exchange.getResponseHeaders().set("Location", location);
    json.send(exchange, 202, new Accepted(result.id(), result.created(), location));
  }
}
