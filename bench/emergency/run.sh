#!/usr/bin/env bash
# The rush of a real alert (a benchmark, not a test): 200 concurrent clients on the ×10 synthetic sample against
#   GET /api/public/alert                      (from memory, with its ETag)
#   GET /api/public/alert + If-None-Match      (a page that already has the state: 304)
#   GET /api/public/nearest                    (the nearest-shelter search, bench/public/points.lua's 10,000 points)
# One command: bench/emergency/run.sh [--port P] [--db bench_publicmap] [--seconds 30] [--clients 200]
# Without a service on --port it loads the ×10 sample into --db when that is empty, starts the service there on
# --port (SERVER_PORT, default 8080) and stops it at the end. Prints req/s, p50/p99 and errors for each, the load
# average before each run, and the service's CPU time per 1,000 requests (from /proc) where it started the service.
set -euo pipefail
cd "$(dirname "$0")"
ROOT="$(cd ../.. && pwd)"
# shellcheck source=/dev/null
. "$ROOT/bench/lib/tools.sh"
require_tools wrk:wrk curl:curl psql:postgresql-client
eval "$("$ROOT/shelter" db env)"
PORT="${SERVER_PORT:-8080}"; DB=bench_publicmap; SECONDS_=30; CLIENTS=200
while [ $# -gt 0 ]; do
  case "$1" in
    --port) PORT="$2"; shift 2 ;; --db) DB="$2"; shift 2 ;; --seconds) SECONDS_="$2"; shift 2 ;;
    --clients) CLIENTS="$2"; shift 2 ;; *) echo "unknown option $1 (see the head of $0)" >&2; exit 2 ;;
  esac
done
THREADS=4
BASE="http://127.0.0.1:$PORT"
SERVICE_PID=""
cleanup() { if [ -n "$SERVICE_PID" ]; then kill "$SERVICE_PID" 2>/dev/null || true; wait "$SERVICE_PID" 2>/dev/null || true; fi; }
trap cleanup EXIT

if ! curl -fsS "$BASE/actuator/health" >/dev/null 2>&1; then
  shelters="$(psql -X -h 127.0.0.1 -p "$PGPORT" -U shelter -d "$DB" -Atqc "SELECT count(*) FROM core.works" 2>/dev/null || echo 0)"
  if [ "$shelters" = "0" ]; then
    echo "loading the x10 sample into $DB" >&2
    (cd "$ROOT" && ./shelter sample --scale 10 --db "$DB" --replace >&2)
  fi
  echo "starting the service on $PORT (database $DB)" >&2
  (cd "$ROOT" && SHELTER_DB_NAME="$DB" SERVER_PORT="$PORT" exec ./shelter run > "${TMPDIR:-/tmp}/bench-emergency-service.log" 2>&1) &
  SERVICE_PID=$!
  for _ in $(seq 1 600); do curl -fsS "$BASE/actuator/health" >/dev/null 2>&1 && break; sleep 1; done
  curl -fsS "$BASE/actuator/health" >/dev/null || { echo "the service did not start: see ${TMPDIR:-/tmp}/bench-emergency-service.log" >&2; exit 1; }
fi
JAVA_PID="$(ss -ltnpH "sport = :$PORT" 2>/dev/null | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2 || true)"
cpu_ms() { if [ -n "$JAVA_PID" ] && [ -r "/proc/$JAVA_PID/stat" ]; then awk '{print ($14+$15)*10}' "/proc/$JAVA_PID/stat"; else echo 0; fi; }

echo "database $DB: $(psql -X -h 127.0.0.1 -p "$PGPORT" -U shelter_pub -d "$DB" -Atqc "SELECT count(*) FROM pub.shelters") public shelters"
echo "machine: $(nproc) cores, $(uname -sr); $CLIENTS clients, $THREADS wrk threads, ${SECONDS_} s each"
ETAG="$(curl -fsS -D - -o /dev/null "$BASE/api/public/alert" | awk -F': ' 'tolower($1)=="etag"{print $2}' | tr -d '\r')"
[ -n "$ETAG" ] || { echo "GET /api/public/alert gave no ETag" >&2; exit 1; }

run() {  # label, script, env...
  local label="$1" script="$2"; shift 2
  env "$@" LABEL="$label" wrk -t"$THREADS" -c"$CLIENTS" -d5s -s "$script" "$BASE" >/dev/null   # warm-up
  echo "-- $label: load average $(cut -d' ' -f1-3 /proc/loadavg)"
  local before; before="$(cpu_ms)"
  local out; out="$(env "$@" LABEL="$label" wrk -t"$THREADS" -c"$CLIENTS" -d"${SECONDS_}s" --latency -s "$script" "$BASE")"
  local after; after="$(cpu_ms)"
  local line; line="$(grep '^BENCH' <<<"$out")"
  local requests; requests="$(sed -n 's/.*requests=\([0-9]*\).*/\1/p' <<<"$line")"
  if [ -n "$JAVA_PID" ] && [ "${requests:-0}" -gt 0 ]; then
    line="$line service_cpu_ms_per_1000=$(awk -v c="$((after - before))" -v r="$requests" 'BEGIN{printf "%.1f", c * 1000 / r}')"
  fi
  echo "$line"
  grep -E 'Non-2xx|Socket errors' <<<"$out" || true
}

run alert alert.lua
run alert_if_none_match alert.lua ETAG="$ETAG"
run nearest ../public/points.lua
echo "-- load average at the end $(cut -d' ' -f1-3 /proc/loadavg)"
