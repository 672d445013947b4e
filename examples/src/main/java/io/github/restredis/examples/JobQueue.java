package io.github.restredis.examples;

import io.github.restredis.Redis;
import io.github.restredis.queue.DrainArgs;
import io.github.restredis.queue.DrainResult;
import io.github.restredis.queue.EnqueueArgs;
import io.github.restredis.queue.JobState;
import io.github.restredis.queue.JobStatus;
import io.github.restredis.queue.Queue;
import io.github.restredis.queue.Worker;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Submit a job, poll its status: a worker renders "thumbnails" and reports progress and a result,
 * while the caller polls the job's status by id; then a serverless-style drain takes a batch.
 *
 * <p>Run with {@code mvn -q -B -pl examples -am package -DskipTests exec:java
 * -Dexample=io.github.restredis.examples.JobQueue}: against Upstash when {@code
 * UPSTASH_REDIS_REST_URL} and {@code UPSTASH_REDIS_REST_TOKEN} are set, else against a local server.
 */
public final class JobQueue {
  /** The payload: which video, at which height. */
  public record Thumbnail(String videoId, int height) {}

  /** The result the handler returns, stored with the job. */
  public record Rendered(String url, int bytes) {}

  private JobQueue() {}

  public static void main(String[] args) throws Exception {
    try (Target target = Target.fromEnvOrLocal();
        Redis redis = Redis.builder().url(target.url()).token(target.token()).build()) {
      Queue<Thumbnail> queue = Queue.builder(redis, "example-thumbnails", Thumbnail.class).build();

      String id = queue.enqueue(new Thumbnail("v42", 720), EnqueueArgs.Builder.idempotencyKey("v42-720")).id();
      System.out.println("enqueued          -> " + queue.status(id).state());
      System.out.println("same key again    -> created " + queue.enqueue(new Thumbnail("v42", 720),
          EnqueueArgs.Builder.idempotencyKey("v42-720")).created());

      try (Worker<Thumbnail> worker = queue.worker(job -> {
            job.progress(Map.of("percent", 50));
            Thumbnail t = job.payload();
            return new Rendered("https://cdn.example.com/" + t.videoId() + "-" + t.height() + ".jpg", 18_000);
          }).pollIntervals(Duration.ofMillis(50), Duration.ofMillis(200)).start()) {
        JobStatus status = queue.status(id);
        while (status.state() != JobState.SUCCEEDED) { // what a client polling an HTTP endpoint would do
          Thread.sleep(20);
          status = queue.status(id);
        }
        System.out.println("polled status     -> " + status.state() + ", progress " + status.progressJson()
            + ", attempts " + status.attempts());
        System.out.println("result            -> " + status.result(Rendered.class));
      }

      queue.enqueueAll(List.of(new Thumbnail("v1", 360), new Thumbnail("v2", 360), new Thumbnail("v3", 360)));
      DrainResult drained = queue.drain(job -> null, DrainArgs.Builder.budget(Duration.ofSeconds(10)).maxJobs(2));
      System.out.println("drain, 2 at most  -> taken " + drained.taken() + ", succeeded " + drained.succeeded());
      System.out.println("metrics           -> " + queue.metrics());

      redis.del(queue.keys().toArray(new String[0]));
    }
  }
}
