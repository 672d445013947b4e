-- Hands leased jobs back, uncounted, ahead of younger jobs. ARGV: now, n, then per job: id,
-- delivery token. Returns per job 'ok' or why not.
local now, n = tonumber(ARGV[1]), tonumber(ARGV[2])
local f = {unpack(CF)}
for i = 0, n - 1 do
  push(f, 'm:' .. ARGV[3 + i * 2])
end
local v = redis.call('HMGET', JOBS, unpack(f))
local C = readc(v, 1)
local out, hset, zrem, zready = {}, {}, {}, {}
for i = 0, n - 1 do
  local id, token = ARGV[3 + i * 2], tonumber(ARGV[4 + i * 2])
  local j = v[#CF + i + 1] and cjson.decode(v[#CF + i + 1])
  if not j then
    push(out, 'missing')
  elseif j.d ~= token then
    push(out, 'lost')
  elseif j.s ~= 'active' then
    push(out, j.s == 'waiting' and 'ok' or j.s)
  else
    j.s, j.a, j.u = 'waiting', j.a - 1, now
    push(hset, 'm:' .. id, cjson.encode(j))
    push(zrem, id)
    push(zready, rscore(j.p, j.t), id)
    C['#inflight'] = C['#inflight'] - 1
    push(out, 'ok')
  end
end
if #zready > 0 then
  writec(C, hset)
  redis.call('HSET', JOBS, unpack(hset))
  redis.call('ZREM', TIMELINE, unpack(zrem))
  redis.call('ZADD', READY, unpack(zready))
  redis.call('ZADD', TIMELINE, 0, MARKER)
end
return out
