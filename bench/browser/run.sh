#!/usr/bin/env bash
# What a person waits for in the browser on a phone (docs/performance.md, "In the browser on a phone"): starts a fresh
# demo service (its own data folder and port, the real password hashing: sign-in is one of the figures), runs
# BrowserBench.java with Debian's chromium + chromium-driver through Selenium (from the test classpath), stops it.
#   bench/browser/run.sh [runs=10] [cpuRate=4]
# Prints per run and then median, p95 and max of: sign-in → my courses, quiz submit → result, principal's school
# report → first chart (first visit and again), at 360 × 740 with the CPU slowed cpuRate× (DevTools throttling).
set -euo pipefail
cd "$(dirname "$0")/../.."
PORT="${PORT:-8096}"
OUT="$PWD/target/bench-browser"
mkdir -p "$OUT"
if [ ! -f target/taphuan.war ] || [ ! -f target/payara-micro.jar ] || [ -n "$(find src courses pom.xml -newer target/taphuan.war -print -quit)" ]; then
  mvn -B -q -o -DskipTests package dependency:copy@copy-payara-micro
fi
[ -s "$OUT/cp.txt" ] && [ "$OUT/cp.txt" -nt pom.xml ] || mvn -B -q -o dependency:build-classpath -Dmdep.outputFile="$OUT/cp.txt" -Dmdep.includeScope=test >/dev/null
if curl -s -o /dev/null "http://localhost:$PORT/"; then echo "port $PORT is in use; set PORT=…"; exit 1; fi
DATA="$(mktemp -d)"
java ${JAVA_OPTS:-} -Dfile.encoding=UTF-8 -Xmx${HEAP:-1g} -Dderby.system.home="$DATA" -Dderby.stream.error.file="$DATA/derby.log" \
  -Dtaphuan.data.dir="$DATA" -Dtaphuan.demo=true -Dtaphuan.base.iri="http://localhost:$PORT/" \
  -jar target/payara-micro.jar --nocluster --disablephonehome --port "$PORT" --contextroot / \
  --prebootcommandfile payara/pre-boot-commands.txt --deploy target/taphuan.war > "$DATA/service.log" 2>&1 &
SERVICE=$!
stop() {
  kill "$SERVICE" 2>/dev/null || true
  for _ in $(seq 1 30); do kill -0 "$SERVICE" 2>/dev/null || break; sleep 1; done
  kill -9 "$SERVICE" 2>/dev/null || true
  [ -n "${KEEP:-}" ] && echo "service data and log kept in $DATA" || rm -rf "$DATA"
}
trap stop EXIT
for _ in $(seq 1 300); do
  # ready when the application itself answers with the demo data (health/ready can answer before the WAR is deployed)
  if curl -fs -u admin:demo-2024 "http://localhost:$PORT/api/programmes" > /dev/null 2>&1; then break; fi
  if ! kill -0 "$SERVICE" 2>/dev/null; then echo "service died, see $DATA/service.log"; KEEP=1; exit 1; fi
  sleep 1
done
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(/usr/bin/chromium --version 2>/dev/null || echo 'chromium missing')"
java -Dfile.encoding=UTF-8 -cp "$(cat "$OUT/cp.txt")" bench/browser/BrowserBench.java "http://localhost:$PORT/" "${1:-10}" "${2:-4}"
