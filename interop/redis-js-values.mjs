// Values through the official SDK's automatic (de)serialization, for core's JsonValuesInteropIT.
//   node redis-js-values.mjs write <prefix>        stores values the Java client then reads
//   node redis-js-values.mjs read <prefix> <keys>  reads what the Java client stored (keys: JSON array)
// Prints one JSON object: what the SDK's get/hget returned for each value.
import { Redis } from "@upstash/redis";

const redis = new Redis({
  url: process.env.UPSTASH_REDIS_REST_URL,
  token: process.env.UPSTASH_REDIS_REST_TOKEN,
  enableAutoPipelining: false,
  retry: false,
});
const [mode, prefix, keys] = process.argv.slice(2);
const out = {};
try {
  if (mode === "write") {
    const values = {
      object: { name: "Ada", age: 36, langs: ["en", "fr"], nested: { ok: true, score: 99.5, none: null } },
      string: "hello",
      numericString: "123",
      bigNumericString: "12345678901234567890",
      number: 42,
      float: 3.14,
      bool: true,
      quoted: '"quoted"',
      jsonLooking: '{"a":1}',
      array: [1, "two", { three: 3 }],
      unicode: "h\u00e9llo \u4e16\u754c \ud83d\ude80",
    };
    for (const [key, value] of Object.entries(values)) {
      await redis.set(prefix + key, value);
    }
    await redis.hset(prefix + "hash", { user: { name: "Grace", age: 85, langs: ["en"] } });
    for (const key of Object.keys(values)) {
      out[key] = await redis.get(prefix + key);
    }
  } else {
    for (const key of JSON.parse(keys)) {
      out[key] = await redis.get(prefix + key);
    }
  }
  out.hashUser = await redis.hget(prefix + "hash", "user");
  console.log(JSON.stringify(out));
} catch (e) {
  console.log(JSON.stringify({ fatal: String((e && e.stack) || e) }));
  process.exitCode = 1;
}
