#!/usr/bin/env bash
# Two Payara Micro instances forming one Hazelcast cluster (TCP/IP discovery on loopback) on PostgreSQL,
# behind nginx. Sessions are replicated by the cluster, so a learner whose instance dies continues on the other.
#   TAPHUAN_DB_PASSWORD=… payara/cluster.sh start   # LB on http://localhost:8080/, instances on 8081 and 8082
#   payara/cluster.sh status                        # which processes run, cluster size, readiness
#   payara/cluster.sh restart A                     # drain A in nginx, stop it, start it, put it back: no failed request
#   payara/cluster.sh upgrade [FILE.war]            # rebuild the WAR (or take FILE.war), back up, restart A then B on it
#   payara/cluster.sh kill A                        # kill -9 one instance (A or B), for failover drills
#   payara/cluster.sh start A | stop A              # one instance (stop drains it first)
#   payara/cluster.sh stop                          # stop nginx and both instances
# Database: TAPHUAN_DB_* (docs/operations.md); default a local PostgreSQL database "taphuan" (user taphuan).
# Ports: LB_PORT, PORT_A, PORT_B (HTTP), HZ_A, HZ_B (cluster, default 6900/6901); everything listens on 127.0.0.1.
# CLUSTER_NAME: the cluster's shared secret name (a member with another name is refused). Logs (appended), pids and
# each instance's Payara root folder in CLUSTER_DIR. HEAP (1g, as run.sh). Other settings pass through as TAPHUAN_*.
# The release the cluster runs is CLUSTER_DIR/taphuan.war: a start with no instance running installs target/taphuan.war
# (rebuilt when the sources are newer), an upgrade installs the new one; each instance runs from its own copy of it,
# made when it starts, so a rebuild or an upgrade never changes the files of an instance that is running.
set -euo pipefail
ORIGIN="$PWD"
cd "$(dirname "$0")/.."
RUN=$(cd "$ORIGIN" && realpath -m "${CLUSTER_DIR:-/tmp/taphuan-cluster}")
LB_PORT="${LB_PORT:-8080}"; PORT_A="${PORT_A:-8081}"; PORT_B="${PORT_B:-8082}"
HZ_A="${HZ_A:-6900}"; HZ_B="${HZ_B:-6901}"
export TAPHUAN_DB_CLASS="${TAPHUAN_DB_CLASS:-org.postgresql.ds.PGSimpleDataSource}"
export TAPHUAN_DB_HOST="${TAPHUAN_DB_HOST:-localhost}" TAPHUAN_DB_PORT="${TAPHUAN_DB_PORT:-5432}"
export TAPHUAN_DB_NAME="${TAPHUAN_DB_NAME:-taphuan}" TAPHUAN_DB_USER="${TAPHUAN_DB_USER:-taphuan}"
export TAPHUAN_BASE_IRI="${TAPHUAN_BASE_IRI:-http://localhost:$LB_PORT/}"
# nginx runs on this machine: believe its X-Forwarded-For (sign-in throttle and log see the real client)
export TAPHUAN_PROXY_TRUSTED="${TAPHUAN_PROXY_TRUSTED:-127.0.0.1}"

# shellcheck source=payara/cds.sh
. payara/cds.sh

port_of() { [ "$1" = A ] && echo "$PORT_A" || echo "$PORT_B"; }
hz_of() { [ "$1" = A ] && echo "$HZ_A" || echo "$HZ_B"; }
alive() { [ -f "$RUN/$1.pid" ] && kill -0 "$(cat "$RUN/$1.pid")" 2>/dev/null; }
nginx_alive() { [ -f "$RUN/nginx/nginx.pid" ] && kill -0 "$(cat "$RUN/nginx/nginx.pid")" 2>/dev/null; }

prerequisites() {  # everything checked before anything starts
  local missing=()
  for tool in java curl nginx; do command -v "$tool" > /dev/null || missing+=("$tool"); done
  [ ${#missing[@]} -eq 0 ] || { echo "missing: ${missing[*]} (apt-get install openjdk-17-jre-headless curl nginx-light)" >&2; exit 1; }
  : "${TAPHUAN_DB_PASSWORD:?set TAPHUAN_DB_PASSWORD (the database password)}"
  export TAPHUAN_DB_PASSWORD
  if command -v pg_isready > /dev/null && ! pg_isready -q -h "$TAPHUAN_DB_HOST" -p "$TAPHUAN_DB_PORT"; then
    echo "PostgreSQL does not answer on $TAPHUAN_DB_HOST:$TAPHUAN_DB_PORT" >&2; exit 1
  fi
}

war() {  # builds the WAR when missing or older than the sources, as run.sh does
  if [ ! -f target/taphuan.war ] || [ ! -f target/payara-micro.jar ] \
     || [ -n "$(find src courses pom.xml -newer target/taphuan.war -print -quit 2>/dev/null)" ]; then
    mvn -B -q -DskipTests package dependency:copy@copy-payara-micro
  fi
}

install_release() {  # FILE.war becomes the release the cluster runs (a new file: an instance's own copy is never touched)
  [ -f "$1" ] || { echo "no such WAR: $1" >&2; exit 1; }
  cp "$1" "$RUN/taphuan.war.new" && mv "$RUN/taphuan.war.new" "$RUN/taphuan.war"
  echo "release: $1 ($(stat -c %y "$1" | cut -c1-19)) installed as $RUN/taphuan.war"
}

instance() {  # A or B
  local name=$1
  if alive "$name"; then echo "instance $name already runs (pid $(cat "$RUN/$name.pid"))"; return 0; fi
  # Payara's runtime folder per instance, emptied at each start (a kill -9 left nothing behind in /tmp)
  rm -rf "$RUN/$name/root"; mkdir -p "$RUN/$name/root"
  # the instance's own copy of the release (Payara names the application and its replicated sessions after the file)
  cp "$RUN/taphuan.war" "$RUN/$name/taphuan.war"
  echo "=== $(date -u +%FT%TZ) starting instance $name" >> "$RUN/$name.log"
  date +%s > "$RUN/$name.started"
  # the instance's class archive (payara/cds.sh), keyed by the release it runs: written at its first stop, used after
  cds_options "$RUN/$name/cds" "$RUN/taphuan.war" target/payara-micro.jar
  echo "=== $CDS_STATE" >> "$RUN/$name.log"
  # both instances list both members: whichever starts first waits for the other on its fixed cluster port;
  # HTTP opens only after the WAR is deployed (post-deploy-commands.txt), on loopback; Hazelcast binds to loopback only
  # shellcheck disable=SC2086  # CDS_OPTS is a list of options
  java -Dfile.encoding=UTF-8 -Xms64m -Xmx"${HEAP:-1g}" -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 $CDS_OPTS -Dtaphuan.demo="${DEMO:-true}" -Dtaphuan.data.dir="$RUN/$name" \
    -Dtaphuan.http.address=127.0.0.1 -Dhazelcast.socket.bind.any=false -Djava.io.tmpdir="$RUN/$name/root" \
    -jar target/payara-micro.jar --deploy "$RUN/$name/taphuan.war" --contextroot / --port "$(port_of "$name")" \
    --name "$name" --clustername "${CLUSTER_NAME:-taphuan}" --rootdir "$RUN/$name/root" \
    --clustermode "tcpip:127.0.0.1:$HZ_A,127.0.0.1:$HZ_B" --startport "$(hz_of "$name")" --interfaces 127.0.0.1 \
    --disablephonehome --prebootcommandfile payara/pre-boot-instance.txt \
    --postdeploycommandfile payara/post-deploy-commands.txt >> "$RUN/$name.log" 2>&1 &
  echo $! > "$RUN/$name.pid"
}

wait_ready() {  # A or B
  local port; port=$(port_of "$1")
  for _ in $(seq 1 240); do
    curl -sf "http://127.0.0.1:$port/health/ready" > /dev/null \
      && { echo "instance $1 ready on $port, $(( $(date +%s) - $(cat "$RUN/$1.started") )) s after its start"; return 0; }
    alive "$1" || { echo "instance $1 exited; see $RUN/$1.log" >&2; return 1; }
    sleep 1
  done
  echo "instance $1 did not become ready; see $RUN/$1.log" >&2; return 1
}

nginx_conf() {  # the shipped payara/nginx.conf, with an instance marked "down" while it is drained
  local down_a="" down_b=""
  [ -f "$RUN/A.drained" ] && down_a=down; [ -f "$RUN/B.drained" ] && down_b=down
  sed -e "s/LB_A/$PORT_A/; s/LB_B/$PORT_B/; s/LB_PORT/$LB_PORT/; s/DOWN_A/$down_a/; s/DOWN_B/$down_b/" \
    payara/nginx.conf > "$RUN/nginx/nginx.conf"
}

balancer() {
  mkdir -p "$RUN/nginx/logs" "$RUN/nginx/tmp"; chmod 1777 "$RUN/nginx/tmp"
  nginx_conf
  # a configuration nginx refuses would leave the old one running (an instance believed drained would not be)
  nginx -t -q -p "$RUN/nginx/" -c nginx.conf -e logs/error.log || { echo "nginx refused $RUN/nginx/nginx.conf" >&2; exit 1; }
  if nginx_alive; then nginx -p "$RUN/nginx/" -c nginx.conf -e logs/error.log -s reload; return 0; fi
  # nginx workers drop root to "nobody": the folders they buffer request bodies into must be writable for them
  nginx -p "$RUN/nginx/" -c nginx.conf -e logs/error.log
}

drain() {  # no new requests to the instance; nginx's old worker finishes the requests already sent to it, then exits
  touch "$RUN/$1.drained"
  if nginx_alive; then
    balancer; sleep 1
    local master; master=$(cat "$RUN/nginx/nginx.pid")
    for _ in $(seq 1 "${DRAIN_SECONDS:-60}"); do [ "$(pgrep -P "$master" | wc -l)" -le 1 ] && break; sleep 1; done
  fi
  return 0
}

restore() { rm -f "$RUN/$1.drained"; if nginx_alive; then balancer; fi; return 0; }

stop_instance() {
  drain "$1"
  if alive "$1"; then
    local pid; pid=$(cat "$RUN/$1.pid"); kill "$pid"
    for _ in $(seq 1 "${STOP_SECONDS:-60}"); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    # still there: it must not keep running unseen once its pid file is gone
    if kill -0 "$pid" 2>/dev/null; then echo "instance $1 did not stop within ${STOP_SECONDS:-60} s: kill -9" >&2; kill -9 "$pid"; fi
  fi
  rm -f "$RUN/$1.pid"; rm -rf "$RUN/$1/root"
}

start_instance() { instance "$1"; wait_ready "$1"; restore "$1"; }

release() {  # the WAR to run: the installed one; installs target/taphuan.war when there is none or nothing runs
  if [ ! -f "$RUN/taphuan.war" ] || { [ "${1:-}" = fresh ] && ! alive A && ! alive B; }; then war; install_release target/taphuan.war; fi
}

if [ "${1:-}" != upgrade ] && [ -n "${2:-}" ] && [ "$2" != A ] && [ "$2" != B ]; then
  echo "the instances are A and B, not $2" >&2; exit 2
fi
mkdir -p "$RUN"
case "${1:-start}" in
  start)
    prerequisites
    if [ -n "${2:-}" ]; then release; start_instance "$2"; exit 0; fi
    release fresh
    rm -f "$RUN/A.drained" "$RUN/B.drained"
    instance A
    wait_ready A          # A migrates and seeds first; B then finds the schema ready (and would wait its turn anyway)
    instance B
    wait_ready B
    balancer
    echo "cluster ready: http://localhost:$LB_PORT/ (A on $PORT_A, B on $PORT_B, logs in $RUN)"
    ;;
  restart)
    prerequisites; release
    for n in ${2:-A B}; do stop_instance "$n"; start_instance "$n"; done
    ;;
  upgrade)
    # rolling: the new WAR's migrations must keep the old version working (docs/operations.md, "Upgrading")
    next=target/taphuan.war
    if [ -n "${2:-}" ]; then
      next=$(cd "$ORIGIN" && realpath -m "$2")
      [ -f "$next" ] || { echo "no such WAR: $2" >&2; exit 1; }
    fi
    prerequisites
    [ -n "${2:-}" ] || war
    [ "${BACKUP:-true}" = true ] && payara/backup.sh postgres backup "$RUN/before-upgrade-$(date -u +%Y%m%dT%H%M%SZ).dump"
    install_release "$next"
    for n in A B; do stop_instance "$n"; start_instance "$n"; done
    curl -s "http://127.0.0.1:$PORT_A/health/ready"; echo
    ;;
  status)
    for n in A B; do
      if alive "$n"; then
        ready=$(curl -s -o /dev/null -w "%{http_code}" "http://127.0.0.1:$(port_of "$n")/health/ready" || true)
        size=$(grep -o "DG Size: [0-9]*" "$RUN/$n.log" | tail -n1 || true)
        drained=$([ -f "$RUN/$n.drained" ] && echo ", drained" || true)
        echo "$n: pid $(cat "$RUN/$n.pid"), port $(port_of "$n"), /health/ready $ready, ${size:-cluster not formed yet}$drained"
      else
        echo "$n: not running"
      fi
    done
    if nginx_alive; then echo "nginx: pid $(cat "$RUN/nginx/nginx.pid"), http://localhost:$LB_PORT/"; else echo "nginx: not running"; fi
    ;;
  stop)
    if [ -n "${2:-}" ]; then stop_instance "$2"; exit 0; fi
    for n in A B; do stop_instance "$n"; rm -f "$RUN/$n.drained"; done
    nginx_alive && nginx -p "$RUN/nginx/" -c nginx.conf -e logs/error.log -s stop 2>/dev/null || true
    ;;
  kill)
    name="${2:?A or B}"
    alive "$name" && kill -9 "$(cat "$RUN/$name.pid")" && echo "instance $name killed (kill -9)"
    rm -f "$RUN/$name.pid"
    ;;
  *) echo "usage: $0 start [A|B] | restart [A|B] | upgrade [FILE.war] | status | stop [A|B] | kill A|B" >&2; exit 2 ;;
esac
