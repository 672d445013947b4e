-- Extends leases, and records progress. ARGV: now, new lease deadline, n, then per job:
-- id, delivery token, progress JSON ('' = none). Returns per job 'ok' or why not.
local n = tonumber(ARGV[3])
local f = {}
for i = 0, n - 1 do
  push(f, 'm:' .. ARGV[4 + i * 3])
end
local v = redis.call('HMGET', JOBS, unpack(f))
local out, hset, ztime = {}, {}, {}
for i = 0, n - 1 do
  local b = 4 + i * 3
  local id, token, progress = ARGV[b], tonumber(ARGV[b + 1]), ARGV[b + 2]
  local j = v[i + 1] and cjson.decode(v[i + 1])
  if not j then
    push(out, 'missing')
  elseif j.d ~= token then
    push(out, 'lost')
  elseif j.s ~= 'active' then
    push(out, j.s)
  else
    push(ztime, ARGV[2], id)
    if progress ~= '' then
      j.g, j.u = progress, tonumber(ARGV[1])
      push(hset, 'm:' .. id, cjson.encode(j))
    end
    push(out, 'ok')
  end
end
if #ztime > 0 then
  redis.call('ZADD', TIMELINE, unpack(ztime))
end
if #hset > 0 then
  redis.call('HSET', JOBS, unpack(hset))
end
return out
