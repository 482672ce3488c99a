#!/usr/bin/env bash
# Backup and restore of a city's PostgreSQL database with payara/backup.sh, timed (docs/operations.md, "Figures"):
#   flock /work/wt/bench.lock bench/backup/run.sh                     the city: 3,541 schools, 111,512 staff, ≈290,000
#                                                                     completions (bench/reporting/Generate.java) and
#                                                                     STATEMENTS statements (default 1,600,000)
#   SCALE=0.02 STATEMENTS=20000 bench/backup/run.sh                   a small proof that it works (≈1 min)
#   STATEMENTS=8000000 bench/backup/run.sh                            a city's full year (≈28 GB, docs/operations.md)
# 1. Database taphuan_bench_backup, made afresh: the roster, the 2024 programme and its completions (Generate.java,
#    the reporting benchmark's data set, SCALE times a city), then STATEMENTS xAPI statements as the LRS writes them
#    (bench/xapi/BulkLoad.java), VACUUM ANALYZE. Its size is printed.
# 2. `payara/backup.sh postgres backup` (pg_dump -Fc, as an operator runs it): time, and the dump's size.
# 3. `payara/backup.sh postgres restore` into the empty database taphuan_bench_restore (pg_restore, then ANALYZE): time.
# 4. The restored database is compared with the original: the row count of every table, and the content of every
#    table of fewer than 500,000 rows (md5 of its rows in order); any difference fails the run.
# Needs a local PostgreSQL 15 and `su postgres` (bench/postgresql/common.sh); both databases and the dump (in
# BENCH_DIR, default target/bench-postgresql) are removed at the end unless KEEP=true. A load stops if the disk of
# PostgreSQL's data falls under MIN_FREE_GB (5) free.
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/postgresql/common.sh
SCALE="${SCALE:-1}"; STATEMENTS="${STATEMENTS:-1600000}"
SOURCE=taphuan_bench_backup; TARGET=taphuan_bench_restore; DUMP="$WORK/backup-bench.dump"
build
echo "machine: $(nproc) cores; $(load); scale $SCALE, $STATEMENTS statements"

fresh_db "$SOURCE"
t0=$(date +%s)
java -Dscale="$SCALE" -cp 'target/taphuan/WEB-INF/lib/*' bench/reporting/Generate.java "$(jdbc "$SOURCE")"
storage_settings "$SOURCE"
if [ "$STATEMENTS" -gt 0 ]; then
  with_free_disk java -Xmx1g -cp "$CP" BulkLoad "$(jdbc "$SOURCE")" "$STATEMENTS" 8080
fi
psql_admin "-d $SOURCE -c 'VACUUM ANALYZE'"
echo "data set made in $(( $(date +%s) - t0 )) s: $(psql_admin "-d $SOURCE -c \"SELECT (SELECT COUNT(*) FROM school) || ' schools, ' || (SELECT COUNT(*) FROM staff) || ' staff, ' || (SELECT COUNT(*) FROM completion) || ' completions, ' || (SELECT COUNT(*) FROM xapi_statement) || ' statements, database ' || pg_size_pretty(pg_database_size(current_database()))\"")"

# as the operator runs it: the service's own settings, the service's role
backup() { TAPHUAN_DB_HOST="$PG_HOST" TAPHUAN_DB_PORT="$PG_PORT" TAPHUAN_DB_USER="$PG_USER" TAPHUAN_DB_PASSWORD="$PG_PASSWORD" \
  TAPHUAN_DB_NAME="$1" payara/backup.sh postgres "$2" "$DUMP"; }
rm -f "$DUMP"
echo "== backup ($(load))"
backup "$SOURCE" backup
echo "dump: $(du -h "$DUMP" | cut -f1) ($(stat -c %s "$DUMP") bytes)"
fresh_db "$TARGET"
echo "== restore into an empty database ($(load))"
backup "$TARGET" restore
echo "restored database: $(psql_admin "-d $TARGET -c \"SELECT pg_size_pretty(pg_database_size(current_database()))\"")"

# the same data: every table's rows counted, and the content of the smaller tables compared
counts() {  # database -> "table rows" per table
  su postgres -c "psql -qAt -F ' ' -v ON_ERROR_STOP=1 -d $1" <<'SQL'
SELECT format('SELECT %L, COUNT(*) FROM %I', tablename, tablename) FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename
\gexec
SQL
}
contents() {  # database, tables... -> "table md5" per table (md5 of its rows as text, in order)
  local db=$1; shift
  for t in "$@"; do
    echo "$t $(psql_admin "-d $db -c \"SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) FROM \\\"$t\\\" t\"")"
  done
}
counts "$SOURCE" > "$WORK/backup-source.txt"
counts "$TARGET" > "$WORK/backup-restored.txt"
mapfile -t small < <(awk '$2 < 500000 { print $1 }' "$WORK/backup-source.txt")
contents "$SOURCE" "${small[@]}" >> "$WORK/backup-source.txt"
contents "$TARGET" "${small[@]}" >> "$WORK/backup-restored.txt"
if diff "$WORK/backup-source.txt" "$WORK/backup-restored.txt"; then
  echo "restored = original: $(grep -c . <(counts "$TARGET")) tables, $(counts "$TARGET" | awk '{ n += $2 } END { print n }') rows; content identical in the ${#small[@]} tables under 500,000 rows"
else
  echo "!! the restored database differs from the original (above: < original, > restored)" >&2; exit 1
fi
if [ "${KEEP:-false}" != true ]; then
  psql_admin "-c 'DROP DATABASE $SOURCE' -c 'DROP DATABASE $TARGET'"; rm -f "$DUMP"
fi
echo "$(load)"
