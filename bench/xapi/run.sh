#!/usr/bin/env bash
# xAPI benchmarks for docs/performance.md ("xAPI: ingest, queries, forwarding"). Takes 30-60 minutes; needs the
# packaged service (mvn package) and free ports 18090/18091. Prints one line per figure.
#   bench/xapi/run.sh [statements-for-the-query-test (default 1000000)]
#   PARTS="ingest" bench/xapi/run.sh      (only some parts: any of ingest, queries, forwarding, attachments, state)
# 1. ingest: POST single statements and batches of 10/100 from 4 and 16 concurrent clients, 30 s each;
# 2. queries: BulkLoad fills a stopped service's Derby with N profile-like statements, then filtered GETs;
# 3. forwarding: 20,000 statements wait in the outbox while the external LRS (a second instance) is down; then it
#    starts and the outbox drains;
# 4. attachments: 200 statements each with a fresh 1 MB attachment POSTed as multipart/mixed, each read back with
#    attachments=true (AttachmentBench);
# 5. state: 100 learners each saving a bookmark in the State resource every 5 s and reading it back, 60 s (StateBench).
set -euo pipefail
cd "$(dirname "$0")/../.."
N="${1:-1000000}"
WORK="${BENCH_DIR:-target/bench-xapi}"
rm -rf "$WORK"; mkdir -p "$WORK"
[ -f target/taphuan.war ] || mvn -B -q -o package -DskipTests
mvn -B -q -o dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" -Dmdep.includeScope=test >/dev/null
CP="target/classes:$(cat "$WORK/cp.txt")"
javac -d "$WORK/classes" -cp "$CP" bench/xapi/XapiBench.java bench/xapi/BulkLoad.java bench/xapi/AttachmentBench.java bench/xapi/StateBench.java
BENCH="java -cp $WORK/classes:$CP XapiBench"
stop() { kill "$1"; while kill -0 "$1" 2>/dev/null; do sleep 1; done; }
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"

PARTS="${PARTS:-ingest queries forwarding attachments state}"
if [[ "$PARTS" == *ingest* ]]; then
echo "== ingest"
PID=$(bench/xapi/service.sh 18090 "$WORK/ingest")
for c in 4 16; do for b in 1 10 100; do $BENCH ingest http://localhost:18090/ $c $b 30; done; done
stop "$PID"
fi

if [[ "$PARTS" == *queries* ]]; then
echo "== queries over $N statements"
PID=$(bench/xapi/service.sh 18090 "$WORK/query"); stop "$PID"
java -Xmx1g -cp "$WORK/classes:$CP" BulkLoad "$WORK/query/db" "$N" 18090
PID=$(bench/xapi/service.sh 18090 "$WORK/query")
$BENCH query http://localhost:18090/ $((N / 10)) 200
stop "$PID"
fi

if [[ "$PARTS" == *forwarding* ]]; then
echo "== forwarding to a second instance"
FWD=(-Dtaphuan.xapi.forward.targets=ext -Dtaphuan.xapi.forward.ext.endpoint=http://localhost:18091/xapi/
     -Dtaphuan.xapi.forward.ext.key=demo-lrs-key -Dtaphuan.xapi.forward.ext.secret=demo-lrs-secret-2024
     -Dtaphuan.xapi.forward.max-backoff-seconds=2)
PID=$(bench/xapi/service.sh 18090 "$WORK/forward-a" "${FWD[@]}")
$BENCH load http://localhost:18090/ 20000 4
EXT=$(bench/xapi/service.sh 18091 "$WORK/forward-b")
$BENCH drain http://localhost:18090/ admin demo-2024
stop "$PID"; stop "$EXT"
fi
alone() {  # part name, then the benchmark's main class and arguments: one fresh service for it alone
  local name=$1 pid; shift
  echo "== $name"
  pid=$(bench/xapi/service.sh 18090 "$WORK/$name")
  echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
  java -cp "$WORK/classes:$CP" "$@"
  stop "$pid"
}
if [[ "$PARTS" == *attachments* ]]; then alone attachments AttachmentBench http://localhost:18090/ 200 1024; fi
if [[ "$PARTS" == *state* ]]; then alone state StateBench http://localhost:18090/ 100 60; fi
echo "machine load after: $(cut -d' ' -f1-3 /proc/loadavg)"
