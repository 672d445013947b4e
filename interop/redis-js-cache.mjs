// Reads with the official @upstash/redis SDK what the Java cache (io.github.restredis.cache)
// stored, and stores a value for it to read. Arguments: plainKey envelopeKey absentKey writeKey.
// Prints one JSON object with what each call returned.
import { Redis } from "@upstash/redis";

const redis = new Redis({
  url: process.env.UPSTASH_REDIS_REST_URL,
  token: process.env.UPSTASH_REDIS_REST_TOKEN,
  enableAutoPipelining: false,
  retry: false,
});
const [plainKey, envelopeKey, absentKey, writeKey] = process.argv.slice(2);
const out = {};
try {
  out.plain = await redis.get(plainKey);
  out.envelope = await redis.get(envelopeKey);
  out.absent = await redis.get(absentKey);
  out.set = await redis.set(writeKey, { id: "3", name: "Grace", age: 85 }, { ex: 60 });
  console.log(JSON.stringify(out));
} catch (e) {
  console.log(JSON.stringify({ fatal: String(e && e.stack || e) }));
  process.exitCode = 1;
}
