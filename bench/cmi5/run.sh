#!/usr/bin/env bash
# cmi5 launch benchmark (issue 15, docs/performance.md "xAPI"): starts the packaged demo service on port 18092 (its own
# data folder under target/bench-cmi5, cheap password hashing: sign-in cost is not what is measured), imports the test
# suite's sample cmi5 package and times launches of its first AU as the learner GV00002 (bench/cmi5/Cmi5Bench.java).
#   bench/cmi5/run.sh [launches=50]
set -euo pipefail
cd "$(dirname "$0")/../.."
DIR=target/bench-cmi5
rm -rf "$DIR"; mkdir -p "$DIR"
[ -f target/taphuan.war ] && [ -f target/payara-micro.jar ] || mvn -B -q -DskipTests package dependency:copy@copy-payara-micro
PID=$(bench/xapi/service.sh 18092 "$DIR" -Dtaphuan.password.iterations=1000)
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null || true' EXIT
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
java -Dfile.encoding=UTF-8 bench/cmi5/Cmi5Bench.java http://localhost:18092/ "${1:-50}"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
