"""Purging: each change names exactly the pages that show it, and they are purged at once.

Called from signal receivers (signals.py) and usable directly, e.g. from a management command.
A purge bumps the version of each path in the page cache (store.py), again when the
surrounding transaction commits (so a render that read the old rows in between is not kept),
and asks the edge cache (Wagtail's frontend cache: a CDN or nginx, from settings) to drop the
same URLs.
"""

import hashlib
import logging
from collections.abc import Iterable
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from wagtail.models import Page, Site

from . import store

logger = logging.getLogger(__name__)

HOME_PATH = "/"
_TOPICS_SHOWN_PREFIX = "pc:topics:"


def _group_names() -> set[str]:
    return {f"group:{group}" for group in settings.PAGE_CACHE_PATH_GROUPS.values()}


def path_for_url_path(url_path: str) -> str | None:
    """The public path of a tree `url_path` (e.g. /home/stories/x/ -> /stories/x/)."""
    for root in Site.get_site_root_paths():
        if url_path.startswith(root.root_path):
            return url_path[len(root.root_path) - 1 :]
    return None


def _page_path(page: Page) -> str | None:
    return path_for_url_path(page.url_path)


def _topic_page_paths(topic_ids: Iterable[int]) -> set[str]:
    from kidsnews.topics.models import TopicPage

    return {
        path
        for url_path in TopicPage.objects.live()
        .filter(topic_id__in=list(topic_ids))
        .values_list("url_path", flat=True)
        if (path := path_for_url_path(url_path))
    }


def _all_topic_page_paths() -> set[str]:
    from kidsnews.topics.models import TopicPage

    return {
        path
        for url_path in TopicPage.objects.live().values_list("url_path", flat=True)
        if (path := path_for_url_path(url_path))
    }


def _topics_of(page: Page) -> set[int]:
    if not hasattr(page, "topics"):
        return set()
    return {topic.pk for topic in page.topics.all()}


def _topic_paths_for_publish(page: Page, *, still_shown: bool) -> set[str]:
    """Topic pages that listed the page before this change and those that list it after.

    What a page was filed under before a publish is gone by the time Wagtail tells us, so we
    remember it at each purge; without that memory (first publish, evicted) every topic page
    is purged, which costs renders but never shows a stale list.
    """
    memory_key = f"{_TOPICS_SHOWN_PREFIX}{page.pk}"
    before = cache.get(memory_key)
    now = _topics_of(page) if still_shown else set()
    cache.set(memory_key, sorted(now), timeout=None)
    if before is None:
        return _all_topic_page_paths() if (now or not still_shown) else set()
    return _topic_page_paths(set(before) | now)


def purge_paths(*, paths: Iterable[str]) -> None:
    """Drop every cached copy of these paths (and groups such as `group:feeds`) now, again
    after the current transaction commits, and at the edge."""
    names = {path for path in paths if path}
    if not names:
        return
    store.bump(names)
    _purge_nginx(names)
    transaction.on_commit(lambda: (store.bump(names), _purge_nginx(names)))
    if settings.WAGTAILFRONTENDCACHE:
        transaction.on_commit(lambda: _purge_edge(names))


def _edge_paths(names: set[str]) -> set[str]:
    paths = {name for name in names if not name.startswith("group:")}
    for group, edge_paths in settings.PAGE_CACHE_GROUP_EDGE_PATHS.items():
        if f"group:{group}" in names:
            paths.update(edge_paths)
    return paths


def _purge_nginx(names: set[str]) -> None:
    """Delete nginx's cached copies on this machine (deploy/nginx.conf: key
    "$scheme$host$request_uri", levels=1:2), so a change does not wait out the second."""
    cache_dir = settings.PAGE_CACHE_NGINX_DIR
    if not cache_dir:
        return
    for path in _edge_paths(names):
        for host in settings.PAGE_CACHE_NGINX_HOSTS:
            for scheme in ("http", "https"):
                digest = hashlib.md5(  # nginx's own file naming, not security
                    f"{scheme}{host}{path}".encode(), usedforsecurity=False
                ).hexdigest()
                cached = Path(cache_dir) / digest[-1] / digest[-3:-1] / digest
                cached.unlink(missing_ok=True)


def _purge_edge(names: set[str]) -> None:
    from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache

    paths = _edge_paths(names)
    roots = {root.root_url for root in Site.get_site_root_paths()}
    urls = [root.rstrip("/") + path for root in roots for path in sorted(paths)]
    try:
        purge_urls_from_cache(urls)
    except Exception:  # a CDN outage must not undo a publish; the edge TTL bounds staleness
        logger.exception("Edge purge failed for %d URLs", len(urls))


def purge_for_page(
    *, page: Page, still_shown: bool = True, old_url_path: str | None = None
) -> set[str]:
    """A page was published, unpublished or moved: the page, its parent listing, the home
    page, the topic pages that list it, the feeds and the sitemaps."""
    paths = {HOME_PATH, _page_path(page), *_group_names()}
    if old_url_path:
        paths.add(path_for_url_path(old_url_path))
        old_parent_url_path = old_url_path.rstrip("/").rsplit("/", 1)[0] + "/"
        paths.add(path_for_url_path(old_parent_url_path))
    parent = page.get_parent()
    if parent is not None:
        paths.add(_page_path(parent))
    paths |= _topic_paths_for_publish(page, still_shown=still_shown)
    paths.discard(None)
    purge_paths(paths=paths)
    return paths


def purge_for_deleted_page(*, page: Page) -> set[str]:
    """Like unpublishing, from the row alone: deleting a section must not query per page."""
    paths = {HOME_PATH, _page_path(page), *_group_names()}
    parent_url_path = page.url_path.rstrip("/").rsplit("/", 1)[0] + "/"
    paths.add(path_for_url_path(parent_url_path))
    before = cache.get(f"{_TOPICS_SHOWN_PREFIX}{page.pk}")
    if before:
        paths |= _topic_page_paths(before)
    paths.discard(None)
    purge_paths(paths=paths)
    return paths


def purge_for_story_comments(*, story: Page) -> set[str]:
    """What the public sees of a story's comments changed: the story itself (its thread and
    count), and the listings that show its comment count (home, /stories/, its topics,
    feeds)."""
    parent_url_path = story.url_path.rstrip("/").rsplit("/", 1)[0] + "/"
    paths = {
        HOME_PATH,
        _page_path(story),
        path_for_url_path(parent_url_path),
        *_topic_page_paths(_topics_of(story)),
    }
    paths |= _group_names()
    paths.discard(None)
    purge_paths(paths=paths)
    return paths
