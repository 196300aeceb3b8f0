#!/usr/bin/env bash
# Exact siting on the published maximal-covering instances of São José dos Campos (Lorena & Pereira 2002), ours
# against CBC (Debian's coinor-cbc) on the same machine, case after case in one run. Not a test.
#   bench/siting/sjc.sh                                  default: all five instances, radius 800 and 1200 m, p = 10
#   NODES=818 RADII=800 SITES=10,20 BACKENDS=scip,cp-sat LIMIT=60 bench/siting/sjc.sh
# The instance files (SJC<n>.txt, demand-SJC<n>.dat) are not in the repository: see bench/siting/sjc/README.md for
# where to get them; SJC_DIR points elsewhere if they are kept outside the work tree. Prints a Markdown table.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
DIR="${SJC_DIR:-$ROOT/bench/siting/sjc}"
IFS=, read -ra want <<<"${NODES:-324,402,500,708,818}"
for n in "${want[@]}"; do
  [ -f "$DIR/SJC$n.txt" ] && [ -f "$DIR/demand-SJC$n.dat" ] \
    || { echo "missing $DIR/SJC$n.txt or demand-SJC$n.dat: see bench/siting/sjc/README.md" >&2; exit 1; }
done
# shellcheck source=/dev/null
. "$ROOT/bench/lib/tools.sh"
require_tools cbc:coinor-cbc
./mvnw -q -o test-compile >&2 2>/dev/null || ./mvnw -q test-compile >&2
CP_FILE="$ROOT/target/bench-siting-classpath.txt"
[ -s "$CP_FILE" ] || ./mvnw -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$CP_FILE" >&2
echo "machine: $(nproc) cores, load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
# OR-Tools' native code logs to stderr; the table goes to stdout.
java -cp "$ROOT/target/test-classes:$ROOT/target/classes:$(cat "$CP_FILE")" org.sheltergis.siting.solving.SjcBenchmark \
  "$DIR" "${NODES:-324,402,500,708,818}" "${RADII:-800,1200}" "${SITES:-10}" "${BACKENDS:-scip}" "${LIMIT:-60}" \
  2>/dev/null
