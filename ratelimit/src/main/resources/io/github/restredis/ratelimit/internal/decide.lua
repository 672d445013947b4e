-- One rate-limit decision over one or more limits, all or nothing. The first line (the shebang) is
-- added by LimitScript. Keys and stored values are those of @upstash/ratelimit 2.2.0:
--   fixed and sliding window: a string counter at prefix:id:<floor(now / window)>
--   token bucket: a hash at prefix:id with fields refilledAt (ms) and tokens
--   dynamic limits: strings at prefix:dynamic:id:<id> (ours) and prefix:dynamic:global (theirs)
--
-- ARGV: mode ('limit' or 'peek'), now (ms; negative: read the server's TIME), rate, part count, then
-- per part: kind (1 fixed, 2 sliding, 3 bucket), limit, period (ms), refill, base window, number
-- of state keys, dynamic (1 or 0).
-- KEYS per part: the state keys (windows base, base + 1, ...; or the bucket), then, if dynamic, the
-- identifier's and the global dynamic limit.
--
-- Reply: {1 allowed / 0 denied, now, per part: fits, limit, remaining, reset}, or {-1, now} when
-- the current window is not among the declared keys (the caller's estimate of the server clock is
-- off by more than a window): nothing was written.
local peek = ARGV[1] == 'peek'
local now = tonumber(ARGV[2])
if now < 0 then
  local t = redis.call('TIME')
  now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
end
local rate = tonumber(ARGV[3])
local parts, reads = {}, {}
local k, a = 1, 5
for i = 1, tonumber(ARGV[4]) do
  local p = {kind = tonumber(ARGV[a]), limit = tonumber(ARGV[a + 1]), period = tonumber(ARGV[a + 2]),
    refill = tonumber(ARGV[a + 3]), base = tonumber(ARGV[a + 4]), keys = tonumber(ARGV[a + 5])}
  local dynamic = ARGV[a + 6] == '1'
  a = a + 7
  if p.kind == 3 then
    p.key = KEYS[k]
  else
    p.window = math.floor(now / p.period)
    local at = k + p.window - p.base
    if at < (p.kind == 2 and k + 1 or k) or at >= k + p.keys then
      return {-1, now}
    end
    p.key = KEYS[at]
    if p.kind == 2 then p.prevKey = KEYS[at - 1] end
  end
  k = k + p.keys
  if dynamic then
    p.dynamicAt = #reads + 1
    reads[#reads + 1] = KEYS[k]
    reads[#reads + 1] = KEYS[k + 1]
    k = k + 2
  end
  -- A fixed window is incremented tentatively below instead of read, one command fewer when allowed;
  -- a refund needs no read at all.
  if p.kind == 2 or (p.kind == 1 and peek) then
    p.readAt = #reads + 1
    reads[#reads + 1] = p.key
    if p.kind == 2 then reads[#reads + 1] = p.prevKey end
  end
  parts[i] = p
end

local values = {}
if #reads > 0 then values = redis.call('MGET', unpack(reads)) end
local function count(v)
  return math.max(0, tonumber(v) or 0)
end

local ok = true
for _, p in ipairs(parts) do
  if p.dynamicAt then
    p.limit = tonumber(values[p.dynamicAt]) or tonumber(values[p.dynamicAt + 1]) or p.limit
  end
  if p.kind == 1 then
    if p.readAt then
      p.used = count(values[p.readAt])
    elseif rate > 0 then
      p.tentative = redis.call('INCRBY', p.key, rate)
      p.used = math.max(0, p.tentative - rate)
    end
    p.fits = rate <= 0 or p.used + rate <= p.limit
  elseif p.kind == 2 then
    p.used = count(values[p.readAt])
    p.previous = count(values[p.readAt + 1])
    p.weighted = math.floor((1 - (now % p.period) / p.period) * p.previous)
    p.fits = rate <= 0 or p.weighted + p.used + rate <= p.limit
  else
    local bucket = redis.call('HMGET', p.key, 'refilledAt', 'tokens')
    if bucket[1] then
      p.at = tonumber(bucket[1])
      p.tokens = math.min(p.limit, tonumber(bucket[2]) or 0)
    else
      p.at = now
      p.tokens = p.limit
    end
    if now >= p.at + p.period then
      local refills = math.floor((now - p.at) / p.period)
      p.tokens = math.min(p.limit, p.tokens + refills * p.refill)
      p.at = p.at + refills * p.period
    end
    p.fits = rate <= 0 or p.tokens >= rate
  end
  ok = ok and p.fits
end

if not peek then
  for _, p in ipairs(parts) do
    if p.kind == 3 then
      if ok then
        p.tokens = math.min(p.limit, p.tokens - rate)
        if p.tokens >= p.limit then
          -- A full bucket is what a missing key means; nothing to keep.
          redis.call('DEL', p.key)
        else
          redis.call('HSET', p.key, 'refilledAt', p.at, 'tokens', p.tokens)
          redis.call('PEXPIRE', p.key, math.ceil((p.limit - p.tokens) / p.refill) * p.period)
        end
      end
    else
      local ttl = p.kind == 1 and p.period or p.period * 2 + 1000
      if rate > 0 and ok then
        local v = p.tentative or redis.call('INCRBY', p.key, rate)
        if v < rate then
          -- The stored count was negative (over-refunded elsewhere): start from zero instead.
          redis.call('SET', p.key, rate, 'PX', ttl)
        elseif v == rate then
          redis.call('PEXPIRE', p.key, ttl)
        end
        p.used = p.used + rate
      elseif rate > 0 then
        if p.tentative == rate then
          redis.call('DEL', p.key)
        elseif p.tentative then
          redis.call('DECRBY', p.key, rate)
        end
      else
        local v = redis.call('INCRBY', p.key, rate)
        if v <= 0 then redis.call('DEL', p.key) end
        p.used = math.max(0, v)
      end
    end
  end
end

-- The first m in [from, w) at which floor((1 - m / w) * q) <= budget, computed as the check does.
local function firstFit(q, w, from, budget)
  if budget < 0 or math.floor((1 - (w - 1) / w) * q) > budget then return nil end
  local lo, hi = from, w - 1
  while lo < hi do
    local mid = math.floor((lo + hi) / 2)
    if math.floor((1 - mid / w) * q) <= budget then hi = mid else lo = mid + 1 end
  end
  return lo
end

local out = {ok and 1 or 0, now}
for _, p in ipairs(parts) do
  local remaining, reset
  if p.kind == 3 then
    remaining = p.tokens
    reset = p.at + p.period
    if not p.fits and rate <= p.limit then
      reset = p.at + math.ceil((rate - p.tokens) / p.refill) * p.period
    end
  else
    local start = p.window * p.period
    remaining = p.limit - p.used - (p.weighted or 0)
    reset = start + p.period
    if p.kind == 2 and not p.fits and rate <= p.limit then
      -- When this request would fit if nobody else came: later in this window as the previous
      -- one's weight falls, or in the next one, where this window's count is the previous.
      if p.used + rate <= p.limit then
        local m = firstFit(p.previous, p.period, now % p.period, p.limit - p.used - rate)
        if m then reset = start + m end
      else
        local m = firstFit(p.used, p.period, 0, p.limit - rate)
        reset = m and start + p.period + m or start + 2 * p.period
      end
    end
  end
  out[#out + 1] = p.fits and 1 or 0
  out[#out + 1] = p.limit
  out[#out + 1] = math.max(0, remaining)
  out[#out + 1] = reset
end
return out
