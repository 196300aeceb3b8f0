#!/usr/bin/env bash
# Benchmark of the nearest-shelter search (a benchmark, not a test). Needs a running service and its database:
#   ./shelter sample --scale 10 --db bench_publicmap
#   SHELTER_DB_NAME=bench_publicmap SERVER_PORT=8105 ./shelter run &
#   bench/public/run.sh [--port 8105] [--db bench_publicmap] [--seconds 30] [--clients 16]
# Prints requests per second and p50/p99 of GET /api/public/nearest at 16 concurrent clients (wrk), and the same
# figures for the bare SQL of the search (pgbench, as the public role, 16 clients) on the same 10,000 points.
set -euo pipefail
cd "$(dirname "$0")"
ROOT="$(cd ../.. && pwd)"
# shellcheck source=/dev/null
. "$ROOT/bench/lib/tools.sh"
require_tools wrk:wrk pgbench:postgresql-contrib psql:postgresql-client
# The project cluster asks for passwords: PGPASSFILE, PGPORT and the service's passwords come from ./shelter.
eval "$("$ROOT/shelter" db env)"
PORT=8105; DB=bench_publicmap; SECONDS_=30; CLIENTS=16
while [ $# -gt 0 ]; do
  case "$1" in
    --port) PORT="$2"; shift 2 ;; --db) DB="$2"; shift 2 ;; --seconds) SECONDS_="$2"; shift 2 ;;
    --clients) CLIENTS="$2"; shift 2 ;; *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
: "${BENCH_MIN_LON:=120.83}" "${BENCH_MIN_LAT:=31.96}" "${BENCH_WIDTH:=0.12}" "${BENCH_HEIGHT:=0.10}"
export BENCH_MIN_LON BENCH_MIN_LAT BENCH_WIDTH BENCH_HEIGHT
THREADS=$(( CLIENTS < 4 ? CLIENTS : 4 ))
PSQL=(psql -h 127.0.0.1 -p "$PGPORT" -U shelter_pub -d "$DB" -Atq)
WORK="$(mktemp -d)"; trap 'rm -rf "$WORK"' EXIT

echo "database $DB: $("${PSQL[@]}" -c "SELECT count(*) FROM pub.shelters") public shelters," \
     "$("${PSQL[@]}" -c "SELECT count(*) FROM pub.entrances") entrances," \
     "$("${PSQL[@]}" -c "SELECT count(*) FROM pub.roads") road edges"
echo "machine: $(nproc) cores, $(uname -sr)"
# The machine may be shared: each phase states the load average it ran under.
load() { echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"; }

# The service's own SQL with the request's values written in (pgbench substitutes :lon and :lat per transaction).
sed -e 's/:accessible/false/g; s/:parking/false/g; s/:ev/false/g; s/:candidates/60/g; s/:limit/5/g' \
    ../../src/main/resources/sql/shelters/nearest.sql > "$WORK/nearest.sql"
{
  echo "\\set i random(1, 10000)"
  echo "\\set lon $BENCH_MIN_LON + ((:i * 7919) % 10000) / 10000.0 * $BENCH_WIDTH"
  echo "\\set lat $BENCH_MIN_LAT + ((:i * 104729) % 10000) / 10000.0 * $BENCH_HEIGHT"
  grep -v '^\s*--' "$WORK/nearest.sql" | tr '\n' ' '
  echo
} > "$WORK/pgbench.sql"

# CPU time (ms) of the service's JVM and of the project's PostgreSQL (postmaster's reaped children plus live backends),
# so a loaded machine's figures still compare: CPU per request does not depend on how long a thread waited for a core.
CLK=$(getconf CLK_TCK)
SERVICE_PID=$(ss -ltnp 2>/dev/null | grep ":$PORT " | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2 || true)
POSTMASTER=$(head -1 "$ROOT/.pgdata/postmaster.pid" 2>/dev/null || true)
cpu_ms() { # pid [children]: utime+stime (+ cutime+cstime of reaped children) in ms
  [ -n "$1" ] && [ -r "/proc/$1/stat" ] || { echo 0; return; }
  awk -v clk="$CLK" -v kids="${2:-}" '{ sub(/^.*\) /, ""); t = $12 + $13; if (kids) t += $14 + $15; print int(t * 1000 / clk) }' "/proc/$1/stat"
}
pg_cpu_ms() {
  local total; total=$(cpu_ms "$POSTMASTER" kids)
  for c in $(pgrep -P "$POSTMASTER" 2>/dev/null); do total=$(( total + $(cpu_ms "$c") )); done
  echo "$total"
}

echo "warming up the service (15 s)"
wrk -t"$THREADS" -c"$CLIENTS" -d15s -s points.lua "http://127.0.0.1:$PORT" >/dev/null
echo "service: GET /api/public/nearest, $CLIENTS clients, ${SECONDS_} s ($(load))"
S0=$(cpu_ms "$SERVICE_PID"); P0=$(pg_cpu_ms)
wrk -t"$THREADS" -c"$CLIENTS" -d"${SECONDS_}s" --latency -s points.lua "http://127.0.0.1:$PORT" | tee "$WORK/wrk.txt" | grep -E '^BENCH|Non-2xx' || true
S1=$(cpu_ms "$SERVICE_PID"); P1=$(pg_cpu_ms)
REQS=$(grep -o 'requests=[0-9]*' "$WORK/wrk.txt" | head -1 | cut -d= -f2)
awk -v s=$((S1 - S0)) -v p=$((P1 - P0)) -v n="${REQS:-0}" 'BEGIN { if (n > 0) printf "BENCH service_cpu jvm_ms_per_request=%.3f postgres_ms_per_request=%.3f\n", s / n, p / n }'

echo "bare SQL: the same query in PostgreSQL via pgbench, $CLIENTS clients, ${SECONDS_} s ($(load))"
P0=$(pg_cpu_ms)
(cd "$WORK" && pgbench -h 127.0.0.1 -p "$PGPORT" -U shelter_pub -n -M prepared -c "$CLIENTS" -j "$THREADS" \
  -T "$SECONDS_" -l -f pgbench.sql "$DB" > pgbench.txt 2>&1) || { cat "$WORK/pgbench.txt"; exit 1; }
P1=$(pg_cpu_ms)
grep -E 'tps|latency average' "$WORK/pgbench.txt"
TX=$(grep -o 'number of transactions actually processed: [0-9]*' "$WORK/pgbench.txt" | grep -o '[0-9]*$')
awk -v p=$((P1 - P0)) -v n="${TX:-0}" 'BEGIN { if (n > 0) printf "BENCH bare_sql_cpu postgres_ms_per_transaction=%.3f\n", p / n }'
# Per-transaction log: the third column is the latency in microseconds.
cat "$WORK"/pgbench_log.* | awk '{print $3}' | sort -n | awk '
  { v[NR] = $1 } END {
    p50 = v[int(NR * 0.50)]; p99 = v[int(NR * 0.99)];
    printf "BENCH bare_sql transactions=%d p50_ms=%.2f p99_ms=%.2f\n", NR, p50 / 1000, p99 / 1000 }'
