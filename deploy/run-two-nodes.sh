#!/usr/bin/env bash
# Two Corroborate nodes behind HAProxy on one PostgreSQL, on this machine (see README, "Running two nodes").
#
#   deploy/run-two-nodes.sh start    extract the production jar, start node 1, node 2, then HAProxy
#   deploy/run-two-nodes.sh stop     stop all three (the nodes shut down gracefully)
#   deploy/run-two-nodes.sh status   which of the three run, and each node's readiness
#   deploy/run-two-nodes.sh train    (re)build the JDK AOT cache the nodes start with (JDK 25+)
#
# Build the jar first: ./mvnw -Pproduction package -DskipTests
#
# Environment (defaults in brackets):
#   CORROBORATE_JAR        the production jar [target/corroborate-*.jar]
#   RUN_DIR                logs, pid files, the extracted jar and the AOT cache [target/two-nodes]
#   SPRING_DATASOURCE_URL  the database both nodes share; when unset, the database CORROBORATE_DB
#                          [corroborate_two_nodes] on the local server PGHOST:PGPORT [127.0.0.1:5432] as
#                          PGUSER [postgres] (trust or ~/.pgpass), created if missing
#   SPRING_DATASOURCE_USERNAME / _PASSWORD   with SPRING_DATASOURCE_URL [postgres / empty]
#   BALANCER_PORT [8180], NODE1_PORT [8181], NODE2_PORT [8182], STATS_PORT [8189] (HAProxy status page)
#   CORROBORATE_DEMO       true: node 1 loads the demo data and demo users on first start [false]
#   CORROBORATE_ADMIN_USER / CORROBORATE_ADMIN_PASSWORD   the first admin on an empty database
#   AOT_CACHE              auto: start with the JDK's AOT cache (JEP 483/514; built by a training run on
#                          first start, JDK 25+); off: plain start [auto]
#   JAVA_OPTS              JVM options of each node [-Xmx768m]
#   START_TIMEOUT          seconds each node may take to become ready [300]
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DEPLOY="$ROOT/deploy"
RUN_DIR="${RUN_DIR:-$ROOT/target/two-nodes}"
BALANCER_PORT="${BALANCER_PORT:-8180}"
NODE1_PORT="${NODE1_PORT:-8181}"
NODE2_PORT="${NODE2_PORT:-8182}"
STATS_PORT="${STATS_PORT:-8189}"
CORROBORATE_DEMO="${CORROBORATE_DEMO:-false}"
AOT_CACHE="${AOT_CACHE:-auto}"
JAVA_OPTS="${JAVA_OPTS:--Xmx768m}"
START_TIMEOUT="${START_TIMEOUT:-300}"

. "$ROOT/.mvn/find-jdk.sh"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
JDK_MAJOR=$(corroborate_jdk_major "${JAVA_HOME:-/nonexistent}")

say() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*"; }
fail() { printf 'run-two-nodes: %s\n' "$*" >&2; exit 1; }
now_ms() { date +%s%3N; }

find_jar() {
  if [ -n "${CORROBORATE_JAR-}" ]; then
    echo "$CORROBORATE_JAR"
  else
    ls -t "$ROOT"/target/corroborate-*.jar 2>/dev/null | head -1
  fi
}

# The jar's Vaadin build must be a production one: a development-mode jar would try to build the frontend.
check_production_jar() {
  local jar=$1
  [ -f "$jar" ] || fail "no jar at '$jar': build it with ./mvnw -Pproduction package -DskipTests"
  if ! { unzip -p "$jar" 'META-INF/VAADIN/config/flow-build-info.json' 2>/dev/null || true; } \
      | grep -q '"productionMode" *: *true'; then
    fail "$jar is not a production build: build it with ./mvnw -Pproduction package -DskipTests"
  fi
}

# Runs from the extracted jar (java -Djarmode=tools ... extract): plain jars on the class path start faster
# than nested ones, and the AOT cache works only with plain jars.
extract() {
  local jar=$1 app="$RUN_DIR/app"
  if [ ! -f "$app/.from" ] || [ "$(cat "$app/.from")" != "$(stat -c '%n %s %Y' "$jar")" ]; then
    say "extracting $(basename "$jar")"
    rm -rf "$app" "$RUN_DIR/corroborate.aot"
    "$JAVA" -Djarmode=tools -jar "$jar" extract --destination "$app" >/dev/null
    stat -c '%n %s %Y' "$jar" > "$app/.from"
  fi
  APP_JAR="$app/$(basename "$jar")"
}

database() {
  if [ -n "${SPRING_DATASOURCE_URL-}" ]; then
    export SPRING_DATASOURCE_USERNAME="${SPRING_DATASOURCE_USERNAME:-postgres}"
    export SPRING_DATASOURCE_PASSWORD="${SPRING_DATASOURCE_PASSWORD:-}"
    return
  fi
  local host="${PGHOST:-127.0.0.1}" port="${PGPORT:-5432}" user="${PGUSER:-postgres}"
  local db="${CORROBORATE_DB:-corroborate_two_nodes}"
  command -v psql >/dev/null || fail "psql is needed to create the database (or set SPRING_DATASOURCE_URL)"
  if [ "$(psql -h "$host" -p "$port" -U "$user" -d postgres -tAc "select 1 from pg_database where datname = '$db'")" != 1 ]; then
    say "creating database $db on $host:$port"
    psql -h "$host" -p "$port" -U "$user" -d postgres -qc "create database \"$db\"" >/dev/null
  fi
  export SPRING_DATASOURCE_URL="jdbc:postgresql://$host:$port/$db"
  export SPRING_DATASOURCE_USERNAME="$user"
  export SPRING_DATASOURCE_PASSWORD="${PGPASSWORD:-}"
}

running() { [ -f "$RUN_DIR/$1.pid" ] && kill -0 "$(cat "$RUN_DIR/$1.pid")" 2>/dev/null; }

aot_options() {
  if [ "$AOT_CACHE" != off ] && [ "$JDK_MAJOR" -ge 25 ] && [ -f "$RUN_DIR/corroborate.aot" ]; then
    echo "-XX:AOTCache=$RUN_DIR/corroborate.aot"
  fi
}

# start_node NAME PORT EXTRA_OPTIONS: starts a node and waits until it serves its first page.
start_node() {
  local name=$1 port=$2 extra=$3
  running "$name" && fail "$name already runs (pid $(cat "$RUN_DIR/$name.pid")); stop it first"
  local started; started=$(now_ms)
  # shellcheck disable=SC2086 # JAVA_OPTS and extra are lists of options
  nohup "$JAVA" $JAVA_OPTS $extra -jar "$APP_JAR" --server.port="$port" \
    > "$RUN_DIR/$name.log" 2>&1 < /dev/null &
  echo $! > "$RUN_DIR/$name.pid"
  wait_for_first_page "$name" "$port" "$started"
}

wait_for_first_page() {
  local name=$1 port=$2 started=$3 deadline=$(( $(date +%s) + START_TIMEOUT ))
  until curl -fsS -o /dev/null "http://127.0.0.1:$port/actuator/health/readiness" 2>/dev/null; do
    if ! running "$name"; then
      tail -40 "$RUN_DIR/$name.log" >&2
      fail "$name stopped while starting (log: $RUN_DIR/$name.log)"
    fi
    [ "$(date +%s)" -lt "$deadline" ] || fail "$name not ready after ${START_TIMEOUT}s (log: $RUN_DIR/$name.log)"
    sleep 0.2
  done
  curl -fsS -o /dev/null "http://127.0.0.1:$port/login" || fail "$name is ready but /login failed"
  FIRST_PAGE_MS=$(( $(now_ms) - started ))
  say "$name ready on port $port: first page $(awk "BEGIN { printf \"%.1f\", $FIRST_PAGE_MS / 1000 }") s after launch"
}

stop_pid() {
  local name=$1
  if running "$name"; then
    local pid; pid=$(cat "$RUN_DIR/$name.pid")
    kill -TERM "$pid"
    # up to 3 minutes: a training run writes the AOT cache as it exits
    for _ in $(seq 1 900); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    if kill -0 "$pid" 2>/dev/null; then kill -KILL "$pid"; fi
    say "stopped $name"
  fi
  rm -f "$RUN_DIR/$name.pid"
}

# A training run: the node starts, serves its first pages and stops; the JVM writes the AOT cache as it
# exits (JDK 25, -XX:AOTCacheOutput). Later starts load those classes already parsed, linked and
# profiled. The cache fits only this JDK and these jars: a new jar is extracted again and retrained.
train() {
  [ "$JDK_MAJOR" -ge 25 ] || { say "JDK $JDK_MAJOR: no AOT cache (needs JDK 25+)"; return; }
  say "training run for the AOT cache (once per jar)"
  rm -f "$RUN_DIR/corroborate.aot"
  start_node training "$NODE1_PORT" "-XX:AOTCacheOutput=$RUN_DIR/corroborate.aot"
  curl -fsS -o /dev/null "http://127.0.0.1:$NODE1_PORT/" || true
  stop_pid training
  [ -f "$RUN_DIR/corroborate.aot" ] || fail "the training run wrote no AOT cache (log: $RUN_DIR/training.log)"
  say "AOT cache: $RUN_DIR/corroborate.aot ($(du -h "$RUN_DIR/corroborate.aot" | cut -f1))"
}

start() {
  command -v haproxy >/dev/null || fail "haproxy is not installed (Debian: apt-get install haproxy)"
  mkdir -p "$RUN_DIR"
  local jar; jar=$(find_jar)
  check_production_jar "$jar"
  extract "$jar"
  database
  if [ "$AOT_CACHE" != off ] && [ ! -f "$RUN_DIR/corroborate.aot" ]; then
    train
  fi
  # One node after the other: the first migrates the schema and creates the first users alone.
  start_node node1 "$NODE1_PORT" "$(aot_options) -Dcorroborate.demo.enabled=$CORROBORATE_DEMO"
  start_node node2 "$NODE2_PORT" "$(aot_options) -Dcorroborate.demo.enabled=false"
  export BALANCER_BIND="127.0.0.1:$BALANCER_PORT" NODE1="127.0.0.1:$NODE1_PORT" NODE2="127.0.0.1:$NODE2_PORT"
  export STATS_BIND="127.0.0.1:$STATS_PORT"
  haproxy -c -q -f "$DEPLOY/haproxy.cfg" || fail "deploy/haproxy.cfg is not valid"
  nohup haproxy -db -f "$DEPLOY/haproxy.cfg" > "$RUN_DIR/haproxy.log" 2>&1 < /dev/null &
  echo $! > "$RUN_DIR/haproxy.pid"
  local deadline=$(( $(date +%s) + 30 ))
  until [ "$(curl -fsS "http://127.0.0.1:$STATS_PORT/;csv" 2>/dev/null | grep -c '^nodes,node[12],.*,UP')" = 2 ]; do
    running haproxy || { cat "$RUN_DIR/haproxy.log" >&2; fail "haproxy stopped"; }
    [ "$(date +%s)" -lt "$deadline" ] || fail "the balancer does not see both nodes up (http://127.0.0.1:$STATS_PORT/)"
    sleep 0.2
  done
  say "balancer on http://127.0.0.1:$BALANCER_PORT (status page http://127.0.0.1:$STATS_PORT/); logs in $RUN_DIR"
}

stop() {
  stop_pid haproxy
  stop_pid node2
  stop_pid node1
  stop_pid training
}

status() {
  for name in node1 node2 haproxy; do
    if running "$name"; then echo "$name: running (pid $(cat "$RUN_DIR/$name.pid"))"; else echo "$name: stopped"; fi
  done
  for port in "$NODE1_PORT" "$NODE2_PORT"; do
    echo "readiness on $port: $(curl -s "http://127.0.0.1:$port/actuator/health/readiness" || echo unreachable)"
  done
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  train)
    mkdir -p "$RUN_DIR"; jar=$(find_jar); check_production_jar "$jar"; extract "$jar"; database; train ;;
  *) sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
