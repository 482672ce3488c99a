#!/usr/bin/env bash
# Learner pages and quiz under 100 concurrent learners: starts a fresh demo service (its own data folder and port,
# cheap password hashing because sign-in cost is not what is measured here), runs LearningBench.java, stops it.
#   bench/learning/run.sh [learners=100] [lessonRequests=50] [quizzes=5] [runningQuizzes=20]
# Audit (issue 11): every signed-in request here passes the sign-in mechanism, which names the actor for the audit
# log (security/control/AuditActors: a request attribute, the school looked up only if an entry is written); a quiz
# submit writes no audit entry (its trail is the xAPI statement in the same transaction). To see what the audit adds
# to a quiz submit, run this script on a build before the audit and on one after it, on the same quiet machine.
set -euo pipefail
cd "$(dirname "$0")/../.."
PORT="${PORT:-8098}"
DATA="$(mktemp -d)"
[ -f target/taphuan.war ] && [ -f target/payara-micro.jar ] || mvn -B -q -DskipTests package dependency:copy@copy-payara-micro
# the service as payara/run.sh starts it (same heap; Derby engine settings from platform/DerbyTuning)
java ${JAVA_OPTS:-} -Dfile.encoding=UTF-8 -Xmx${HEAP:-1g} -Dderby.system.home="$DATA" -Dderby.stream.error.file="$DATA/derby.log" \
  -Dtaphuan.data.dir="$DATA" -Dtaphuan.demo=true -Dtaphuan.password.iterations=1000 -Dtaphuan.base.iri="http://localhost:$PORT/" \
  -jar target/payara-micro.jar --nocluster --disablephonehome --port "$PORT" --contextroot / \
  --prebootcommandfile payara/pre-boot-commands.txt --deploy target/taphuan.war > "$DATA/service.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null; [ -n "${KEEP:-}" ] || rm -rf "$DATA"' EXIT
for _ in $(seq 1 600); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$PORT/health/ready")" = 200 ] && break
  sleep 0.2
done
java -Dfile.encoding=UTF-8 bench/learning/LearningBench.java "http://localhost:$PORT/" "${1:-100}" "${2:-50}" "${3:-5}" "${4:-20}"
