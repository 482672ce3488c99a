#!/usr/bin/env bash
# Where the statement store's disk goes on PostgreSQL, in bytes per statement per table and index:
#   flock /work/wt/bench.lock bench/postgresql/storage.sh [COUNT]      (default 200,000 statements)
# A fresh database taphuan_bench_storage (the city roster of bench/reporting/Generate.java, the storage settings of
# docs/operations.md), COUNT statements added by bench/xapi/BulkLoad.java one by one in storage order as the LRS
# writes them, VACUUM ANALYZE, the sizes; then the statement JSON's compression (pg_column_compression) and the sizes
# again after REINDEX of the two indexes filled in random order (the filter-key index and the statement-id index),
# i.e. what the maintenance step of docs/operations.md gives back. The database is dropped at the end.
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/postgresql/common.sh
COUNT="${1:-200000}"; DB=taphuan_bench_storage
build
echo "$(date -u '+%F %T') UTC, $(nproc) cores, $(load)"
fresh_db "$DB"
java -Dscale=1 -cp 'target/taphuan/WEB-INF/lib/*' bench/reporting/Generate.java "$(jdbc "$DB")"
storage_settings "$DB"
with_free_disk java -Xmx1g -cp "$CP" BulkLoad "$(jdbc "$DB")" "$COUNT" 18390
psql_admin "-d $DB -c 'VACUUM ANALYZE'"
echo "== after the load"
statement_sizes "$DB"
echo "== statement JSON: characters, bytes stored, compression (statements)"
psql_admin "-d $DB -c \"SELECT ROUND(AVG(LENGTH(json))), ROUND(AVG(pg_column_size(json))), COALESCE(pg_column_compression(json), 'none'), COUNT(*) FROM xapi_statement GROUP BY 3\""
t0=$(date +%s)
psql_admin "-d $DB -c 'REINDEX INDEX xapi_statement_key_ix' -c 'REINDEX INDEX xapi_statement_id_uq'"
echo "== after REINDEX of xapi_statement_key_ix and xapi_statement_id_uq ($(( $(date +%s) - t0 )) s)"
statement_sizes "$DB"
psql_admin "-c 'DROP DATABASE $DB'"
echo "$(load)"
