package io.github.restredis.local.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScriptsTest {
  private static final String LOCKING = "#!lua flags=allow-key-locking\nreturn 1";

  @Test
  void redis7KeepsOnlyFlagsRedisKnows() {
    Scripts scripts = new Scripts(7);
    assertThat(text(scripts.rewrite(bytes(LOCKING)))).isEqualTo("#!lua\nreturn 1");
    assertThat(text(scripts.rewrite(bytes("#!lua flags=no-writes,allow-key-locking\nreturn 1"))))
        .isEqualTo("#!lua flags=no-writes\nreturn 1");
    assertThat(text(scripts.rewrite(bytes("#!lua name=lib flags=allow-key-locking,allow-oom\nreturn 1"))))
        .isEqualTo("#!lua name=lib flags=allow-oom\nreturn 1");
  }

  @Test
  void redis6DropsTheShebangButKeepsTheLine() {
    Scripts scripts = new Scripts(6);
    assertThat(text(scripts.rewrite(bytes(LOCKING)))).isEqualTo("\nreturn 1");
    assertThat(text(scripts.rewrite(bytes("#!lua flags=no-writes")))).isEqualTo("");
  }

  @Test
  void scriptsWithoutAnythingToChangeAreTheSameArray() {
    for (int major : new int[] {6, 7}) {
      Scripts scripts = new Scripts(major);
      byte[] plain = bytes("return redis.call('GET', KEYS[1])");
      assertThat(scripts.rewrite(plain)).isSameAs(plain);
    }
    byte[] redisFlagsOnly = bytes("#!lua flags=no-writes\nreturn 1");
    assertThat(new Scripts(7).rewrite(redisFlagsOnly)).isSameAs(redisFlagsOnly);
  }

  @Test
  void evalshaAndScriptExistsUseTheShaRedisKnowsOnceTheScriptWasSeen() {
    Scripts scripts = new Scripts(7);
    String clientSha = Scripts.sha1Hex(bytes(LOCKING));
    String redisSha = Scripts.sha1Hex(bytes("#!lua\nreturn 1"));

    // Unknown to us: passed through, so Redis answers NOSCRIPT as Upstash would.
    assertThat(text(scripts.plan(command("EVALSHA", clientSha, "0")).command().get(1))).isEqualTo(clientSha);

    Scripts.Plan load = scripts.plan(command("SCRIPT", "LOAD", LOCKING));
    assertThat(text(load.command().get(2))).isEqualTo("#!lua\nreturn 1");
    assertThat(text((byte[]) load.replyMapper().apply(bytes(redisSha)))).isEqualTo(clientSha);

    assertThat(text(scripts.plan(command("evalsha", clientSha, "0")).command().get(1))).isEqualTo(redisSha);
    assertThat(text(scripts.plan(command("EVALSHA_RO", clientSha.toUpperCase(), "0")).command().get(1)))
        .isEqualTo(redisSha);
    List<byte[]> exists = scripts.plan(command("SCRIPT", "EXISTS", clientSha, "abc")).command();
    assertThat(text(exists.get(2))).isEqualTo(redisSha);
    assertThat(text(exists.get(3))).isEqualTo("abc");
  }

  @Test
  void errorsNameTheClientsSha() {
    Scripts scripts = new Scripts(7);
    String clientSha = Scripts.sha1Hex(bytes(LOCKING));
    String redisSha = Scripts.sha1Hex(bytes("#!lua\nreturn 1"));
    Scripts.Plan eval = scripts.plan(command("EVAL", LOCKING, "0"));
    Object mapped = eval.replyMapper().apply(new Resp.Error("ERR boom script: " + redisSha + ", on @user_script:2."));
    assertThat(((Resp.Error) mapped).message()).isEqualTo("ERR boom script: " + clientSha + ", on @user_script:2.");
  }

  private static List<byte[]> command(String... parts) {
    List<byte[]> command = new ArrayList<>();
    for (String part : parts) {
      command.add(bytes(part));
    }
    return command;
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static String text(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }
}
