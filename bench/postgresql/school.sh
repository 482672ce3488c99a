#!/usr/bin/env bash
# Where a school report's time goes, on a database reports.sh made and kept (default taphuan_bench_city):
#   flock /work/wt/bench.lock bench/postgresql/school.sh [database]
# Starts the service on it, times the reports twice (bench/reporting/Timer.java, 15 runs, with the service's CPU per
# request; the second time warm), then 20 requests of GET /api/auth/me — the HTTP Basic sign-in every benchmark
# request does (password check, last_sign_in_at updated and committed), without a report — and 20 of one school
# report, p50 / p95 in ms. Compare with the school report's SQL in the plans reports.sh logged (plans.sh).
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/postgresql/common.sh
DB="${1:-taphuan_bench_city}"; PORT="${PORT:-18390}"
echo "$(date -u '+%F %T') UTC, $(load)"
pid=$(bench/xapi/service.sh "$PORT" "$WORK/service-$DB" -Xmx1g -Dtaphuan.demo=false $(db_props "$DB"))
for round in 1 2; do
  echo "-- Timer round $round, $(load)"
  java bench/reporting/Timer.java "http://localhost:$PORT/" admin bench-2024 15 "$pid"
done
echo "-- GET /api/auth/me (HTTP Basic: the same sign-in work as each report request), 20 times, ms:"
for i in $(seq 1 20); do curl -s -o /dev/null -w '%{time_total}\n' -u admin:bench-2024 "http://localhost:$PORT/api/auth/me"; done | sort -n | awk '{a[NR]=$1*1000} END {printf "p50 %.1f  p95 %.1f\n", a[int(NR*0.5)+1], a[int(NR*0.95)]}'
echo "-- school report S0102, 20 times, ms:"
for i in $(seq 1 20); do curl -s -o /dev/null -w '%{time_total}\n' -u admin:bench-2024 "http://localhost:$PORT/api/programmes/1/schools/S0102/report?asOf=2024-12-31"; done | sort -n | awk '{a[NR]=$1*1000} END {printf "p50 %.1f  p95 %.1f\n", a[int(NR*0.5)+1], a[int(NR*0.95)]}'
stop_pid "$pid"
echo "$(date -u '+%F %T') UTC, $(load)"
