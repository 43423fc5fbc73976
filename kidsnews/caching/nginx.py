"""Render deploy/nginx.conf for a machine: used by the tests, `make bench` and operators."""

import getpass
from pathlib import Path

TEMPLATE = Path(__file__).resolve().parents[2] / "deploy" / "nginx.conf"
TEMP_DIRS = ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")


def render_nginx_conf(
    *,
    prefix: Path,
    listen: str,
    upstream: str,
    static_root: Path,
    media_root: Path,
    extra_locations: str = "",
    user: str | None = None,
) -> Path:
    """Write nginx.conf into `prefix` (with its temp and cache directories) and return it."""
    prefix.mkdir(parents=True, exist_ok=True)
    for name in (*TEMP_DIRS, "cache"):
        (prefix / name).mkdir(exist_ok=True)
    text = TEMPLATE.read_text()
    for name, value in {
        # Workers run as whoever renders the file unless told: they must read its directories.
        "USER": user or getpass.getuser(),
        "PREFIX": str(prefix),
        "LISTEN": listen,
        "UPSTREAM": upstream,
        "STATIC_ROOT": str(static_root).rstrip("/"),
        "MEDIA_ROOT": str(media_root).rstrip("/"),
        "CACHE_DIR": str(prefix / "cache"),
    }.items():
        text = text.replace("{{" + name + "}}", value)
    text = text.replace("# {{EXTRA_LOCATIONS}}", extra_locations)
    conf = prefix / "nginx.conf"
    conf.write_text(text)
    return conf
