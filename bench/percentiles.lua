-- wrk script: sends the session cookie and the path given in the environment, and prints the latency
-- percentiles the benchmark reports (wrk's own summary has no p95).
local cookie = os.getenv("BENCH_COOKIE")
local paths = {}
for p in string.gmatch(os.getenv("BENCH_PATHS") or "/", "[^,]+") do paths[#paths + 1] = p end
local i = 0

request = function()
  i = i + 1
  local path = paths[(i % #paths) + 1]
  return wrk.format("GET", path, { ["Cookie"] = cookie, ["Accept"] = "text/html" })
end

done = function(summary, latency, requests)
  local non2xx = summary.errors.status
  io.write(string.format("RESULT requests=%d non2xx=%d rps=%.1f p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f max_ms=%.1f\n",
    summary.requests, non2xx, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000))
end
