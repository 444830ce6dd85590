#!/usr/bin/env bash
# Load harness (UIDL): the production jar on a fresh database of the local PostgreSQL with the demo data, driven by
# Gatling (profile "load", org.corroborate.load.StoryDeskSimulation) at each number of editors given, one after the
# other on the same running jar. See docs/benchmarks.md, "Load harness (UIDL)".
#
#   src/load/run.sh 25 50 100 200        # editors per step
#
# Build the jar first: ./mvnw -Pproduction -DskipTests package
#
# Environment (defaults in brackets):
#   PORT [18301]  DB [load_desk]  PGHOST/PGPORT/PGUSER [127.0.0.1/5432/postgres]
#   WATCHERS      watchers per step [a tenth of the editors, at least 1]
#   RAMP [60]  STEADY [120]  PACE [10]    seconds: users ramped over RAMP, measured for STEADY after RAMP + PACE,
#                                          one action per PACE seconds per editor
#   JAVA_OPTS     the server's JVM options [-Xmx768m]
#   JFR [1]       1: a JFR recording of the server over each step's measured window (target/load/N/server.jfr)
#   KEEP [0]      1: keep the server running at the end (default: stopped)
#   COMPILE [1]   0: the harness is compiled already
#   EDITOR_PUSH [true]  false: editors hold no push websocket (their changes come with their next request)
#   RECORD        a folder where the first user's answers are written, one file per request
#   BASE          an already running server (or a balancer) to drive instead of starting one; DB must be its database
#   SERVER_PIDS   with BASE: the server JVMs' pids, for heap and CPU (space-separated)
#   SERVER_LOGS   with BASE: the servers' log files, for their warnings and errors
#   OUT [target/load]   where the steps write their results
#   IMPORT        reports to import during each step's measured window through /api/v1/reports/import (generated
#                 wire reports, after a warm-up import during the ramp), with a COPY of the same rows beside it;
#                 the actions are then counted apart before, during and after the import [0: no import]
#   IMPORT_CHUNK [2000]  reports per import request;  IMPORT_AFTER [STEADY/6, at least 10]  seconds into the
#                 measured window when the import starts
#
# The exit status is 1 when an action found nothing to click in a step (the harness no longer reads the view as the
# server draws it: "NOTHING TO CLICK" in the summary) or a step's Gatling run failed.
#
# Per step it writes target/load/N/: the Gatling report (gatling/), samples.csv (server CPU in cores, used heap,
# load average, every 5 s), summary.txt (per action p50/p95/p99, errors, heap, CPU, load, what the database got).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
PORT="${PORT:-18301}"
DB="${DB:-load_desk}"
PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
export PGHOST PGPORT PGUSER
RAMP="${RAMP:-60}" STEADY="${STEADY:-120}" PACE="${PACE:-10}"
export RAMP STEADY PACE
JAVA_OPTS="${JAVA_OPTS:--Xmx768m}"
JFR="${JFR:-1}" KEEP="${KEEP:-0}"
OUT="${OUT:-$ROOT/target/load}"
STEPS=("$@")
FAILED=""
[ ${#STEPS[@]} -gt 0 ] || { sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }

. "$ROOT/.mvn/find-jdk.sh"
JAVA="$JAVA_HOME/bin/java" JCMD="$JAVA_HOME/bin/jcmd"
say() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*"; }
sql() { psql -X -q -t -A -d "$DB" -c "$1"; }
mkdir -p "$OUT"

APP_PID=""
stop_app() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    say "stopping the server (pid $APP_PID)"
    kill -TERM "$APP_PID"
    for _ in $(seq 1 300); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.2; done
    if kill -0 "$APP_PID" 2>/dev/null; then kill -KILL "$APP_PID"; fi
  fi
  return 0
}
[ "$KEEP" = 1 ] || trap stop_app EXIT

if [ -z "${BASE:-}" ]; then
  JAR=$(ls -t "$ROOT"/target/corroborate-*.jar 2>/dev/null | head -1)
  [ -f "$JAR" ] || { echo "no target/corroborate-*.jar: ./mvnw -Pproduction -DskipTests package" >&2; exit 1; }
  unzip -p "$JAR" META-INF/VAADIN/config/flow-build-info.json | grep -q '"productionMode" *: *true' \
    || { echo "$JAR is not a production build" >&2; exit 1; }
  say "fresh database $DB"
  psql -X -q -d postgres -c "drop database if exists $DB with (force)" -c "create database $DB"
  say "starting $(basename "$JAR") on port $PORT ($JAVA_OPTS)"
  # shellcheck disable=SC2086
  "$JAVA" $JAVA_OPTS -jar "$JAR" --server.port="$PORT" \
    --spring.datasource.url="jdbc:postgresql://$PGHOST:$PGPORT/$DB" --spring.datasource.username="$PGUSER" \
    --spring.datasource.password="${PGPASSWORD:-}" --corroborate.demo.enabled=true \
    > "$OUT/server.log" 2>&1 < /dev/null &
  APP_PID=$!
  SERVER_PIDS="$APP_PID"
  BASE="http://127.0.0.1:$PORT"
  started=$(date +%s)
  until curl -fsS -o /dev/null "$BASE/actuator/health/readiness" 2>/dev/null; do
    kill -0 "$APP_PID" 2>/dev/null || { tail -30 "$OUT/server.log" >&2; exit 1; }
    [ $(( $(date +%s) - started )) -lt 600 ] || { echo "not ready after 600 s" >&2; exit 1; }
    sleep 1
  done
  say "ready after $(( $(date +%s) - started )) s"
fi
SERVER_PIDS="${SERVER_PIDS:-}"

STORY=$(sql "select id from story order by id limit 1")
MAX=0
for n in "${STEPS[@]}"; do
  w="${WATCHERS:-$(( n / 10 > 0 ? n / 10 : 1 ))}"
  [ $(( n + w )) -gt "$MAX" ] && MAX=$(( n + w ))
done
say "seed story $STORY; users load1..load$MAX (editors, the demo editor's password)"
sql "insert into app_user (username, display_name, password_hash, role)
     select 'load' || g, 'Load ' || g, (select password_hash from app_user where username = 'editor'), 'EDITOR'
     from generate_series(1, $MAX) g on conflict (username) do nothing"

if [ "${COMPILE:-1}" = 1 ]; then
  say "compiling the harness"
  ./mvnw -q -B -ntp -Pload -DskipTests test-compile
fi

# CPU seconds (user + system) of the server JVMs so far
cpu_seconds() {
  local total=0 pid ticks
  for pid in $SERVER_PIDS; do
    ticks=$(awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null || echo 0)
    total=$(( total + ticks ))
  done
  awk "BEGIN { print $total / $(getconf CLK_TCK) }"
}
used_heap_mb() {
  local total=0 pid kb
  for pid in $SERVER_PIDS; do
    kb=$("$JCMD" "$pid" GC.heap_info 2>/dev/null | grep -o 'used [0-9]*K' | head -1 | grep -o '[0-9]*' || echo 0)
    total=$(( total + kb ))
  done
  echo $(( total / 1024 ))
}
sampler() {
  local file=$1 last now lastT nowT
  echo "utc,server_cores,heap_used_mb,load1" > "$file"
  last=$(cpu_seconds); lastT=$(date +%s.%N)
  while true; do
    sleep 5
    now=$(cpu_seconds); nowT=$(date +%s.%N)
    printf '%s,%s,%s,%s\n' "$(date -u +%H:%M:%S)" "$(awk "BEGIN { printf \"%.2f\", ($now - $last) / ($nowT - $lastT) }")" \
      "$(used_heap_mb)" "$(cut -d' ' -f1 /proc/loadavg)" >> "$file"
    last=$now; lastT=$nowT
  done
}

for n in "${STEPS[@]}"; do
  w="${WATCHERS:-$(( n / 10 > 0 ? n / 10 : 1 ))}"
  dir="$OUT/$n"
  rm -rf "$dir"; mkdir -p "$dir"
  sql "delete from comment where author like 'load%'"
  say "step: $n editors, $w watchers (ramp ${RAMP}s, measured ${STEADY}s, pace ${PACE}s); load $(cut -d' ' -f1-3 /proc/loadavg)"
  since=$(sql "select now()")
  sampler "$dir/samples.csv" & SAMPLER=$!
  if [ "$JFR" = 1 ] && [ -n "$SERVER_PIDS" ]; then
    # over the simulation's measured window (it writes the window's start and end when it starts)
    ( for _ in $(seq 1 600); do [ -s "$dir/window" ] && break; sleep 1; done
      [ -s "$dir/window" ] || exit 0
      read -r from to < "$dir/window"
      now=$(date +%s%3N)
      [ "$from" -gt "$now" ] && sleep "$(awk "BEGIN { print ($from - $now) / 1000 }")"
      for pid in $SERVER_PIDS; do
        "$JCMD" "$pid" JFR.start name=load settings=profile duration="${STEADY}s" \
          filename="$dir/server-$pid.jfr" > /dev/null 2>&1 || true
      done ) & JFRSTART=$!
  fi
  set +e
  ./mvnw -q -B -ntp -Pload -DskipTests gatling:test -Dgatling.resultsFolder="$dir/gatling" \
    -Dload.base="$BASE" -Dload.editors="$n" -Dload.watchers="$w" -Dload.story="$STORY" \
    -Dload.ramp="$RAMP" -Dload.steady="$STEADY" -Dload.pace="$PACE" -Dload.out="$dir" \
    -Dload.jdbc="jdbc:postgresql://$PGHOST:$PGPORT/$DB" -Dload.jdbcUser="$PGUSER" \
    ${IMPORT:+-Dload.import="$IMPORT"} ${IMPORT_CHUNK:+-Dload.importChunk="$IMPORT_CHUNK"} \
    ${IMPORT_AFTER:+-Dload.importAfter="$IMPORT_AFTER"} \
    ${RECORD:+-Dload.record="$RECORD"} ${EDITOR_PUSH:+-Dload.editorPush="$EDITOR_PUSH"} > "$dir/gatling.log" 2>&1
  rc=$?
  set -e
  kill "$SAMPLER" 2>/dev/null || true; wait "$SAMPLER" 2>/dev/null || true
  [ -n "${JFRSTART:-}" ] && { wait "$JFRSTART" 2>/dev/null || true; }
  heap_after=""
  if [ -n "$SERVER_PIDS" ]; then
    for pid in $SERVER_PIDS; do "$JCMD" "$pid" GC.run > /dev/null 2>&1 || true; done
    heap_after=$(used_heap_mb)
  fi
  python3 "$ROOT/src/load/summary.py" "$dir" "$n" "$w" "$rc" "$heap_after" > "$dir/summary.txt" || true
  {
    echo "database, actions by load users since the step began:"
    sql "select '  ' || action || ' ' || entity_type || ': ' || count(*) from change_log
         where changed_by like 'load%' and changed_at >= '$since' group by action, entity_type order by 1"
    echo "  comments: $(sql "select count(*) from comment where author like 'load%' and created_at >= '$since'")"
    echo "  evidence now linked by load users: $(sql "select count(*) from evidence where linked_by like 'load%'")"
    echo "  reports stored since the step began: $(sql "select count(*) from report where created_at >= '$since'")"\
      "(assertions: $(sql "select count(*) from assertion a join report r on r.id = a.report_id
                          where r.created_at >= '$since'")); standings still queued: $(sql "select count(*) from standing_work")"
    for log in ${SERVER_LOGS:-$OUT/server.log}; do
      echo "$(basename "$log"): $(grep -c -E ' (ERROR|WARN) ' "$log" 2>/dev/null || echo 0) warnings and errors so far;"\
        "last: $(grep -E ' (ERROR|WARN) ' "$log" 2>/dev/null | tail -1 | cut -c1-200)"
    done
  } >> "$dir/summary.txt"
  cat "$dir/summary.txt"
  if [ "$rc" != 0 ] || grep -q "NOTHING TO CLICK\|IMPORT FAILED" "$dir/summary.txt"; then
    FAILED="$FAILED $n"
    say "step $n FAILED: gatling exit $rc; $(grep -c 'NOTHING TO CLICK' "$dir/summary.txt") actions found nothing to"\
      "click; $(grep -c 'IMPORT FAILED' "$dir/summary.txt") import failures"
  fi
done
if [ -n "${FAILED:-}" ]; then
  say "failed steps:$FAILED (see their summary.txt and gatling.log)"
  exit 1
fi
