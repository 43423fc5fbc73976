"""One-tap votes without JavaScript, answered before Django's middleware chain.

A vote is a small form POST answered with a redirect to the results. Through Django's whole
chain it costs about 2.8 ms of CPU on the bench machine, most of it in middleware that has
nothing to do for an anonymous POST to a CSRF-exempt URL. `VoteFastPath` (kidsnews/wsgi.py)
counts it with the same service function as the view (`services.cast_vote`) and answers with
the status and headers Django itself sent for an earlier vote redirect in this process and
scheme; only `Location` (the view's `vote_results_location`) and `Expires` (Django's
`add_never_cache_headers`) are made for this answer. It keeps no header rule of its own.

It takes a request only if Django would treat it exactly so: POST to /polls/<id>/vote/, no
query string (JavaScript asks for `?fragment=1`, which Django answers), no cookie (a signed-in
reader's session is Django's business), a form body that RequestLimitsMiddleware accepts
(`security.middleware.limits_refusal`), a Host Django allows. Everything else goes to Django.
A request is handed on only before anything was counted, or when nothing was: an unknown poll
or answer, a robot, or a count that could not be stored (its mark was taken back); so no vote
is counted twice, and every "thanks" follows a stored count, as on the Django path.
"""

import functools
import io
import re
import threading
import time

from django.core.exceptions import DisallowedHost
from django.core.handlers.wsgi import WSGIRequest
from django.http import HttpResponse
from django.utils.cache import add_never_cache_headers

from kidsnews.core.start_response import remembering
from kidsnews.security.middleware import limits_refusal

from .counting import Outcome
from .models import Poll
from .services import PollClosed, UnknownChoice, cast_vote
from .views import vote_results_location

VOTE_PATH = re.compile(r"^/polls/(?P<poll_id>[1-9][0-9]{0,17})/vote/$")
FORM = "application/x-www-form-urlencoded"


class VoteFastPath:
    def __init__(self, app):
        self.app = app
        # The status line and headers of the last vote redirect Django sent, per scheme.
        self.redirects: dict[str, tuple[str, list[tuple[str, str]]]] = {}
        self.lock = threading.Lock()

    def __call__(self, environ, start_response):
        match = VOTE_PATH.match(environ.get("PATH_INFO", ""))
        if (
            match is None
            or environ.get("REQUEST_METHOD") != "POST"
            or environ.get("QUERY_STRING")
            or "HTTP_COOKIE" in environ
            or not environ.get("CONTENT_TYPE", "").startswith(FORM)
        ):
            return self.app(environ, start_response)
        request = WSGIRequest(dict(environ))  # WSGIRequest rewrites PATH_INFO in its dict
        refused = limits_refusal(request)
        # Django reads the body again from a fresh stream if the request is handed on.
        environ["wsgi.input"] = io.BytesIO(request.body if refused != 413 else b"")
        template = self.redirects.get(request.scheme)
        if refused is not None or template is None or not _allowed_host(request):
            return self._through_django(request, environ, start_response)
        poll_id = int(match["poll_id"])
        try:
            outcome = cast_vote(
                poll_id=poll_id, answer_id=request.POST.get("answer", ""), request=request
            )
        except PollClosed:
            outcome = "closed"
        except (Poll.DoesNotExist, UnknownChoice):
            outcome = Outcome.NOT_COUNTED  # nothing counted: Django says why
        if outcome is Outcome.NOT_COUNTED:
            return self._through_django(request, environ, start_response)
        status, headers = template
        start_response(status, _answer_headers(headers, vote_results_location(poll_id, outcome)))
        return []

    def _through_django(self, request, environ, start_response):
        sent = []
        response = self.app(environ, remembering(start_response, sent))
        if sent and sent[-1][0].startswith("303 ") and _is_vote_redirect(sent[-1][1]):
            with self.lock:
                self.redirects[request.scheme] = sent[-1]
        return response


def _allowed_host(request) -> bool:
    try:
        request.get_host()
    except DisallowedHost:
        return False
    return True


def _is_vote_redirect(headers) -> bool:
    names = {name.lower() for name, _ in headers}
    location = next((value for name, value in headers if name.lower() == "location"), "")
    return "set-cookie" not in names and "/results/?said=" in location


def _answer_headers(template, location: str) -> list[tuple[str, str]]:
    replaced = {"location": location, "expires": _never_cache_expires(int(time.time()))}
    return [(name, replaced.get(name.lower(), value)) for name, value in template]


@functools.lru_cache(maxsize=2)
def _never_cache_expires(second: int) -> str:
    """The Expires header Django's add_never_cache_headers gives in this second (it has a
    whole second's resolution, so one answer serves every vote in that second)."""
    fresh = HttpResponse()
    add_never_cache_headers(fresh)
    return fresh["Expires"]
