#!/usr/bin/env bash
# Statement ingest (POST /xapi/statements) on embedded Derby, on PostgreSQL with one instance, and on PostgreSQL with
# two clustered instances behind nginx (payara/cluster.sh), with the xAPI benchmark's client (bench/xapi/XapiBench.java
# ingest): the same clients, batch sizes, duration and heap for each. Prints one line per run: statements/s, request
# latency p50/p95/p99, and the CPU time per statement of the service process(es) and of PostgreSQL; then the
# service processes' resident memory.
#   flock /work/wt/bench.lock bench/postgresql/ingest.sh [seconds (default 30)] [clients (default 16)] [batches (default "1 10 100")]
# Databases taphuan_bench_ingest1/2 are created and dropped; ports 18190 (single) and 18180-18184 (cluster).
# PostgreSQL runs with its packaged settings (synchronous_commit on, like Derby's durable commits here).
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/postgresql/common.sh
SECONDS_EACH="${1:-30}"; CLIENTS="${2:-16}"; BATCHES="${3:-1 10 100}"
build
BENCH="java -cp $CP XapiBench"
run() {  # url, then the service's process ids
  local url=$1 b out before after statements; shift
  for b in $BATCHES; do
    before=$(cpu_ms "$@"); pg_before=$(cpu_ms postgres)
    out=$($BENCH ingest "$url" "$CLIENTS" "$b" "$SECONDS_EACH")
    after=$(cpu_ms "$@"); pg_after=$(cpu_ms postgres)
    statements=$(( $(echo "$out" | grep -o '[0-9]* requests' | cut -d' ' -f1) * b ))
    echo "$out; CPU per statement: service $(awk "BEGIN { printf \"%.2f\", ($after - $before) / $statements }") ms," \
         "PostgreSQL $(awk "BEGIN { printf \"%.2f\", ($pg_after - $pg_before) / $statements }") ms; $(load)"
  done
  echo "resident memory after the runs: $(for p in "$@"; do echo "$(( $(ps -o rss= -p "$p") / 1024 )) MiB"; done | paste -sd' ')"
}
echo "machine: $(nproc) cores; $(load)"

echo "== embedded Derby, one instance"
rm -rf "$WORK/ingest-derby"
PID=$(bench/xapi/service.sh 18190 "$WORK/ingest-derby")
run http://localhost:18190/ "$PID"; stop_pid "$PID"

echo "== PostgreSQL, one instance"
fresh_db taphuan_bench_ingest1
rm -rf "$WORK/ingest-pg1"
# shellcheck disable=SC2046
PID=$(bench/xapi/service.sh 18190 "$WORK/ingest-pg1" $(db_props taphuan_bench_ingest1))
run http://localhost:18190/ "$PID"; stop_pid "$PID"
psql_admin "-d taphuan_bench_ingest1 -c \"SELECT 'stored ' || COUNT(*) || ' statements, database ' || pg_size_pretty(pg_database_size(current_database()))
  || ', statement tables with their indexes ' || (SELECT SUM(pg_total_relation_size(oid)) FROM pg_class WHERE relname LIKE 'xapi_statement%' AND relkind = 'r')::bigint / NULLIF(COUNT(*), 0)
  || ' bytes per statement' FROM xapi_statement\""

echo "== PostgreSQL, two instances in one cluster behind nginx"
fresh_db taphuan_bench_ingest2
export CLUSTER_DIR="$WORK/cluster" LB_PORT=18180 PORT_A=18181 PORT_B=18182 HZ_A=18183 HZ_B=18184 HEAP=768m
export TAPHUAN_DB_NAME=taphuan_bench_ingest2 TAPHUAN_DB_USER="$PG_USER" TAPHUAN_DB_PASSWORD="$PG_PASSWORD" \
       TAPHUAN_DB_HOST="$PG_HOST" TAPHUAN_DB_PORT="$PG_PORT" CLUSTER_NAME="bench-$$"
trap 'payara/cluster.sh stop' EXIT
payara/cluster.sh start > /dev/null
run http://localhost:18180/ "$(cat "$CLUSTER_DIR/A.pid")" "$(cat "$CLUSTER_DIR/B.pid")"
payara/cluster.sh stop; trap - EXIT
psql_admin "-d taphuan_bench_ingest2 -c \"SELECT 'stored ' || COUNT(*) || ' statements' FROM xapi_statement\""
psql_admin "-c 'DROP DATABASE taphuan_bench_ingest1' -c 'DROP DATABASE taphuan_bench_ingest2'"
echo "$(load)"
