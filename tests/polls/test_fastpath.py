"""One-tap votes answered before Django's middleware (kidsnews/polls/fastpath.py): the same
count, the same status and headers as Django's answer, and everything it cannot answer exactly
so handed to Django with nothing counted twice."""

import io
from datetime import timedelta

import pytest
from django.utils import timezone

from kidsnews.polls.fastpath import VoteFastPath
from kidsnews.polls.queries import poll_results

from .helpers import PHONE, make_poll

pytestmark = pytest.mark.django_db


@pytest.fixture
def app(django_app):
    return VoteFastPath(django_app), django_app


def post(app, path, body: bytes, *, reader=1, query="", **extra):
    environ = {
        "REQUEST_METHOD": "POST",
        "PATH_INFO": path,
        "QUERY_STRING": query,
        "SERVER_NAME": "testserver",
        "SERVER_PORT": "80",
        "HTTP_HOST": "testserver",
        "REMOTE_ADDR": f"203.0.113.{reader}",
        "HTTP_USER_AGENT": PHONE,
        "CONTENT_TYPE": "application/x-www-form-urlencoded",
        "CONTENT_LENGTH": str(len(body)),
        "wsgi.input": io.BytesIO(body),
        "wsgi.url_scheme": "http",
        "wsgi.errors": io.StringIO(),
        **extra,
    }
    started = []
    result = app(environ, lambda status, headers, exc_info=None: started.append((status, headers)))
    content = b"".join(result)
    if hasattr(result, "close"):
        result.close()
    status, headers = started[-1]
    return int(status.split()[0]), dict(headers), content


def vote(app, poll, answer, **kwargs):
    return post(app, f"/polls/{poll.pk}/vote/", f"answer={answer}".encode(), **kwargs)


def counts(poll):
    return [row.votes for row in poll_results(poll=poll).rows]


def test_after_one_vote_through_django_the_next_are_answered_before_it_the_same_way(app, tree):
    fast, django = app
    poll = make_poll()
    dog, cat, _ = (answer.pk for answer in poll.answer_list())
    first = vote(fast, poll, dog, reader=1)
    assert django.calls == 1
    second = vote(fast, poll, cat, reader=2)
    again = vote(fast, poll, dog, reader=2)
    assert django.calls == 1  # both answered by the fast path
    assert first[0] == second[0] == again[0] == 303
    assert second[1]["Location"] == f"/polls/{poll.pk}/results/?said=thanks"
    assert again[1]["Location"] == f"/polls/{poll.pk}/results/?said=again"
    different = {"Location", "Expires"}
    assert {k: v for k, v in first[1].items() if k not in different} == {
        k: v for k, v in second[1].items() if k not in different
    }
    assert "no-store" in second[1]["Cache-Control"] and "Set-Cookie" not in second[1]
    assert counts(poll) == [1, 1, 0]


def test_a_vote_after_the_poll_closed_is_sent_to_the_closed_results(app, tree):
    fast, django = app
    poll = make_poll()
    dog = poll.answer_list()[0].pk
    vote(fast, poll, dog, reader=1)
    poll.closes_at = timezone.now() - timedelta(seconds=1)
    poll.save()
    status, headers, _ = vote(fast, poll, dog, reader=2)
    assert django.calls == 1
    assert (status, headers["Location"]) == (303, f"/polls/{poll.pk}/results/?said=closed")
    assert counts(poll) == [1, 0, 0]


@pytest.mark.parametrize(
    "case",
    ["javascript", "cookie", "unknown answer", "bad bytes", "foreign host", "robot", "no poll"],
)
def test_what_it_cannot_answer_exactly_goes_to_django_and_counts_once(app, tree, case):
    fast, django = app
    poll = make_poll()
    dog = poll.answer_list()[0].pk
    vote(fast, poll, dog, reader=1)  # Django's answer is now known to the fast path
    assert django.calls == 1
    path, body, extra = f"/polls/{poll.pk}/vote/", f"answer={dog}".encode(), {}
    if case == "javascript":
        extra = {"query": "fragment=1"}
    elif case == "cookie":
        extra = {"HTTP_COOKIE": "sessionid=abc"}
    elif case == "unknown answer":
        body = b"answer=999999"
    elif case == "bad bytes":
        body = b"answer=%FF%FE"
    elif case == "foreign host":
        extra = {"HTTP_HOST": "evil.example"}
    elif case == "robot":
        extra = {"HTTP_USER_AGENT": "Googlebot/2.1 (+http://www.google.com/bot.html)"}
    elif case == "no poll":
        path = "/polls/987654/vote/"
    status, _, content = post(fast, path, body, reader=2, **extra)
    assert django.calls == 2
    # The status Django answers with, and the votes counted in all (the first reader's, and
    # the second's where Django counts it).
    expected_status, expected_total = {
        "javascript": (200, 2),
        "cookie": (303, 2),
        "unknown answer": (400, 1),
        "bad bytes": (400, 1),
        "foreign host": (400, 1),
        "robot": (503, 1),
        "no poll": (404, 1),
    }[case]
    assert status == expected_status, content[:300]
    assert sum(counts(poll)) == expected_total
