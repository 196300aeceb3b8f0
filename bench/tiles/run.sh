#!/usr/bin/env bash
# Benchmark: the tile cache (ADR 0017). Not a test: it prints figures for docs/benchmarks.md.
#   bench/tiles/run.sh [DBNAME] [SECONDS] [CLIENTS]
# 1. records a real map session: the Leaflet WMS viewer at 360 px in headless Chromium, panned and zoomed
#    (TileSessionBench), then restarts the service so its cache is cold;
# 2. replays the session once as a first visitor (cold cache) and once as the next visitor: hit rate and time;
# 3. wrk, CLIENTS connections: one cached tile, the session's tiles (all cached), and the same PNG as a static file
#    served by lighttpd (the physical reference, same run), also at 32 connections as in issue 15.
# The database must hold a sample (default bench_tiles: loaded with ./shelter sample --scale 1 when empty).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# shellcheck source=/dev/null
. "$ROOT/bench/lib/tools.sh"
require_tools wrk:wrk lighttpd:lighttpd python3:python3 chromium:chromium chromedriver:chromium-driver curl:curl
DB="${1:-bench_tiles}"
SECONDS_RUN="${2:-20}"
CLIENTS="${3:-4}"
PORT="${TILE_PORT:-8631}"
STATIC_PORT="${STATIC_PORT:-8632}"
WORK="$(mktemp -d /tmp/tile-bench.XXXX)"
JAR="$ROOT/target/shelter-gis.jar"
eval "$("$ROOT/shelter" db env)"
[ -f "$JAR" ] || (cd "$ROOT" && ./mvnw -q -o -DskipTests package)
if ! psql -X -At -h 127.0.0.1 -U shelter_pub -d "$DB" -c "SELECT 1 FROM pub.shelters LIMIT 1" 2>/dev/null | grep -q 1; then
  "$ROOT/shelter" sample --scale 1 --db "$DB" >/dev/null
fi

SERVICE_PID=""
STATIC_PID=""
stop_service() { [ -n "$SERVICE_PID" ] && kill "$SERVICE_PID" 2>/dev/null && wait "$SERVICE_PID" 2>/dev/null || true; SERVICE_PID=""; }
trap 'stop_service; [ -n "$STATIC_PID" ] && kill "$STATIC_PID" 2>/dev/null || true' EXIT
start_service() {
  java -Xmx1g -Djava.awt.headless=true -jar "$JAR" --server.port="$PORT" \
    --spring.datasource.url="jdbc:postgresql://127.0.0.1:$PGPORT/$DB" --shelter.mode=production \
    --shelter.tiles.disk-directory="$WORK/cache" --logging.level.root=warn > "$WORK/service.log" 2>&1 &
  SERVICE_PID=$!
  for _ in $(seq 1 180); do
    curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null && return 0
    sleep 1
  done
  echo "the service did not start: $WORK/service.log" >&2
  exit 1
}
cpu_ms() {  # user + system CPU time of the service process, ms
  awk -v hz="$(getconf CLK_TCK)" '{ print int(($14 + $15) * 1000 / hz) }' "/proc/$SERVICE_PID/stat"
}
load() { cut -d' ' -f1-3 /proc/loadavg; }

start_service
echo "== recording a map session (Leaflet WMS viewer, 360 x 740, headless Chromium); load $(load)"
(cd "$ROOT" && ./mvnw -q -o test -Dtest=TileSessionBench -Dbench.url="http://127.0.0.1:$PORT" \
  -Dbench.out="$WORK/session.txt" -Dsurefire.failIfNoSpecifiedTests=false 2>&1 | grep BENCH || true)
[ -s "$WORK/session.txt" ] || { echo "no session recorded" >&2; exit 1; }
stop_service
start_service

echo "== replaying the session; load $(load)"
python3 "$ROOT/bench/tiles/replay.py" "http://127.0.0.1:$PORT" "$WORK/session.txt" first-visitor
python3 "$ROOT/bench/tiles/replay.py" "http://127.0.0.1:$PORT" "$WORK/session.txt" next-visitor

# One tile with something on it (the largest of the session), and the same bytes as a static file.
TILE="$(while read -r p; do printf '%s %s\n' "$(curl -s "http://127.0.0.1:$PORT$p" | wc -c)" "$p"; done < "$WORK/session.txt" \
  | sort -rn | head -1 | cut -d' ' -f2-)"
mkdir -p "$WORK/www"
curl -s -o "$WORK/www/tile.png" "http://127.0.0.1:$PORT$TILE"
echo "tile: $(wc -c < "$WORK/www/tile.png") bytes, $TILE"
cat > "$WORK/lighttpd.conf" <<CONF
server.document-root = "$WORK/www"
server.port = $STATIC_PORT
server.bind = "127.0.0.1"
mimetype.assign = (".png" => "image/png")
CONF
lighttpd -D -f "$WORK/lighttpd.conf" > "$WORK/lighttpd.log" 2>&1 &
STATIC_PID=$!
sleep 1

bench() {  # bench NAME CONNECTIONS URL [session]
  local before after
  if [ "${4:-}" = session ]; then
    TILES="$WORK/session.txt" PREFIX="" wrk -t"$CLIENTS" -c"$2" -d5s -s "$ROOT/bench/wms/tiles.lua" "$3" >/dev/null
    before="$(cpu_ms)"
    local out; out="$(TILES="$WORK/session.txt" PREFIX="" wrk -t"$CLIENTS" -c"$2" -d"${SECONDS_RUN}s" --latency \
      -s "$ROOT/bench/wms/tiles.lua" "$3" | grep RESULT)"
  else
    TILE_PATH="$TILE_PATH" wrk -t"$CLIENTS" -c"$2" -d5s -s "$ROOT/bench/tiles/one.lua" "$3" >/dev/null
    before="$(cpu_ms)"
    local out; out="$(TILE_PATH="$TILE_PATH" wrk -t"$(( $2 < CLIENTS ? $2 : CLIENTS ))" -c"$2" -d"${SECONDS_RUN}s" --latency \
      -s "$ROOT/bench/tiles/one.lua" "$3" | grep RESULT)"
  fi
  after="$(cpu_ms)"
  echo "$out" | sed "s/^RESULT/RESULT $1 connections=$2 load=$(load | tr ' ' ,)/"
  if [[ "$1" == service* ]]; then
    local n; n="$(echo "$out" | sed -E 's/.*requests=([0-9]+).*/\1/')"
    awk -v c="$((after - before))" -v n="$n" 'BEGIN { printf "  service CPU: %.1f us per tile\n", c * 1000 / n }'
  fi
}
TILE_PATH="$TILE" bench service-one-cached-tile "$CLIENTS" "http://127.0.0.1:$PORT"
TILE_PATH="/tile.png" bench lighttpd-static-file "$CLIENTS" "http://127.0.0.1:$STATIC_PORT"
MVT="/ogcapi/collections/shelters/tiles/WebMercatorQuad/15/13306/27385"
curl -s -o /dev/null "http://127.0.0.1:$PORT$MVT"
TILE_PATH="$MVT" bench service-one-cached-vector-tile "$CLIENTS" "http://127.0.0.1:$PORT"
bench service-session-tiles "$CLIENTS" "http://127.0.0.1:$PORT" session
TILE_PATH="$TILE" bench service-one-cached-tile 32 "http://127.0.0.1:$PORT"
TILE_PATH="/tile.png" bench lighttpd-static-file 32 "http://127.0.0.1:$STATIC_PORT"
echo "cache after the run: $(curl -s "http://127.0.0.1:$PORT$TILE" -o /dev/null -w '%header{x-tile-cache}')"
echo "work files in $WORK"
