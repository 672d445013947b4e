-- Moves dead-lettered jobs back to the ready set with a fresh count of deliveries.
-- ARGV: now, then 'oldest' and a count, or 'ids' and the ids. Returns the ids moved.
local now = tonumber(ARGV[1])
local ids = {}
if ARGV[2] == 'oldest' then
  ids = redis.call('RPOP', DEAD, ARGV[3]) or {}
else
  for i = 3, #ARGV do
    if redis.call('LREM', DEAD, 1, ARGV[i]) > 0 then
      push(ids, ARGV[i])
    end
  end
end
if #ids == 0 then
  return {}
end
local f = {}
for _, id in ipairs(ids) do
  push(f, 'm:' .. id)
end
local v = redis.call('HMGET', JOBS, unpack(f))
local out, hset, zrem, zready = {}, {}, {}, {}
for i, id in ipairs(ids) do
  local j = v[i] and cjson.decode(v[i])
  if j and j.s == 'failed' then
    j.s, j.a, j.u = 'waiting', 0, now
    push(hset, 'm:' .. id, cjson.encode(j))
    push(zrem, id)
    push(zready, rscore(j.p, now), id)
    push(out, id)
  end
end
if #out > 0 then
  redis.call('HSET', JOBS, unpack(hset))
  redis.call('ZREM', TIMELINE, unpack(zrem))
  redis.call('ZADD', READY, unpack(zready))
  redis.call('ZADD', TIMELINE, 0, MARKER)
end
return out
