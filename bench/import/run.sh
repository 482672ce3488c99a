#!/usr/bin/env bash
# Bulk-import benchmark: starts the service (demo run, fresh data folder under /tmp), imports ~3,500 schools,
# then 100,000 staff, then the same staff file again (idempotent re-import: nothing may change), then the same
# file with every tenth person's category changed (10,000 updates, each one leaving a figure-moving audit entry),
# and prints the elapsed seconds of each as the client sees them (upload until the job reports done) and as the
# server measured them (job start to finish), and how many audit entries the imports left (issue 11: the audit
# write must add < 2 ms p50 to the import's time; compare with a build before the audit, see docs/performance.md).
#
#   bench/import/run.sh                 100,000 staff over 3,500 schools on port 18080
#   bench/import/run.sh 20000 700       smaller run
#   PORT=19090 KEEP=1 bench/import/run.sh   other port; keep the /tmp folder (files, server log)
#   WARMUP=100000 bench/import/run.sh   first import 100,000 other people, so the measured imports run on a
#                                       JVM that has compiled Derby's and the import's hot code (the table
#                                       then holds that many more rows)
#
# Needs: java 17, maven (the WAR is built by payara/run.sh when missing), curl. Results: docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
STAFF="${1:-100000}"
SCHOOLS="${2:-3500}"
PORT="${PORT:-18080}"
BASE="http://localhost:$PORT"
WORK="$(mktemp -d /tmp/taphuan-import-bench.XXXXXX)"

java bench/import/GenerateRoster.java "$WORK" "$STAFF" "$SCHOOLS"
if [ -n "${WARMUP:-}" ]; then java bench/import/GenerateRoster.java "$WORK" "$WARMUP" "$SCHOOLS" WU; fi

DATA_DIR="$WORK/data" PORT="$PORT" payara/run.sh > "$WORK/server.log" 2>&1 &
SERVER=$!
cleanup() {
  kill "$SERVER" 2>/dev/null || true
  wait "$SERVER" 2>/dev/null || true
  if [ -z "${KEEP:-}" ]; then rm -rf "$WORK"; else echo "kept $WORK"; fi
}
trap cleanup EXIT

printf 'waiting for %s/health/ready ' "$BASE"
for _ in $(seq 1 180); do
  if curl -sf "$BASE/health/ready" > /dev/null; then break; fi
  printf '.'; sleep 1
done
curl -sf "$BASE/health/ready" > /dev/null || { echo " not ready; see $WORK/server.log"; KEEP=1; exit 1; }
echo " ready"

# one session (cookie + CSRF token): HTTP Basic would run the slow password hash on every poll
curl -s -c "$WORK/cookies" -o /dev/null -d "username=admin&password=demo-2024" "$BASE/api/auth/login"
TOKEN="$(curl -s -b "$WORK/cookies" "$BASE/api/auth/me" | sed -n 's/.*"csrfToken":"\([^"]*\)".*/\1/p')"

field() { sed -n "s/.*\"$1\":\"\{0,1\}\([^,\"}]*\).*/\1/p" | head -1; }

# CPU seconds the service process has used so far: unlike elapsed time, this does not grow when other
# work on the machine takes the cores away
TICKS="$(getconf CLK_TCK)"
cpu() { awk -v t="$TICKS" '{printf "%.2f", ($14 + $15) / t}' "/proc/$SERVER/stat"; }
# seconds the import's thread (Jakarta Concurrency's default executor, threads "concurrent/__default…") was
# ready to run but waited for a core: how much the other work on the machine stretched the elapsed time
# (field 2 of schedstat; field 1 is the time it ran)
importThread() {
  local t s=0
  for t in /proc/"$SERVER"/task/*; do
    case "$(cat "$t/comm" 2>/dev/null)" in concurrent/*) s=$((s + $(cut -d' ' -f"$1" "$t/schedstat" 2>/dev/null || echo 0))) ;; esac
  done
  echo "scale=2; $s / 1000000000" | bc
}

# import KIND FILE LABEL: uploads, polls until done, prints the times and the counts
import() {
  local kind="$1" file="$2" label="$3" start end id job phase cpu0 ran0 wait0
  cpu0=$(cpu); ran0=$(importThread 1); wait0=$(importThread 2)
  start=$(date +%s.%N)
  job=$(curl -s -b "$WORK/cookies" -H "X-CSRF-Token: $TOKEN" -H "Content-Type: text/csv" \
        --data-binary "@$file" "$BASE/api/imports/$kind?async=true&name=$(basename "$file")")
  id=$(echo "$job" | field id)
  [ -n "$id" ] || { echo "upload refused: $job"; exit 1; }
  while :; do
    job=$(curl -s -b "$WORK/cookies" "$BASE/api/imports/$id")
    phase=$(echo "$job" | field phase)
    case "$phase" in done|failed) break ;; esac
    sleep 0.2
  done
  end=$(date +%s.%N)
  [ "$phase" = done ] || { echo "$label failed: $job"; exit 1; }
  printf '%-34s %6.2f s (server %6.2f s; CPU: process %6.2f s, import thread %6.2f s; import thread waited for a core %6.2f s)  created %6s  updated %6s  unchanged %6s\n' \
    "$label" "$(echo "$end - $start" | bc)" "$(echo "$(echo "$job" | field millis) / 1000" | bc -l)" "$(echo "$(cpu) - $cpu0" | bc)" \
    "$(echo "$(importThread 1) - $ran0" | bc)" "$(echo "$(importThread 2) - $wait0" | bc)" \
    "$(echo "$job" | field created)" "$(echo "$job" | field updated)" "$(echo "$job" | field unchanged)"
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "files: $(du -h "$WORK/schools.csv" | cut -f1) schools.csv, $(du -h "$WORK/staff.csv" | cut -f1) staff.csv"
import schools "$WORK/schools.csv" "schools ($SCHOOLS rows)"
if [ -n "${WARMUP:-}" ]; then import staff "$WORK/staff-WU.csv" "warm-up: other staff ($WARMUP rows)"; fi
import staff "$WORK/staff.csv" "staff, first import ($STAFF rows)"
import staff "$WORK/staff.csv" "staff, re-import ($STAFF rows)"
# every tenth person changes category (employee <-> other): the change a principal could make to move the figure
awk -F, -v OFS=, 'NR > 1 && NR % 10 == 0 { $4 = ($4 == "Viên chức") ? "Khác" : "Viên chức" } { print }' \
  "$WORK/staff.csv" > "$WORK/staff-changed.csv"
import staff "$WORK/staff-changed.csv" "staff, 10% change category ($STAFF rows)"
grep -o "Import .*ms)" "$WORK/server.log" | tail -3 | sed "s/^/server log: /" || true
audit=$(curl -s -b "$WORK/cookies" "$BASE/api/audit?size=1")
echo "audit entries: $(echo "$audit" | sed -n 's/.*"total":\([0-9]*\).*/\1/p' | grep . || echo "n/a (a build without the audit log)")"
echo "service RSS after imports: $(ps -o rss= -p "$SERVER" | awk '{printf "%d MiB", $1/1024}'); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
