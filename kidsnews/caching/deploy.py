"""Render deploy/nginx.conf and deploy/varnish.vcl for a machine: used by the tests,
`make bench` and operators."""

import getpass
from pathlib import Path

DEPLOY = Path(__file__).resolve().parents[2] / "deploy"
TEMP_DIRS = ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")


def _render(template: str, values: dict[str, str]) -> str:
    text = (DEPLOY / template).read_text()
    for name, value in values.items():
        text = text.replace("{{" + name + "}}", value)
    return text


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
    text = _render(
        "nginx.conf",
        {
            # Workers run as whoever renders the file unless told: they must read its directories.
            "USER": user or getpass.getuser(),
            "PREFIX": str(prefix),
            "LISTEN": listen,
            "UPSTREAM": upstream,
            "STATIC_ROOT": str(static_root).rstrip("/"),
            "MEDIA_ROOT": str(media_root).rstrip("/"),
            "CACHE_DIR": str(prefix / "cache"),
        },
    )
    conf = prefix / "nginx.conf"
    conf.write_text(text.replace("# {{EXTRA_LOCATIONS}}", extra_locations))
    return conf


def render_varnish_vcl(*, path: Path, backend_host: str, backend_port: int, grace: str) -> Path:
    """Write varnish.vcl to `path` and return it; `grace` in VCL units, e.g. "1h"."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        _render(
            "varnish.vcl",
            {"BACKEND_HOST": backend_host, "BACKEND_PORT": str(backend_port), "GRACE": grace},
        )
    )
    return path
