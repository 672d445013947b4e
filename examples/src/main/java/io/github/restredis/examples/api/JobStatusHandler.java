package io.github.restredis.examples.api;

import com.sun.net.httpserver.HttpExchange;
import io.github.restredis.queue.JobStatus;
import io.github.restredis.queue.Queue;
import org.jspecify.annotations.Nullable;

/**
 * {@code GET /jobs/{id}}: where a job is. {@code state} goes QUEUED, PROCESSING, then SUCCEEDED
 * with a {@code result}, or FAILED with an {@code error}; {@code progress} is the handler's last
 * report. Finished jobs stay readable for 24 hours (the queue's status retention), failed ones
 * for 7 days; an unknown or expired id is 404.
 */
final class JobStatusHandler extends ApiHandler {
  /** The body; null fields are left out. */
  public record View(String id, String state, int attempts, ReportJob.@Nullable Progress progress,
      ReportJob.@Nullable Report result, @Nullable String error) {}

  private final Queue<ReportJob.Request> queue;

  JobStatusHandler(Json json, Queue<ReportJob.Request> queue) {
    super(json, "GET");
    this.queue = queue;
  }

  @Override
  void serve(HttpExchange exchange, String id) throws Exception {
    JobStatus status = queue.status(id);
    if (status == null) {
      json.error(exchange, 404, "not_found", "no job " + id);
      return;
    }
    json.send(exchange, 200, new View(status.id(), status.state().name(), status.attempts(),
        status.progress(ReportJob.Progress.class), status.result(ReportJob.Report.class),
        status.error()));
  }
}
