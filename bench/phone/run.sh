#!/usr/bin/env bash
# Phone figures of issue 13 (docs/performance.md): the principal's school report to its first chart, at 360×740 with
# the CPU slowed 4×, first visit. Starts a fresh demo service (own data folder and port), runs PhoneBench.java with
# the test classpath (testing/Browser: Debian chromium + chromium-driver), stops the service.
#   bench/phone/run.sh [runs=5]
set -euo pipefail
cd "$(dirname "$0")/../.."
PORT="${PORT:-8099}"
DATA="$(mktemp -d)"
[ -f target/taphuan.war ] && [ -f target/payara-micro.jar ] && [ -d target/test-classes ] \
  || mvn -B -q -o -DskipTests package test-compile dependency:copy@copy-payara-micro
mvn -B -q -o dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
java ${JAVA_OPTS:-} -Dfile.encoding=UTF-8 -Xmx${HEAP:-1g} -Dderby.system.home="$DATA" -Dderby.stream.error.file="$DATA/derby.log" \
  -Dtaphuan.data.dir="$DATA" -Dtaphuan.demo=true -Dtaphuan.base.iri="http://localhost:$PORT/" \
  -jar target/payara-micro.jar --nocluster --disablephonehome --port "$PORT" --contextroot / \
  --prebootcommandfile payara/pre-boot-commands.txt --deploy target/taphuan.war > "$DATA/service.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null; [ -n "${KEEP:-}" ] || rm -rf "$DATA"' EXIT
for _ in $(seq 1 600); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$PORT/health/ready")" = 200 ] && break
  sleep 0.2
done
java -Dfile.encoding=UTF-8 -cp "target/test-classes:$(cat target/test-classpath.txt)" bench/phone/PhoneBench.java "http://localhost:$PORT/" "${1:-5}"
