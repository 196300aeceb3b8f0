-- wrk script: each connection walks the tile list (tiles.txt, one "?query" per line) from its own offset.
local paths = {}
for line in io.lines(os.getenv("TILES") or "tiles.txt") do paths[#paths + 1] = line end
local prefix = os.getenv("PREFIX") or "/wms"
local counter = 0
local threads = 0

function setup(thread)
  thread:set("offset", threads * 997)
  threads = threads + 1
end

function request()
  counter = counter + 1
  local i = ((offset or 0) + counter) % #paths + 1
  return wrk.format("GET", prefix .. paths[i])
end

done = function(summary, latency, requests)
  io.write(string.format("RESULT requests=%d seconds=%.1f tiles_per_s=%.1f p50_ms=%.1f p99_ms=%.1f errors=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
