"""Where votes are kept: a Redis hash (HINCRBY) with REDIS_URL, else one database upsert; both
read together, and a vote is written before the reader is told."""

import threading

import pytest
from django.db import connection
from django.test import RequestFactory

from kidsnews.polls import counting
from kidsnews.polls.counting import Outcome
from kidsnews.polls.models import VoteCount
from kidsnews.polls.queries import poll_results
from kidsnews.polls.services import cast_vote

from ..security.servers import throwaway_redis
from .helpers import PHONE, make_poll

pytestmark = pytest.mark.django_db


def request_from(address):
    return RequestFactory().post("/", REMOTE_ADDR=address, HTTP_USER_AGENT=PHONE)


@pytest.fixture
def on_database(monkeypatch):
    monkeypatch.setattr(counting, "uses_redis", lambda: False)


@pytest.fixture
def redis_votes(monkeypatch):
    """The Redis path against a real Redis of our own, on the embedded default and in CI."""
    import redis

    with throwaway_redis() as server:
        client = redis.Redis.from_url(server.url())
        monkeypatch.setattr(counting, "uses_redis", lambda: True)
        monkeypatch.setattr(counting, "redis_client", lambda: client)
        yield server, client


def test_database_vote_is_one_row_per_answer_bumped_in_place(tree, on_database):
    poll = make_poll()
    dog = poll.answer_list()[0]
    for number in range(3):
        assert cast_vote(
            poll_id=poll.pk, answer_id=dog.pk, request=request_from(f"10.0.0.{number}")
        ) is (Outcome.COUNTED)
    row = VoteCount.objects.get()
    assert (row.kind, row.subject_id, row.choice, row.votes) == ("poll", poll.pk, str(dog.pk), 3)


@pytest.mark.skipif(connection.vendor == "sqlite", reason="SQLite writes one at a time anyway")
@pytest.mark.django_db(transaction=True)
def test_database_votes_at_the_same_moment_all_count(tree, on_database):
    poll = make_poll()
    dog = poll.answer_list()[0]
    outcomes = []

    def vote(number):
        try:
            outcomes.append(
                cast_vote(
                    poll_id=poll.pk, answer_id=dog.pk, request=request_from(f"10.1.0.{number}")
                )
            )
        finally:
            connection.close()

    threads = [threading.Thread(target=vote, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert outcomes.count(Outcome.COUNTED) == 8
    assert VoteCount.objects.get().votes == 8


def test_with_redis_a_vote_is_one_hincrby_and_no_row(tree, redis_votes):
    server, client = redis_votes
    poll = make_poll()
    dog, cat, _ = poll.answer_list()
    cast_vote(poll_id=poll.pk, answer_id=dog.pk, request=request_from("10.0.0.1"))
    cast_vote(poll_id=poll.pk, answer_id=cat.pk, request=request_from("10.0.0.2"))
    cast_vote(poll_id=poll.pk, answer_id=cat.pk, request=request_from("10.0.0.3"))
    assert VoteCount.objects.count() == 0
    stored = client.hgetall(counting.hash_key("poll", poll.pk))
    assert {k.decode(): int(v) for k, v in stored.items()} == {str(dog.pk): 1, str(cat.pk): 2}
    assert [row.votes for row in poll_results(poll=poll).rows] == [1, 2, 0]


def test_with_redis_gone_votes_go_to_the_database_and_results_read_both(tree, redis_votes):
    server, client = redis_votes
    poll = make_poll()
    dog = poll.answer_list()[0]
    cast_vote(poll_id=poll.pk, answer_id=dog.pk, request=request_from("10.0.0.1"))
    server.stop()
    assert cast_vote(poll_id=poll.pk, answer_id=dog.pk, request=request_from("10.0.0.2")) is (
        Outcome.COUNTED
    )
    assert VoteCount.objects.get().votes == 1
    # Redis away: the results show what the database holds, and the page still serves.
    assert poll_results(poll=poll).total == 1


def test_the_fingerprint_is_shared_with_most_read_and_differs_per_poll(rf):
    from kidsnews.popularity.services import reader_fingerprint, request_fingerprint

    request = rf.get("/", REMOTE_ADDR="10.0.0.1", HTTP_USER_AGENT=PHONE)
    one = reader_fingerprint(request=request, purpose="votes", subject="poll:1")
    assert one == reader_fingerprint(request=request, purpose="votes", subject="poll:1")
    assert one != reader_fingerprint(request=request, purpose="votes", subject="poll:2")
    assert "10.0.0.1" not in one
    # "Most read" hashes through the same function (its own purpose and daily salt).
    from django.utils import timezone

    now = timezone.now()
    assert request_fingerprint(request=request, page_id=1, now=now) == reader_fingerprint(
        request=request, purpose="popularity", subject="1", salt_period=f"{now:%Y-%m-%d}"
    )
