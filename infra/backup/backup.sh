#!/usr/bin/env bash
# One backup of the marketplace: the whole database (every service schema) as a pg_dump custom
# archive, and the uploaded files (DATA_DIR/uploads) as a tar, in a folder named by the UTC time;
# then the old ones beyond the retention are removed. Prints the new folder's path last.
#
#   DATABASE_URL=postgres://… BACKUP_DIR=/backups infra/backup/backup.sh
#
# The compose service `backup` runs it every BACKUP_INTERVAL_HOURS (docker-compose.yml).
#   DATABASE_URL        the database to dump (required)
#   BACKUP_DIR          where backups go                          (default ./backups)
#   UPLOADS_DIR         the uploads folder; absent or empty: none  (default $DATA_DIR/uploads, DATA_DIR=./.data)
#                       With S3_BUCKET set the files live in the bucket: its versioning covers them.
#   BACKUP_KEEP_DAILY   how many days keep their newest backup     (default 7)
set -euo pipefail

: "${DATABASE_URL:?DATABASE_URL: the database to back up}"
backup_dir=${BACKUP_DIR:-./backups}
uploads_dir=${UPLOADS_DIR:-${DATA_DIR:-./.data}/uploads}
keep_daily=${BACKUP_KEEP_DAILY:-7}
case $keep_daily in '' | *[!0-9]* | 0) echo "BACKUP_KEEP_DAILY: a whole number of days, at least 1" >&2; exit 2 ;; esac

mkdir -p "$backup_dir"
stamp=$(date -u +%Y%m%dT%H%M%SZ)
final="$backup_dir/tradeqn-$stamp"
# written under a dot-name and renamed when whole: a backup cut short never counts as one
work="$backup_dir/.tradeqn-$stamp.partial"
rm -rf "$work"
mkdir -p "$work"
trap 'rm -rf "$work"' EXIT

log() { printf '%s %s\n' "$(date -u +%H:%M:%SZ)" "$*" >&2; }

log "dumping the database"
pg_dump --format=custom --compress=6 --no-owner --no-privileges --file="$work/database.dump" --dbname="$DATABASE_URL"
# the archive's table of contents must read back, or the dump is not one
pg_restore --list "$work/database.dump" >/dev/null

if [ -d "$uploads_dir" ] && [ -n "$(ls -A "$uploads_dir" 2>/dev/null)" ]; then
  log "archiving the uploads in $uploads_dir"
  tar -C "$uploads_dir" -czf "$work/uploads.tar.gz" .
  tar -tzf "$work/uploads.tar.gz" >/dev/null
else
  log "no uploads folder at $uploads_dir (files in S3, or none yet): database only"
fi

(cd "$work" && sha256sum -- * >SHA256SUMS)
mv "$work" "$final"
trap - EXIT
log "wrote $final ($(du -sh "$final" | cut -f1))"

# retention: the newest backup of each of the last $keep_daily days that have one; the rest go
days_kept=0
last_day=
for folder in $(find "$backup_dir" -mindepth 1 -maxdepth 1 -type d -name 'tradeqn-*' -printf '%f\n' | sort -r); do
  day=${folder#tradeqn-}
  day=${day%%T*}
  if [ "$day" != "$last_day" ] && [ "$days_kept" -lt "$keep_daily" ]; then
    days_kept=$((days_kept + 1))
    last_day=$day
  else
    log "removing $folder (beyond $keep_daily days)"
    rm -rf -- "${backup_dir:?}/$folder"
  fi
done
# leftovers of a run killed mid-way
find "$backup_dir" -mindepth 1 -maxdepth 1 -type d -name '.tradeqn-*.partial' -mmin +1440 -exec rm -rf {} +

echo "$final"
