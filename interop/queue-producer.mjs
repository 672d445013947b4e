// A TypeScript-style producer for the queue's plain-list mode: pushes jobs onto a list with the
// official @upstash/redis SDK, which serializes objects to JSON, as its docs show. Prints how many.
import { Redis } from "@upstash/redis";

const redis = new Redis({
  url: process.env.UPSTASH_REDIS_REST_URL,
  token: process.env.UPSTASH_REDIS_REST_TOKEN,
  enableAutoPipelining: false,
});
const list = process.env.QUEUE_LIST;
const count = Number(process.env.QUEUE_COUNT);
for (let i = 0; i < count; i++) {
  await redis.lpush(list, { to: `js-user-${i}@example.com`, subject: `from node ${i}` });
}
console.log(JSON.stringify({ pushed: count }));
