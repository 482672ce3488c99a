#!/usr/bin/env bash
# Runs the service on Payara Micro with embedded Derby.
#   payara/run.sh            demo district, data in ./data, http://localhost:8080/
#   PORT=9090 DATA_DIR=/srv/taphuan DEMO=false payara/run.sh
# Builds the WAR first when it is missing or older than the sources.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${PORT:-8080}"
DATA_DIR="${DATA_DIR:-$PWD/data}"
DEMO="${DEMO:-true}"
BASE_IRI="${TAPHUAN_BASE_IRI:-http://localhost:$PORT/}"

if [ ! -f target/taphuan.war ] || [ ! -f target/payara-micro.jar ] \
   || [ -n "$(find src courses pom.xml -newer target/taphuan.war -print -quit)" ]; then
  mvn -B -q -DskipTests package dependency:copy@copy-payara-micro
fi
mkdir -p "$DATA_DIR"
echo "Starting Tập huấn on http://localhost:$PORT/ (data in $DATA_DIR, demo=$DEMO)"
# Derby's transaction log buffers: 1 MB instead of 32 KB, so a writer that fills one does not wait for a disk write
# while it holds a page latch (every commit still waits for its own log flush: durability is unchanged; see
# docs/performance.md, "Learner pages and quiz")
exec java -Dfile.encoding=UTF-8 -Xmx512m \
  -Dderby.system.home="$DATA_DIR" -Dderby.stream.error.file="$DATA_DIR/derby.log" -Dderby.storage.logBufferSize=1048576 \
  -Dtaphuan.data.dir="$DATA_DIR" -Dtaphuan.demo="$DEMO" -Dtaphuan.base.iri="$BASE_IRI" \
  -jar target/payara-micro.jar \
  --nocluster --disablephonehome --port "$PORT" --contextroot / \
  --prebootcommandfile payara/pre-boot-commands.txt \
  --deploy target/taphuan.war
