-- ARGV: now, max jobs, lease ms, dead-letter expiry score, sweep limit, max deliveries of list
-- items, then up to max ids for items taken from the source list (KEYS[5], when given).
-- Returns per job: id, record, payload.
local now, max, lease = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local SOURCE = KEYS[5]
local due = redis.call('ZRANGEBYSCORE', TIMELINE, '-inf', ARGV[1], 'LIMIT', 0, ARGV[5])
local marked, swept = false, {}
local C
local hset, hdel, zrem, ztime, zready, dead = {}, {}, {}, {}, {}, {}
for _, m in ipairs(due) do
  if m == MARKER then
    marked = true
  elseif string.sub(m, 1, 2) == 'i:' then
    push(hdel, m)
    push(zrem, m)
  else
    push(swept, m)
  end
end

-- The sweep: due delayed jobs become ready, expired leases go back (or to the dead letters),
-- and records past their retention are deleted.
if #swept > 0 then
  local f = {unpack(CF)}
  for _, id in ipairs(swept) do
    push(f, 'm:' .. id)
  end
  local v = redis.call('HMGET', JOBS, unpack(f))
  C = readc(v, 1)
  for i, id in ipairs(swept) do
    local raw = v[#CF + i]
    local j = raw and cjson.decode(raw)
    if not j or j.s == 'waiting' then
      push(zrem, id)
    elseif j.s == 'delayed' then
      j.s, j.u = 'waiting', now
      push(zready, rscore(j.p, j.v or now), id)
      push(zrem, id)
      push(hset, 'm:' .. id, cjson.encode(j))
      C['#delayed'] = C['#delayed'] - 1
    elseif j.s == 'active' then
      C['#inflight'] = C['#inflight'] - 1
      j.u = now
      if j.a >= j.m then
        j.s, j.e = 'failed', 'lease expired on delivery ' .. j.a .. ' of ' .. j.m
        push(dead, id)
        push(ztime, ARGV[4], id)
        C['#failed'] = C['#failed'] + 1
      else
        j.s = 'waiting'
        push(zready, rscore(j.p, j.t), id)
        push(zrem, id)
      end
      push(hset, 'm:' .. id, cjson.encode(j))
    else
      if j.s == 'failed' then
        redis.call('LREM', DEAD, 0, id)
      end
      push(hdel, 'm:' .. id, 'p:' .. id)
      push(zrem, id)
    end
  end
end
if #zready > 0 then
  redis.call('ZADD', READY, unpack(zready))
  marked = true
end

local popped = {}
if marked then
  local r = redis.call('ZPOPMIN', READY, max)
  for i = 1, #r, 2 do
    push(popped, r[i])
  end
  if #popped < max then
    push(zrem, MARKER)
  else
    push(ztime, 0, MARKER)
  end
end

local created = {}
if SOURCE and #popped < max then
  local items = redis.call('RPOP', SOURCE, max - #popped)
  if items then
    for k, item in ipairs(items) do
      push(created, ARGV[6 + k], item)
    end
  end
end

local out = {}
if #popped > 0 or #created > 0 then
  local f = {}
  if not C then
    f = {unpack(CF)}
  end
  local base = #f
  for _, id in ipairs(popped) do
    push(f, 'm:' .. id, 'p:' .. id)
  end
  local v = redis.call('HMGET', JOBS, unpack(f))
  if not C then
    C = readc(v, 1)
  end
  local deadline = S(now + lease)
  for i, id in ipairs(popped) do
    local raw = v[base + 2 * i - 1]
    if raw then
      local j = cjson.decode(raw)
      j.s, j.a, j.d, j.u = 'active', j.a + 1, j.d + 1, now
      local record = cjson.encode(j)
      push(hset, 'm:' .. id, record)
      push(ztime, deadline, id)
      push(out, id, record, v[base + 2 * i] or '')
      C['#inflight'] = C['#inflight'] + 1
    end
  end
  for k = 1, #created, 2 do
    local id, item = created[k], created[k + 1]
    local record = cjson.encode({s = 'active', a = 1, d = 1, m = tonumber(ARGV[6]), p = 0, t = now, u = now})
    push(hset, 'm:' .. id, record, 'p:' .. id, item)
    push(ztime, deadline, id)
    push(out, id, record, item)
    C['#inflight'] = C['#inflight'] + 1
  end
end

if C then
  writec(C, hset)
end
if #hset > 0 then
  redis.call('HSET', JOBS, unpack(hset))
end
if #hdel > 0 then
  redis.call('HDEL', JOBS, unpack(hdel))
end
if #zrem > 0 then
  redis.call('ZREM', TIMELINE, unpack(zrem))
end
if #ztime > 0 then
  redis.call('ZADD', TIMELINE, unpack(ztime))
end
if #dead > 0 then
  redis.call('LPUSH', DEAD, unpack(dead))
end
return out
