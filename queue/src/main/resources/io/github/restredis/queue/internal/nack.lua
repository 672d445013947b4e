-- ARGV: now, id, delivery token, error, retry at ('' = never), dead-letter expiry score.
-- Returns 'delayed' (will run again), 'failed' (dead-lettered), or why not: 'lost', 'missing', a state.
local id, token = ARGV[2], tonumber(ARGV[3])
local v = redis.call('HMGET', JOBS, 'm:' .. id, unpack(CF))
if not v[1] then
  return 'missing'
end
local j = cjson.decode(v[1])
if j.d ~= token then
  return 'lost'
end
if j.s == 'delayed' or j.s == 'failed' then
  return j.s -- this call, retried after its reply was lost
end
if j.s ~= 'active' then
  return j.s
end
local C = readc(v, 2)
C['#inflight'] = C['#inflight'] - 1
j.e, j.u = ARGV[4], tonumber(ARGV[1])
if ARGV[5] ~= '' and j.a < j.m then
  j.s, j.v = 'delayed', tonumber(ARGV[5])
  C['#delayed'] = C['#delayed'] + 1
  redis.call('ZADD', TIMELINE, ARGV[5], id)
else
  j.s = 'failed'
  C['#failed'] = C['#failed'] + 1
  redis.call('LPUSH', DEAD, id)
  redis.call('ZADD', TIMELINE, ARGV[6], id)
end
local hset = {'m:' .. id, cjson.encode(j)}
writec(C, hset)
redis.call('HSET', JOBS, unpack(hset))
return j.s
