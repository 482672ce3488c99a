#!/usr/bin/env bash
# The operator's drill of payara/cluster.sh, end to end on one machine (docs/operations.md, "Try it on one machine"):
# starts the two-instance cluster on an empty PostgreSQL database, keeps a steady probe running through nginx (a signed-in
# learner's API call, /health/ready, an LRS POST with its own statement id: three requests every ≈0.1 s), runs the
# steps asked for, stops the cluster, and prints every request that did not answer 2xx (the goal: none).
#   su postgres -c "psql -c 'CREATE DATABASE taphuan_cluster OWNER taphuan'"    # once (the drill empties it itself)
#   TAPHUAN_DB_PASSWORD=taphuan flock -o /work/wt/it.lock bench/cluster/drill.sh restart upgrade
# Steps, in the order given (default "restart upgrade"):
#   restart    cluster.sh restart           (A then B: drained, stopped, started, put back)
#   upgrade    cluster.sh upgrade           after touching the sources: the WAR is rebuilt while both instances run
#   next       cluster.sh upgrade NEXT.war  a WAR with one more, additive migration (V9001, as FailoverIT's): both
#                                           instances must report it as their schemaVersion afterwards
#   kill       cluster.sh kill A, then cluster.sh start A (a crash and its restart)
# Environment: TAPHUAN_DB_NAME (taphuan_cluster; emptied first unless KEEP_DB=true), LB_PORT/PORT_A/PORT_B/HZ_A/HZ_B
# (18480/18481/18482/18490/18491, away from the usual 8080), CLUSTER_DIR (target/cluster-drill). Needs `su postgres`
# to empty the database. `flock -o`: the instances run in the background and must not inherit the lock.
set -euo pipefail
cd "$(dirname "$0")/../.."
export TAPHUAN_DB_NAME="${TAPHUAN_DB_NAME:-taphuan_cluster}"
export LB_PORT="${LB_PORT:-18480}" PORT_A="${PORT_A:-18481}" PORT_B="${PORT_B:-18482}" HZ_A="${HZ_A:-18490}" HZ_B="${HZ_B:-18491}"
export CLUSTER_DIR="${CLUSTER_DIR:-$PWD/target/cluster-drill}"
export CLUSTER_NAME="${CLUSTER_NAME:-drill-$RANDOM$RANDOM}"
: "${TAPHUAN_DB_PASSWORD:?set TAPHUAN_DB_PASSWORD}"
LB="http://127.0.0.1:$LB_PORT/"
LEARNER="${LEARNER:-GV00002}"; PASSWORD="${PASSWORD:-demo-2024}"; LRS="${LRS:-demo-lrs-key:demo-lrs-secret-2024}"
W="$CLUSTER_DIR/drill"
[ $# -gt 0 ] || set -- restart upgrade
steps=("$@")
stamp() { date -u +%T; }
say() { echo "drill $(stamp) $*"; }

mkdir -p "$CLUSTER_DIR"; rm -rf "$W"; mkdir -p "$W"
if [ "${KEEP_DB:-false}" != true ]; then
  say "emptying database $TAPHUAN_DB_NAME"
  su postgres -c "psql -qAt -v ON_ERROR_STOP=1 -d $TAPHUAN_DB_NAME -c 'DROP SCHEMA public CASCADE' -c 'CREATE SCHEMA public AUTHORIZATION ${TAPHUAN_DB_USER:-taphuan}'"
fi

cleanup() { touch "$W/probe.stop"; payara/cluster.sh stop > /dev/null 2>&1 || true; }
trap cleanup EXIT

say "cluster.sh start"
t0=$(date +%s); payara/cluster.sh start; say "started in $(( $(date +%s) - t0 )) s"
payara/cluster.sh status

# the probe: one learner's session for the whole drill, its CSRF token read once and compared at the end
curl -s -c "$W/cookies" -b "$W/cookies" -o /dev/null -w "%{http_code}\n" \
  --data-urlencode "username=$LEARNER" --data-urlencode "password=$PASSWORD" "${LB}api/auth/login" > "$W/signin"
csrf() { curl -s -b "$W/cookies" "${LB}api/auth/me" | sed -nE 's/.*"csrfToken":"([^"]*)".*/\1/p'; }
before=$(csrf)
[ "$(cat "$W/signin")" = 303 ] && [ -n "$before" ] || { say "sign-in as $LEARNER failed: $(cat "$W/signin")"; exit 1; }
one() {  # what, curl arguments...
  local what=$1 code; shift
  code=$(curl -s -o /dev/null -w "%{http_code}" --max-time 60 "$@" || true)
  echo "$(date -u +%T.%N | cut -c1-12) $what $code" >> "$W/probe.log"
}
probe() {
  while [ ! -f "$W/probe.stop" ]; do
    one "GET api/auth/me" -b "$W/cookies" "${LB}api/auth/me"
    one "GET health/ready" "${LB}health/ready"
    one "POST xapi/statements" -u "$LRS" -H "X-Experience-API-Version: 1.0.3" -H "Content-Type: application/json" \
      --data "{\"id\":\"$(cat /proc/sys/kernel/random/uuid)\",\"actor\":{\"objectType\":\"Agent\",\"mbox\":\"mailto:probe@example.org\"},\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/experienced\"},\"object\":{\"id\":\"http://example.org/activities/probe\"}}" \
      "${LB}xapi/statements"
    sleep 0.1
  done
}
probe & probing=$!
sleep 5

next_war() {  # the same WAR with one more, additive migration (FailoverIT.upgradedWar), under the same file name
  local dir="$W/next" m="$W/next/WEB-INF/classes/db/migration"
  mkdir -p "$m"; cp target/taphuan.war "$dir/taphuan.war"
  (cd "$dir" && jar xf taphuan.war WEB-INF/classes/db/migration/index.txt)
  echo "CREATE TABLE upgrade_drill (id INT NOT NULL PRIMARY KEY);" > "$m/V9001__upgrade_drill.sql"
  printf '%s\nV9001__upgrade_drill.sql\n' "$(cat "$m/index.txt")" > "$m/index.txt.new"; mv "$m/index.txt.new" "$m/index.txt"
  (cd "$dir" && jar uf taphuan.war WEB-INF/classes/db/migration/index.txt WEB-INF/classes/db/migration/V9001__upgrade_drill.sql)
  echo "$dir/taphuan.war"
}
schema() { curl -s "http://127.0.0.1:$1/health/ready" | grep -oE '"schemaVersion":"?[0-9]+' | grep -oE '[0-9]+$'; }

for step in "${steps[@]}"; do
  t0=$(date +%s); echo "== $step" >> "$W/probe.log"
  case "$step" in
    restart) say "cluster.sh restart"; payara/cluster.sh restart ;;
    upgrade) say "cluster.sh upgrade (sources touched: rebuilt while both run)"; touch pom.xml; payara/cluster.sh upgrade ;;
    next)
      war=$(next_war); say "cluster.sh upgrade $war"; payara/cluster.sh upgrade "$war"
      a=$(schema "$PORT_A"); b=$(schema "$PORT_B"); say "schemaVersion A $a, B $b"
      [ "$a" = 9001 ] && [ "$b" = 9001 ] || { say "FAILED: the upgrade did not reach both instances"; exit 1; } ;;
    kill) say "cluster.sh kill A; cluster.sh start A"; payara/cluster.sh kill A; sleep 3; payara/cluster.sh start A ;;
    *) echo "unknown step $step (restart, upgrade, next, kill)" >&2; exit 2 ;;
  esac
  say "$step took $(( $(date +%s) - t0 )) s"
  payara/cluster.sh status
done
sleep 3
touch "$W/probe.stop"; wait "$probing" || true
after=$(csrf)

total=$(grep -c ' [0-9][0-9][0-9]$' "$W/probe.log" || true)
failed=$(grep -E ' [0-9]{3}$' "$W/probe.log" | grep -vE ' 2[0-9][0-9]$' || true)
say "probe: $total requests through nginx, $(printf '%s' "$failed" | grep -c . || true) not 2xx"
[ -z "$failed" ] || printf '%s\n' "$failed" | head -n 50
[ "$before" = "$after" ] && say "the learner's session lived through every step (same CSRF token)" \
  || say "FAILED: the learner's session was lost (CSRF token before '$before', after '$after')"
say "cluster.sh stop"; t0=$(date +%s); payara/cluster.sh stop; say "stopped in $(( $(date +%s) - t0 )) s"
trap - EXIT
say "logs: $CLUSTER_DIR/A.log, $CLUSTER_DIR/B.log, probe $W/probe.log; Payara folders left in $CLUSTER_DIR: $(ls "$CLUSTER_DIR"/A "$CLUSTER_DIR"/B 2>/dev/null | tr '\n' ' ')"
[ -z "$failed" ] && [ "$before" = "$after" ]
