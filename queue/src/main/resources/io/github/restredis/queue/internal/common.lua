-- Shared by every queue script. KEYS: jobs hash, ready zset, timeline zset, dead list.
-- jobs fields: m:<id> job record (JSON), p:<id> payload, i:<key> idempotency key -> id,
-- and the counters below. timeline members: job ids (score = when the job needs attention:
-- delayed until, lease deadline, or record expiry), i:<key> (idempotency expiry) and '*'
-- (score 0, present whenever ready may hold jobs, so one ZRANGE tells an idle poller everything).
local JOBS, READY, TIMELINE, DEAD = KEYS[1], KEYS[2], KEYS[3], KEYS[4]
local MARKER = '*'
local CF = {'#delayed', '#inflight', '#succeeded', '#failed'}

-- Integers as exact decimal strings: Lua's own conversion keeps only 14 significant digits.
local function S(x)
  return string.format('%.0f', x)
end

-- Higher priority first, then older first; exact while below 2^53 (priority -1000..1000).
local function rscore(p, t)
  return S((1000 - p) * 4398046511104 + t)
end

local function readc(v, i)
  local c = {}
  for j, f in ipairs(CF) do
    c[f] = tonumber(v[i + j - 1]) or 0
  end
  return c
end

local function writec(c, hset)
  for _, f in ipairs(CF) do
    hset[#hset + 1] = f
    hset[#hset + 1] = S(c[f])
  end
end

local function push(t, ...)
  for _, x in ipairs({...}) do
    t[#t + 1] = x
  end
end
