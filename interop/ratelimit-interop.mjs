// Runs @upstash/ratelimit against UPSTASH_REDIS_REST_URL/_TOKEN, configured by RL_* variables, and
// answers one JSON line per JSON line on stdin ({"op":"limit"|"remaining","id":..,"rate":..}), so
// a Java test can alternate decisions with it on one identifier.
import { Ratelimit } from "@upstash/ratelimit";
import { Redis } from "@upstash/redis";
import readline from "node:readline";

const env = process.env;
const redis = new Redis({
  url: env.UPSTASH_REDIS_REST_URL,
  token: env.UPSTASH_REDIS_REST_TOKEN,
  enableAutoPipelining: false,
  retry: false,
});
const algorithms = {
  fixed: () => Ratelimit.fixedWindow(Number(env.RL_LIMIT), env.RL_WINDOW),
  sliding: () => Ratelimit.slidingWindow(Number(env.RL_LIMIT), env.RL_WINDOW),
  token: () => Ratelimit.tokenBucket(Number(env.RL_REFILL), env.RL_WINDOW, Number(env.RL_LIMIT)),
};
const ratelimit = new Ratelimit({
  redis,
  limiter: algorithms[env.RL_ALGORITHM](),
  prefix: env.RL_PREFIX,
  dynamicLimits: env.RL_DYNAMIC === "1",
  ephemeralCache: false, // every decision goes to Redis, as the test counts them
  timeout: 0,            // no fail-open race
  analytics: false,
});

const lines = readline.createInterface({ input: process.stdin });
for await (const line of lines) {
  const command = JSON.parse(line);
  let out;
  try {
    if (command.op === "limit") {
      const r = await ratelimit.limit(command.id, command.rate ? { rate: command.rate } : undefined);
      out = { success: r.success, limit: r.limit, remaining: r.remaining, reset: r.reset };
    } else {
      out = await ratelimit.getRemaining(command.id);
    }
  } catch (error) {
    out = { error: String(error) };
  }
  process.stdout.write(JSON.stringify(out) + "\n");
}
