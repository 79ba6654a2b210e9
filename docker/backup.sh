#!/usr/bin/env bash
# Backup of the LaborRights database (issue 15, item 8; README "Backup and restore").
#   PGHOST=… PGPORT=… PGUSER=… PGPASSWORD=… PGDATABASE=laborrights bash docker/backup.sh /backups/laborrights-$(date +%F).dump
# One consistent snapshot (pg_dump runs in one transaction) of everything the application keeps: events, documents,
# the outbox and scheduled messages, evidence files. Custom format: compressed, restored selectively by pg_restore.
# For point-in-time recovery run a base backup with WAL archiving instead (see README).
set -euo pipefail
target="${1:?give the file to write, e.g. /backups/laborrights.dump}"
bin="${PG_BIN:-}"
if [[ -z "$bin" ]] && ! command -v pg_dump >/dev/null; then bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"; fi
pg_dump="${bin:+$bin/}pg_dump"
"$pg_dump" --format=custom --no-owner --file "$target"
echo "backup written: $target ($(du -h "$target" | cut -f1))"
