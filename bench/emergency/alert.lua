-- wrk script: GET /api/public/alert, as every open page asks for it; with ETAG set, as a page that already has the
-- state (If-None-Match: answered 304 without a body).
local etag = os.getenv("ETAG")
local label = os.getenv("LABEL") or "alert"

function request()
  if etag and etag ~= "" then
    return wrk.format("GET", "/api/public/alert", { ["If-None-Match"] = etag, ["Accept"] = "application/json" })
  end
  return wrk.format("GET", "/api/public/alert", { ["Accept"] = "application/json" })
end

local statuses = {}
function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  io.write(string.format("BENCH %s requests=%d errors=%d rps=%.1f p50_ms=%.2f p99_ms=%.2f max_ms=%.2f\n", label,
    summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write
      + summary.errors.timeout,
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000))
end
