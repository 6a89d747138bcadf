-- wrk script: every request carries the session cookie of one of the signed-in people, taken in
-- turn, so the load comes from many people rather than one. Counts answers other than 200 (a
-- redirect to the sign-in page is a failure here) and prints one RESULT line when wrk finishes.
--
--   wrk -t2 -c50 -d20s -s perf/pages.lua http://127.0.0.1:18080/ -- target/perf/sessions.txt [think-ms]

local sessions = {}
local next_session = 1
local threads = {}
local thread_number = 0
bad = 0

function setup(thread)
  thread_number = thread_number + 1
  thread:set("offset", thread_number * 7919)
  table.insert(threads, thread)
end

function init(args)
  local file = args[1]
  think_ms = tonumber(args[2] or "0")
  math.randomseed((offset or 1) + os.time())
  if file ~= nil then
    for line in io.lines(file) do
      if #line > 0 then
        table.insert(sessions, line)
      end
    end
  end
  next_session = (offset or 0) % math.max(#sessions, 1) + 1
end

-- A person reads a page before asking for the next: a pause of half to one and a half times the
-- think time (none when it is 0, which measures the most the server can do).
function delay()
  if think_ms == nil or think_ms <= 0 then
    return 0
  end
  return think_ms * (0.5 + math.random())
end

function request()
  if #sessions == 0 then
    return wrk.format("GET")
  end
  local cookie = sessions[next_session]
  next_session = next_session % #sessions + 1
  return wrk.format("GET", nil, { ["Cookie"] = "KSESSION=" .. cookie })
end

function response(status, headers, body)
  if status ~= 200 then
    bad = bad + 1
  end
end

function done(summary, latency, requests)
  local not_ok = 0
  for _, thread in ipairs(threads) do
    not_ok = not_ok + (thread:get("bad") or 0)
  end
  local e = summary.errors
  io.write(string.format(
    "RESULT requests=%d seconds=%.2f rps=%.1f p50=%.2f p95=%.2f p99=%.2f max=%.2f not_ok=%d socket_errors=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    not_ok, e.connect + e.read + e.write + e.timeout))
end
