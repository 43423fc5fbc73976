"""The edge speaks tags: responses name what they show in `Surrogate-Key` (Fastly, Varnish
xkey: space separated) and `Cache-Tag` (Cloudflare: comma separated), and `invalidate` purges
those tags at every edge configured (settings `EDGE_*`). The limits kept, and why: a tag longer
than `MAX_KEY` is sent hashed, and a page naming more than `MAX_HEADER` bytes of tags is not
stored (docs/caching.md, "The edge").
"""

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
# What nginx keeps of an answer before its body: its own key and header (under 1 KB) and the
# app's headers, which deploy/nginx.conf reads up to `proxy_buffer_size 32k`.
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
    surrogate = " ".join(keys)
    if len(surrogate) > MAX_HEADER:
        return False
    response["Surrogate-Key"] = surrogate
    response["Cache-Tag"] = ",".join(keys)
    return True


def purge(names: Iterable[str]) -> None:
    """Purge these tags at every configured edge. A failing edge is logged, never raised: a
    CDN outage must not undo a publish (the edge's short s-maxage bounds what it keeps)."""
    keys = sorted({edge_key(name) for name in names})
    if not keys:
        return
    for backend in (_purge_nginx_files, _purge_http, _purge_cloudflare):
        try:
            backend(keys)
        except Exception:
            logger.exception("Edge purge by %s failed for %d tags", backend.__name__, len(keys))


def _purge_nginx_files(keys: list[str]) -> None:
    """nginx on this machine (deploy/nginx.conf) keeps each page as a file that starts with the
    app's response headers: delete those whose Surrogate-Key names one of `keys`."""
    if not settings.EDGE_NGINX_CACHE_DIR:
        return
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
    """Varnish with deploy/varnish.vcl (xkey), or Fastly's purge API: one request naming the
    tags, in `xkey-purge` (vmod xkey) and `Surrogate-Key` (Fastly)."""
    if not settings.EDGE_PURGE_URL:
        return
    headers = {"xkey-purge": " ".join(keys), "Surrogate-Key": " ".join(keys)}
    if settings.EDGE_PURGE_TOKEN:
        headers["Fastly-Key"] = settings.EDGE_PURGE_TOKEN
    _send(settings.EDGE_PURGE_URL, method=settings.EDGE_PURGE_METHOD, headers=headers)


def _purge_cloudflare(keys: list[str]) -> None:
    """Cloudflare's purge by tag: POST /zones/<zone>/purge_cache {"tags": [...]}."""
    if not settings.CLOUDFLARE_ZONE_ID:
        return
    url = (
        f"{settings.CLOUDFLARE_API_URL.rstrip('/')}/zones/{settings.CLOUDFLARE_ZONE_ID}/purge_cache"
    )
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
