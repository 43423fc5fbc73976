"""The edge speaks tags: `Surrogate-Key` (Fastly, Varnish xkey) and `Cache-Tag` (Cloudflare)
name what a response shows, and `invalidate` purges those tags at every edge configured. The
limits, and where they come from: docs/caching.md, "The edge"."""

import hashlib
import json
import logging
import re
import urllib.request
from collections.abc import Iterable
from pathlib import Path

from django.conf import settings

logger = logging.getLogger(__name__)

MAX_KEY = 64
MAX_HEADER = 8_000  # each of the two headers, name included within Varnish's 8,192
# nginx's file head: its key and header (under 1 KB), the app's headers (proxy_buffer_size 32k).
NGINX_HEAD_BYTES = 33 * 1024
CLOUDFLARE_TAGS_PER_CALL = 30  # Cloudflare's documented limit per purge request
_PLAIN = re.compile(r"^[A-Za-z0-9:._-]+$")
_SURROGATE_LINE = re.compile(rb"\r\nSurrogate-Key:[ \t]*([^\r]*)", re.IGNORECASE)


def edge_key(tag: str) -> str:
    if len(tag) <= MAX_KEY and _PLAIN.match(tag):
        return tag
    return "h" + hashlib.sha256(tag.encode()).hexdigest()[:32]


def add_tag_headers(response, names: Iterable[str]) -> bool:
    """Name the response's tags for the edge; False when they would not fit its limits."""
    keys = sorted({edge_key(name) for name in names})
    if len(surrogate := " ".join(keys)) > MAX_HEADER:
        return False
    response["Surrogate-Key"], response["Cache-Tag"] = surrogate, ",".join(keys)
    return True


def purge(names: Iterable[str]) -> None:
    """Purge these tags at every configured edge. A failing edge is logged, never raised: a
    CDN outage must not undo a publish (the edge's short s-maxage bounds what it keeps)."""
    keys = sorted({edge_key(name) for name in names})
    for backend, configured in (
        (_purge_nginx_files, settings.EDGE_NGINX_CACHE_DIR),
        (_purge_http, settings.EDGE_PURGE_URL),
        (_purge_cloudflare, settings.CLOUDFLARE_ZONE_ID),
    ):
        try:
            if configured and keys:
                backend(keys)
        except Exception:
            logger.exception("Edge purge by %s failed for %d tags", backend.__name__, len(keys))


def _purge_nginx_files(keys: list[str]) -> None:
    """nginx on this machine (deploy/nginx.conf) keeps each page as a file that starts with the
    app's response headers: delete those whose Surrogate-Key names one of `keys`."""
    wanted = {key.encode() for key in keys}
    for path in Path(settings.EDGE_NGINX_CACHE_DIR).glob("*/*/*"):
        try:
            with path.open("rb") as file:
                head = file.read(NGINX_HEAD_BYTES).split(b"\r\n\r\n", 1)[0]
        except FileNotFoundError:
            continue
        named = _SURROGATE_LINE.search(head)
        if named and wanted.intersection(named[1].split()):
            path.unlink(missing_ok=True)


def _purge_http(keys: list[str]) -> None:
    """One request naming the tags to Varnish (deploy/varnish.vcl, xkey) or Fastly's API."""
    headers = {"xkey-purge": " ".join(keys), "Surrogate-Key": " ".join(keys)}
    if settings.EDGE_PURGE_TOKEN:
        headers["Fastly-Key"] = settings.EDGE_PURGE_TOKEN
    _send(settings.EDGE_PURGE_URL, method=settings.EDGE_PURGE_METHOD, headers=headers)


def _purge_cloudflare(keys: list[str]) -> None:
    """Cloudflare's purge by tag: POST /zones/<zone>/purge_cache {"tags": [...]}."""
    zone = settings.CLOUDFLARE_ZONE_ID
    url = f"{settings.CLOUDFLARE_API_URL.rstrip('/')}/zones/{zone}/purge_cache"
    headers = {
        "Authorization": f"Bearer {settings.CLOUDFLARE_BEARER_TOKEN}",
        "Content-Type": "application/json",
    }
    for start in range(0, len(keys), CLOUDFLARE_TAGS_PER_CALL):
        body = json.dumps({"tags": keys[start : start + CLOUDFLARE_TAGS_PER_CALL]}).encode()
        _send(url, method="POST", headers=headers, data=body)


def _send(url: str, **request) -> None:
    if not url.startswith(("http://", "https://")):
        raise ValueError(f"an edge purge URL must be http or https, not {url!r}")
    opened = urllib.request.Request(url, **request)  # noqa: S310 - http(s), checked above
    with urllib.request.urlopen(opened, timeout=5) as response:  # noqa: S310  # nosec B310
        response.read()
