package io.github.restredis.examples.api;

import io.github.restredis.queue.Job;
import io.github.restredis.queue.JobHandler;
import io.github.restredis.queue.Queue;
import io.github.restredis.queue.UnrecoverableJobException;
import io.github.restredis.queue.Worker;
import java.time.Duration;

/**
 * The background work: builds a customer's usage report in four steps, reporting progress after
 * each, and returns where the report can be downloaded. The queue stores the result with the job,
 * where {@code GET /jobs/{id}} finds it.
 */
final class ReportJob implements JobHandler<ReportJob.Request> {
  /** Only this much history is kept: a longer report can never succeed. */
  static final int MAX_MONTHS = 24;

  /**
   * What {@code POST /jobs} takes, and the job's payload.
   *
   * @param customer whose usage
   * @param months how many months back, 1 to 120
   */
  public record Request(String customer, int months) {}

  /**
   * The job's progress.
   *
   * @param percent 0 to 100
   */
  public record Progress(int percent) {}

  /**
   * The job's result.
   *
   * @param customer whose usage
   * @param months how many months back
   * @param rows the report's rows
   * @param url where to download it
   */
  public record Report(String customer, int months, long rows, String url) {}

  private static final int STEPS = 4;

  private final Duration stepTime;

  ReportJob(Duration stepTime) {
    this.stepTime = stepTime;
  }

  /** {@return a running worker for {@code reports}, two jobs at a time} */
  static Worker<Request> startWorker(Queue<Request> reports) {
    return reports.worker(new ReportJob(Duration.ofMillis(250)))
        .concurrency(2)
        // An idle worker checks the queue from every 100 ms up to every 5 s: a job starts within
        // seconds, for about 720 billed commands per idle hour. The default (up to 40 s) costs 90.
        .pollIntervals(Duration.ofMillis(100), Duration.ofSeconds(5))
        .shutdownTimeout(Duration.ofSeconds(5)) // then unfinished jobs go back to the queue
        .start();
  }

  @Override
  public Report handle(Job<Request> job) throws InterruptedException {
    Request request = job.payload();
    if (request.months() > MAX_MONTHS) {
      // Retrying cannot bring the history back: fail the job at once, with a message for the
      // client, instead of using up its deliveries with backoff in between.
      throw new UnrecoverableJobException("only " + MAX_MONTHS + " months of history are kept, "
          + request.months() + " asked for");
    }
    for (int step = 1; step <= STEPS; step++) {
      Thread.sleep(stepTime.toMillis()); // the work; the worker interrupts it when shutting down
      // Also extends the job's lease, in the same request: a long job is not handed to another worker.
      job.progress(new Progress(100 * step / STEPS));
    }
    return new Report(request.customer(), request.months(), request.months() * 1_000L,
        "/reports/" + job.id() + ".csv");
  }
}
