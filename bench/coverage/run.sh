#!/usr/bin/env bash
# Coverage analysis benchmark (not a test): whole-city runs with the default parameters on the synthetic Nantong
# sample at each scale, timed in one database session (warm: the connection pool of the service keeps sessions).
#   bench/coverage/run.sh [SCALE ...]        default scales: 1 10; RUNS=5 timed runs after one warm-up
# Each scale lives in its own database bench_coverage_x<SCALE>, loaded with ./shelter sample when empty. Runs are
# rolled back, so the benchmark leaves no runs behind. Prints the cells, supply points and the plan of the two
# indexed joins (cells to units, supply points to cells) so the use of the spatial indexes can be checked.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
# The project cluster asks for passwords: PGPASSFILE, PGPORT and the service's passwords come from ./shelter.
eval "$("$ROOT/shelter" db env)"
PORT="$PGPORT"
RUNS="${RUNS:-5}"
SCALES=("${@:-1 10}")
[ $# -gt 0 ] || SCALES=(1 10)
q() { psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PORT" -U shelter "$@"; }

for s in "${SCALES[@]}"; do
  db="bench_coverage_x$s"
  cells="$(q -d "$db" -tAc "SELECT count(*) FROM core.population" 2>/dev/null || echo 0)"
  if [ "$cells" = "0" ]; then
    ./shelter sample --scale "$s" --db "$db" --replace >&2
  fi
  psql -X -q -h 127.0.0.1 -p "$PORT" -U postgres -d "$db" -c "ANALYZE" 2>/dev/null
  echo "== scale x$s ($db), load average: $(cut -d' ' -f1-3 /proc/loadavg)"
  q -d "$db" -tA -F ' ' -c "SELECT 'cells', count(*), 'people', sum(population) FROM core.population" \
    -c "SELECT 'supply points', count(*) FROM analysis.supply_points(0)" \
    -c "SELECT 'plan units', count(*) FROM core.plan_units"
  # Wall time comes from the run itself (analysis.runs.duration_ms); CPU time is the database backend's user+system
  # ticks from /proc around each run — on a machine shared with other work it shows what the run costs by itself.
  {
    echo "SET jit = off;"
    echo "SELECT pg_backend_pid() AS pid \\gset"
    echo "\\setenv BPID :pid"
    for i in $(seq 0 "$RUNS"); do
      echo "\\! awk '{print \"cpu\", \$14+\$15}' /proc/\$BPID/stat"
      cat <<SQL
BEGIN;
INSERT INTO analysis.runs (label, radius_m, staying_share, m2_per_person, population_basis, distance_mode)
VALUES ('bench', 200, 0.4, 1.0, 'cells', 'euclidean') RETURNING id \gset
SELECT analysis.compute_coverage(:id);
SELECT 'run $i', round(duration_ms::numeric), 'ms; covered', (SELECT sum(covered_population) FROM analysis.run_units WHERE run_id = :id),
       'gaps', (SELECT count(*) FROM analysis.run_uncovered WHERE run_id = :id)
FROM analysis.runs WHERE id = :id;
ROLLBACK;
SQL
      echo "\\! awk '{print \"cpu\", \$14+\$15}' /proc/\$BPID/stat"
    done
  } | q -d "$db" -tA -F ' ' | sed 's/^run 0 /warm-up /' \
    | awk '/^cpu /{ if (have) { printf "%s; cpu %d ms\n", line, ($2 - t0) * 10; have = 0 } else { t0 = $2 }; next }
           /^(warm-up|run) /{ line = $0; have = 1; next } NF { print }'
  echo "-- plans (the cells' centroid index in both joins):"
  q -d "$db" -tA <<'SQL' | grep -E "Index|Seq Scan|Nested|Hash Join" | sed 's/^/   /'
SET jit = off;
CREATE TEMP TABLE u AS SELECT id, ST_Transform(geom, 4549) AS g FROM core.plan_units;
CREATE TEMP TABLE s AS SELECT geom FROM analysis.supply_points(0);
ANALYZE u; ANALYZE s;
EXPLAIN SELECT p.id, u.id FROM u JOIN core.population p ON ST_Intersects(u.g, p.centroid_4549);
EXPLAIN SELECT DISTINCT p.id FROM s JOIN core.population p ON ST_DWithin(p.centroid_4549, s.geom, 200);
SQL
done
