"""Backup and restore round trip against a throwaway PostgreSQL cluster (docs/operations.md)."""

import subprocess
from pathlib import Path

import pytest

from .servers import ROOT, app_env, have_postgres, manage, throwaway_postgres

pytestmark = [
    pytest.mark.long,
    pytest.mark.skipif(not have_postgres(), reason="needs PostgreSQL's initdb"),
]

COUNT_USERS = (
    "from kidsnews.accounts.models import User;"
    "print(sorted(User.objects.values_list('username', flat=True)))"
)


def script(name: str, env: dict, *args: str) -> str:
    return subprocess.run(
        ["bash", str(ROOT / "scripts" / name), *args],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()


def test_backup_then_restore_brings_back_database_and_media(tmp_path):
    media = tmp_path / "media"
    (media / "original_images").mkdir(parents=True)
    (media / "original_images" / "rocket.png").write_bytes(b"\x89PNG original")
    with throwaway_postgres() as postgres:
        postgres.createdb()
        env = app_env(DATABASE_URL=postgres.url(), MEDIA_ROOT=str(media))
        manage(env, "migrate", "--noinput", "accounts")
        manage(
            env,
            "shell",
            "-c",
            "from kidsnews.accounts.models import User;User.objects.create_user('kept-editor')",
        )

        backup_dir = Path(script("backup.sh", env, str(tmp_path / "backups")).splitlines()[-1])
        assert (backup_dir / "database.dump").stat().st_size > 0
        assert (backup_dir / "media.tar.gz").exists()

        # Disaster: the data changes and a file is lost.
        manage(
            env,
            "shell",
            "-c",
            "from kidsnews.accounts.models import User;User.objects.update(username='intruder')",
        )
        (media / "original_images" / "rocket.png").unlink()
        (media / "stray.txt").write_text("not in the backup")

        script("restore.sh", env, str(backup_dir))

        assert "['kept-editor']" in manage(env, "shell", "-c", COUNT_USERS)
        assert (media / "original_images" / "rocket.png").read_bytes() == b"\x89PNG original"
        assert not (media / "stray.txt").exists()


def test_restore_refuses_a_tampered_backup(tmp_path):
    media = tmp_path / "media"
    media.mkdir()
    env = app_env(MEDIA_ROOT=str(media))
    db = Path(env["KIDSNEWS_VAR_DIR"]) / "db.sqlite3"
    subprocess.run(
        ["sqlite3", str(db), "create table if not exists t(x); insert into t values (1);"],
        check=True,
    )
    backup_dir = Path(script("backup.sh", env, str(tmp_path / "backups")).splitlines()[-1])
    (backup_dir / "media.tar.gz").write_bytes(b"tampered")
    with pytest.raises(subprocess.CalledProcessError):
        script("restore.sh", env, str(backup_dir))
