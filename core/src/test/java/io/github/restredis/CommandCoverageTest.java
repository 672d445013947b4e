package io.github.restredis;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code core/COMMANDS.md} covers every Redis command of the official TypeScript SDK, and every
 * Java method it names exists on {@link Redis}: the coverage table cannot drift from the code.
 */
class CommandCoverageTest {
  /** The 173 Redis commands of {@code @upstash/redis} 1.39, as the reference list names them. */
  private static final List<String> TS_SDK = List.of(("APPEND BITCOUNT BITFIELD BITOP BITPOS COPY DBSIZE"
      + " DECR DECRBY DEL ECHO EVAL EVAL_RO EVALSHA EVALSHA_RO EXISTS EXPIRE EXPIREAT FCALL FCALL_RO"
      + " FLUSHALL FLUSHDB FUNCTION_DELETE FUNCTION_FLUSH FUNCTION_LIST FUNCTION_LOAD FUNCTION_STATS"
      + " GEOADD GEODIST GEOHASH GEOPOS GEOSEARCH GEOSEARCHSTORE GET GETBIT GETDEL GETEX GETRANGE GETSET"
      + " HDEL HEXISTS HEXPIRE HEXPIREAT HEXPIRETIME HGET HGETALL HGETDEL HGETEX HINCRBY HINCRBYFLOAT"
      + " HKEYS HLEN HMGET HMSET HPEXPIRE HPEXPIREAT HPEXPIRETIME HPTTL HPERSIST HRANDFIELD HSCAN HSET"
      + " HSETEX HSETNX HSTRLEN HTTL HVALS INCR INCRBY INCRBYFLOAT KEYS LINDEX LINSERT LLEN LMOVE LPOP"
      + " LPOS LPUSH LPUSHX LRANGE LREM LSET LTRIM LMPOP MGET MSET MSETNX PEXPIRE PEXPIREAT PSETEX"
      + " PSUBSCRIBE PTTL PERSIST PFADD PFCOUNT PFMERGE PING PUBLISH RPOP RPUSH RPUSHX RANDOMKEY RENAME"
      + " RENAMENX SADD SCARD SDIFF SDIFFSTORE SINTER SINTERCARD SINTERSTORE SISMEMBER SMISMEMBER"
      + " SMEMBERS SMOVE SPOP SRANDMEMBER SREM SSCAN SUNION SUNIONSTORE SCAN SCRIPT_EXISTS SCRIPT_FLUSH"
      + " SCRIPT_LOAD SET SETBIT SETEX SETNX SETRANGE STRLEN SUBSCRIBE TIME TOUCH TTL TYPE UNLINK XACK"
      + " XACKDEL XADD XCLAIM XDEL XDELEX XGROUP XINFO XLEN XPENDING XRANGE XREAD XREADGROUP XREVRANGE"
      + " XTRIM ZADD ZCARD ZCOUNT ZDIFFSTORE ZINCRBY ZINTERSTORE ZLEXCOUNT ZMSCORE ZPOPMAX ZPOPMIN ZRANGE"
      + " ZRANK ZREM ZREMRANGEBYLEX ZREMRANGEBYRANK ZREMRANGEBYSCORE ZREVRANK ZSCAN ZSCORE ZUNION"
      + " ZUNIONSTORE").split(" ")).stream().map(c -> c.replace('_', ' ').replace("EVAL RO", "EVAL_RO")
          .replace("EVALSHA RO", "EVALSHA_RO").replace("FCALL RO", "FCALL_RO")).collect(Collectors.toList());

  private static final Pattern ROW = Pattern.compile("^\\| ([A-Z][A-Z_. ]*[A-Z]) \\| (.*?) \\|.*$");
  private static final List<String> JSON = List.of(("ARRAPPEND ARRINDEX ARRINSERT ARRLEN ARRPOP ARRTRIM"
      + " CLEAR DEL FORGET GET MERGE MGET MSET NUMINCRBY NUMMULTBY OBJKEYS OBJLEN RESP SET STRAPPEND"
      + " STRLEN TOGGLE TYPE").split(" ")).stream().map(c -> "JSON." + c).collect(Collectors.toList());
  private static final Pattern METHOD = Pattern.compile("`([a-z][A-Za-z0-9]*)`");

  private static Map<String, List<String>> table() throws Exception {
    Map<String, List<String>> rows = new LinkedHashMap<>();
    for (String line : Files.readAllLines(Path.of("COMMANDS.md"), StandardCharsets.UTF_8)) {
      Matcher m = ROW.matcher(line);
      if (m.matches()) {
        List<String> methods = METHOD.matcher(m.group(2)).results().map(r -> r.group(1))
            .collect(Collectors.toList());
        rows.put(m.group(1), methods);
      }
    }
    return rows;
  }

  @Test
  void everyCommandOfTheOfficialSdkHasARowWithMethods() throws Exception {
    assertThat(TS_SDK).hasSize(173).doesNotHaveDuplicates();
    Map<String, List<String>> rows = table();
    assertThat(JSON).hasSize(23);
    for (String command : java.util.stream.Stream.concat(TS_SDK.stream(), JSON.stream())
        .collect(Collectors.toList())) {
      assertThat(rows).as("row for %s in COMMANDS.md", command).containsKey(command);
      assertThat(rows.get(command)).as("methods for %s", command).isNotEmpty();
    }
  }

  @Test
  void everyMethodNamedExistsOnTheClient() throws Exception {
    Set<String> methods = Arrays.stream(Redis.class.getMethods())
        .filter(m -> !Modifier.isStatic(m.getModifiers()))
        .map(Method::getName).collect(Collectors.toSet());
    for (Map.Entry<String, List<String>> row : table().entrySet()) {
      for (String method : row.getValue()) {
        assertThat(methods).as("Redis.%s named for %s in COMMANDS.md", method, row.getKey())
            .contains(method);
      }
    }
  }
}
