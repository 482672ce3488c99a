#!/usr/bin/env bash
# Start-up benchmark: time from launching the demo run (WAR already built) to the first 200 from
# /health/ready and from the sign-in page, and the resident memory (RSS) of the Java process once ready.
#   bench/startup.sh [runs=3]
# Each run uses a fresh data folder, so it includes creating the database, migrations and seeding the demo
# district, its two programmes and their learning history (the seeding's own times are printed from the log);
# a second timing per run restarts on the same folder (the everyday restart).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-3}"
PORT="${PORT:-8099}"
[ -f target/taphuan.war ] && [ -f target/payara-micro.jar ] || mvn -B -q -DskipTests package dependency:copy@copy-payara-micro

wait_ready() {  # prints milliseconds from $1 (ns) to the first 200 of URL $2
  local start=$1 url=$2
  for _ in $(seq 1 1200); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "$url")" = 200 ]; then
      echo $(( ($(date +%s%N) - start) / 1000000 )); return 0
    fi
    sleep 0.05
  done
  echo "timeout"; return 1
}

one_start() {  # label, data dir
  local label=$1 data=$2 start pid ready page rss
  start=$(date +%s%N)
  PORT=$PORT DATA_DIR="$data" payara/run.sh > "$data.log" 2>&1 &
  pid=$!
  ready=$(wait_ready "$start" "http://localhost:$PORT/health/ready")
  page=$(wait_ready "$start" "http://localhost:$PORT/")
  local java_pid
  java_pid=$(pgrep -f "payara-micro.jar.*--port $PORT" | head -n1)
  rss=$(( $(ps -o rss= -p "$java_pid") / 1024 ))
  printf '%-8s ready=%6s ms  sign-in page=%6s ms  RSS=%4s MiB\n' "$label" "$ready" "$page" "$rss"
  grep -oE 'Demo (district|programmes|learners) .* ms' "$data.log" | sed 's/^/         /' || true
  kill "$java_pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -n1)"
for i in $(seq 1 "$RUNS"); do
  data=$(mktemp -d /tmp/taphuan-bench-XXXX)
  one_start "fresh-$i" "$data"
  one_start "again-$i" "$data"
  rm -rf "$data" "$data.log"
done
