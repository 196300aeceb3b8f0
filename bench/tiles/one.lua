-- wrk script: one path (PATH), asked again and again; prints the same RESULT line as bench/wms/tiles.lua.
local path = os.getenv("TILE_PATH") or "/"
function request()
  return wrk.format("GET", path)
end
done = function(summary, latency, requests)
  io.write(string.format("RESULT requests=%d seconds=%.1f tiles_per_s=%.1f p50_ms=%.2f p99_ms=%.2f errors=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
