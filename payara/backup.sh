#!/usr/bin/env bash
# Backs up and restores the service's database (docs/operations.md, "Backups and restore").
#   payara/backup.sh postgres backup FILE.dump     # pg_dump -Fc, consistent while the instances run
#   payara/backup.sh postgres restore FILE.dump    # into the (empty) database TAPHUAN_DB_NAME; stop the instances first
#   payara/backup.sh derby backup DIR              # online: the running service copies its own database (Derby
#                                                  #   SYSCS_BACKUP_DATABASE) into DIR/db; stopped: ij does the same
#   payara/backup.sh derby restore DIR             # the service stopped: DIR/db replaces DATA_DIR/db (the old one kept)
# PostgreSQL: TAPHUAN_DB_HOST, TAPHUAN_DB_PORT, TAPHUAN_DB_NAME, TAPHUAN_DB_USER, TAPHUAN_DB_PASSWORD (as the service).
# Derby: DATA_DIR (as run.sh, default ./data); online backup through the service on URL (default http://localhost:8080/)
# with a district administrator's ADMIN_USER and ADMIN_PASSWORD. Prints how long it took.
set -euo pipefail
cd "$(dirname "$0")/.."
db="${1:?postgres or derby}"; action="${2:?backup or restore}"; target="${3:?file or folder}"
started=$(date +%s.%N)

postgres() {
  export PGHOST="${TAPHUAN_DB_HOST:-localhost}" PGPORT="${TAPHUAN_DB_PORT:-5432}" PGUSER="${TAPHUAN_DB_USER:-taphuan}"
  export PGDATABASE="${TAPHUAN_DB_NAME:-taphuan}" PGPASSWORD="${TAPHUAN_DB_PASSWORD:?set TAPHUAN_DB_PASSWORD}"
  command -v pg_dump > /dev/null || { echo "pg_dump is missing (apt-get install postgresql-client)" >&2; exit 1; }
  case "$action" in
    backup) pg_dump -Fc --no-owner -f "$target" ;;
    restore)
      local tables; tables=$(psql -tAc "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema()")
      [ "$tables" = 0 ] || { echo "database $PGDATABASE is not empty ($tables tables): restore into an empty one" >&2; exit 1; }
      # every entry except the public schema itself, which every new database already has
      pg_restore -l "$target" | grep -vE '^[0-9]+; [0-9]+ [0-9]+ (SCHEMA - public|COMMENT - SCHEMA public|ACL - SCHEMA public) ' \
        > "$target.list"
      pg_restore --no-owner --no-acl --exit-on-error -L "$target.list" -d "$PGDATABASE" "$target"
      rm -f "$target.list"
      # fresh statistics of the service's tables (the shared catalogues are the superuser's), or the first reports
      # plan as on an empty database
      psql -q <<< "SELECT format('ANALYZE %I', tablename) FROM pg_tables WHERE schemaname = current_schema() \gexec" ;;
    *) echo "backup or restore" >&2; exit 2 ;;
  esac
}

derby() {
  local data="${DATA_DIR:-$PWD/data}"
  case "$action" in
    backup)
      mkdir -p "$target"
      if curl -sf -o /dev/null "${URL:-http://localhost:8080/}health/live"; then
        # the database is open in the service's JVM: only the service can copy it consistently while it runs
        curl -sf -u "${ADMIN_USER:-admin}:${ADMIN_PASSWORD:?set ADMIN_PASSWORD (a district administrator)}" \
          -X POST "${URL:-http://localhost:8080/}api/operations/backup" -o "$target/backup.json"
        local made; made=$(sed -E 's/.*"folder":"([^"]*)".*/\1/' "$target/backup.json")
        cp -a "$made/db" "$target/db"
      else
        local jars; jars=$(ls target/taphuan/WEB-INF/lib/derby*.jar 2>/dev/null | tr '\n' ':')
        [ -n "$jars" ] || { echo "build the WAR first (mvn -DskipTests package): Derby's jars come from it" >&2; exit 1; }
        java -cp "$jars" -Dij.protocol=jdbc:derby: org.apache.derby.tools.ij <<< \
          "connect '$data/db'; CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE('$target'); exit;" > /dev/null
      fi ;;
    restore)
      curl -sf -o /dev/null "${URL:-http://localhost:8080/}health/live" && { echo "stop the service first" >&2; exit 1; }
      [ -d "$target/db" ] || { echo "$target/db is not a Derby backup" >&2; exit 1; }
      [ -d "$data/db" ] && mv "$data/db" "$data/db.before-restore-$(date -u +%Y%m%dT%H%M%SZ)"
      mkdir -p "$data"; cp -a "$target/db" "$data/db" ;;
    *) echo "backup or restore" >&2; exit 2 ;;
  esac
}

"$db"
awk -v a="$started" -v b="$(date +%s.%N)" -v w="$db $action $target" 'BEGIN { printf "%s: %.1f s\n", w, b - a }'
