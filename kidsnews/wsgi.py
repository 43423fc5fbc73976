import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kidsnews.settings.base")
django_application = get_wsgi_application()

# Work every worker would otherwise do on its first requests, done once here, as each worker
# process boots (with a server that preloads the app, once before the workers fork).
# The URLconf (and through it the views), and the comment screener, whose import and first
# run compile its word lists and patterns (about half a second).
from django.urls import get_resolver  # noqa: E402

from kidsnews.comments.screening import screen  # noqa: E402

get_resolver().url_patterns  # noqa: B018 - imports every urls module
screen("Warming up: I love penguins, call me on 07700 900123 or add me on roblox")

# Anonymous page-cache hits and one-tap poll votes are answered before Django's handler, with
# the headers Django sent for the same kind of answer (kidsnews/caching/fastpath.py,
# kidsnews/polls/fastpath.py); everything else is Django's.
from kidsnews.caching.fastpath import PageCacheFastPath  # noqa: E402 - needs Django set up
from kidsnews.polls.fastpath import VoteFastPath  # noqa: E402

application = PageCacheFastPath(VoteFastPath(django_application))
