#!/usr/bin/env bash
# Runs the service on Payara Micro with embedded Derby.
#   payara/run.sh            demo district, data in ./data, http://localhost:8080/
#   PORT=9090 DATA_DIR=/srv/taphuan DEMO=false payara/run.sh
#   ADDRESS=0.0.0.0 payara/run.sh   # listen on every interface (default: loopback only, behind a proxy on the machine)
# Builds the WAR first when it is missing or older than the sources. HEAP (1g) as payara/cluster.sh; JAVA_OPTS are
# added to the JVM's options (e.g. JAVA_OPTS=-Xlog:cds to see whether the class archive was used).
# Start-up (issue 16, docs/operations.md "Start-up"): one instance needs no Hazelcast (--nohazelcast); G1 from a small
# heap that grows with the live data (the serial collector started faster and smaller but was slower once warm: 100
# learners' quiz submits p99 396 ms against G1's 57, flat out 103/s against 126/s); the classes a start loads are
# archived (AppCDS, payara/cds.sh) when the service stops, and later starts map that archive instead.
# The heap is compacted once before the port opens (platform/HeapAtReady) and keeps at most 30% free after a full
# collection (MaxHeapFreeRatio), so the start-up work's garbage goes back to the system: RSS once ready −80 MiB.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${PORT:-8080}"
DATA_DIR="${DATA_DIR:-$PWD/data}"
DEMO="${DEMO:-true}"
ADDRESS="${ADDRESS:-127.0.0.1}"
BASE_IRI="${TAPHUAN_BASE_IRI:-http://localhost:$PORT/}"

if [ ! -f target/taphuan.war ] || [ ! -f target/payara-micro.jar ] \
   || [ -n "$(find src courses pom.xml -newer target/taphuan.war -print -quit)" ]; then
  mvn -B -q -DskipTests package dependency:copy@copy-payara-micro
fi
mkdir -p "$DATA_DIR"
DATA_DIR=$(realpath "$DATA_DIR")
# Payara's runtime folder inside the data folder, emptied at each start (nothing left in /tmp after a kill -9; a kept
# folder would also deploy the previous start's application a second time)
rm -rf "$DATA_DIR/payara"; mkdir -p "$DATA_DIR/payara"
# shellcheck source=payara/cds.sh
. payara/cds.sh
cds_options "$DATA_DIR/cds" target/taphuan.war target/payara-micro.jar
echo "Starting Tập huấn on http://$ADDRESS:$PORT/ (data in $DATA_DIR, demo=$DEMO; $CDS_STATE)"
# the HTTP port opens once the WAR is deployed (docs/decisions/0008-zero-downtime-restarts.md)
# shellcheck disable=SC2086  # the option lists are split on purpose
exec java -Dfile.encoding=UTF-8 -Xms64m -Xmx"${HEAP:-1g}" -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 $CDS_OPTS ${JAVA_OPTS:-} -Dtaphuan.http.address="$ADDRESS" \
  -Dderby.system.home="$DATA_DIR" -Dderby.stream.error.file="$DATA_DIR/derby.log" \
  -Dtaphuan.data.dir="$DATA_DIR" -Dtaphuan.demo="$DEMO" -Dtaphuan.base.iri="$BASE_IRI" \
  -jar target/payara-micro.jar \
  --nohazelcast --disablephonehome --port "$PORT" --contextroot / --rootdir "$DATA_DIR/payara" \
  --prebootcommandfile payara/pre-boot-instance.txt --postdeploycommandfile payara/post-deploy-commands.txt \
  --deploy target/taphuan.war
