#!/usr/bin/env bash
# Benchmark: GetMap of 256 px EPSG:3857 tiles (districts, shelters, entrances, parking — the public map as Leaflet asks
# for it) at 4 concurrent clients, the embedded WMS side by side with MapServer 8 under FastCGI (lighttpd) drawing the
# same PostGIS views with bench/wms/shelter.map. Not a test: it prints figures for docs/benchmarks.md.
#   bench/wms/run.sh DBNAME [SECONDS] [CLIENTS]
# The database must hold a sample: ./shelter sample --scale 1 --db DBNAME (or --scale 10).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DB="${1:?usage: run.sh DBNAME [SECONDS] [CLIENTS]}"
SECONDS_RUN="${2:-30}"
CLIENTS="${3:-4}"
WMS_PORT="${WMS_PORT:-8101}"
MS_PORT="${MS_PORT:-8102}"
# Extra JVM options for the embedded WMS, e.g. WMS_JAVA_OPTS="-Xlog:gc:file=/tmp/gc.log -XX:StartFlightRecording=..."
WMS_JAVA_OPTS="${WMS_JAVA_OPTS:-}"
# The tools the benchmark drives (Debian packages): MapServer 8 (mapserver-bin: /usr/bin/mapserv), lighttpd for FastCGI,
# wrk for the load, psql and python3 for the tile list, curl and file for the first tiles.
# shellcheck source=/dev/null
. "$ROOT/bench/lib/tools.sh"
require_tools mapserv:mapserver-bin lighttpd:lighttpd wrk:wrk psql:postgresql-client python3:python3 \
  curl:curl file:file java:openjdk-17-jre-headless
WORK="$(mktemp -d /tmp/wms-bench.XXXX)"
# WMS_JAR and WMS_MAPFILE: another build and mapfile, e.g. the one before a change, for before/after figures.
JAR="${WMS_JAR:-$ROOT/target/shelter-gis.jar}"
MAP_FILE="${WMS_MAPFILE:-$ROOT/bench/wms/shelter.map}"
# The project cluster asks for passwords: PGPASSFILE, PGPORT and the service's passwords come from ./shelter.
eval "$("$ROOT/shelter" db env)"
[ -f "$JAR" ] || (cd "$ROOT" && mvn -q -o -DskipTests package)

python3 "$ROOT/bench/wms/tiles.py" "$DB" 5000 > "$WORK/tiles.txt"

# --- the embedded WMS
java -Xmx2g -Djava.awt.headless=true $WMS_JAVA_OPTS -jar "$JAR" --server.port="$WMS_PORT" \
  --spring.datasource.url="jdbc:postgresql://127.0.0.1:$PGPORT/$DB" --shelter.mode=production \
  --logging.level.root=warn > "$WORK/wms.log" 2>&1 &
WMS_PID=$!

# --- MapServer 8 under FastCGI (lighttpd spawns CLIENTS mapserv processes)
# The password file goes in the connection string: libfcgi replaces the environment of mapserv with each request's, so
# a PGPASSFILE in the process environment is not seen while a map is drawn.
sed -e "s/@DBNAME@/$DB/" -e "s|port=55432|port=$PGPORT passfile=$PGPASSFILE|" "$MAP_FILE" > "$WORK/shelter.map"
cp "$ROOT/bench/wms/fonts.txt" "$WORK/fonts.txt"
printf 'CONFIG\n  ENV\n    MS_MAPFILE "%s"\n  END\nEND\n' "$WORK/shelter.map" > "$WORK/mapserver.conf"
cat > "$WORK/lighttpd.conf" <<CONF
server.document-root = "$WORK"
server.port = $MS_PORT
server.bind = "127.0.0.1"
server.modules = ("mod_fastcgi")
fastcgi.server = ("/mapserv" => ((
  "socket" => "$WORK/mapserv.sock",
  "bin-path" => "/usr/bin/mapserv",
  "max-procs" => $CLIENTS,
  "check-local" => "disable",
  "bin-environment" => ("MAPSERVER_CONFIG_FILE" => "$WORK/mapserver.conf")
)))
CONF
lighttpd -D -f "$WORK/lighttpd.conf" > "$WORK/lighttpd.log" 2>&1 &
MS_PID=$!
# lighttpd leaves the mapserv processes it spawned behind: they are stopped too (found by this run's config file).
trap 'kill $(mapserv_pids) $WMS_PID $MS_PID 2>/dev/null || true' EXIT

for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$WMS_PORT/actuator/health" >/dev/null && break
  sleep 1
done
first="$(head -1 "$WORK/tiles.txt")"
curl -sf -o "$WORK/wms_first.png" "http://127.0.0.1:$WMS_PORT/wms$first"
curl -sf -o "$WORK/ms_first.png" "http://127.0.0.1:$MS_PORT/mapserv$first"
file "$WORK/wms_first.png" "$WORK/ms_first.png"
# Both must answer with a map: an exception report is an HTTP 200 too, and would be counted as a fast tile.
for f in "$WORK/wms_first.png" "$WORK/ms_first.png"; do
  if ! file "$f" | grep -q "PNG image"; then
    echo "$(basename "$f" _first.png) did not draw the first tile; its answer:" >&2
    head -c 2000 "$f" >&2
    exit 1
  fi
done

# CPU seconds (user + system) of processes, for CPU time per tile: the server's own and the database's (the backends
# of the project cluster, which serves only this benchmark's two servers, one at a time).
PG_MAIN="$(head -1 "$(psql -X -At -U postgres -d postgres -c 'SHOW data_directory')/postmaster.pid")"
cpu() {  # cpu PID... -> seconds
  local t=0 p
  for p in "$@"; do
    [ -r "/proc/$p/stat" ] && t=$((t + $(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || echo 0)))
  done
  echo "$t $(getconf CLK_TCK)" | awk '{printf "%.2f", $1 / $2}'
}
mapserv_pids() {  # the mapserv processes of this run (lighttpd may spawn them through a shell)
  local p
  for p in $(pgrep -x mapserv); do grep -qs "$WORK/mapserver.conf" "/proc/$p/environ" && echo "$p"; done
}
server_pids() { if [ "$1" = embedded ]; then echo "$WMS_PID"; else echo "$MS_PID $(mapserv_pids | tr '\n' ' ')"; fi; }

run() {  # run NAME PREFIX PORT
  echo "== $1: warm-up 30 s"
  TILES="$WORK/tiles.txt" PREFIX="$2" wrk -t"$CLIENTS" -c"$CLIENTS" -d30s -s "$ROOT/bench/wms/tiles.lua" "http://127.0.0.1:$3" >/dev/null
  echo "== $1: $SECONDS_RUN s, $CLIENTS clients, load average $(cut -d' ' -f1-3 /proc/loadavg)"
  local pids db0 db1 s0 s1 result requests
  pids="$(server_pids "$1")"
  s0="$(cpu $pids)"
  db0="$(cpu $(pgrep -P "$PG_MAIN"))"
  result="$(TILES="$WORK/tiles.txt" PREFIX="$2" wrk -t"$CLIENTS" -c"$CLIENTS" -d"${SECONDS_RUN}s" --latency \
    -s "$ROOT/bench/wms/tiles.lua" "http://127.0.0.1:$3" | grep RESULT)"
  s1="$(cpu $pids)"
  db1="$(cpu $(pgrep -P "$PG_MAIN"))"
  requests="$(echo "$result" | sed 's/.*requests=\([0-9]*\).*/\1/')"
  echo "$1 $DB $result" \
    "server_cpu_ms_per_tile=$(echo "$s0 $s1 $requests" | awk '{printf "%.2f", ($2 - $1) * 1000 / $3}')" \
    "db_cpu_ms_per_tile=$(echo "$db0 $db1 $requests" | awk '{printf "%.2f", ($2 - $1) * 1000 / $3}')" \
    "load=$(cut -d' ' -f1 /proc/loadavg)"
}
run embedded /wms "$WMS_PORT"
run mapserver /mapserv "$MS_PORT"
echo "work files in $WORK"
