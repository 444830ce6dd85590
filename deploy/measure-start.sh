#!/usr/bin/env bash
# Start time of the production jar, launch to first page (GET /login answers 200), in three ways, taken in
# turn in each round so that the machine's load falls on all alike (docs/benchmarks.md, "Start time"):
#   jar        java -jar target/corroborate-*.jar            (the README's way)
#   extracted  java -jar target/two-nodes/app/corroborate-*.jar (jar extracted: plain jars on the class path)
#   aot        the extracted jar with the JDK's AOT cache      (-XX:AOTCache, JDK 25+; what run-two-nodes.sh does)
#
#   deploy/measure-start.sh [ROUNDS]     (default 3; needs the production jar and the local PostgreSQL)
#
# WAYS ["jar extracted aot"] the ways measured, in this order in each round; PORT [8187] the port of each start;
# TRAIN=no reuses the extracted jar and AOT cache of an earlier run (same jar); START_TIMEOUT [300] seconds the
# training run may take to serve its first page (more on a loaded machine); CORROBORATE_JAR the jar [the newest
# target/corroborate-*.jar] (two jars A/B: two runs of one round each in turn, each with its own RUN_DIR).
#
# Uses the database CORROBORATE_DB [corroborate_start] on PGHOST:PGPORT [127.0.0.1:5432], migrated by a first
# start that is not counted. Prints one line per start and the median per way.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
ROUNDS="${1:-3}"
PORT="${PORT:-8187}"
export RUN_DIR="${RUN_DIR:-$ROOT/target/two-nodes}"
export CORROBORATE_DB="${CORROBORATE_DB:-corroborate_start}"
export NODE1_PORT="$PORT"
JAVA_OPTS="${JAVA_OPTS:--Xmx768m}"

. "$ROOT/.mvn/find-jdk.sh"
JAVA="$JAVA_HOME/bin/java"
JAR="${CORROBORATE_JAR:-$(ls -t "$ROOT"/target/corroborate-*.jar | head -1)}"
export CORROBORATE_JAR="$JAR"

# the extracted jar, the database and the AOT cache (a training run), as run-two-nodes.sh makes them
if [ "${TRAIN:-yes}" != no ] || [ ! -f "$RUN_DIR/corroborate.aot" ]; then
  "$ROOT/deploy/run-two-nodes.sh" train
fi
export SPRING_DATASOURCE_URL="jdbc:postgresql://${PGHOST:-127.0.0.1}:${PGPORT:-5432}/$CORROBORATE_DB"
export SPRING_DATASOURCE_USERNAME="${PGUSER:-postgres}" SPRING_DATASOURCE_PASSWORD="${PGPASSWORD:-}"
APP_JAR="$RUN_DIR/app/$(basename "$JAR")"

# one start: prints the milliseconds from launch to the first page
start_once() {
  local started pid ms
  started=$(date +%s%3N)
  # shellcheck disable=SC2086
  "$JAVA" $JAVA_OPTS "$@" --server.port="$PORT" > "$RUN_DIR/measure.log" 2>&1 < /dev/null &
  pid=$!
  until curl -fsS -o /dev/null "http://127.0.0.1:$PORT/login" 2>/dev/null; do
    kill -0 "$pid" 2>/dev/null || { tail -20 "$RUN_DIR/measure.log" >&2; exit 1; }
    sleep 0.1
  done
  ms=$(( $(date +%s%3N) - started ))
  kill -TERM "$pid"; wait "$pid" || true
  echo "$ms"
}

declare -A times
WAYS="${WAYS:-jar extracted aot}"
for round in $(seq 1 "$ROUNDS"); do
  for way in $WAYS; do
    case $way in
      jar) ms=$(start_once -jar "$JAR") ;;
      extracted) ms=$(start_once -jar "$APP_JAR") ;;
      aot) ms=$(start_once "-XX:AOTCache=$RUN_DIR/corroborate.aot" -jar "$APP_JAR") ;;
    esac
    times[$way]="${times[$way]-} $ms"
    cp "$RUN_DIR/measure.log" "$RUN_DIR/measure-$way-$round.log" # the phases of each start (Spring's log times)
    printf 'round %s %-9s %6.1f s   (Spring: %s s; load %s)\n' "$round" "$way" "$(awk "BEGIN { print $ms / 1000 }")" \
      "$(grep -o 'Started Application in [0-9.]*' "$RUN_DIR/measure.log" | grep -o '[0-9.]*$' || echo '?')" \
      "$(cut -d' ' -f1-3 /proc/loadavg)"
  done
done
for way in $WAYS; do
  # shellcheck disable=SC2086
  printf '%-9s median %6.1f s, min %6.1f s, max %6.1f s\n' "$way" $(printf '%s\n' ${times[$way]} | sort -n \
    | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] / 1000, a[1] / 1000, a[NR] / 1000 }')
done
