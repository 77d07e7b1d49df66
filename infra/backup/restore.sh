#!/usr/bin/env bash
# Restores a backup made by backup.sh: the database into DATABASE_URL, the uploads into UPLOADS_DIR.
# Stop the api and worker first, and restore into an empty database (or one to be overwritten:
# every object of the dump is dropped and made again):
#
#   docker compose stop api worker
#   docker compose run --rm -v tradeqn_uploads:/restore -e UPLOADS_DIR=/restore/uploads \
#     --entrypoint /backup/restore.sh backup /backups/tradeqn-20261206T020000Z
#   docker compose start api worker
# (the backup service sees the uploads read-only at /data: they go back through a second mount)
#
#   DATABASE_URL      the database to restore into (required)
#   UPLOADS_DIR       where the uploads go back (default $DATA_DIR/uploads, DATA_DIR=./.data)
#   RESTORE_UPLOADS   0: the database only (default 1)
# The argument is a backup folder, or a bare .dump file (the database only).
set -euo pipefail

source=${1:?usage: restore.sh <backup-folder | file.dump>}
: "${DATABASE_URL:?DATABASE_URL: the database to restore into}"
uploads_dir=${UPLOADS_DIR:-${DATA_DIR:-./.data}/uploads}
log() { printf '%s %s\n' "$(date -u +%H:%M:%SZ)" "$*" >&2; }

if [ -d "$source" ]; then
  dump="$source/database.dump"
  uploads="$source/uploads.tar.gz"
  # a backup whose files changed since it was written is not restored
  if [ -f "$source/SHA256SUMS" ]; then (cd "$source" && sha256sum --check --quiet SHA256SUMS); fi
else
  dump=$source
  uploads=
fi
[ -f "$dump" ] || { echo "no database dump at $dump" >&2; exit 2; }

log "restoring the database from $dump"
# one transaction: a restore that fails half-way leaves the database as it was
pg_restore --clean --if-exists --no-owner --no-privileges --exit-on-error --single-transaction \
  --dbname="$DATABASE_URL" "$dump"

if [ -n "$uploads" ] && [ -f "$uploads" ] && [ "${RESTORE_UPLOADS:-1}" != 0 ]; then
  log "restoring the uploads into $uploads_dir"
  mkdir -p "$uploads_dir"
  tar -C "$uploads_dir" -xzf "$uploads"
fi
log "restored $source"
