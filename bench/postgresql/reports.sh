#!/usr/bin/env bash
# Reports on PostgreSQL at city or national scale, beside the Derby figures of bench/reporting/run.sh:
#   bench/postgresql/reports.sh city      3,541 schools, 111,512 staff (the reporting benchmark's data set)
#   bench/postgresql/reports.sh national  the same generator at scale 3: 10,623 schools, 334,536 staff
#       [STATEMENTS="1000000 9000000"]    then adds statements in these steps (bench/xapi/BulkLoad.java, the rows the
#                                         LRS writes) and times the reports again after each step
# Each round runs ANALYZE once the service has started (it fills programme_progress at its first start), times the
# report requests (bench/reporting/Timer.java) and logs the executed SQL's plans with
# EXPLAIN ANALYZE (PostgreSQL's auto_explain, set on the benchmark database only) into
# target/bench-postgresql/<scale>-<statements>.plans.txt; plans.sh summarises them.
# Database taphuan_bench_<scale> is created (kept afterwards for inspection: DROP it when done). The statement store
# gets the PostgreSQL-only storage settings docs/operations.md recommends (common.sh, storage_settings); after each
# step the bytes per statement of its tables and indexes are printed. A step is stopped if the disk of PostgreSQL's
# data falls under MIN_FREE_GB (default 5) free: 10 million statements take ≈35 GB.
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/postgresql/common.sh
SCALE_NAME="${1:-city}"; RUNS="${RUNS:-20}"; PORT="${PORT:-18390}"
case "$SCALE_NAME" in city) SCALE=1 ;; national) SCALE=3 ;; *) echo "city or national" >&2; exit 2 ;; esac
DB="taphuan_bench_$SCALE_NAME"
build
echo "machine: $(nproc) cores; $(load)"

fresh_db "$DB"
t0=$(date +%s)
java -Dscale="$SCALE" -cp 'target/taphuan/WEB-INF/lib/*' bench/reporting/Generate.java "$(jdbc "$DB")"
echo "generated in $(( $(date +%s) - t0 )) s"
storage_settings "$DB"

PGLOG=$(ls /var/log/postgresql/postgresql-*-main.log 2>/dev/null | head -n1)
round() {  # label
  local label=$1 pid
  # shellcheck disable=SC2046
  pid=$(bench/xapi/service.sh "$PORT" "$WORK/service-$DB" -Xmx1g -Dtaphuan.demo=false $(db_props "$DB"))
  # statistics for the generated roster and the progress rows the service filled at its first start (the ANALYZE
  # docs/operations.md asks for after an import or a backfill); without them the first round's plans are guesses
  psql_admin "-d $DB -c ANALYZE"
  echo "== $label ($(date -u '+%F %T') UTC, $(load)): $(psql_admin "-d $DB -c \"SELECT COUNT(*) || ' statements, ' || (SELECT COUNT(*) FROM completion) || ' completions, database ' || pg_size_pretty(pg_database_size(current_database())) FROM xapi_statement\"")"
  java bench/reporting/Timer.java "http://localhost:$PORT/" admin bench-2024 "$RUNS"
  # the plans, with actual rows and buffers, of every statement one district and one school report run
  psql_admin "-c \"ALTER DATABASE $DB SET session_preload_libraries = 'auto_explain'\" -c \"ALTER DATABASE $DB SET auto_explain.log_min_duration = 0\"" \
             "-c \"ALTER DATABASE $DB SET auto_explain.log_analyze = on\" -c \"ALTER DATABASE $DB SET auto_explain.log_buffers = on\""
  stop_pid "$pid"
  pid=$(bench/xapi/service.sh "$PORT" "$WORK/service-$DB" -Xmx1g -Dtaphuan.demo=false $(db_props "$DB"))
  local before; before=$(wc -l < "$PGLOG")
  curl -s -o /dev/null -u admin:bench-2024 "http://localhost:$PORT/api/programmes/1/report?asOf=2024-12-31"
  curl -s -o /dev/null -u admin:bench-2024 "http://localhost:$PORT/api/programmes/1/schools/S0102/report?asOf=2024-12-31"
  sleep 1
  tail -n +"$((before + 1))" "$PGLOG" > "$WORK/$SCALE_NAME-$label.plans.txt"
  psql_admin "-c \"ALTER DATABASE $DB RESET ALL\""
  stop_pid "$pid"
  echo "plans: $WORK/$SCALE_NAME-$label.plans.txt ($(grep -c 'Query Text' "$WORK/$SCALE_NAME-$label.plans.txt") statements)"
}

round 0
total=0
for step in ${STATEMENTS:-}; do
  t0=$(date +%s)
  echo "adding $step statements: $(date -u '+%F %T') UTC, $(load), $(df -h --output=avail / | tail -n1 | tr -d ' ') free"
  with_free_disk java -Xmx1g -cp "$CP" BulkLoad "$(jdbc "$DB")" "$step" "$PORT"
  total=$((total + step))
  echo "loaded in $(( $(date +%s) - t0 )) s, $(load)"
  psql_admin "-d $DB -c 'VACUUM ANALYZE'"
  echo "added $step statements in $(( $(date +%s) - t0 )) s (with VACUUM ANALYZE), $(date -u '+%T') UTC, $(load)"
  statement_sizes "$DB"
  round "$total"
done
echo "$(load)"
