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
WORK="$(mktemp -d /tmp/wms-bench.XXXX)"
JAR="$ROOT/target/shelter-gis.jar"
# The project cluster asks for passwords: PGPASSFILE, PGPORT and the service's passwords come from ./shelter.
eval "$("$ROOT/shelter" db env)"
[ -f "$JAR" ] || (cd "$ROOT" && mvn -q -o -DskipTests package)

python3 "$ROOT/bench/wms/tiles.py" "$DB" 5000 > "$WORK/tiles.txt"

# --- the embedded WMS
java -Xmx2g -Djava.awt.headless=true -jar "$JAR" --server.port="$WMS_PORT" \
  --spring.datasource.url="jdbc:postgresql://127.0.0.1:$PGPORT/$DB" --shelter.mode=production \
  --logging.level.root=warn > "$WORK/wms.log" 2>&1 &
WMS_PID=$!

# --- MapServer 8 under FastCGI (lighttpd spawns CLIENTS mapserv processes)
sed -e "s/@DBNAME@/$DB/" -e "s/port=55432/port=$PGPORT/" "$ROOT/bench/wms/shelter.map" > "$WORK/shelter.map"
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
  "bin-environment" => ("MAPSERVER_CONFIG_FILE" => "$WORK/mapserver.conf", "PGPASSFILE" => "$PGPASSFILE")
)))
CONF
lighttpd -D -f "$WORK/lighttpd.conf" > "$WORK/lighttpd.log" 2>&1 &
MS_PID=$!
trap 'kill $WMS_PID $MS_PID 2>/dev/null || true' EXIT

for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$WMS_PORT/actuator/health" >/dev/null && break
  sleep 1
done
first="$(head -1 "$WORK/tiles.txt")"
curl -sf -o "$WORK/wms_first.png" "http://127.0.0.1:$WMS_PORT/wms$first"
curl -sf -o "$WORK/ms_first.png" "http://127.0.0.1:$MS_PORT/mapserv$first"
file "$WORK/wms_first.png" "$WORK/ms_first.png"

run() {  # run NAME PREFIX PORT
  echo "== $1: warm-up 30 s"
  TILES="$WORK/tiles.txt" PREFIX="$2" wrk -t"$CLIENTS" -c"$CLIENTS" -d30s -s "$ROOT/bench/wms/tiles.lua" "http://127.0.0.1:$3" >/dev/null
  echo "== $1: $SECONDS_RUN s, $CLIENTS clients"
  TILES="$WORK/tiles.txt" PREFIX="$2" wrk -t"$CLIENTS" -c"$CLIENTS" -d"${SECONDS_RUN}s" --latency -s "$ROOT/bench/wms/tiles.lua" \
    "http://127.0.0.1:$3" | grep RESULT | sed "s/^/$1 $DB /"
}
run embedded /wms "$WMS_PORT"
run mapserver /mapserv "$MS_PORT"
echo "work files in $WORK"
