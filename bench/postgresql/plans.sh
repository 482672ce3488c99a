#!/usr/bin/env bash
# Summarises the plans reports.sh logged (EXPLAIN ANALYZE of every SQL statement of one district report and one
# school report), one block per data-set size: how many statements ran, their summed and largest execution time, and
# which tables the plans read (how often, how). The argument: the statement store (xapi_statement*) never appears.
#   bench/postgresql/plans.sh target/bench-postgresql/national-*.plans.txt
set -euo pipefail
for f in "$@"; do
  echo "== $(basename "$f" .plans.txt)"
  # only the report's statements: those that read the completion projection or the roster (one block, i.e. one
  # paragraph, per statement)
  awk '/duration: .* ms  plan:/ { if (block != "") print block "\n"; block = $0; next } { block = block "\n" $0 } END { print block }' "$f" \
    | awk 'BEGIN { RS = "" } /completion|staff|school/ && !/schema_history|cluster_change|xapi_forward_target|xapi_outbox/ { print; print "" }' > "$f.report"
  echo "statements: $(grep -c 'Query Text' "$f.report")"
  grep -o 'duration: [0-9.]* ms' "$f.report" | awk '{ s += $2; if ($2 > m) m = $2 } END { printf "execution: %.1f ms in all, largest %.1f ms\n", s, m }'
  echo "tables read (scan type, table: times):"
  grep -oE '(Index Only Scan|Index Scan|Bitmap Heap Scan|Seq Scan)( using [a-z_]+)? on [a-z_]+' "$f.report" \
    | sed -E 's/ using [a-z_]+//' | sort | uniq -c | sort -rn | sed 's/^/  /'
  # the top node's buffers of each statement (a node's count includes its children's)
  echo "pages (8 KiB) from the cache / from disk: $(awk 'BEGIN { RS = "" } { if (match($0, /Buffers: shared hit=[0-9]+( read=[0-9]+)?/)) {
      split(substr($0, RSTART, RLENGTH), a, /[= ]/); h += a[4]; r += a[6] } } END { print h + 0 " / " r + 0 }' "$f.report")"
  if grep -q 'xapi_statement' "$f.report"; then echo "!! the statement store was read"; else echo "statement store (xapi_statement*): not read"; fi
done
