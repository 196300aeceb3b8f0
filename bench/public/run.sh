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

echo "warming up the service (15 s)"
wrk -t"$THREADS" -c"$CLIENTS" -d15s -s points.lua "http://127.0.0.1:$PORT" >/dev/null
echo "service: GET /api/public/nearest, $CLIENTS clients, ${SECONDS_} s"
wrk -t"$THREADS" -c"$CLIENTS" -d"${SECONDS_}s" --latency -s points.lua "http://127.0.0.1:$PORT" | tee "$WORK/wrk.txt" | grep -E '^BENCH|Non-2xx' || true

echo "bare SQL: the same query in PostgreSQL via pgbench, $CLIENTS clients, ${SECONDS_} s"
(cd "$WORK" && pgbench -h 127.0.0.1 -p "$PGPORT" -U shelter_pub -n -M prepared -c "$CLIENTS" -j "$THREADS" \
  -T "$SECONDS_" -l -f pgbench.sql "$DB" > pgbench.txt 2>&1) || { cat "$WORK/pgbench.txt"; exit 1; }
grep -E 'tps|latency average' "$WORK/pgbench.txt"
# Per-transaction log: the third column is the latency in microseconds.
cat "$WORK"/pgbench_log.* | awk '{print $3}' | sort -n | awk '
  { v[NR] = $1 } END {
    p50 = v[int(NR * 0.50)]; p99 = v[int(NR * 0.99)];
    printf "BENCH bare_sql transactions=%d p50_ms=%.2f p99_ms=%.2f\n", NR, p50 / 1000, p99 / 1000 }'
