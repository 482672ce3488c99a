#!/usr/bin/env bash
# Two Payara Micro instances forming one Hazelcast cluster (TCP/IP discovery on loopback) on PostgreSQL,
# behind nginx. Sessions are replicated, so a learner whose instance dies continues on the other.
#   payara/cluster.sh start     # LB on http://localhost:${LB_PORT:-8080}/, instances on 8081 and 8082
#   payara/cluster.sh stop
#   payara/cluster.sh kill A    # kill -9 one instance (A or B), for failover drills
# Database: TAPHUAN_DB_* (docs/operations.md); default a local PostgreSQL database "taphuan" (user taphuan).
set -euo pipefail
cd "$(dirname "$0")/.."
RUN="${CLUSTER_DIR:-/tmp/taphuan-cluster}"
LB_PORT="${LB_PORT:-8080}"; PORT_A="${PORT_A:-8081}"; PORT_B="${PORT_B:-8082}"
export TAPHUAN_DB_CLASS="${TAPHUAN_DB_CLASS:-org.postgresql.ds.PGSimpleDataSource}"
export TAPHUAN_DB_HOST="${TAPHUAN_DB_HOST:-localhost}" TAPHUAN_DB_PORT="${TAPHUAN_DB_PORT:-5432}"
export TAPHUAN_DB_NAME="${TAPHUAN_DB_NAME:-taphuan}" TAPHUAN_DB_USER="${TAPHUAN_DB_USER:-taphuan}"
export TAPHUAN_DB_PASSWORD="${TAPHUAN_DB_PASSWORD:?set TAPHUAN_DB_PASSWORD}"
export TAPHUAN_BASE_IRI="${TAPHUAN_BASE_IRI:-http://localhost:$LB_PORT/}"

instance() {  # name port hazelcast-port
  local name=$1 port=$2 hz=$3
  mkdir -p "$RUN/$name"
  java -Dfile.encoding=UTF-8 -Xmx512m -Dtaphuan.demo="${DEMO:-true}" -Dtaphuan.data.dir="$RUN/$name" \
    -jar target/payara-micro.jar --deploy target/taphuan.war --contextroot / --port "$port" \
    --name "$name" --clustername taphuan --clusterMode "tcpip:127.0.0.1:6900" --hzport "$hz" --interfaces 127.0.0.1 \
    --disablephonehome --prebootcommandfile payara/pre-boot-commands.txt > "$RUN/$name.log" 2>&1 &
  echo $! > "$RUN/$name.pid"
}

wait_ready() {
  for _ in $(seq 1 180); do
    curl -sf "http://localhost:$1/health/ready" > /dev/null && return 0
    sleep 1
  done
  echo "instance on $1 did not become ready; see $RUN/*.log" >&2; return 1
}

case "${1:-start}" in
  start)
    [ -f target/taphuan.war ] && [ -f target/payara-micro.jar ] || mvn -B -q -DskipTests package dependency:copy@copy-payara-micro
    mkdir -p "$RUN/nginx/logs" "$RUN/nginx/tmp"
    instance A "$PORT_A" 6900
    wait_ready "$PORT_A"          # A migrates and seeds first; B then finds the schema ready
    instance B "$PORT_B" 6901
    wait_ready "$PORT_B"
    sed -e "s/LB_A/$PORT_A/; s/LB_B/$PORT_B/; s/LB_PORT/$LB_PORT/" payara/nginx.conf > "$RUN/nginx/nginx.conf"
    nginx -p "$RUN/nginx" -c nginx.conf
    echo "cluster ready: http://localhost:$LB_PORT/ (A on $PORT_A, B on $PORT_B, logs in $RUN)"
    ;;
  stop)
    [ -f "$RUN/nginx/nginx.pid" ] && nginx -p "$RUN/nginx" -c nginx.conf -s stop || true
    for n in A B; do [ -f "$RUN/$n.pid" ] && kill "$(cat "$RUN/$n.pid")" 2>/dev/null || true; done
    ;;
  kill)
    kill -9 "$(cat "$RUN/${2:?A or B}.pid")"
    ;;
  *) echo "usage: $0 start|stop|kill A|B" >&2; exit 2 ;;
esac
