package io.github.restredis.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Runs the daily budget example and checks the one WARN line, the callback and the usage it printed. */
class DailyBudgetIT {

  @Test
  void warnsOnceAndCallsTheHookAtEightyPercentOfTheDemoBudget() {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    // slf4j-simple looks System.err up at each log call (its default, uncached target), so the
    // WARN lands here.
    System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
    try {
      DailyBudget.main(new String[0]);
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
    String printed = stdout.toString(StandardCharsets.UTF_8);
    String logged = stderr.toString(StandardCharsets.UTF_8);
    out.print(printed);
    err.print(logged);

    assertThat(logged.lines().filter(line -> line.contains(" WARN io.github.restredis - ")))
        .containsExactly("[main] WARN io.github.restredis - 40 commands sent today (UTC), 80% of the daily budget of 50 commands");
    assertThat(printed)
        .contains("free tier         -> dailyCommandBudget(10000, 0.8): one WARN a UTC day at 8000 commands")
        .contains("this demo         -> budget 50, warning at 40")
        .contains("alert hook        -> 40 of 50 commands used on ")
        .contains("45 page views     -> views 45, logged 20 (logging stopped at the warning)")
        // 45 INCR, 20 RPUSH before the warning, 1 GET: each its own request, each billed once.
        .contains("redis.metrics()   -> 66 HTTP requests, 66 billed commands, 0 retries")
        .contains("warnings          -> 1 (once per UTC day");
    assertThat(printed.split("alert hook", -1)).hasSize(2);
  }
}
