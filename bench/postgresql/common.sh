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
# The statement store's PostgreSQL-only storage settings recommended in docs/operations.md ("Database"): lz4 for the
# statement JSON that PostgreSQL compresses (rows over ≈2 KB; smaller rows stay as they are, see performance.md)
storage_settings() {  # database
  su postgres -c "psql -qAt -v ON_ERROR_STOP=1 -d $1" <<'SQL'
ALTER TABLE xapi_statement ALTER COLUMN json SET COMPRESSION lz4;
ALTER TABLE xapi_statement_part ALTER COLUMN content SET COMPRESSION lz4;
SQL
}
# Bytes per statement of the statement store (xapi_statement*), per table (with its TOAST data, without indexes) and
# per index, with the total
statement_sizes() {  # database
  su postgres -c "psql -qA -F ' ' -v ON_ERROR_STOP=1 -d $1" <<'SQL'
WITH n AS (SELECT GREATEST(COUNT(*), 1) AS n FROM xapi_statement)
SELECT c.relname AS relation, CASE c.relkind WHEN 'i' THEN 'index' ELSE 'table' END AS kind,
       pg_size_pretty(pg_table_size(c.oid)) AS size, ROUND(pg_table_size(c.oid)::numeric / n.n) AS bytes_per_statement
FROM pg_class c, n WHERE c.relname LIKE 'xapi\_statement%' AND c.relkind IN ('r', 'i') AND pg_table_size(c.oid) > 16384
UNION ALL
SELECT 'statement store', 'all', pg_size_pretty(SUM(pg_total_relation_size(c.oid))), ROUND(SUM(pg_total_relation_size(c.oid)) / MAX(n.n))
FROM pg_class c, n WHERE c.relname LIKE 'xapi\_statement%' AND c.relkind = 'r'
UNION ALL
SELECT 'database', 'all', pg_size_pretty(pg_database_size(current_database())), NULL FROM n
ORDER BY 4 DESC NULLS LAST;
SQL
}
# Runs a command in the background and stops it if the file system of PostgreSQL's data falls under MIN_FREE_GB
# (default 5) free: a full disk breaks PostgreSQL, Derby and git on the machine alike
with_free_disk() {  # command...
  local min_kb=$(( ${MIN_FREE_GB:-5} * 1024 * 1024 )) data pid free
  data=$(su postgres -c "psql -qAt -c 'SHOW data_directory'")
  "$@" & pid=$!
  while kill -0 "$pid" 2>/dev/null; do
    free=$(df --output=avail -k "$data" | tail -n1)
    if [ "$free" -lt "$min_kb" ]; then
      echo "!! only $((free / 1024)) MB free on $data: stopping $*" >&2; kill "$pid"; wait "$pid" || true; return 1
    fi
    sleep 5
  done
  wait "$pid"
}
