-- ARGV: now, idempotency expiry score, n, then per job: id, record, payload, kind (r|d), score, idem key ('' = none).
-- A job whose record exists was stored by an earlier attempt of this same call: reported as created.
local n = tonumber(ARGV[3])
local fields = {'#delayed'}
for i = 0, n - 1 do
  local b = 4 + i * 6
  push(fields, 'm:' .. ARGV[b], 'i:' .. ARGV[b + 5])
end
local got = redis.call('HMGET', JOBS, unpack(fields))
local delayed = tonumber(got[1]) or 0
local before = delayed
local hset, zready, ztime, out, seen = {}, {}, {}, {}, {}
for i = 0, n - 1 do
  local b = 4 + i * 6
  local id, idem = ARGV[b], ARGV[b + 5]
  local exists, prior = got[2 + i * 2], got[3 + i * 2]
  if idem ~= '' and not prior then
    prior = seen[idem]
  end
  if exists then
    push(out, id, 1)
  elseif idem ~= '' and prior then
    push(out, prior, 0)
  else
    push(hset, 'm:' .. id, ARGV[b + 1], 'p:' .. id, ARGV[b + 2])
    if idem ~= '' then
      push(hset, 'i:' .. idem, id)
      push(ztime, ARGV[2], 'i:' .. idem)
      seen[idem] = id
    end
    if ARGV[b + 3] == 'r' then
      push(zready, ARGV[b + 4], id)
    else
      push(ztime, ARGV[b + 4], id)
      delayed = delayed + 1
    end
    push(out, id, 1)
  end
end
if delayed ~= before then
  push(hset, '#delayed', S(delayed))
end
if #hset > 0 then
  redis.call('HSET', JOBS, unpack(hset))
end
if #zready > 0 then
  redis.call('ZADD', READY, unpack(zready))
  push(ztime, 0, MARKER)
end
if #ztime > 0 then
  redis.call('ZADD', TIMELINE, unpack(ztime))
end
return out
