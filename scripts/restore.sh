#!/usr/bin/env bash
# Restore a backup made by scripts/backup.sh. DESTRUCTIVE: replaces the database contents and
# the media directory. Stop the app servers first. See docs/operations.md.
#
#   DATABASE_URL=postgres://... MEDIA_ROOT=/srv/kidsnews/media scripts/restore.sh /backups/kidsnews-<stamp>
set -euo pipefail
src="${1:?usage: restore.sh <backup directory made by backup.sh>}"
: "${MEDIA_ROOT:=var/media}"
(cd "$src" && sha256sum --check --quiet SHA256SUMS)

case "${DATABASE_URL:-}" in
    postgres://*|postgresql://*|pgsql://*)
        # --clean --if-exists drops what the dump recreates; one transaction, so a failed
        # restore leaves the old data in place rather than half of each.
        pg_restore --clean --if-exists --no-owner --no-privileges --single-transaction \
            --exit-on-error --dbname="${DATABASE_URL/#pgsql:/postgresql:}" "$src/database.dump"
        ;;
    ""|sqlite://*)
        db_path="${DATABASE_URL:-}"; db_path="${db_path#sqlite://}"
        db_path="${db_path:-${KIDSNEWS_VAR_DIR:-var}/db.sqlite3}"
        rm -f "$db_path-wal" "$db_path-shm"
        cp "$src/database.sqlite3" "$db_path.restoring"
        mv "$db_path.restoring" "$db_path"
        ;;
    *)
        echo "restore.sh: unsupported DATABASE_URL scheme" >&2
        exit 2
        ;;
esac

# Unpack beside the old media, then swap, so a failed unpack never leaves half a directory.
parent="$(dirname "$MEDIA_ROOT")"
mkdir -p "$parent"
staging="$(mktemp -d "$parent/.media-restore.XXXXXX")"
tar -xzf "$src/media.tar.gz" -C "$staging"
if [ -d "$MEDIA_ROOT" ]; then
    mv "$MEDIA_ROOT" "$staging.old"
fi
mv "$staging" "$MEDIA_ROOT"
rm -rf "$staging.old"
echo "restored from $src"
