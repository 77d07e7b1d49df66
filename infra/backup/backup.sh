#!/usr/bin/env bash
# Dumps the marketplace database (every service schema) to a dated, compressed file.
#   infra/backup/backup.sh [target-dir]          (with docker compose running)
set -euo pipefail
target=${1:-./backups}
mkdir -p "$target"
file="$target/tradeqn-$(date -u +%Y%m%dT%H%M%SZ).dump"
docker compose exec -T postgres sh -c 'pg_dump -U "$POSTGRES_USER" -d "$POSTGRES_DB" --format=custom --no-owner' >"$file"
echo "wrote $file ($(du -h "$file" | cut -f1))"
