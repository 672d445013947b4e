-- Read only. ARGV: first index, last index (newest first). Returns per job: id, record, payload.
local ids = redis.call('LRANGE', DEAD, ARGV[1], ARGV[2])
if #ids == 0 then
  return {}
end
local f = {}
for _, id in ipairs(ids) do
  push(f, 'm:' .. id, 'p:' .. id)
end
local v = redis.call('HMGET', JOBS, unpack(f))
local out = {}
for i, id in ipairs(ids) do
  push(out, id, v[2 * i - 1] or '', v[2 * i] or '')
end
return out
