package io.github.restredis.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Socket;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.Connection;
import okhttp3.ConnectionPool;
import okhttp3.Handshake;
import okhttp3.Protocol;
import okhttp3.Route;
import org.junit.jupiter.api.Test;

/** Idle time per connection, with clocks the test moves. */
class IdleConnectionsTest {
  private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
  private final AtomicLong millis = new AtomicLong(1_700_000_000_000L);
  private final IdleConnections idle = new IdleConnections(nanos::get, millis::get);

  /** A connection whose socket is open until closed. */
  private static final class FakeConnection implements Connection {
    final Socket socket = new Socket();

    @Override public Route route() { throw new UnsupportedOperationException(); }
    @Override public Socket socket() { return socket; }
    @Override public Handshake handshake() { return null; }
    @Override public Protocol protocol() { return Protocol.HTTP_1_1; }
  }

  private void advance(long nanosBy, long millisBy) {
    nanos.addAndGet(nanosBy);
    millis.addAndGet(millisBy);
  }

  @Test
  void aConnectionCountsAsIdleFromItsLastReleaseAndNotWhileHeld() {
    FakeConnection c = new FakeConnection();
    idle.acquired(c);
    advance(10_000_000_000L, 10_000);
    assertThat(idle.anyIdleFor(Duration.ofSeconds(5))).isFalse(); // held
    idle.released(c);
    advance(4_999_000_000L, 4_999);
    assertThat(idle.anyIdleFor(Duration.ofSeconds(5))).isFalse();
    advance(1_000_000L, 1);
    assertThat(idle.anyIdleFor(Duration.ofSeconds(5))).isTrue();
    idle.acquired(c); // reused: not idle any more
    assertThat(idle.anyIdleFor(Duration.ZERO)).isFalse();
    idle.released(c);
    assertThat(idle.anyIdleFor(Duration.ZERO)).isTrue();
    assertThat(idle.anyIdleFor(Duration.ofNanos(1))).isFalse();
  }

  @Test
  void aConnectionSharedByTwoCallsIsIdleOnlyWhenBothReleasedIt() {
    FakeConnection c = new FakeConnection(); // HTTP/2: several calls on one connection
    idle.acquired(c);
    idle.acquired(c);
    idle.released(c);
    advance(60_000_000_000L, 60_000);
    assertThat(idle.anyIdleFor(Duration.ofSeconds(5))).isFalse();
    idle.released(c);
    advance(6_000_000_000L, 6_000);
    assertThat(idle.anyIdleFor(Duration.ofSeconds(5))).isTrue();
  }

  @Test
  void aStoppedMonotonicClockOrAWallClockStepBackStillCounts() {
    FakeConnection c = new FakeConnection();
    idle.acquired(c);
    idle.released(c);
    advance(0, 120_000); // frozen: the monotonic clock did not move, the wall clock did
    assertThat(idle.anyIdleFor(Duration.ofSeconds(5))).isTrue();

    FakeConnection d = new FakeConnection();
    IdleConnections other = new IdleConnections(nanos::get, millis::get);
    other.acquired(d);
    other.released(d);
    advance(120_000_000_000L, -3_600_000); // the wall clock stepped back an hour
    assertThat(other.anyIdleFor(Duration.ofSeconds(5))).isTrue();
    assertThat(other.anyIdleFor(Duration.ofMinutes(3))).isFalse();
  }

  @Test
  void closedConnectionsAndUnknownOnesAreIgnored() throws Exception {
    FakeConnection c = new FakeConnection();
    idle.released(c); // never acquired through us
    idle.acquired(c);
    idle.released(c);
    c.socket.close(); // evicted by the pool
    advance(60_000_000_000L, 60_000);
    assertThat(idle.anyIdleFor(Duration.ofSeconds(5))).isFalse();
  }

  @Test
  void aLimitBeyondNanosecondsMeansNever() {
    FakeConnection c = new FakeConnection();
    idle.acquired(c);
    idle.released(c);
    advance(Long.MAX_VALUE / 2, 0);
    assertThat(idle.anyIdleFor(ChronoUnit.FOREVER.getDuration())).isFalse();
    assertThat(idle.anyIdleFor(Duration.ofDays(365))).isTrue();
  }

  @Test
  void evictionHappensOnlyWhenAConnectionIsStaleAndTheTrackerIsPerPool() {
    ConnectionPool pool = new ConnectionPool();
    FakeConnection c = new FakeConnection();
    idle.acquired(c);
    idle.released(c);
    assertThat(idle.evictIfIdleFor(pool, Duration.ofSeconds(5))).isFalse();
    advance(5_000_000_000L, 5_000);
    assertThat(idle.evictIfIdleFor(pool, Duration.ofSeconds(5))).isTrue();

    assertThat(IdleConnections.of(pool)).isSameAs(IdleConnections.of(pool));
    assertThat(IdleConnections.of(new ConnectionPool())).isNotSameAs(IdleConnections.of(pool));
  }
}
