"""Settings read the environment strictly: a bad value stops start-up with a clear message."""

import os
import subprocess
import sys

import pytest
from django.core.exceptions import ImproperlyConfigured

from kidsnews.settings import env


@pytest.fixture
def environ(monkeypatch):
    def set_(**values):
        for key, value in values.items():
            monkeypatch.setenv(key, value)

    return set_


def test_booleans_accept_the_usual_spellings(environ):
    environ(A="yes", B="0", C="True")
    assert env.env_bool("A", default=False) is True
    assert env.env_bool("B", default=True) is False
    assert env.env_bool("C", default=False) is True
    assert env.env_bool("UNSET_FOR_SURE", default=True) is True


def test_a_boolean_that_is_not_one_fails_loudly(environ):
    environ(DEBUG_X="maybe")
    with pytest.raises(ImproperlyConfigured, match="DEBUG_X='maybe' is not a boolean"):
        env.env_bool("DEBUG_X", default=False)


def test_integers_must_be_numbers_and_respect_their_minimum(environ):
    environ(N="seven", M="-1", K="12")
    with pytest.raises(ImproperlyConfigured, match="not a whole number"):
        env.env_int("N", 1)
    with pytest.raises(ImproperlyConfigured, match="below the minimum"):
        env.env_int("M", 1, minimum=0)
    assert env.env_int("K", 1) == 12


def test_urls_must_have_an_allowed_scheme(environ):
    environ(DB="mysql://x/y", R="redis://127.0.0.1:6379/0")
    with pytest.raises(ImproperlyConfigured, match="DB="):
        env.env_url("DB", schemes=("postgres",))
    assert env.env_url("R", schemes=("redis",)) == "redis://127.0.0.1:6379/0"


def test_unknown_time_zone_fails(environ):
    environ(TZ_X="Europe/Atlantis")
    with pytest.raises(ImproperlyConfigured, match="not a known time zone"):
        env.env_timezone("TZ_X", "UTC")


def test_a_required_secret_is_required():
    with pytest.raises(ImproperlyConfigured, match="SECRET_KEY_UNSET is required"):
        env.env_str("SECRET_KEY_UNSET")


def _start_django(**overrides):
    """Import the production settings in a fresh interpreter, as the app server would."""
    environment = {k: v for k, v in os.environ.items() if k not in {"DEBUG", "SECRET_KEY"}}
    environment.update(DJANGO_SETTINGS_MODULE="kidsnews.settings.base", **overrides)
    return subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"],
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_production_settings_refuse_to_start_without_a_secret_key():
    result = _start_django()
    assert result.returncode != 0
    assert "SECRET_KEY is required" in result.stderr


def test_production_settings_refuse_a_bad_boolean():
    result = _start_django(SECRET_KEY="x" * 50, DEBUG="perhaps")
    assert result.returncode != 0
    assert "DEBUG='perhaps' is not a boolean" in result.stderr


def test_production_settings_default_to_debug_off():
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import django; django.setup(); from django.conf import settings; print(settings.DEBUG)",
        ],
        env={
            **{k: v for k, v in os.environ.items() if k != "DEBUG"},
            "DJANGO_SETTINGS_MODULE": "kidsnews.settings.base",
            "SECRET_KEY": "x" * 50,
        },
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.stdout.strip() == "False", result.stderr


def _database_settings(tmp_path, **overrides) -> dict:
    """settings.DATABASES["default"] of the production settings, read in a fresh process."""
    import json

    code = (
        "import json, django; django.setup(); from django.conf import settings; "
        "db = settings.DATABASES['default']; "
        "print(json.dumps({k: db.get(k) for k in ('ENGINE', 'CONN_MAX_AGE', 'OPTIONS')}))"
    )
    environment = {
        k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "DB_CONN_MAX_AGE"}
    }
    environment.update(
        DJANGO_SETTINGS_MODULE="kidsnews.settings.base",
        SECRET_KEY="x" * 50,
        KIDSNEWS_VAR_DIR=str(tmp_path),
        **overrides,
    )
    result = subprocess.run(
        [sys.executable, "-c", code], env=environment, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize(
    "url",
    # The same checks on a DATABASE_URL naming SQLite: in make test-long (about 25 s each).
    [None, pytest.param("sqlite:///{tmp}/other.sqlite3", marks=pytest.mark.long)],
)
def test_sqlite_keeps_connections_and_takes_the_write_lock_up_front(tmp_path, url):
    """Every SQLite database, the default one or one named by DATABASE_URL, runs in WAL mode
    with IMMEDIATE transactions (what orders concurrent comment posts), and each worker keeps
    its connection between requests (a new one per request re-reads the schema and, as the
    last one closes, makes SQLite checkpoint and drop its WAL)."""
    overrides = {"DATABASE_URL": url.format(tmp=tmp_path)} if url else {}
    db = _database_settings(tmp_path, **overrides)
    assert db["ENGINE"] == "django.db.backends.sqlite3"
    assert db["CONN_MAX_AGE"] == 60
    assert db["OPTIONS"]["transaction_mode"] == "IMMEDIATE"
    assert "journal_mode=WAL" in db["OPTIONS"]["init_command"]
    assert _database_settings(tmp_path, DB_CONN_MAX_AGE="0", **overrides)["CONN_MAX_AGE"] == 0
