-- Read only. Returns waiting, dead, then the counters.
local v = redis.call('HMGET', JOBS, unpack(CF))
local out = {redis.call('ZCARD', READY), redis.call('LLEN', DEAD)}
for _, x in ipairs(v) do
  push(out, tonumber(x) or 0)
end
return out
