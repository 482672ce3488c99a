#!/usr/bin/env bash
# Start-up benchmark of payara/run.sh (the README's run command), WAR already built (issue 16).
#   bench/startup.sh [runs=2]            PROFILE=1 bench/startup.sh 1   # also where the time goes
# Each run starts the demo on a new data folder ("fresh": database created, migrations, demo district seeded; its
# stop writes the class archive, payara/cds.sh), then starts again on the same folder ("restart": the everyday
# restart, with the archive). Per start it prints:
#   ready     wall time from launching run.sh to the first 200 from /health/ready (the port opens only then)
#   page      the same to the first 200 from the sign-in page
#   cpu       CPU seconds the start used until ready (user + system of the JVM and of run.sh's own steps): on a
#             shared machine wall times stretch with the load, CPU seconds much less; compare both on the same load
#   rss       resident memory of the JVM once ready
#   load      the 1-minute load average when ready (other work on the machine; on 2 cores, above 2 means waiting)
# PROFILE=1 splits each start by the server log's timestamps:
#   jvm       launch to Payara's first line (JVM start, run.sh's checks, the class archive)
#   payara    Payara's runtime booted (domain.xml, pre-boot commands, services; Hazelcast when clustered)
#   deploy    the WAR deployed: expanded, scanned, JPA units, CDI and EJB containers (Payara's "deployed in")
#   startup   the start-up work before the port opens: @Startup beans (migrations, demo seed), the catalogue
#   open      Payara's "ready" to the first 200 from /health/ready
# and the steps that log their own time: migrations applied (first to last), the demo's seeding.
# Settings: PORT (8099), CDS=off (no class archive), JAVA_OPTS, HEAP as for run.sh. KEEP=1 keeps folders and logs.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-2}"
PORT="${PORT:-8099}"
TICK=$(getconf CLK_TCK)
[ -f target/taphuan.war ] && [ -f target/payara-micro.jar ] || mvn -B -q -DskipTests package dependency:copy@copy-payara-micro

up() { [ "$(curl -s -o /dev/null -w '%{http_code}' "$1")" = 200 ]; }

cpu_seconds() {  # user + system time of process $1 and of the children it waited for (run.sh's steps), in seconds
  awk -v t="$TICK" '{ printf "%.1f", ($14 + $15 + $16 + $17) / t }' "/proc/$1/stat"
}

log_ms() {  # epoch milliseconds of the first line of log $1 matching $2 (Payara's timeMillis), or nothing
  grep -m1 -E "$2" "$1" | grep -oE 'timeMillis: [0-9]+' | grep -oE '[0-9]+' || true
}

profile() {  # log, launch time (epoch ms), ready time (epoch ms)
  local log=$1 t0=$2 ready=$3 first boot deployed started mig_first mig_last
  first=$(log_ms "$log" 'Payara Micro Runtime directory')
  boot=$(log_ms "$log" 'startup time : Embedded')
  deployed=$(log_ms "$log" 'was successfully deployed in')
  started=$(log_ms "$log" 'Payara Micro .* ready in')
  if [ -z "$first" ] || [ -z "$boot" ] || [ -z "$deployed" ] || [ -z "$started" ]; then
    echo "         (profile: a Payara line is missing from $log)"; return 0
  fi
  printf '         jvm %5d  payara %5d  deploy %5d  startup %5d  open %5d ms\n' $((first - t0)) $((boot - first)) \
    $((deployed - boot)) $((started - deployed)) $((ready - started))
  mig_first=$(log_ms "$log" 'Applied migration')
  mig_last=$(grep -E 'Applied migration' "$log" | tail -n1 | grep -oE 'timeMillis: [0-9]+' | grep -oE '[0-9]+' || true)
  [ -z "$mig_first" ] || printf '         migrations %d applied in %d ms\n' "$(grep -c 'Applied migration' "$log")" \
    $((mig_last - mig_first))
  grep -oE 'Demo (district|programmes|learners) .* ms' "$log" | sed 's/^/         /' || true
}

one_start() {  # label, data folder
  local label=$1 data=$2 t0 pid ready page cpu rss load
  t0=$(date +%s%3N)
  PORT=$PORT DATA_DIR="$data" payara/run.sh > "$data.$label.log" 2>&1 &
  pid=$!   # run.sh ends in exec: the same process becomes the JVM
  ready=""
  for _ in $(seq 1 3000); do
    if up "http://localhost:$PORT/health/ready"; then ready=$(date +%s%3N); break; fi
    kill -0 "$pid" 2> /dev/null || break
    sleep 0.05
  done
  if [ -z "$ready" ]; then echo "$label: not ready (log: $data.$label.log)"; kill "$pid" 2> /dev/null || true; return 1; fi
  cpu=$(cpu_seconds "$pid"); load=$(cut -d' ' -f1 /proc/loadavg)
  rss=$(( $(ps -o rss= -p "$pid") / 1024 ))
  until up "http://localhost:$PORT/"; do sleep 0.05; done
  page=$(date +%s%3N)
  printf '%-9s ready %6d ms  page %6d ms  cpu %5s s  rss %4d MiB  load %s  (%s)\n' "$label" $((ready - t0)) \
    $((page - t0)) "$cpu" "$rss" "$load" "$(grep -m1 -oE 'class archive[^)]*' "$data.$label.log" || echo '?')"
  [ -z "${PROFILE:-}" ] || profile "$data.$label.log" "$t0" "$ready"
  kill "$pid"; wait "$pid" 2> /dev/null || true   # a stop: writes the class archive when there was none
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -n1)," \
  "load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%FT%TZ)"
for i in $(seq 1 "$RUNS"); do
  data=$(mktemp -d /tmp/taphuan-bench-XXXX)
  one_start "fresh-$i" "$data"
  one_start "restart-$i" "$data"
  [ -n "${KEEP:-}" ] && echo "kept: $data $data.*.log" || rm -rf "$data" "$data".*.log
done
