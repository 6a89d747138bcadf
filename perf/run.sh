#!/usr/bin/env bash
# The load test: generates data (once), starts the application jar on it, signs generated people in
# and measures each main page with wrk, with /actuator/health in the same run as the ceiling.
# See perf/README.md. Options (all optional):
#   --db sqlite|postgres   database (default sqlite; postgres uses KINTSUGI_PERF_PG_URL, _USER, _PASSWORD)
#   --couples N            couples the database should hold (default 10000); missing ones are generated
#   --weeks M              weeks of activity per generated couple (default 12)
#   --users U              people signed in, whose sessions the load rotates through (default 200)
#   --connections C        concurrent connections, i.e. users without think time (default 50)
#   --duration S           seconds per page and pass (default 20)
#   --think MS             second pass: each connection is a person who pauses about MS ms between pages
#                          (default 1000; 0 skips the pass). The first pass has no pauses: throughput.
#   --smoke                CI: 20 couples, 2 weeks, 10 users, 4 connections, 2 s per page; fails on any error
#   --jvm "OPTIONS"        more JVM options for the application (KINTSUGI_JAVA_OPTS of the launcher)
#   --no-generate          use the database as it is (e.g. after LoadDataCopies), whatever it holds
#   --plain                start the jar with plain `java -jar` and only --jvm's options, instead of the
#                          launcher `./kintsugi` that README.md gives (small-server settings, AOT cache)
#   --nodes N              PostgreSQL only: N application nodes on one database (ports 18080, 18081, …);
#                          each measurement spreads the connections over the nodes, people signed in on
#                          the first node are served by every node (sessions live in the database), and
#                          the table gives the nodes' summed req/s and the slowest node's latencies
set -euo pipefail
cd "$(dirname "$0")/.."

db=sqlite couples=10000 weeks=12 users=200 connections=50 duration=20 think=1000 smoke=no jvm="" plain=no generate=yes nodes=1
while [ $# -gt 0 ]; do
  case "$1" in
    --db) db=$2; shift 2 ;;
    --couples) couples=$2; shift 2 ;;
    --weeks) weeks=$2; shift 2 ;;
    --users) users=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --jvm) jvm=$2; shift 2 ;;
    --think) think=$2; shift 2 ;;
    --plain) plain=yes; shift ;;
    --no-generate) generate=no; shift ;;
    --nodes) nodes=$2; shift 2 ;;
    --smoke) smoke=yes; couples=20; weeks=2; users=10; connections=4; duration=2; think=0; shift ;;
    *) echo "unknown option $1 (see the top of $0)" >&2; exit 2 ;;
  esac
done
port=${KINTSUGI_PERF_PORT:-18080}
base="http://127.0.0.1:$port"
if [ "$nodes" != 1 ] && [ "$db" != postgres ]; then
  echo "--nodes needs --db postgres: nodes share one database server" >&2; exit 2
fi
[ "$nodes" -ge 1 ] 2>/dev/null || { echo "--nodes wants a number from 1" >&2; exit 2; }
pages=(/ /reflections /check-in /check-in/trajectory /commitments /questions /conversations /appreciations /accountability /respect/ratio)
password="a quiet harbour at dawn"   # CoupleStory.PASSWORD

for tool in wrk curl; do
  command -v "$tool" >/dev/null || { echo "$tool is missing (Debian: apt-get install wrk curl)" >&2; exit 2; }
done
java_bin=${JAVA_HOME:+$JAVA_HOME/bin/}java
"$java_bin" -version >/dev/null 2>&1 || { echo "no java: set JAVA_HOME to a JDK 21 or newer" >&2; exit 2; }

work=target/perf/$db-$couples-$weeks
[ "$smoke" = yes ] && work=target/perf/smoke-$db
mkdir -p "$work"
work=$(cd "$work" && pwd)
export KINTSUGI_DATA_DIR=$work/data
# The load runs over plain http on this machine: cookies without Secure and the __Host- prefix, as in development.
export KINTSUGI_WEB_INSECURE_COOKIES=true
if [ "$db" = postgres ]; then
  # One database that grows run by run, so one master key for it wherever the figures are kept.
  KINTSUGI_DATA_DIR=$(pwd)/target/perf/postgres-key
  [ "$smoke" = yes ] && KINTSUGI_DATA_DIR=$work/data
  pg_url=${KINTSUGI_PERF_PG_URL:-jdbc:postgresql://127.0.0.1:5432/kintsugi_perf$([ "$smoke" = yes ] && echo _smoke || true)}
  export SPRING_DATASOURCE_URL=$pg_url
  export SPRING_DATASOURCE_USERNAME=${KINTSUGI_PERF_PG_USER:-postgres}
  export SPRING_DATASOURCE_PASSWORD=${KINTSUGI_PERF_PG_PASSWORD:-postgres}
  pg_db=${pg_url##*/}; pg_db=${pg_db%%\?*}
  if ! PGPASSWORD=$SPRING_DATASOURCE_PASSWORD psql -h 127.0.0.1 -U "$SPRING_DATASOURCE_USERNAME" -d postgres -tAc \
      "select 1 from pg_database where datname='$pg_db'" | grep -q 1; then
    PGPASSWORD=$SPRING_DATASOURCE_PASSWORD createdb -h 127.0.0.1 -U "$SPRING_DATASOURCE_USERNAME" "$pg_db"
  fi
  # As on SQLite, the generator alone does not wait for a disk flush at each commit.
  generator_url="$pg_url$([[ $pg_url == *\?* ]] && echo '&' || echo '?')options=-c%20synchronous_commit%3Doff"
  mkdir -p "$KINTSUGI_DATA_DIR"
else
  mkdir -p "$KINTSUGI_DATA_DIR"
  unset SPRING_DATASOURCE_URL
  # The generator alone writes with synchronous=NORMAL (not FULL): the same rows, without one disk
  # flush per transaction; the application under test runs with its own settings.
  generator_url="jdbc:sqlite:$KINTSUGI_DATA_DIR/kintsugi.db?journal_mode=WAL&synchronous=NORMAL&busy_timeout=10000&foreign_keys=true&transaction_mode=IMMEDIATE"
fi

mvn_quiet=(-q -B --no-transfer-progress)
if [ ! -f target/kintsugi.jar ] || [ -n "$(find src pom.xml -newer target/kintsugi.jar -print -quit)" ]; then
  echo "== building the jar"
  ./mvnw "${mvn_quiet[@]}" package -DskipTests
fi

if [ "$generate" = yes ] && [ "$(cat "$work/generated" 2>/dev/null)" != "$couples $weeks" ]; then
  echo "== generating $couples couples with $weeks weeks each on $db (log: $work/generate.log)"
  started=$(date +%s)
  SPRING_DATASOURCE_URL=$generator_url KINTSUGI_PERF_COUPLES=$couples KINTSUGI_PERF_WEEKS=$weeks \
    ./mvnw "${mvn_quiet[@]}" test -Dtest=LoadDataGenerator -Dsurefire.failIfNoSpecifiedTests=false > "$work/generate.log" 2>&1 \
    || { tail -50 "$work/generate.log"; exit 1; }
  grep '^GEN done' "$work/generate.log"
  echo "   generation took $(( $(date +%s) - started )) s including Maven and Spring start-up"
  echo "$couples $weeks" > "$work/generated"
fi

if [ "$db" = postgres ]; then
  # Planner statistics as they would be on a server with autovacuum (a test server may run without it,
  # and LoadDataCopies adds rows after the last automatic analysis): 10 s for 100,000 couples.
  PGPASSWORD=$SPRING_DATASOURCE_PASSWORD psql -h 127.0.0.1 -U "$SPRING_DATASOURCE_USERNAME" -d "$pg_db" -qc ANALYZE
fi

for node in $(seq 0 $((nodes - 1))); do
  if curl -s -o /dev/null "http://127.0.0.1:$((port + node))/actuator/health"; then
    echo "something already answers on port $((port + node)); set KINTSUGI_PERF_PORT" >&2; exit 2
  fi
done
if [ "$plain" = no ]; then
  # As README.md says: the launcher, which makes the extracted jar and its start-up cache once per
  # build (not timed here) and starts with the shipped small-server settings.
  KINTSUGI_JAVA_OPTS="$jvm" ./kintsugi build
fi
start_node() {
  # The first node alone migrates an empty database; the others start once it is ready.
  local node_port=$1 log=$2
  if [ "$plain" = no ]; then
    (SERVER_PORT=$node_port KINTSUGI_JAVA_OPTS="$jvm" exec ./kintsugi) > "$log" 2>&1 &
  else
    # shellcheck disable=SC2086
    (SERVER_PORT=$node_port exec "$java_bin" --enable-native-access=ALL-UNNAMED $jvm -jar target/kintsugi.jar) > "$log" 2>&1 &
  fi
}
wait_ready() {
  local node_port=$1 pid=$2 log=$3
  until curl -sf "http://127.0.0.1:$node_port/actuator/health/readiness" 2>/dev/null | grep -q UP; do
    kill -0 "$pid" 2>/dev/null || { tail -40 "$log"; echo "the application on port $node_port stopped" >&2; exit 1; }
    sleep 0.05
  done
}
apps=()
trap 'for a in "${apps[@]}"; do kill "$a" 2>/dev/null || true; done; for a in "${apps[@]}"; do wait "$a" 2>/dev/null || true; done' EXIT
echo "== starting the application on $db"
started_ns=$(date +%s%N)
start_node "$port" "$work/app.log"
app=$!
apps+=("$app")
wait_ready "$port" "$app" "$work/app.log"
startup_ms=$(( ($(date +%s%N) - started_ns) / 1000000 ))
spring_says=$(grep -o 'Started KintsugiApplication in [0-9.]* seconds (process running for [0-9.]*)' "$work/app.log" || true)
echo "   ready after $startup_ms ms ($spring_says)"
for node in $(seq 1 $((nodes - 1))); do
  start_node $((port + node)) "$work/app-$node.log"
  apps+=("$!")
  wait_ready $((port + node)) "$!" "$work/app-$node.log"
  echo "   node $((node + 1)) ready on port $((port + node))"
done

echo "== signing in $users people"
signin_started=$(date +%s%N)
sessions=$work/sessions.txt
: > "$sessions"
sign_in() {
  local n=$1 who=$2 jar
  jar=$(mktemp)
  local csrf
  csrf=$(curl -s -c "$jar" -b "$jar" "$base/sign-in" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
  local status
  status=$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" --data-urlencode "_csrf=$csrf" \
    --data-urlencode "email=perf-$n-$who@example.org" --data-urlencode "password=$password" "$base/sign-in")
  [ "$status" = 302 ] || { echo "sign-in of perf-$n-$who answered $status" >&2; rm -f "$jar"; return 1; }
  # Where a browser goes next: the dashboard, which settles the new session (its CSRF token) once.
  curl -s -o /dev/null -c "$jar" -b "$jar" "$base/"
  awk '$6 == "KSESSION" { print $7 }' "$jar"
  rm -f "$jar"
}
for i in $(seq 1 "$users"); do
  n=$(( (i + 1) / 2 ))
  who=$([ $((i % 2)) = 1 ] && echo a || echo b)
  sign_in "$n" "$who" >> "$sessions"
done
[ "$(grep -c . "$sessions")" = "$users" ] || { echo "not every sign-in gave a session" >&2; exit 1; }
echo "   in $(( ($(date +%s%N) - signin_started) / 1000000 )) ms (Argon2id checks each password)"

rss_max=0
sample_rss() {
  # With several nodes: the largest node's resident memory (each is its own server's figure).
  local kb a
  for a in "${apps[@]}"; do
    kb=$(awk '/^VmRSS/ { print $2 }' "/proc/$a/status" 2>/dev/null || echo 0)
    [ "${kb:-0}" -gt "$rss_max" ] && rss_max=$kb
  done
  return 0
}
failures=0
declare -A result
measure() {
  # The fifth argument is the file of session cookies; /dev/null measures signed-out requests.
  local key=$1 path=$2 seconds=$3 pause=${4:-0} cookies=${5:-$sessions} out=$work/wrk.out
  # One wrk per node, at the same time, each with its share of the connections.
  local node pids=() per=$(( (connections + nodes - 1) / nodes ))
  rm -f "$out".*
  for node in $(seq 0 $((nodes - 1))); do
    wrk -t$((nodes > 1 ? 1 : 2)) -c"$per" -d"${seconds}s" --timeout 10s -s perf/pages.lua \
      "http://127.0.0.1:$((port + node))$path" -- "$cookies" "$pause" > "$out.$node" 2>&1 &
    pids+=("$!")
  done
  while kill -0 "${pids[0]}" 2>/dev/null; do sample_rss; sleep 1; done
  for node in "${pids[@]}"; do wait "$node" || true; done
  sample_rss
  local line
  line=$(cat "$out".* | grep '^RESULT' | awk '
    { for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = (kv[1] == "rps" || kv[1] == "not_ok" || kv[1] == "socket_errors" || kv[1] == "requests") ? v[kv[1]] + kv[2] : (kv[2] > v[kv[1]] ? kv[2] : v[kv[1]]); if (!(kv[1] in seen)) { seen[kv[1]] = 1; order[++n] = kv[1] } } lines++ }
    END { if (lines == '"$nodes"') { printf "RESULT"; for (i = 1; i <= n; i++) printf " %s=%s", order[i], v[order[i]]; print "" } }' || true)
  [ -n "$line" ] || { cat "$out".* >&2; echo "wrk gave no result for $path on every node" >&2; failures=$((failures + 1)); return; }
  result[$key]=$line
  local not_ok socket
  not_ok=$(sed 's/.*not_ok=\([0-9]*\).*/\1/' <<< "$line")
  socket=$(sed 's/.*socket_errors=\([0-9]*\).*/\1/' <<< "$line")
  if [ "$not_ok" != 0 ] || [ "$socket" != 0 ]; then
    echo "   $path: $not_ok answers other than 200, $socket socket errors" >&2
    failures=$((failures + 1))
  fi
}
field() { sed "s/.* $2=\([0-9.]*\).*/\1/" <<< "${result[$1]:-}"; }

echo "== warming up"
for node in $(seq 0 $((nodes - 1))); do
  for path in "${pages[@]}"; do
    wrk -t2 -c"$connections" -d"$([ "$smoke" = yes ] && echo 1 || echo 3)s" -s perf/pages.lua "http://127.0.0.1:$((port + node))$path" -- "$sessions" > /dev/null
  done
  wrk -t2 -c"$connections" -d2s "http://127.0.0.1:$((port + node))/actuator/health" > /dev/null
done

echo "== measuring, $connections connections without pauses, ${duration} s per page"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
# Two ceilings: the trivial endpoint signed out (what the application can do at all) and signed in
# (what is left once a session is read); a stylesheet both ways (static files should cost nothing more).
measure "anonymous, before" /actuator/health "$duration" 0 /dev/null
measure "ceiling, before" /actuator/health "$duration"
measure "css, anonymous" /css/kintsugi.css "$duration" 0 /dev/null
measure "css, signed in" /css/kintsugi.css "$duration"
for path in "${pages[@]}"; do
  echo "   $path"
  measure "$path" "$path" "$duration"
done
measure "ceiling, after" /actuator/health "$duration"
measure "anonymous, after" /actuator/health "$duration" 0 /dev/null
if [ "$think" != 0 ]; then
  echo "== measuring, $connections people pausing about $think ms between pages, ${duration} s per page"
  measure "think:ceiling" /actuator/health "$duration" "$think"
  for path in "${pages[@]}"; do
    echo "   $path"
    measure "think:$path" "$path" "$duration" "$think"
  done
fi
ceiling_first=$(field "ceiling, before" rps)
ceiling_last=$(field "ceiling, after" rps)
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
ceiling=$(awk -v a="$ceiling_first" -v b="$ceiling_last" 'BEGIN { printf "%.1f", (a + b) / 2 }')
anonymous=$(awk -v a="$(field "anonymous, before" rps)" -v b="$(field "anonymous, after" rps)" 'BEGIN { printf "%.1f", (a + b) / 2 }')

report=$work/results-$(date -u +%Y%m%dT%H%M%SZ).md
{
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'); machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $("$java_bin" -version 2>&1 | head -1)"
  echo "database: $db; couples: $couples x $weeks weeks; signed in: $users; connections: $connections; ${duration} s per page"
  [ "$nodes" = 1 ] || echo "nodes: $nodes on one database, $((connections / nodes)) connections each; req/s summed over the nodes, latencies the slowest node's, memory the largest node's"
  echo "started: $([ "$plain" = yes ] && echo "plain jar, JVM options: ${jvm:-(none)}" || echo "./kintsugi (launcher settings and AOT cache)${jvm:+, more options: $jvm}"); load average (1, 5, 15 min) before: $load_before, after: $load_after"
  echo "start-up to readiness: $startup_ms ms; resident memory under load (max VmRSS): $((rss_max / 1024)) MiB"
  echo "anonymous ceiling (/actuator/health, no cookie): $(field "anonymous, before" rps) req/s before the pages, $(field "anonymous, after" rps) after (mean $anonymous)"
  echo "signed-in ceiling (/actuator/health with a session): $ceiling_first req/s before the pages, $ceiling_last after (mean $ceiling)"
  echo
  echo "| request | req/s | p50 ms | p95 ms | p99 ms | max ms | to anonymous ceiling | to signed-in ceiling |"
  echo "|---|---|---|---|---|---|---|---|"
  for path in "anonymous, before" "ceiling, before" "css, anonymous" "css, signed in" "${pages[@]}" "ceiling, after" "anonymous, after"; do
    [ -n "${result[$path]:-}" ] || continue
    printf '| %s | %s | %s | %s | %s | %s | %s | %s |\n' "$path" "$(field "$path" rps)" "$(field "$path" p50)" \
      "$(field "$path" p95)" "$(field "$path" p99)" "$(field "$path" max)" \
      "$(awk -v r="$(field "$path" rps)" -v c="$anonymous" 'BEGIN { printf "%.0f %%", 100 * r / c }')" \
      "$(awk -v r="$(field "$path" rps)" -v c="$ceiling" 'BEGIN { printf "%.0f %%", 100 * r / c }')"
  done
  if [ "$think" != 0 ]; then
    echo
    echo "$connections people, each pausing $((think / 2))-$((think * 3 / 2)) ms between pages:"
    echo
    echo "| page | req/s | p50 ms | p95 ms | p99 ms | max ms |"
    echo "|---|---|---|---|---|---|"
    for path in ceiling "${pages[@]}"; do
      [ -n "${result[think:$path]:-}" ] || continue
      printf '| %s | %s | %s | %s | %s | %s |\n' "$([ "$path" = ceiling ] && echo /actuator/health || echo "$path")" \
        "$(field "think:$path" rps)" "$(field "think:$path" p50)" "$(field "think:$path" p95)" "$(field "think:$path" p99)" \
        "$(field "think:$path" max)"
    done
  fi
} | tee "$report"
echo "(saved in $report)"

if [ "$failures" != 0 ]; then
  echo "$failures measurements had errors" >&2
  exit 1
fi
