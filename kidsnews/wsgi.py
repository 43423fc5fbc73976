import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kidsnews.settings.base")
application = get_wsgi_application()

# Work every worker would otherwise do on its first requests, done once here: with gunicorn's
# --preload in the master before the workers fork (they share it), else as each worker boots.
# The URLconf (and through it the views), and the comment screener, whose import and first
# run compile its word lists and patterns (about half a second).
from django.urls import get_resolver  # noqa: E402

from kidsnews.comments.screening import screen  # noqa: E402

get_resolver().url_patterns  # noqa: B018 - imports every urls module
screen("Warming up: I love penguins, call me on 07700 900123 or add me on roblox")
