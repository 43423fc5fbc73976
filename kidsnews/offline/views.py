"""Today's edition offline (issue 14, item 4): the service worker script, the list of what it
keeps, and the page that says what is saved. Thin: the reads are in queries.py."""

from functools import cache
from pathlib import Path

from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from .queries import todays_edition

SERVICE_WORKER = Path(__file__).resolve().parent.parent / "static" / "js" / "sw.js"


@cache
def _service_worker_source() -> bytes:
    return SERVICE_WORKER.read_bytes()


@require_safe
def service_worker(request):
    """/sw.js: served from the root so it may look after every page of the site (a worker's
    scope is its own folder at most). Browsers check it for a new version on each visit."""
    response = HttpResponse(_service_worker_source(), content_type="text/javascript")
    response["Cache-Control"] = "no-cache"
    response["Service-Worker-Allowed"] = "/"
    return response


@require_safe
def edition(request):
    """/offline/edition.json: what to keep. The same for everyone, so it is cached whole
    (PAGE_CACHE_EXTRA_PREFIXES) with the tags of the stories it lists."""
    return JsonResponse(todays_edition())


@require_safe
def offline_page(request):
    """/offline/: what is saved on this device; the service worker shows it in place of a
    page that is not saved when there is no connection."""
    return render(request, "offline/offline.html", {"edition": todays_edition()})
