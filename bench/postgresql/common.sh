# Shared by the PostgreSQL benchmarks (sourced). Needs a local PostgreSQL 15 with superuser access through
# `su postgres` (the benchmarks create and drop their own databases, owner taphuan / password taphuan).
PG_HOST="${PG_HOST:-localhost}"; PG_PORT="${PG_PORT:-5432}"
PG_USER="${PG_USER:-taphuan}"; PG_PASSWORD="${PG_PASSWORD:-taphuan}"
WORK="${BENCH_DIR:-$PWD/target/bench-postgresql}"
mkdir -p "$WORK"

psql_admin() { su postgres -c "psql -qAt -v ON_ERROR_STOP=1 $*"; }
fresh_db() {  # name
  psql_admin "-c 'DROP DATABASE IF EXISTS $1' -c 'CREATE DATABASE $1 OWNER $PG_USER'"
}
jdbc() { echo "jdbc:postgresql://$PG_HOST:$PG_PORT/$1?user=$PG_USER&password=$PG_PASSWORD&reWriteBatchedInserts=true"; }
db_props() {  # name -> the service's settings for that database
  echo "-Dtaphuan.db.class=org.postgresql.ds.PGSimpleDataSource -Dtaphuan.db.host=$PG_HOST -Dtaphuan.db.port=$PG_PORT" \
       "-Dtaphuan.db.name=$1 -Dtaphuan.db.user=$PG_USER -Dtaphuan.db.password=$PG_PASSWORD"
}
stop_pid() { kill "$1" 2>/dev/null || return 0; for _ in $(seq 1 60); do kill -0 "$1" 2>/dev/null || return 0; sleep 1; done; kill -9 "$1"; }
build() {
  [ -f target/taphuan.war ] && [ -f target/payara-micro.jar ] || mvn -B -q -o -DskipTests package dependency:copy@copy-payara-micro
  if [ ! -d "$WORK/classes" ]; then
    mvn -B -q -o dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" -Dmdep.includeScope=test > /dev/null
    javac -d "$WORK/classes" -cp "target/classes:$(cat "$WORK/cp.txt")" bench/xapi/XapiBench.java bench/xapi/BulkLoad.java
  fi
  CP="$WORK/classes:target/classes:$(cat "$WORK/cp.txt")"
}
load() { echo "load $(cut -d' ' -f1-3 /proc/loadavg)"; }
# CPU time in ms (user + system) used so far by the given processes; "postgres" stands for every PostgreSQL process
cpu_ms() {
  local pids=() p
  for p in "$@"; do
    if [ "$p" = postgres ]; then mapfile -t -O "${#pids[@]}" pids < <(pgrep -u postgres); else pids+=("$p"); fi
  done
  for p in "${pids[@]}"; do cat "/proc/$p/stat" 2>/dev/null || true; done \
    | awk -v hz="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); t += $12 + $13 } END { printf "%d", t * 1000 / hz }'
}
