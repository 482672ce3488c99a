#!/usr/bin/env bash
# Reporting at city scale (docs/performance.md, "Reporting at city scale").
#   bench/reporting/run.sh [runs]
# 1. builds the WAR if needed;
# 2. generates the city data set (bench/reporting/Generate.java) into target/bench-reporting/db once
#    (about a minute; delete the folder to generate again);
#    STATEMENTS=1000000 bench/reporting/run.sh: then adds xAPI statements until it holds that many (once);
# 3. starts the service on that folder (no demo data) on port 8380 and waits until it is ready;
# 4. times district report, school report, exports, matrix and trend (bench/reporting/Timer.java);
#    FILED=3 bench/reporting/run.sh: also files the district report 3 times and times the filed reports' reads;
# 5. stops the service it started.
# Derby's page cache is raised from its default of 1,000 pages (4 MB) to 40,000 pages (≈160 MB), as a city
# deployment should; the heap is 1 GiB.
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS="${1:-30}"
DIR="$PWD/target/bench-reporting"
PORT="${PORT:-8380}"
if [ ! -f target/taphuan.war ] || [ ! -f target/payara-micro.jar ] || [ -n "$(find src courses pom.xml -newer target/taphuan.war -print -quit)" ]; then
  mvn -B -q -DskipTests package dependency:copy@copy-payara-micro
fi
if [ ! -d "$DIR/db" ]; then
  mkdir -p "$DIR"
  java -cp 'target/taphuan/WEB-INF/lib/*' bench/reporting/Generate.java "$DIR/db"
fi
# STATEMENTS=N: first add xAPI statements until the database holds N (bench/xapi/BulkLoad.java, the rows the LRS
# writes); the reports do not read them, so their times must not change (docs/performance.md)
if [ -n "${STATEMENTS:-}" ]; then
  have=$(cat "$DIR/statements" 2>/dev/null || echo 0)
  if [ "$STATEMENTS" -gt "$have" ]; then
    mvn -B -q -o dependency:build-classpath -Dmdep.outputFile="$DIR/cp.txt" -Dmdep.includeScope=test >/dev/null
    CP="target/classes:$(cat "$DIR/cp.txt")"
    javac -d "$DIR/classes" -cp "$CP" bench/xapi/XapiBench.java bench/xapi/BulkLoad.java
    t0=$(date +%s)
    java -Xmx1g -cp "$DIR/classes:$CP" BulkLoad "$DIR/db" "$((STATEMENTS - have))" "$PORT"
    echo "$STATEMENTS" > "$DIR/statements"
    echo "added $((STATEMENTS - have)) statements in $(( $(date +%s) - t0 )) s"
  fi
fi
echo "statements stored: $(cat "$DIR/statements" 2>/dev/null || echo 0)"
if curl -s -o /dev/null "http://localhost:$PORT/"; then echo "port $PORT is in use; set PORT=…"; exit 1; fi
java -Dfile.encoding=UTF-8 -Xmx1g -Dderby.storage.pageCacheSize=40000 \
  -Dderby.stream.error.file="$DIR/derby.log" -Dtaphuan.data.dir="$DIR" -Dtaphuan.demo=false \
  -jar target/payara-micro.jar --nocluster --disablephonehome --port "$PORT" --contextroot / \
  --prebootcommandfile payara/pre-boot-commands.txt --deploy target/taphuan.war > "$DIR/service.log" 2>&1 &
SERVICE=$!
stop() {
  kill "$SERVICE" 2>/dev/null || return 0
  for _ in $(seq 1 30); do kill -0 "$SERVICE" 2>/dev/null || return 0; sleep 1; done
  kill -9 "$SERVICE" 2>/dev/null || true
}
trap stop EXIT
# up to 10 minutes: the first start on a city database made before V81 fills programme_course_progress
# (≈280,000 rows, ≈3.5 min under load), and the timings must not start on a half-started service
for i in $(seq 1 600); do
  # ready when the application itself answers (health/ready can answer before the WAR is deployed)
  if curl -fs -u admin:bench-2024 "http://localhost:$PORT/api/programmes" > /dev/null 2>&1; then break; fi
  if ! kill -0 $SERVICE 2>/dev/null; then echo "service died, see $DIR/service.log"; exit 1; fi
  sleep 1
done
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
# FILED=N: also file the district report N times and time filed downloads and "changed since filed" (filings stay in
# the database; docs/reporting.md, "Filed reports")
java -Dfiled="${FILED:-0}" bench/reporting/Timer.java "http://localhost:$PORT/" admin bench-2024 "$RUNS" "$SERVICE"
