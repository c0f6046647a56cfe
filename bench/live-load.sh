#!/usr/bin/env bash
# bench/live-load.sh: the live-update load runs reported in docs/performance.md ("Live updates").
#
#   bench/live-load.sh lesson 200 2000     one node; 200 students on lesson 1, 10 posting, with the
#                                          lesson seeded to 200 and then 2,000 annotations
#   bench/live-load.sh nodes 2 3           the same 200 students spread over 2, then 3 app nodes
#                                          behind HAProxy (sticky sessions) on one PostgreSQL
#   bench/live-load.sh floor               the bare Vaadin push app, same load, same machine
#   bench/live-load.sh close 500           500 push tabs closed in the same second
#   bench/live-load.sh school 50 40 [NODES] 2,000 students in 50 classes of 40 (accounts, classes and
#                                          assignments seeded by SQL), each interacting every ~10 s
#                                          (read another lesson, come back, annotate, answer a prompt;
#                                          SCHOOL_ANSWERS=0 leaves the answer out, SCHOOL_READ=0 the
#                                          other lesson), on one node or on
#                                          NODES nodes behind HAProxy
#   bench/live-load.sh school-floor 50 40  the same number of tabs and pace on the bare Vaadin push app
#   bench/live-load.sh tabs 40             heap per open lesson tab after each kind of step (open,
#                                          open another lesson and come back, post a note, submit an
#                                          answer), N students of one class, fresh sessions per step
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
# An earlier run's pid files would point at no node, and its access logs would be read with this one's.
mkdir -p "$OUT" && rm -rf "$OUT"/node-*.pid "$OUT"/access-*
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

# start_node I [ARG...]: app node I on port 18080+I, on the shared database, with further app arguments;
# prints nothing, records its PID.
start_node() {
  local port=$((LB_PORT + $1)) node=$1; shift
  "$JAVA" -Xmx${NODE_HEAP:-512m} ${NODE_OPTS:-} -jar "$JAR" --server.port="$port" \
    --spring.datasource.url="jdbc:postgresql://127.0.0.1:$PG_PORT/colloquy" \
    --spring.datasource.username=postgres --spring.datasource.password="$PG_PASSWORD" \
    --colloquy.demo-data=true "$@" > "$OUT/node-$node.log" 2>&1 &
  PIDS+=($!)
  echo $! > "$OUT/node-$node.pid"
  for _ in $(seq 1 120); do
    curl -sf "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null && return 0
    sleep 1
  done
  echo "node $node did not become ready: see $OUT/node-$node.log"; exit 1
}

# start_floor JVM_OPTION [APP_ARG...]: the bare Vaadin push app on port 18089, recorded as node 1.
start_floor() {
  local opt=$1; shift
  DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/floor" DB_USER=postgres DB_PASSWORD=$PG_PASSWORD \
    "$JAVA" "$opt" -jar "$FLOOR_JAR" --server.port=$((LB_PORT + 9)) \
    --spring.datasource.username=postgres --spring.datasource.password="$PG_PASSWORD" "$@" > "$OUT/floor.log" 2>&1 &
  PIDS+=($!)
  echo $! > "$OUT/node-1.pid"
  sleep 15
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

# seed_school CLASSES PER_CLASS: the demo class and CLASSES-1 copies of it ("Load class K": same
# teacher, tags and assignment), each with PER_CLASS students cK-student-0.. (password colloquy-demo,
# the demo teacher's hash). Benchmark data, written straight into the tables.
seed_school() {
  sql "insert into classroom (name, join_code)
         select 'Load class ' || k, 'LD' || translate(lpad(k::text, 6, '0'), '01', 'AB') from generate_series(2, $1) k;
       insert into enrolment (classroom_id, account_id, role)
         select c.id, t.id, 'TEACHER' from classroom c, account t where c.name like 'Load class %' and t.login_name = 'teacher';
       insert into discussion_tag (classroom_id, position, name, asks_for_answer)
         select c.id, d.position, d.name, d.asks_for_answer from discussion_tag d, classroom c
         where d.classroom_id = 1 and d.removed_at is null and c.name like 'Load class %';
       insert into assignment (classroom_id, reading_id, opens_at, due_at, whole_reading)
         select c.id, a.reading_id, a.opens_at, a.due_at, a.whole_reading from assignment a, classroom c
         where a.classroom_id = 1 and c.name like 'Load class %';
       insert into account (login_name, display_name, password_hash)
         select 'c' || k || '-student-' || j, 'Student ' || j || ' of class ' || k,
                (select password_hash from account where login_name = 'teacher')
         from generate_series(1, $1) k, generate_series(0, $2 - 1) j;
       insert into enrolment (classroom_id, account_id, role)
         select coalesce(c.id, 1), a.id, 'STUDENT' from account a
         left join classroom c on c.name = 'Load class ' || substr(split_part(a.login_name, '-', 1), 2)
         where a.login_name like 'c%-student-%';"
  echo "seeded $(sql "select count(*) from enrolment where role = 'STUDENT' and account_id in (select id from account where login_name like 'c%-student-%')") students in $1 classes"
}

# submit_answer: the step that submits an answer to lesson 1's first prompt, as the prompts' web
# component does when Submit is pressed (the lesson is the same reading in every class).
submit_answer() {
  echo "call student-prompts submit [$(sql "select id from prompt where lesson_id = 1 order by position limit 1"), \"An answer from %d\"]"
}

# colloquy_class K: the load client flags for class K of Colloquy: its 40 students on lesson 1, each
# round reading lesson 2 and coming back, annotating and posting a note, answering prompt 1.
colloquy_class() {
  local k=$1 id read answer
  id=$([ "$k" = 1 ] && echo 1 || sql "select id from classroom where name = 'Load class $k'")
  # SCHOOL_ANSWERS=0 leaves the prompt answer out of each round (to see what answers cost).
  answer=$(submit_answer); [ "${SCHOOL_ANSWERS:-1}" = 0 ] && answer=""
  # SCHOOL_READ=0 leaves out reading another lesson. With it, the load client's fan-out counts
  # mean little: a post made while a classmate is on lesson 2 is counted as missed by them.
  read="nav classes/$id/lessons/2; $RECEIVED; think; nav classes/$id/lessons/1; $RECEIVED; think; "
  [ "${SCHOOL_READ:-1}" = 0 ] && read=""
  printf '%s\0' --user "c$k-student-%d" --password colloquy-demo --route "classes/$id/lessons/1" \
    --script "$RECEIVED; $read$(A 53 67 'Vladimir Putin'); $P; think${answer:+; $answer; think}"
}

# floor_class K: the same shape of load on the bare Vaadin push app (one account, a session per
# tab): each round opens the other view and comes back to the feed; class 1 also posts to the feed
# once a round, which reaches every tab on the feed at that moment (about as many deliveries a
# second as Colloquy's notes make at 2,000 students). FLOOR_POSTS=0 leaves the posts out.
floor_class() {
  local post=""; [ "$1" = 1 ] && [ "${FLOOR_POSTS:-1}" = 1 ] && post="; post #note-text #post; think"
  printf '%s\0' --user user --password password --route feed --script "nav \"\"; think; nav feed; think$post"
}

# school CLASSES PER_CLASS URL CLASS_ARGS: one load client per class (compiled once), all at the
# same time, CLASS_ARGS K giving class K's flags; the app's heap is read with jcmd when every tab is
# open (kB per tab = growth / students). Server time comes from each node's access log (both apps are
# started with it), and for Colloquy also from its request histogram.
school() {
  local classes=$1 per=$2 url=$3 class_args=$4 pids=() k
  rm -f "$OUT"/school-*   # an earlier run's classes would be summed with this one's
  mkdir -p "$OUT/load-classes" && "$JAVA_HOME/bin/javac" -nowarn -d "$OUT/load-classes" "$TOOLS/vaadin-load/Load.java" 2>/dev/null
  heap_used "before" "$url"
  for k in $(seq 1 "$classes"); do
    local args=(); mapfile -d '' args < <("$class_args" "$k")
    "$JAVA_HOME/bin/java" -Xmx192m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp "$OUT/load-classes" Load \
      --url "$url" --users "$per" --ramp "${RAMP:-240}" "${args[@]}" \
      --push --think 10000 --iterations 1000 --duration "$DURATION" --timeout 60000 --seed "$k" \
      --json "$OUT/school-$k.json" > "$OUT/school-$k.txt" 2>&1 &
    pids+=($!)
  done
  sleep $(( ${RAMP:-240} + 30 ))
  heap_used "all $((classes * per)) tabs open" "$url"
  # The app's share of the two cores while every tab is open and looping (before the first client ends).
  local cpu0 t0 t1; cpu0=$(app_cpu_ms); t0=$(date +%s%3N)
  [ "$class_args" = colloquy_class ] && scrape before
  sleep 60
  t1=$(date +%s%3N)
  echo "app CPU while all tabs loop: $(( $(app_cpu_ms) - cpu0 )) ms in $(( t1 - t0 )) ms (all nodes)"
  if [ "$class_args" = colloquy_class ]; then
    scrape after
    local f pairs=()
    for f in "$OUT"/node-*.pid; do pairs+=("$OUT/metrics-before-$(basename "$f" .pid).txt" "$OUT/metrics-after-$(basename "$f" .pid).txt"); done
    echo "while all tabs loop, measured on the server(s): $(python3 "$ROOT/bench/server-p95.py" "${pairs[@]}")"
  fi
  wait "${pids[@]}" || true
  # The access logs are written in batches: read them once every client has ended.
  echo "while all tabs loop, from the access log(s): $(python3 "$ROOT/bench/access-times.py" "$t0" "$t1" "$OUT"/access-*/*.log)"
  echo "== school: $classes classes x $per students"
  # (sed, not head: head would close the pipe early, and pipefail would end the script here)
  grep -hE "^(opened|errors)|MISSED|TOTAL" "$OUT"/school-*.txt | sort | uniq -c | sort -rn | sed -n 1,20p
  python3 "$ROOT/bench/school-summary.py" "$OUT"/school-*.json
}

# access_log NODE: the app arguments for Tomcat's access log, each request's end (ms since the
# epoch) and time taken (µs), the same for both apps, in $OUT/access-NODE.
access_log() {
  printf '%s\n' --server.tomcat.accesslog.enabled=true --server.tomcat.accesslog.directory="$OUT/access-$1" \
    "--server.tomcat.accesslog.pattern=%{end:msec}t %D %r"
}

# app_cpu_ms: CPU time used so far by every app node (user + system), in milliseconds.
app_cpu_ms() {
  local f total=0
  for f in "$OUT"/node-*.pid; do
    total=$(( total + $(awk '{print ($14 + $15) * 10}' "/proc/$(cat "$f")/stat") ))
  done
  echo "$total"
}

# scrape LABEL: every node's metrics (the school run starts nodes with a histogram of request times).
scrape() {
  local f port
  for f in "$OUT"/node-*.pid; do
    port=$((LB_PORT + $(basename "$f" .pid | cut -d- -f2)))
    curl -sf -u admin:colloquy-demo "http://127.0.0.1:$port/actuator/prometheus" > "$OUT/metrics-$1-$(basename "$f" .pid).txt"
  done
}

# heap_used LABEL URL: live heap of every app node after a full GC.
heap_used() {
  local f
  for f in "$OUT"/node-*.pid; do
    "$JAVA_HOME/bin/jcmd" "$(cat "$f")" GC.run >/dev/null
    echo "heap $1 ($(basename "$f" .pid)): $("$JAVA_HOME/bin/jcmd" "$(cat "$f")" GC.heap_info | grep -oE 'used [0-9]+K' | head -1)"
  done
}

P='post vaadin-text-area[label="Your note"] vaadin-button[theme=primary]:text(Post)'
A() { echo "event annotate reading-pane {\"event.detail.start\":$1,\"event.detail.end\":$2,\"event.detail.quote\":\"$3\"}"; }
# The browser's empty round trip after each navigation (MainLayout.afterNavigation): the load client
# runs no JavaScript, so it makes that call itself.
RECEIVED='call vaadin-app-layout screenReceived'
ANNOTATE="$(A 4 24 'initial interactions'); $P; think; $(A 53 67 'Vladimir Putin'); $P; think; $(A 202 218 'Hamburg, Germany'); $P; think; $(A 590 615 'lack of a detailed record'); $P; think"

# fan_out NAME URL [extra Load.java flags]: 200 students on lesson 1, 10 posting every ~5 s.
fan_out() {
  local name=$1 url=$2; shift 2
  load --url "$url" --users "$STUDENTS" --ramp 40 --user 'load-student-%d' --password colloquy-demo \
    --route classes/1/lessons/1 --push --senders "$SENDERS" --script "$RECEIVED; $ANNOTATE" --receiver-script "$RECEIVED" \
    --think 5000 --iterations 1000 \
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
    start_floor -Xmx512m; FLOOR_PID=$(cat "$OUT/node-1.pid")
    load --url "http://127.0.0.1:$((LB_PORT + 9))" --route feed --users "$STUDENTS" --ramp 40 --push --senders "$SENDERS" \
      --script 'post #note-text #post; think' --think 5000 --iterations 1000 --duration "$DURATION" --warmup 1 \
      --pid "$FLOOR_PID" --heap --histo 8 --json "$OUT/floor.json" > "$OUT/floor.txt" 2>&1 || echo "(floor: errors)"
    echo "== floor"; grep -E "^== fan-out|delivered|MISSED|pushed|per session|per push|app CPU" "$OUT/floor.txt" | head -20 || true ;;
  close)
    shift
    start_database; start_node 1
    URL="http://127.0.0.1:$((LB_PORT + 1))"; PID=$(cat "$OUT/node-1.pid")
    seed_school 1 "$1"
    # Thread dumps every 2 s from the end of the hold, to see what a stall waits on.
    ( sleep "${CLOSE_DUMP_AFTER:-70}"; for i in 1 2 3 4 5 6 7 8; do
        "$JAVA_HOME/bin/jcmd" "$PID" Thread.print > "$OUT/close-dump-$i.txt" 2>&1; sleep 2; done ) &
    load --url "$URL" --users "$1" --ramp 60 --user 'c1-student-%d' --password colloquy-demo \
      --route classes/1/lessons/1 --push --iterations 0 --hold 5 --pid "$PID" --timeout 60000 \
      --json "$OUT/close-$1.json" > "$OUT/close-$1.txt" 2>&1 || echo "(close: errors)"
    echo "== close $1"; grep -E "unload|push.close|logout|close" "$OUT/close-$1.txt" | head -12 || true ;;
  tabs)
    N=${2:-40}
    start_database; start_node 1
    URL="http://127.0.0.1:$((LB_PORT + 1))"; PID=$(cat "$OUT/node-1.pid")
    seed_school 1 "$N"
    declare -A STEPS=(
      [1-open]="$RECEIVED"
      [2-away-and-back]="$RECEIVED; nav classes/1/lessons/2; $RECEIVED; nav classes/1/lessons/1; $RECEIVED"
      [3-note]="$RECEIVED; $(A 53 67 'Vladimir Putin'); $P"
      [4-answer]="$RECEIVED; $(submit_answer)")
    for step in $(printf '%s\n' "${!STEPS[@]}" | sort); do
      load --url "$URL" --users "$N" --ramp 10 --user 'c1-student-%d' --password colloquy-demo \
        --route classes/1/lessons/1 --push --script "${STEPS[$step]}" --iterations 1 --hold 1 --warmup 1 \
        --pid "$PID" --heap --histo "${HISTO:-12}" --json "$OUT/tabs-$step.json" > "$OUT/tabs-$step.txt" 2>&1 || echo "($step: errors)"
      echo "== $step"; grep -E "per session|per push|errors" "$OUT/tabs-$step.txt" | head -6 || true
    done ;;
  school)
    CLASSES=${2:-50}; PER_CLASS=${3:-40}; NODES=${4:-1}
    start_database
    for i in $(seq 1 "$NODES"); do
      mapfile -t LOG_ARGS < <(access_log "$i")
      NODE_HEAP=${NODE_HEAP:-2g} start_node "$i" --management.metrics.distribution.percentiles-histogram.http.server.requests=true "${LOG_ARGS[@]}"
    done
    if [ "$NODES" = 1 ]; then URL="http://127.0.0.1:$((LB_PORT + 1))"; else start_balancer "$NODES"; URL="http://127.0.0.1:$LB_PORT"; fi
    seed_school "$CLASSES" "$PER_CLASS"
    school "$CLASSES" "$PER_CLASS" "$URL" colloquy_class ;;
  school-floor)
    CLASSES=${2:-50}; PER_CLASS=${3:-40}
    start_database
    mapfile -t LOG_ARGS < <(access_log 1)
    start_floor "-Xmx${NODE_HEAP:-2g}" "${LOG_ARGS[@]}"
    school "$CLASSES" "$PER_CLASS" "http://127.0.0.1:$((LB_PORT + 9))" floor_class ;;
  *)
    sed -n 2,21p "$0"; exit 2 ;;
esac
