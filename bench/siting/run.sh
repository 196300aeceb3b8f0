#!/usr/bin/env bash
# Site-selection benchmark: greedy vs exact (CP-SAT) over the register at x1 and x10 scale.
#   bench/siting/run.sh [SCALES...]        default: 1 10
# For each scale it loads the synthetic sample into its own database (bench_siting_x<N>), starts the service on
# ${PORT:-8103}, posts runs to /api/siting/runs for a few parameter sets with each solver, and prints a Markdown table:
# solver time (the "millis" the service reports: model building excluded, the whole solve included), exact status,
# gap, and greedy's objective as a share of the exact optimum. Not a test: run it on purpose, read the figures.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
# The project cluster asks for passwords: PGPASSFILE, PGPORT and the service's passwords come from ./shelter.
eval "$("$ROOT/shelter" db env)"
PORT="${PORT:-8103}"
if [ $# -gt 0 ]; then SCALES=("$@"); else SCALES=(1 10); fi
OUT="$ROOT/target/bench-siting"
mkdir -p "$OUT"

# name | request body (solver is added)
CASES=(
  'ledger budget (defaults)|{}'
  'ledger budget, capacitated|{"capacitated": true}'
  '20 sites, no budget|{"budget": "none", "max_sites": 20}'
  '300 m radius, ledger budget|{"radius_m": 300}'
)

post() {  # body → response file; prints the whole request's seconds (PostGIS coverage sets + solve + keeping the run)
  curl -sf -X POST "http://localhost:$PORT/api/siting/runs" -H 'Content-Type: application/json' -d "$1" -o "$2" \
    -w '%{time_total}'
}

echo "| scale | case | eligible sites | reachable uncovered demand | greedy ms | exact ms | exact status | gap | greedy / optimum | request s (greedy / exact) |"
echo "|---|---|---|---|---|---|---|---|---|---|"
for scale in "${SCALES[@]}"; do
  db="bench_siting_x$scale"
  # A fresh database each time, so the schema is the current one.
  psql -X -q -h 127.0.0.1 -p "${SHELTER_DB_PORT:-55432}" -U postgres -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null
  SHELTER_DB_NAME="$db" ./shelter sample --scale "$scale" --db "$db" --replace >"$OUT/sample-x$scale.log" 2>&1
  SHELTER_DB_NAME="$db" SERVER_PORT="$PORT" ./shelter run >"$OUT/service-x$scale.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 300); do
    curl -sf "http://localhost:$PORT/actuator/health" >/dev/null 2>&1 && break
    sleep 1
  done
  for c in "${CASES[@]}"; do
    name="${c%%|*}"; body="${c#*|}"
    g="$OUT/x$scale-greedy.json"; e="$OUT/x$scale-exact.json"
    tg=$(post "$(python3 -c "import json,sys; b=json.loads(sys.argv[1]); b['solver']='greedy'; print(json.dumps(b))" "$body")" "$g")
    te=$(post "$(python3 -c "import json,sys; b=json.loads(sys.argv[1]); b['solver']='exact'; print(json.dumps(b))" "$body")" "$e")
    python3 - "$scale" "$name" "$g" "$e" "$tg" "$te" <<'PY'
import json, sys
scale, name, g, e = sys.argv[1], sys.argv[2], json.load(open(sys.argv[3])), json.load(open(sys.argv[4]))
tg, te = float(sys.argv[5]), float(sys.argv[6])
share = g["covered_weight"] / e["covered_weight"] if e["covered_weight"] else 1.0
print(f"| x{scale} | {name} | {e['candidates']['eligible']} | {e['demand']['reachable_by_candidates']:,} staying | "
      f"{g['millis']} | {e['millis']} | {e['status']} | {e['gap'] * 100:.2f} % | "
      f"{g['covered_weight']:,} / {e['covered_weight']:,} = {share * 100:.1f} % | {tg:.1f} / {te:.1f} |")
PY
  done
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
done
