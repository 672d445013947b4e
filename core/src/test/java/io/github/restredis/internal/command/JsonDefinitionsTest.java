package io.github.restredis.internal.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.restredis.JsonGetArgs;
import io.github.restredis.JsonSetArgs;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Idempotency of the RedisJSON commands, and the exact numbers of NUMINCRBY replies. */
class JsonDefinitionsTest {
  @Test
  void readsAndStateSettingWritesAreIdempotent() {
    assertThat(Json.get("k", JsonGetArgs.none(), List.of()).idempotent()).isTrue();
    assertThat(Json.mget(List.of("k"), "$").idempotent()).isTrue();
    assertThat(Json.type("k", null).idempotent()).isTrue();
    assertThat(Json.arrlen("k", "$").idempotent()).isTrue();
    assertThat(Json.set("k", "$", "1", JsonSetArgs.none()).idempotent()).isTrue();
    assertThat(Json.del("k", "$").idempotent()).isTrue();
    assertThat(Json.merge("k", "$", "{}").idempotent()).isTrue();
    assertThat(Json.clear("k", null).idempotent()).isTrue();
  }

  @Test
  void stepsAndDecisionsAreNot() {
    // NX/XX: the reply is the decision, which a retry after a lost reply would report wrongly.
    assertThat(Json.set("k", "$", "1", JsonSetArgs.Builder.nx()).idempotent()).isFalse();
    assertThat(Json.numincrby("k", "$", 1).idempotent()).isFalse();
    assertThat(Json.nummultby("k", "$", 2).idempotent()).isFalse();
    assertThat(Json.arrappend("k", "$", List.of("1")).idempotent()).isFalse();
    assertThat(Json.arrinsert("k", "$", 0, List.of("1")).idempotent()).isFalse();
    assertThat(Json.arrpop("k", null, null).idempotent()).isFalse();
    assertThat(Json.arrtrim("k", "$", 0, 1).idempotent()).isFalse();
    assertThat(Json.strappend("k", "$", "x").idempotent()).isFalse();
    assertThat(Json.toggle("k", "$").idempotent()).isFalse();
  }

  @Test
  void numbersKeepTheirExactValue() {
    assertThat(io.github.restredis.internal.json.ExactJson.exactNumber("42")).isEqualTo(42L);
    assertThat(io.github.restredis.internal.json.ExactJson.exactNumber("-9223372036854775808")).isEqualTo(Long.MIN_VALUE);
    assertThat(io.github.restredis.internal.json.ExactJson.exactNumber("9223372036854775808")).isEqualTo(new java.math.BigDecimal("9223372036854775808"));
    assertThat(io.github.restredis.internal.json.ExactJson.exactNumber("0.1")).isEqualTo(0.1);
    assertThat(io.github.restredis.internal.json.ExactJson.exactNumber("1e3")).isEqualTo(1000.0);
    assertThat(io.github.restredis.internal.json.ExactJson.exactNumber("0.10000000000000000000001"))
        .isEqualTo(new java.math.BigDecimal("0.10000000000000000000001"));
    assertThat(Json.quote("a\"b\\c\n\t\u0000")).isEqualTo("\"a\\\"b\\\\c\\n\\t\\u0000\"");
    assertThatThrownBy(() -> JsonReplies.NUMBERS.decode("[1,".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        .isInstanceOf(DecodeFailure.class);
  }
}
