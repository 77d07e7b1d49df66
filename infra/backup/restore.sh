#!/usr/bin/env bash
# Restores a dump made by backup.sh into the running compose database. Stop api and worker first:
#   docker compose stop api worker && infra/backup/restore.sh backups/tradeqn-….dump && docker compose start api worker
set -euo pipefail
file=${1:?usage: restore.sh <dump-file>}
docker compose exec -T postgres sh -c 'pg_restore -U "$POSTGRES_USER" -d "$POSTGRES_DB" --clean --if-exists --no-owner' <"$file"
echo "restored $file"
