-- ARGV: now, id, record expiry score. Returns 'ok', 'missing', or the state that cannot be cancelled.
local id = ARGV[2]
local v = redis.call('HMGET', JOBS, 'm:' .. id, unpack(CF))
if not v[1] then
  return 'missing'
end
local j = cjson.decode(v[1])
local C = readc(v, 2)
if j.s == 'waiting' then
  redis.call('ZREM', READY, id)
elseif j.s == 'delayed' then
  C['#delayed'] = C['#delayed'] - 1
elseif j.s == 'active' then
  C['#inflight'] = C['#inflight'] - 1
else
  return j.s
end
j.s, j.u = 'cancelled', tonumber(ARGV[1])
local hset = {'m:' .. id, cjson.encode(j)}
writec(C, hset)
redis.call('HSET', JOBS, unpack(hset))
redis.call('ZADD', TIMELINE, ARGV[3], id)
return 'ok'
