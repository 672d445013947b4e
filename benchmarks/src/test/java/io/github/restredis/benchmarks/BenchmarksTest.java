package io.github.restredis.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.restredis.Redis;
import io.github.restredis.local.LocalRedisExtension;
import io.github.restredis.local.LocalRedisServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Each benchmark body runs once against the local server and returns checked replies, and a wrong
 * reply fails it: a benchmark that measured wrong answers must never print a figure. No timings.
 */
@ExtendWith(LocalRedisExtension.class)
class BenchmarksTest {
  @BeforeEach
  void target(LocalRedisServer server) {
    System.setProperty(BenchTarget.URL_PROPERTY, server.url());
    System.setProperty(BenchTarget.TOKEN_PROPERTY, server.token());
  }

  @Test
  void commandCostSendsTheClientsExactRequest(LocalRedisServer server) throws Exception {
    CommandCost cost = new CommandCost();
    cost.setUp();
    try {
      server.resetCommandStats();
      assertThat(cost.client()).isEqualTo(BenchTarget.VALUE);
      cost.raw();
      assertThat(server.commandStats()).containsEntry("get", 2L);
    } finally {
      cost.tearDown();
    }
    try (RawPost raw = CommandCost.rawGet(CommandCost.KEY)) {
      assertThat(raw.request().header("Authorization")).isEqualTo("Bearer " + server.token());
      assertThat(raw.request().header("Upstash-Encoding")).isEqualTo("base64");
      okio.Buffer body = new okio.Buffer();
      raw.request().body().writeTo(body);
      assertThat(body.readUtf8()).isEqualTo("[\"GET\",\"bench:cost\"]");
    }
  }

  @Test
  void aWrongReplyFailsTheBenchmark() throws Exception {
    try (Redis redis = BenchTarget.client().build()) {
      redis.set("bench:short", "x");
    }
    try (RawPost raw = RawPost.capture(BenchTarget.client(), r -> r.get("bench:short"), 500)) {
      assertThatThrownBy(raw::call).hasMessageStartingWith("wrong reply");
    }
    CommandCost cost = new CommandCost();
    cost.setUp();
    try (Redis redis = BenchTarget.client().build()) {
      redis.set(CommandCost.KEY, "changed");
      assertThatThrownBy(cost::client).hasMessageStartingWith("wrong reply");
    } finally {
      cost.tearDown();
    }
  }

  @Test
  void pipelineAndSinglesRunTheSameThousandCommands(LocalRedisServer server) throws Exception {
    PipelineVsSingles bench = new PipelineVsSingles();
    bench.setUp();
    try {
      server.resetCommandStats();
      assertThat(bench.pipeline()).isEqualTo(1_000);
      assertThat(bench.singles()).isEqualTo(1_000);
      assertThat(server.commandStats()).containsEntry("get", 2_000L);
    } finally {
      bench.tearDown();
    }
  }

  @Test
  void concurrentCallersGetTheirOwnValues(LocalRedisServer server) throws Exception {
    ConcurrentCallers bench = new ConcurrentCallers();
    for (String method : new String[] {"asyncAutoPipelined", "asyncAutoPipelinedOneInFlight",
        "asyncOneRequestEach", "syncThreads"}) {
      ConcurrentCallers.Clients clients = new ConcurrentCallers.Clients();
      clients.setUp(method);
      try {
        ConcurrentCallers.Caller a = new ConcurrentCallers.Caller();
        ConcurrentCallers.Caller b = new ConcurrentCallers.Caller();
        a.setUp(clients);
        b.setUp(clients);
        server.resetCommandStats();
        String value = switch (method) {
          case "asyncAutoPipelined" -> bench.asyncAutoPipelined(clients, a);
          case "asyncAutoPipelinedOneInFlight" -> bench.asyncAutoPipelinedOneInFlight(clients, a);
          case "asyncOneRequestEach" -> bench.asyncOneRequestEach(clients, a);
          default -> bench.syncThreads(clients, a);
        };
        assertThat(value).isEqualTo(a.value).isNotEqualTo(b.value);
        assertThat(server.commandStats()).containsEntry("get", 1L);
      } finally {
        clients.tearDown();
      }
    }
  }

  @Test
  void asyncChainsCheckEveryReply(LocalRedisServer server) throws Exception {
    for (boolean oneRequestEach : new boolean[] {false, true}) {
      AsyncChains bench = new AsyncChains();
      bench.setUp(oneRequestEach);
      try {
        server.resetCommandStats();
        assertThat(oneRequestEach ? bench.oneRequestEach() : bench.autoPipelined())
            .isEqualTo(AsyncChains.COMMANDS);
        assertThat(server.commandStats()).containsEntry("get", (long) AsyncChains.COMMANDS);
      } finally {
        bench.tearDown();
      }
    }
  }
}
