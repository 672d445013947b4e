// Drives the official @upstash/redis SDK against UPSTASH_REDIS_REST_URL/_TOKEN and prints one JSON
// object with what each call returned; the Java test compares it with what Redis holds.
import { Redis } from "@upstash/redis";

const redis = new Redis({
  url: process.env.UPSTASH_REDIS_REST_URL,
  token: process.env.UPSTASH_REDIS_REST_TOKEN,
  enableAutoPipelining: false,
  retry: false,
});
const out = {};
try {
  out.set = await redis.set("js:string", "hello", { ex: 100 });
  out.get = await redis.get("js:string");
  out.incr = await redis.incr("js:counter");
  out.incrby = await redis.incrby("js:counter", 41);
  out.hset = await redis.hset("js:hash", { a: "1", b: "two" });
  out.hgetall = await redis.hgetall("js:hash");
  out.json = await redis.set("js:object", { name: "Ada", langs: ["en", "fr"] });
  out.jsonBack = await redis.get("js:object");
  out.unicode = await redis.set("js:unicode", "h\u00e9llo \u4e16\u754c \ud83d\ude80");
  out.unicodeBack = await redis.get("js:unicode");
  out.zadd = await redis.zadd("js:zset", { score: 1.5, member: "m1" }, { score: 2, member: "m2" });
  out.zrange = await redis.zrange("js:zset", 0, -1, { withScores: true });
  out.missing = await redis.get("js:missing");
  const p = redis.pipeline();
  p.set("js:p", "1");
  p.incr("js:p");
  p.get("js:p");
  out.pipeline = await p.exec();
  const m = redis.multi();
  m.lpush("js:list", "a", "b");
  m.lrange("js:list", 0, -1);
  out.multi = await m.exec();
  try {
    await redis.incr("js:string");
    out.error = null;
  } catch (e) {
    out.error = String(e.message);
  }
  const script = redis.createScript("#!lua flags=allow-key-locking\nreturn redis.call('INCR', KEYS[1])");
  out.script1 = await script.exec(["js:scripted"], []);
  out.script2 = await script.exec(["js:scripted"], []);
  out.scan = (await redis.scan(0, { match: "js:*", count: 1000 }))[1].sort();
  console.log(JSON.stringify(out));
} catch (e) {
  console.log(JSON.stringify({ fatal: String(e && e.stack || e) }));
  process.exitCode = 1;
}
