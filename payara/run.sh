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
exec java -Dfile.encoding=UTF-8 -Xmx1g \
  -Dderby.system.home="$DATA_DIR" -Dderby.stream.error.file="$DATA_DIR/derby.log" \
  -Dtaphuan.data.dir="$DATA_DIR" -Dtaphuan.demo="$DEMO" -Dtaphuan.base.iri="$BASE_IRI" \
  -jar target/payara-micro.jar \
  --nocluster --disablephonehome --port "$PORT" --contextroot / \
  --prebootcommandfile payara/pre-boot-commands.txt \
  --deploy target/taphuan.war
