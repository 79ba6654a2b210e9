#!/usr/bin/env bash
# Restore of a LaborRights backup into an empty database (issue 15, item 8; README "Backup and restore").
#   PGHOST=… PGPORT=… PGUSER=… PGPASSWORD=… PGDATABASE=laborrights bash docker/restore.sh /backups/laborrights.dump
# Restore into a new, empty database; then point the application at it (it checks the schema at start, ADR 0027).
# Stops at the first error: a half-restored database must not be taken into service.
set -euo pipefail
source_file="${1:?give the backup file to restore}"
bin="${PG_BIN:-}"
if [[ -z "$bin" ]] && ! command -v pg_restore >/dev/null; then bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"; fi
pg_restore="${bin:+$bin/}pg_restore"
"$pg_restore" --no-owner --exit-on-error --dbname "${PGDATABASE:?set PGDATABASE}" "$source_file"
echo "restored $source_file into $PGDATABASE"
