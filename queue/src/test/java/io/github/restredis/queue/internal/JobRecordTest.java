package io.github.restredis.queue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JobRecordTest {
  @Test
  void readsWhatCjsonWrites() {
    // cjson escapes slashes and writes keys in any order.
    JobRecord record = JobRecord.parse("{\"u\":1893456000123,\"e\":\"http:\\/\\/x failed\",\"d\":3,\"a\":2,"
        + "\"s\":\"active\",\"m\":5,\"p\":-7,\"t\":1893456000000,\"g\":\"{\\\"p\\\":1}\"}");
    assertThat(record).isEqualTo(new JobRecord("active", 2, 3, 5, -7, 1893456000000L, 1893456000123L, null,
        "{\"p\":1}", null, "http://x failed"));
  }

  @Test
  void aNewRecordLeavesOutWhatItHasNot() {
    assertThat(JobRecord.created(false, 5, 0, 10, null).json())
        .isEqualTo("{\"s\":\"waiting\",\"a\":0,\"d\":0,\"m\":5,\"p\":0,\"t\":10,\"u\":10}");
    assertThat(JobRecord.created(true, 1, 2, 10, 20L).json()).contains("\"s\":\"delayed\"", "\"v\":20");
  }
}
