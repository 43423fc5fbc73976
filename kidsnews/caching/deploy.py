"""Render deploy/nginx.conf and deploy/varnish.vcl for a machine: used by the tests,
`make bench` and operators."""

import getpass
from pathlib import Path

DEPLOY = Path(__file__).resolve().parents[2] / "deploy"


def _render(template: str, path: Path, **values) -> Path:
    text = (DEPLOY / template).read_text()
    for name, value in values.items():
        text = text.replace("{{" + name + "}}", str(value))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def render_nginx_conf(*, prefix: Path, user=None, extra_locations="", **values) -> Path:
    """Write nginx.conf into `prefix` (nginx makes its temp and cache folders there) from
    `listen`, `upstream`, `static_root` and `media_root`, and return it. Its workers run as
    `user`, by default whoever renders it: they must read its folders."""
    return _render(
        "nginx.conf",
        prefix / "nginx.conf",
        USER=user or getpass.getuser(),
        PREFIX=prefix,
        CACHE_DIR=prefix / "cache",
        EXTRA_LOCATIONS="\n" + extra_locations,  # after the template's "# "
        **{name.upper(): str(value).rstrip("/") for name, value in values.items()},
    )


def render_varnish_vcl(*, path: Path, backend_host: str, backend_port: int, grace: str) -> Path:
    """Write varnish.vcl to `path` and return it; `grace` in VCL units, e.g. "1h"."""
    return _render(
        "varnish.vcl", path, BACKEND_HOST=backend_host, BACKEND_PORT=backend_port, GRACE=grace
    )
