package io.github.restredis.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Runs the job-queue example and checks what it printed. */
class JobQueueIT {

  @Test
  void submitsPollsAndDrains() throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      JobQueue.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    String output = captured.toString(StandardCharsets.UTF_8);
    original.print(output);
    assertThat(output)
        .contains("enqueued          -> QUEUED")
        .contains("same key again    -> created false")
        .contains("polled status     -> SUCCEEDED, progress {\"percent\":50}, attempts 1")
        .contains("result            -> Rendered[url=https://cdn.example.com/v42-720.jpg, bytes=18000]")
        .contains("drain, 2 at most  -> taken 2, succeeded 2")
        .contains("metrics           -> QueueMetrics[waiting=1, delayed=0, inFlight=0, dead=0, processed=3, failed=0]");
  }
}
