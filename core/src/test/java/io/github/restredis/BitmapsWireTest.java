package io.github.restredis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The BITOP operations of Redis 8.2, which the local Redis 7.0 cannot run: the exact request, and
 * the reply Redis gives (the length of the stored value).
 */
class BitmapsWireTest {
  private final MockServer mock = new MockServer();
  private final Redis redis = mock.client();

  @AfterEach
  void tearDown() throws Exception {
    redis.close();
    mock.close();
  }

  @Test
  void bitopOperationsOfRedis82() {
    for (BitOperation op : new BitOperation[] {BitOperation.DIFF, BitOperation.DIFF1, BitOperation.ANDOR}) {
      mock.result("3");
      assertThat(redis.bitop(op, "dest", "x", "y1", "y2")).isEqualTo(3);
      assertThat(mock.take().getBody().readUtf8())
          .isEqualTo("[\"BITOP\",\"" + op.name() + "\",\"dest\",\"x\",\"y1\",\"y2\"]");
    }
    mock.result("1");
    assertThat(redis.bitop(BitOperation.ONE, "dest", "x")).isEqualTo(1);
    assertThat(mock.take().getBody().readUtf8()).isEqualTo("[\"BITOP\",\"ONE\",\"dest\",\"x\"]");
  }

  @Test
  void bitfieldRepliesKeepNilsInPlace() {
    mock.result("[3,null,0]");
    assertThat(redis.bitfield("k", BitFieldArgs.Builder.get("u2", 100).overflowFail().incrby("u2", 102, 1)
        .overflowWrap().incrby("u2", 102, 1))).isEqualTo(Arrays.asList(3L, null, 0L));
    assertThat(mock.take().getBody().readUtf8()).isEqualTo("[\"BITFIELD\",\"k\",\"GET\",\"u2\",\"100\","
        + "\"OVERFLOW\",\"FAIL\",\"INCRBY\",\"u2\",\"102\",\"1\",\"OVERFLOW\",\"WRAP\",\"INCRBY\",\"u2\",\"102\",\"1\"]");
  }
}
