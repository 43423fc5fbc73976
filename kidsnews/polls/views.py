"""Voting and reacting: one tap, a plain form POST.

Without JavaScript the POST answers with a redirect to the results (POST, redirect, GET), so a
reload shows the results and sends nothing again. With JavaScript (static/js/polls.js) the POST
asks for `?fragment=1` and the results replace the form in place.

No cookie: these endpoints are CSRF-exempt on purpose, as the quiz's are. They change nothing
but anonymous totals, each reader counts once (a salted hash in the cache), and a CSRF token
would need a cookie. Results may be kept by browsers and caches for POLL_RESULTS_CACHE_SECONDS.
"""

import functools

from django.conf import settings
from django.http import Http404, HttpResponseNotAllowed, HttpResponseRedirect
from django.shortcuts import render
from django.urls import get_script_prefix, reverse
from django.utils.cache import patch_cache_control
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt

from kidsnews.articles.models import ArticlePage
from kidsnews.core import wording

from .counting import Outcome
from .models import Poll, PollPage
from .queries import poll_results, reaction_totals
from .services import PollClosed, UnknownChoice, cast_vote, react_to_story

SAID = {
    "thanks": wording.POLL_THANKS,
    "again": wording.POLL_ALREADY,
    "closed": wording.POLL_CLOSED,
}
REACTION_SAID = {"thanks": wording.REACTION_THANKS, "again": wording.REACTION_ALREADY}


def _poll(poll_id: int) -> Poll:
    poll = Poll.objects.filter(pk=poll_id).first()
    if poll is None:
        raise Http404("No such poll")
    return poll


def _story(story_id: int) -> ArticlePage:
    story = ArticlePage.objects.live().public().filter(pk=story_id).first()
    if story is None:
        raise Http404("No such story")
    return story


def _where_shown(poll: Poll) -> str:
    """The page the reader most likely voted on: its poll page, else the newest story."""
    for model in (PollPage, ArticlePage):
        page = model.objects.live().public().filter(poll=poll).order_by("-first_published_at")
        found = page.first()
        if found is not None:
            return found.url or ""
    return ""


def _wants_fragment(request) -> bool:
    return request.GET.get("fragment") == "1"


def _briefly_cacheable(response):
    patch_cache_control(response, public=True, max_age=settings.POLL_RESULTS_CACHE_SECONDS)
    return response


def _poll_response(request, poll, *, said: str, error: str = "", status: int = 200):
    context = {
        "poll": poll,
        "results": poll_results(poll=poll),
        "message": error or SAID.get(said, ""),
        "error": bool(error),
        "honest": wording.POLL_HONEST,
    }
    if not _wants_fragment(request):
        context["back_url"] = _where_shown(poll)
    template = "polls/poll_results.html" if _wants_fragment(request) else "polls/results_page.html"
    return render(request, template, context, status=status)


def _said(outcome) -> str:
    return {Outcome.COUNTED: "thanks", Outcome.ALREADY: "again"}.get(outcome, outcome)


def vote_results_location(poll_id: int, outcome) -> str:
    """Where a vote without JavaScript is sent once counted (or not, "closed")."""
    return f"{_results_path(poll_id, get_script_prefix())}?said={_said(outcome)}"


@functools.lru_cache(maxsize=256)
def _results_path(poll_id: int, script_prefix: str) -> str:
    # A burst of votes goes to a few polls: the URL is worked out once per poll.
    return reverse("polls:results", kwargs={"poll_id": poll_id})


def _after_counting(request, outcome, *, respond, location: str):
    """What a vote or a reaction answers once counted (or not): with JavaScript the results
    in place, without a redirect to them (PRG); 503 if it could not be counted."""
    if outcome is Outcome.NOT_COUNTED:
        return respond(said="", error=wording.POLL_NOT_COUNTED, status=503)
    if _wants_fragment(request):
        return respond(said=_said(outcome))
    return HttpResponseRedirect(location, status=303)


@csrf_exempt
@never_cache
def vote(request, poll_id: int):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    # The poll itself is read only for an answer given in place: a vote answered with the
    # redirect reads nothing but the poll's ballot (the fast path the bench measures).
    try:
        outcome = cast_vote(
            poll_id=poll_id, answer_id=request.POST.get("answer", ""), request=request
        )
    except Poll.DoesNotExist:
        raise Http404("No such poll") from None
    except PollClosed:
        outcome = "closed"
    except UnknownChoice:
        # Nothing picked, or not one of the answers: nothing is counted.
        return _poll_response(
            request, _poll(poll_id), said="", error=wording.POLL_PICK_ONE, status=400
        )
    return _after_counting(
        request,
        outcome,
        respond=lambda **kwargs: _poll_response(request, _poll(poll_id), **kwargs),
        location=vote_results_location(poll_id, outcome),
    )


def results(request, poll_id: int):
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD"])
    poll = _poll(poll_id)
    said = request.GET.get("said", "")
    if not poll.is_open and said not in SAID:
        said = "closed"
    return _briefly_cacheable(_poll_response(request, poll, said=said))


def _reaction_response(request, story, *, said: str, error: str = "", status: int = 200):
    context = {
        "story": story,
        "results": reaction_totals(story_id=story.pk),
        "message": error or REACTION_SAID.get(said, ""),
        "error": bool(error),
        "honest": wording.POLL_HONEST,
    }
    template = (
        "polls/reaction_totals.html" if _wants_fragment(request) else "polls/reactions_page.html"
    )
    return render(request, template, context, status=status)


@csrf_exempt
@never_cache
def react(request, story_id: int):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    story = _story(story_id)
    try:
        outcome = react_to_story(
            story=story, reaction=request.POST.get("reaction", ""), request=request
        )
    except UnknownChoice:
        return _reaction_response(
            request, story, said="", error=wording.REACTION_PICK_ONE, status=400
        )
    return _after_counting(
        request,
        outcome,
        respond=lambda **kwargs: _reaction_response(request, story, **kwargs),
        location=f"{reverse('reactions:totals', kwargs={'story_id': story.pk})}"
        f"?said={_said(outcome)}",
    )


def reaction_results(request, story_id: int):
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD"])
    story = _story(story_id)
    return _briefly_cacheable(_reaction_response(request, story, said=request.GET.get("said", "")))
