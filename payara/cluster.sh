#!/usr/bin/env bash
# Two Payara Micro instances forming one Hazelcast cluster (TCP/IP discovery on loopback) on PostgreSQL,
# behind nginx. Sessions are replicated by the cluster, so a learner whose instance dies continues on the other.
#   TAPHUAN_DB_PASSWORD=… payara/cluster.sh start   # LB on http://localhost:8080/, instances on 8081 and 8082
#   payara/cluster.sh status                        # which processes run, cluster size, readiness
#   payara/cluster.sh kill A                        # kill -9 one instance (A or B), for failover drills
#   payara/cluster.sh start A                       # start (again) one instance; it rejoins the cluster
#   payara/cluster.sh stop                          # stop nginx and both instances
# Database: TAPHUAN_DB_* (docs/operations.md); default a local PostgreSQL database "taphuan" (user taphuan).
# Ports: LB_PORT, PORT_A, PORT_B (HTTP), HZ_A, HZ_B (cluster, default 6900/6901). Logs and pids in CLUSTER_DIR.
# Other settings pass through as TAPHUAN_* environment variables (e.g. TAPHUAN_XAPI_FORWARD_TARGETS); HEAP (512m).
set -euo pipefail
cd "$(dirname "$0")/.."
RUN="${CLUSTER_DIR:-/tmp/taphuan-cluster}"
LB_PORT="${LB_PORT:-8080}"; PORT_A="${PORT_A:-8081}"; PORT_B="${PORT_B:-8082}"
HZ_A="${HZ_A:-6900}"; HZ_B="${HZ_B:-6901}"
export TAPHUAN_DB_CLASS="${TAPHUAN_DB_CLASS:-org.postgresql.ds.PGSimpleDataSource}"
export TAPHUAN_DB_HOST="${TAPHUAN_DB_HOST:-localhost}" TAPHUAN_DB_PORT="${TAPHUAN_DB_PORT:-5432}"
export TAPHUAN_DB_NAME="${TAPHUAN_DB_NAME:-taphuan}" TAPHUAN_DB_USER="${TAPHUAN_DB_USER:-taphuan}"
export TAPHUAN_BASE_IRI="${TAPHUAN_BASE_IRI:-http://localhost:$LB_PORT/}"

port_of() { [ "$1" = A ] && echo "$PORT_A" || echo "$PORT_B"; }
hz_of() { [ "$1" = A ] && echo "$HZ_A" || echo "$HZ_B"; }
alive() { [ -f "$RUN/$1.pid" ] && kill -0 "$(cat "$RUN/$1.pid")" 2>/dev/null; }

instance() {  # A or B
  local name=$1
  : "${TAPHUAN_DB_PASSWORD:?set TAPHUAN_DB_PASSWORD (the database password)}"
  export TAPHUAN_DB_PASSWORD
  if alive "$name"; then echo "instance $name already runs (pid $(cat "$RUN/$name.pid"))"; return 0; fi
  mkdir -p "$RUN/$name"
  # both instances list both members: whichever starts first waits for the other on its fixed cluster port
  java -Dfile.encoding=UTF-8 -Xmx"${HEAP:-512m}" -Dtaphuan.demo="${DEMO:-true}" -Dtaphuan.data.dir="$RUN/$name" \
    -jar target/payara-micro.jar --deploy target/taphuan.war --contextroot / --port "$(port_of "$name")" \
    --name "$name" --clustername "${CLUSTER_NAME:-taphuan}" \
    --clustermode "tcpip:127.0.0.1:$HZ_A,127.0.0.1:$HZ_B" --startport "$(hz_of "$name")" --interfaces 127.0.0.1 \
    --disablephonehome --prebootcommandfile payara/pre-boot-commands.txt > "$RUN/$name.log" 2>&1 &
  echo $! > "$RUN/$name.pid"
}

wait_ready() {  # A or B
  local port; port=$(port_of "$1")
  for _ in $(seq 1 240); do
    curl -sf "http://localhost:$port/health/ready" > /dev/null && { echo "instance $1 ready on $port"; return 0; }
    alive "$1" || { echo "instance $1 exited; see $RUN/$1.log" >&2; return 1; }
    sleep 1
  done
  echo "instance $1 did not become ready; see $RUN/$1.log" >&2; return 1
}

balancer() {
  command -v nginx > /dev/null || { echo "nginx is missing (apt-get install nginx-light)" >&2; return 1; }
  if [ -f "$RUN/nginx/nginx.pid" ] && kill -0 "$(cat "$RUN/nginx/nginx.pid")" 2>/dev/null; then return 0; fi
  # nginx workers drop root to "nobody": the folders they buffer request bodies into must be writable for them
  mkdir -p "$RUN/nginx/logs" "$RUN/nginx/tmp"; chmod 1777 "$RUN/nginx/tmp"
  sed -e "s/LB_A/$PORT_A/; s/LB_B/$PORT_B/; s/LB_PORT/$LB_PORT/" payara/nginx.conf > "$RUN/nginx/nginx.conf"
  nginx -p "$RUN/nginx/" -c nginx.conf -e logs/error.log
}

case "${1:-start}" in
  start)
    [ -f target/taphuan.war ] && [ -f target/payara-micro.jar ] || mvn -B -q -DskipTests package dependency:copy@copy-payara-micro
    if [ -n "${2:-}" ]; then instance "$2"; wait_ready "$2"; exit 0; fi
    instance A
    wait_ready A          # A migrates and seeds first; B then finds the schema ready (and would wait its turn anyway)
    instance B
    wait_ready B
    balancer
    echo "cluster ready: http://localhost:$LB_PORT/ (A on $PORT_A, B on $PORT_B, logs in $RUN)"
    ;;
  status)
    for n in A B; do
      if alive "$n"; then
        ready=$(curl -s -o /dev/null -w "%{http_code}" "http://localhost:$(port_of "$n")/health/ready" || true)
        size=$(grep -o "DG Size: [0-9]*" "$RUN/$n.log" | tail -n1 || true)
        echo "$n: pid $(cat "$RUN/$n.pid"), port $(port_of "$n"), /health/ready $ready, ${size:-cluster not formed yet}"
      else
        echo "$n: not running"
      fi
    done
    if [ -f "$RUN/nginx/nginx.pid" ] && kill -0 "$(cat "$RUN/nginx/nginx.pid")" 2>/dev/null; then
      echo "nginx: pid $(cat "$RUN/nginx/nginx.pid"), http://localhost:$LB_PORT/"
    else
      echo "nginx: not running"
    fi
    ;;
  stop)
    [ -f "$RUN/nginx/nginx.pid" ] && nginx -p "$RUN/nginx/" -c nginx.conf -e logs/error.log -s stop 2>/dev/null || true
    for n in A B; do
      if alive "$n"; then
        pid=$(cat "$RUN/$n.pid"); kill "$pid"
        for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
      fi
      rm -f "$RUN/$n.pid"
    done
    ;;
  kill)
    name="${2:?A or B}"
    alive "$name" && kill -9 "$(cat "$RUN/$name.pid")" && echo "instance $name killed (kill -9)"
    rm -f "$RUN/$name.pid"
    ;;
  *) echo "usage: $0 start [A|B] | status | stop | kill A|B" >&2; exit 2 ;;
esac
