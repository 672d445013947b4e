package io.github.restredis.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.skippedWithReason;
import static org.junit.platform.testkit.engine.EventConditions.test;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/** The JUnit 5 extension, run through the JUnit engine so that skips and order can be asserted. */
class LocalRedisExtensionIT {

  @Test
  void everyTestSeesAnEmptyDatabaseAndTheSameServer() {
    Events tests = EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(Sample.class))
        .execute()
        .testEvents();
    tests.assertStatistics(s -> s.started(2).succeeded(2).skipped(1).failed(0));
    tests.assertThatEvents()
        .haveExactly(1, event(test("secondSeesNothingFromTheFirst"), finishedSuccessfully()))
        .haveExactly(1, event(test("tooNew"), skippedWithReason(r -> r.startsWith("needs Redis 99.0, running Redis "))));
  }

  @Test
  void versionComparisonIsNumeric() {
    assertThat(RedisVersions.compare("7.0.15", "7.0")).isPositive();
    assertThat(RedisVersions.compare("6.2.6", "7.0")).isNegative();
    assertThat(RedisVersions.compare("10.0.0", "9.9")).isPositive();
    assertThat(RedisVersions.compare("7.4", "7.4.0")).isZero();
  }

  /** Run by the test above, not by Failsafe (its name does not end in IT). */
  @ExtendWith(LocalRedisExtension.class)
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class Sample {
    private static LocalRedisServer first;

    @Test
    @Order(1)
    void firstWritesAKey(LocalRedisServer server) {
      first = server;
      assertThat(new RawHttp(server).post("/", "[\"SET\",\"left-behind\",\"1\"]").status()).isEqualTo(200);
    }

    @Test
    @Order(2)
    void secondSeesNothingFromTheFirst(LocalRedisServer server) {
      assertThat(server).isSameAs(first);
      assertThat(new RawHttp(server).post("/", "[\"DBSIZE\"]").body()).isEqualTo("{\"result\":0}");
    }

    @Test
    @Order(3)
    @RequiresRedis("99.0")
    void tooNew(LocalRedisServer server) {
      throw new AssertionError("must be skipped");
    }
  }
}
