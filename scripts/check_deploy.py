"""`make check-deploy`: Django's deployment checklist under the production configuration.

Runs `manage.py check --deploy --fail-level WARNING` with the real settings module
(kidsnews.settings.base) and the environment docs/operations.md tells operators to set:
HTTPS on, a long random SECRET_KEY, a real host name. Any warning fails the run.
"""

import os
import secrets

# Runs our own manage.py with a fixed argument list.
import subprocess  # nosec B404
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "kidsnews.settings.base",
    "HTTPS": "true",
    "DEBUG": "false",
    "SECRET_KEY": secrets.token_urlsafe(64),
    "ALLOWED_HOSTS": "news.example.org",
    "CSRF_TRUSTED_ORIGINS": "https://news.example.org",
    "BASE_URL": "https://news.example.org",
    "TRUST_X_FORWARDED_PROTO": "true",
    "STAFF_REQUIRE_2FA": "true",
}


def main() -> int:
    env = {**os.environ, **PRODUCTION_ENV}
    # Development and test conveniences that must never reach production.
    for name in ("DJANGO_ALLOW_ASYNC_UNSAFE", "SERVE_MEDIA"):
        env.pop(name, None)
    command = [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"]
    result = subprocess.run(command, cwd=ROOT, env=env, check=False)  # noqa: S603  # nosec B603
    if result.returncode == 0:
        print("check --deploy: no warnings under the production configuration")  # noqa: T201
    return result.returncode


if __name__ == "__main__":
    sys.exit(main())
