-- ARGV: now, id, delivery token, result JSON ('' = none), record expiry score.
-- Returns 'ok', or why not: 'lost' (delivered again since), 'missing', or the job's state.
local id, token = ARGV[2], tonumber(ARGV[3])
local v = redis.call('HMGET', JOBS, 'm:' .. id, unpack(CF))
if not v[1] then
  return 'missing'
end
local j = cjson.decode(v[1])
if j.d ~= token then
  return 'lost'
end
if j.s == 'succeeded' then
  return 'ok' -- this call, retried after its reply was lost
end
if j.s ~= 'active' then
  return j.s
end
local C = readc(v, 2)
C['#inflight'] = C['#inflight'] - 1
C['#succeeded'] = C['#succeeded'] + 1
j.s, j.u = 'succeeded', tonumber(ARGV[1])
if ARGV[4] ~= '' then
  j.r = ARGV[4]
end
local hset = {'m:' .. id, cjson.encode(j)}
writec(C, hset)
redis.call('HSET', JOBS, unpack(hset))
redis.call('ZADD', TIMELINE, ARGV[5], id)
return 'ok'
