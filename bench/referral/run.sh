#!/usr/bin/env bash
# The referral directory at city scale: starts a fresh demo service (bench/xapi/service.sh), runs ReferralBench.java
# (imports schools and a directory for them, then times the gap checklist, a learner's lesson contacts and the
# listing), stops it.
#   bench/referral/run.sh [schools=3500] [wards=170] [requests=200] [clients=8]
set -euo pipefail
cd "$(dirname "$0")/../.."
PORT="${PORT:-8097}"
DATA="$(mktemp -d)"
[ -f target/taphuan.war ] && [ -f target/payara-micro.jar ] || mvn -B -q -DskipTests package dependency:copy@copy-payara-micro
PID=$(bench/xapi/service.sh "$PORT" "$DATA")
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null; rm -rf "$DATA"' EXIT
java -Dfile.encoding=UTF-8 bench/referral/ReferralBench.java "http://localhost:$PORT/" "${1:-3500}" "${2:-170}" "${3:-200}" "${4:-8}"
