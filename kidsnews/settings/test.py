"""Tests: fast hashers, mail kept in memory, no collectstatic needed."""

import os
import tempfile

os.environ.setdefault("SECRET_KEY", "test-only-not-secret")  # noqa: S105 - test settings only
os.environ.setdefault("SERVE_MEDIA", "true")
# Playwright's sync API runs an event loop in the test thread; the ORM calls the tests make
# between browser steps are still synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

from .base import *  # noqa: E402, F403
from .base import CACHES, REDIS_URL  # noqa: E402

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
MEDIA_ROOT = tempfile.mkdtemp(prefix="kidsnews-test-media-")
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
if not REDIS_URL:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
else:
    CACHES["default"]["KEY_PREFIX"] = f"kidsnews-test-{os.getpid()}"
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "kidsnews.search.backend", "WRAPS": "wagtail.search.backends.database"}
}
STATIC_ROOT = tempfile.mkdtemp(prefix="kidsnews-test-static-")
WHITENOISE_USE_FINDERS = True
# Off so other suites can change rows and re-read pages; tests/performance turns it on.
PAGE_CACHE_ENABLED = False
# Every counted read is written at once, so tests read the counts straight after a request;
# tests/discovery/test_most_read.py covers the buffered writes.
POPULARITY_FLUSH_SECONDS = 0
# Publishing a story in a test does not speak it (seconds each); tests/listen turns it on.
LISTEN_ON_PUBLISH = False
LISTEN_ENGINE = "espeak"
