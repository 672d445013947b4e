-- Acknowledges leased jobs. ARGV: now, record expiry score, n, then per job: id, delivery token,
-- result JSON ('' = none). Returns per job 'ok', or why not: 'lost' (delivered again since),
-- 'missing', or the job's state.
local now, n = tonumber(ARGV[1]), tonumber(ARGV[3])
local f = {unpack(CF)}
for i = 0, n - 1 do
  push(f, 'm:' .. ARGV[4 + i * 3])
end
local v = redis.call('HMGET', JOBS, unpack(f))
local C = readc(v, 1)
local out, hset, ztime, done = {}, {}, {}, {}
for i = 0, n - 1 do
  local b = 4 + i * 3
  local id, token = ARGV[b], tonumber(ARGV[b + 1])
  local j = v[#CF + i + 1] and cjson.decode(v[#CF + i + 1])
  if done[id] then
    push(out, done[id])
  elseif not j then
    push(out, 'missing')
  elseif j.d ~= token then
    push(out, 'lost')
  elseif j.s == 'succeeded' then
    push(out, 'ok') -- this call, retried after its reply was lost
  elseif j.s ~= 'active' then
    push(out, j.s)
  else
    j.s, j.u = 'succeeded', now
    if ARGV[b + 2] ~= '' then
      j.r = ARGV[b + 2]
    end
    push(hset, 'm:' .. id, cjson.encode(j))
    push(ztime, ARGV[2], id)
    C['#inflight'] = C['#inflight'] - 1
    C['#succeeded'] = C['#succeeded'] + 1
    push(out, 'ok')
  end
  done[id] = out[#out]
end
if #hset > 0 then
  writec(C, hset)
  redis.call('HSET', JOBS, unpack(hset))
  redis.call('ZADD', TIMELINE, unpack(ztime))
end
return out
