package io.github.restredis.ratelimit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.restredis.Reply;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecideScriptTest {
  private final Part sliding = new Part(Part.SLIDING, 10, 1000, 0, "p:u", "p:dynamic:id:u", "p:dynamic:global");
  private final Part bucket = new Part(Part.BUCKET, 5, 1000, 1, "q:u", null, null);

  @Test
  void withTheCallersClockOnlyTheWindowsInUseAreDeclared() {
    DecideScript.Call call = DecideScript.call(List.of(sliding, bucket), 2, 12_345, false, false);
    assertThat(call.keys()).containsExactly("p:u:11", "p:u:12", "p:dynamic:id:u", "p:dynamic:global", "q:u");
    assertThat(call.args()).containsExactly("limit", "12345", "2", "2",
        "2", "10", "1000", "0", "11", "2", "1",
        "3", "5", "1000", "1", "0", "1", "0");
  }

  @Test
  void withTheServersClockOneMoreWindowOnEachSide() {
    DecideScript.Call call = DecideScript.call(List.of(sliding), 1, 12_345, true, true);
    assertThat(call.keys()).containsExactly("p:u:10", "p:u:11", "p:u:12", "p:u:13", "p:dynamic:id:u", "p:dynamic:global");
    assertThat(call.args()).containsExactly("peek", "-1", "1", "1", "2", "10", "1000", "0", "10", "4", "1");
  }

  @Test
  void repliesAreCheckedForShape() {
    Reply skew = Reply.ofList(List.of(Reply.ofLong(-1), Reply.ofLong(99)));
    assertThat(DecideScript.parse(skew, 2)).isEqualTo(new Outcome(Outcome.SKEW, 99, List.of()));
    Reply ok = Reply.ofList(List.of(Reply.ofLong(1), Reply.ofLong(99),
        Reply.ofLong(1), Reply.ofLong(10), Reply.ofLong(7), Reply.ofLong(1000)));
    assertThat(DecideScript.parse(ok, 1).parts()).containsExactly(new Outcome.PartOutcome(true, 10, 7, 1000));
    assertThatThrownBy(() -> DecideScript.parse(ok, 2)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> DecideScript.parse(Reply.ofLong(1), 1)).isInstanceOf(IllegalStateException.class);
  }
}
