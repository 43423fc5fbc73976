#!/usr/bin/env bash
# Back up kidsnews: the database (PostgreSQL custom-format dump, or a consistent SQLite copy)
# and the uploaded media, into one dated directory. See docs/operations.md.
#
#   DATABASE_URL=postgres://... MEDIA_ROOT=/srv/kidsnews/media scripts/backup.sh /backups
#
# Prints the directory it wrote. Safe while the site runs: pg_dump reads one snapshot, and
# SQLite's online backup API copies a consistent database even with writers active.
set -euo pipefail
dest_root="${1:?usage: backup.sh <backup directory>}"
: "${MEDIA_ROOT:=var/media}"
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
dest="$dest_root/kidsnews-$stamp"
mkdir -p "$dest"
chmod 700 "$dest"

case "${DATABASE_URL:-}" in
    postgres://*|postgresql://*|pgsql://*)
        pg_dump --format=custom --no-owner --no-privileges --file="$dest/database.dump" \
            "${DATABASE_URL/#pgsql:/postgresql:}"
        ;;
    ""|sqlite://*)
        db_path="${DATABASE_URL:-}"; db_path="${db_path#sqlite://}"
        db_path="${db_path:-${KIDSNEWS_VAR_DIR:-var}/db.sqlite3}"
        sqlite3 "$db_path" ".backup '$dest/database.sqlite3'"
        ;;
    *)
        echo "backup.sh: unsupported DATABASE_URL scheme" >&2
        exit 2
        ;;
esac

if [ -d "$MEDIA_ROOT" ]; then
    tar -czf "$dest/media.tar.gz" -C "$MEDIA_ROOT" .
else
    tar -czf "$dest/media.tar.gz" -T /dev/null
fi
(cd "$dest" && sha256sum ./* > SHA256SUMS)
echo "$dest"
