-- wrk script: GET /api/public/nearest for the bench's 10,000 fixed points, drawn at random (see run.sh: pgbench
-- draws from the same 10,000 points with the same formula, so both sides are timed on the same places).
local box = { minLon = tonumber(os.getenv("BENCH_MIN_LON") or "120.83"), minLat = tonumber(os.getenv("BENCH_MIN_LAT") or "31.96"),
              width = tonumber(os.getenv("BENCH_WIDTH") or "0.12"), height = tonumber(os.getenv("BENCH_HEIGHT") or "0.10") }

function setup(thread)
  thread:set("seed", math.random(1, 1000000))
end

function init(args)
  math.randomseed(seed or os.time())
end

local function point(i)
  local lon = box.minLon + ((i * 7919) % 10000) / 10000.0 * box.width
  local lat = box.minLat + ((i * 104729) % 10000) / 10000.0 * box.height
  return lon, lat
end

function request()
  local lon, lat = point(math.random(1, 10000))
  return wrk.format("GET", string.format("/api/public/nearest?lon=%.6f&lat=%.6f&limit=5", lon, lat))
end

function done(summary, latency, requests)
  io.write(string.format("BENCH service requests=%d errors=%d rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f\n",
    summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.timeout,
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
end
