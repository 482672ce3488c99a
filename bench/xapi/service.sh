#!/usr/bin/env bash
# Starts the packaged service for the xAPI benchmarks (like payara/run.sh, plus a 100 MB Derby page cache and the
# forwarding settings passed in EXTRA) and waits until the LRS answers.
#   bench/xapi/service.sh PORT DATA_DIR [EXTRA_JAVA_OPTIONS...]    prints the process id
set -euo pipefail
cd "$(dirname "$0")/../.."
PORT="$1"; DATA="$2"; shift 2
mkdir -p "$DATA"
setsid java -Dfile.encoding=UTF-8 -Xmx768m -Dderby.storage.pageCacheSize=25000 \
  -Dderby.system.home="$DATA" -Dderby.stream.error.file="$DATA/derby.log" \
  -Dtaphuan.data.dir="$DATA" -Dtaphuan.demo=true -Dtaphuan.base.iri="http://localhost:$PORT/" "$@" \
  -jar target/payara-micro.jar --nocluster --disablephonehome --port "$PORT" --contextroot / \
  --prebootcommandfile payara/pre-boot-commands.txt --deploy target/taphuan.war > "$DATA/service.log" 2>&1 &
PID=$!
for _ in $(seq 1 200); do
  if curl -sf -o /dev/null "http://localhost:$PORT/xapi/about"; then echo "$PID"; exit 0; fi
  sleep 1
done
echo "service on port $PORT did not start; see $DATA/service.log" >&2; exit 1
