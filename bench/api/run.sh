#!/usr/bin/env bash
# API requests with HTTP Basic: starts a fresh demo service (bench/xapi/service.sh; real password hashing), runs
# BasicBench.java, stops it.
#   bench/api/run.sh [requests=200] [clients=8]
set -euo pipefail
cd "$(dirname "$0")/../.."
PORT="${PORT:-8096}"
DATA="$(mktemp -d)"
[ -f target/taphuan.war ] && [ -f target/payara-micro.jar ] || mvn -B -q -DskipTests package dependency:copy@copy-payara-micro
PID=$(bench/xapi/service.sh "$PORT" "$DATA")
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null; rm -rf "$DATA"' EXIT
java -Dfile.encoding=UTF-8 bench/api/BasicBench.java "http://localhost:$PORT/" "${1:-200}" "${2:-8}"
