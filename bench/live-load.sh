#!/usr/bin/env bash
# bench/live-load.sh: the live-update load runs reported in docs/performance.md ("Live updates").
#
#   bench/live-load.sh lesson 200 2000     one node; 200 students on lesson 1, 10 posting, with the
#                                          lesson seeded to 200 and then 2,000 annotations
#   bench/live-load.sh nodes 2 3           the same 200 students spread over 2, then 3 app nodes
#                                          behind HAProxy (sticky sessions) on one PostgreSQL
#   bench/live-load.sh floor               the bare Vaadin push app, same load, same machine
#   bench/live-load.sh close 500           500 push tabs closed in the same second
#
# Needs: the production jar (mvn -Pproduction package -DskipTests), JDK 25, Debian's postgresql and
# haproxy packages (apt-get install postgresql haproxy), the load client in ../shared/tools/vaadin-load
# (TOOLS=... to point elsewhere), and for "floor" the push floor app built in FLOOR_JAR. Runs as root
# (PostgreSQL runs as the postgres user). Every result goes to target/live-load/; the summary lines
# printed at the end are what docs/performance.md quotes.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
TOOLS=${TOOLS:-$ROOT/../shared/tools}
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA="$JAVA_HOME/bin/java"
JAR=${JAR:-$ROOT/target/colloquy-0.1.0-SNAPSHOT.jar}
FLOOR_JAR=${FLOOR_JAR:-/tmp/push-floor/target/push-app-0.0.1-SNAPSHOT.jar}
OUT=${OUT:-$ROOT/target/live-load}
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
PG_PORT=${PG_PORT:-55433}
PG_DIR=${PG_DIR:-/tmp/colloquy-bench-pg}   # somewhere the postgres user may write
PG_PASSWORD=bench-only
LB_PORT=18080
STUDENTS=${STUDENTS:-200}
SENDERS=${SENDERS:-10}
DURATION=${DURATION:-60}
mkdir -p "$OUT"
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  su postgres -c "$PG_BIN/pg_ctl -D $PG_DIR/data -m fast stop" >/dev/null 2>&1 || true
}
trap cleanup EXIT

load() { "$JAVA" "$TOOLS/vaadin-load/Load.java" "$@"; }

start_database() {
  su postgres -c "$PG_BIN/pg_ctl -D $PG_DIR/data -m fast stop" >/dev/null 2>&1 || true
  rm -rf "$PG_DIR" && mkdir -p "$PG_DIR" && echo "$PG_PASSWORD" > "$PG_DIR/pw" && chown -R postgres "$PG_DIR"
  su postgres -c "$PG_BIN/initdb -D $PG_DIR/data -U postgres --pwfile=$PG_DIR/pw -A scram-sha-256" >/dev/null
  su postgres -c "$PG_BIN/pg_ctl -D $PG_DIR/data -o '-p $PG_PORT -c max_connections=200 -c listen_addresses=127.0.0.1' -l $PG_DIR/log -w start" >/dev/null
  for db in colloquy floor; do PGPASSWORD=$PG_PASSWORD psql -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -c "create database $db"; done
}

sql() { PGPASSWORD=$PG_PASSWORD psql -q -t -A -h 127.0.0.1 -p "$PG_PORT" -U postgres -d colloquy -c "$1"; }

# start_node I: app node I on port 18080+I, on the shared database; prints nothing, records its PID.
start_node() {
  local port=$((LB_PORT + $1))
  "$JAVA" -Xmx512m -jar "$JAR" --server.port="$port" \
    --spring.datasource.url="jdbc:postgresql://127.0.0.1:$PG_PORT/colloquy" \
    --spring.datasource.username=postgres --spring.datasource.password="$PG_PASSWORD" \
    --colloquy.demo-data=true > "$OUT/node-$1.log" 2>&1 &
  PIDS+=($!)
  echo $! > "$OUT/node-$1.pid"
  for _ in $(seq 1 120); do
    curl -sf "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null && return 0
    sleep 1
  done
  echo "node $1 did not become ready: see $OUT/node-$1.log"; exit 1
}

# A local load balancer with sticky sessions: HAProxy's own cookie keeps a browser on its node.
start_balancer() {
  local nodes=$1
  {
    echo "global
  maxconn 4000
defaults
  mode http
  timeout connect 5s
  timeout client 120s
  timeout server 120s
  timeout tunnel 1h
frontend colloquy
  bind 127.0.0.1:$LB_PORT
  default_backend nodes
backend nodes
  balance roundrobin
  cookie NODE insert indirect nocache
  option httpchk GET /actuator/health/readiness"
    for i in $(seq 1 "$nodes"); do echo "  server node$i 127.0.0.1:$((LB_PORT + i)) cookie n$i check"; done
  } > "$OUT/haproxy.cfg"
  haproxy -f "$OUT/haproxy.cfg" > "$OUT/haproxy.log" 2>&1 &
  PIDS+=($!)
  sleep 1
}

students() {
  [ "${SKIP_STUDENTS:-}" = 1 ] && return 0
  JOIN_SPACING_MS=${JOIN_SPACING_MS:-300} "$TOOLS/vaadin-load/make-students.sh" "$1" "$STUDENTS"
}

# seed_annotations TOTAL: class notes by the load students on lesson 1 until it has TOTAL of them.
# Written straight into the table (benchmark data): 12-character quotes spread over the text.
seed_annotations() {
  sql "insert into annotation (classroom_id, lesson_id, author_id, body, visibility, text_version,
         quote_exact, quote_prefix, quote_suffix, start_offset, end_offset)
       select 1, l.id, (select id from account where login_name = 'load-student-' || (g % $STUDENTS)),
              'Seeded note ' || g, 'CLASS', l.text_version, substr(l.body, s + 1, 12), '', '', s, s + 12
       from lesson l, generate_series((select count(*) + 1 from annotation where lesson_id = 1 and parent_id is null), $1) g,
            lateral (select cast((g * 37) % (length(l.body) - 20) as integer) as s) x
       where l.id = 1"
  echo "lesson 1 has $(sql "select count(*) from annotation where lesson_id = 1 and parent_id is null") annotations"
}

P='post vaadin-text-area[label="Your note"] vaadin-button[theme=primary]:text(Post)'
A() { echo "event annotate reading-pane {\"event.detail.start\":$1,\"event.detail.end\":$2,\"event.detail.quote\":\"$3\"}"; }
ANNOTATE="$(A 4 24 'initial interactions'); $P; think; $(A 53 67 'Vladimir Putin'); $P; think; $(A 202 218 'Hamburg, Germany'); $P; think; $(A 590 615 'lack of a detailed record'); $P; think"

# fan_out NAME URL [extra Load.java flags]: 200 students on lesson 1, 10 posting every ~5 s.
fan_out() {
  local name=$1 url=$2; shift 2
  load --url "$url" --users "$STUDENTS" --ramp 40 --user 'load-student-%d' --password colloquy-demo \
    --route classes/1/lessons/1 --push --senders "$SENDERS" --script "$ANNOTATE" --think 5000 --iterations 1000 \
    --duration "$DURATION" --warmup 1 --timeout 60000 --json "$OUT/$name.json" "$@" > "$OUT/$name.txt" 2>&1 \
    || echo "($name: the load client reported errors or missed deliveries)"
  echo "== $name"; grep -E "^== fan-out|delivered|MISSED|pushed|per session|per push|app CPU" "$OUT/$name.txt" | head -20 || true
}

case "${1:-}" in
  lesson)
    shift
    start_database; start_node 1
    URL="http://127.0.0.1:$((LB_PORT + 1))"; PID=$(cat "$OUT/node-1.pid")
    students "$URL"
    for total in "$@"; do
      seed_annotations "$total"
      fan_out "lesson-$total" "$URL" --pid "$PID" --heap --histo 8
    done ;;
  nodes)
    shift
    for nodes in "$@"; do
      start_database
      for i in $(seq 1 "$nodes"); do start_node "$i"; done
      start_balancer "$nodes"
      URL="http://127.0.0.1:$LB_PORT"
      students "$URL"; seed_annotations 200
      fan_out "nodes-$nodes" "$URL"
      for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; PIDS=()
    done ;;
  floor)
    start_database
    DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/floor" DB_USER=postgres DB_PASSWORD=$PG_PASSWORD \
      "$JAVA" -Xmx512m -jar "$FLOOR_JAR" --server.port=$((LB_PORT + 9)) \
      --spring.datasource.username=postgres --spring.datasource.password="$PG_PASSWORD" > "$OUT/floor.log" 2>&1 &
    PIDS+=($!); FLOOR_PID=$!
    sleep 15
    load --url "http://127.0.0.1:$((LB_PORT + 9))" --route feed --users "$STUDENTS" --ramp 40 --push --senders "$SENDERS" \
      --script 'post #note-text #post; think' --think 5000 --iterations 1000 --duration "$DURATION" --warmup 1 \
      --pid "$FLOOR_PID" --heap --histo 8 --json "$OUT/floor.json" > "$OUT/floor.txt" 2>&1 || echo "(floor: errors)"
    echo "== floor"; grep -E "^== fan-out|delivered|MISSED|pushed|per session|per push|app CPU" "$OUT/floor.txt" | head -20 || true ;;
  close)
    shift
    start_database; start_node 1
    URL="http://127.0.0.1:$((LB_PORT + 1))"; PID=$(cat "$OUT/node-1.pid")
    STUDENTS=$1 students "$URL"
    load --url "$URL" --users "$1" --ramp 60 --user 'load-student-%d' --password colloquy-demo \
      --route classes/1/lessons/1 --push --iterations 0 --hold 5 --pid "$PID" --timeout 60000 \
      --json "$OUT/close-$1.json" > "$OUT/close-$1.txt" 2>&1 || echo "(close: errors)"
    echo "== close $1"; grep -E "unload|push.close|logout|close" "$OUT/close-$1.txt" | head -12 || true ;;
  *)
    sed -n 2,16p "$0"; exit 2 ;;
esac
