"""A reader votes once per poll, with and without JavaScript, and sees honest results."""

from datetime import timedelta

import pytest
from django.urls import reverse

from kidsnews.polls import counting
from kidsnews.polls.models import Poll, VoteCount
from kidsnews.polls.queries import poll_results, whole_percents

from .helpers import headers, make_poll, make_poll_page, story_with_poll

pytestmark = pytest.mark.django_db


def vote_url(poll):
    return reverse("polls:vote", kwargs={"poll_id": poll.pk})


def answer_ids(poll):
    return [answer.pk for answer in poll.answer_list()]


def counts(poll):
    return [row.votes for row in poll_results(poll=poll).rows]


def test_story_shows_the_one_tap_form_the_same_for_everyone(client, tree):
    poll = make_poll()
    story = story_with_poll(tree, poll)
    html = client.get(story.url, **headers()).content.decode()
    assert "Which pet would you like?" in html
    assert f'action="{vote_url(poll)}"' in html
    assert html.count('name="answer"') == 3
    assert "From readers like you" in html
    assert "csrfmiddlewaretoken" not in html
    assert 'src="/static/js/polls.js"' in html


def test_without_javascript_a_vote_redirects_to_the_results_and_counts_once(client, tree):
    poll = make_poll()
    dog, cat, _ = answer_ids(poll)
    response = client.post(vote_url(poll), {"answer": cat}, **headers())
    assert response.status_code == 303
    assert (
        response["Location"]
        == reverse("polls:results", kwargs={"poll_id": poll.pk}) + "?said=thanks"
    )
    assert not response.cookies
    page = client.get(response["Location"], **headers())
    html = page.content.decode()
    assert "Thanks for voting!" in html
    assert "100%" in html and "1 vote." in html
    assert "It is not a survey of everyone" in html
    assert not page.cookies
    assert "max-age=5" in page["Cache-Control"] and "public" in page["Cache-Control"]
    # Reloading the results changes nothing; a second vote (even for another answer) is refused.
    client.get(response["Location"], **headers())
    again = client.post(vote_url(poll), {"answer": dog}, **headers())
    assert again["Location"].endswith("?said=again")
    assert "already voted" in client.get(again["Location"]).content.decode()
    assert counts(poll) == [0, 1, 0]


def test_with_javascript_the_results_come_back_in_place(client, tree):
    poll = make_poll()
    dog = answer_ids(poll)[0]
    response = client.post(vote_url(poll) + "?fragment=1", {"answer": dog}, **headers())
    assert response.status_code == 200
    html = response.content.decode()
    assert "<html" not in html
    assert 'class="poll__results"' in html and "Thanks for voting!" in html
    assert 'value="100"' in html  # the bar
    assert not response.cookies
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]


def test_another_reader_counts_and_percentages_add_up(client, tree):
    poll = make_poll()
    dog, cat, rabbit = answer_ids(poll)
    for number, answer in enumerate([dog, dog, cat]):
        client.post(vote_url(poll), {"answer": answer}, **headers(address=f"198.51.100.{number}"))
    # The same address with another browser is another reader (a family's shared connection).
    client.post(vote_url(poll), {"answer": rabbit}, **headers(agent="Mozilla/5.0 Firefox/133"))
    results = poll_results(poll=poll)
    assert [row.votes for row in results.rows] == [2, 1, 1]
    assert [row.percent for row in results.rows] == [50, 25, 25]
    assert results.total == 4
    assert whole_percents([1, 1, 1]) == [34, 33, 33]
    assert whole_percents([0, 0]) == [0, 0]


def test_nothing_picked_or_a_made_up_answer_is_a_kind_400_and_counts_nothing(client, tree):
    poll = make_poll()
    other = make_poll(question="Another?")
    for data in ({}, {"answer": ""}, {"answer": "abc"}, {"answer": answer_ids(other)[0]}):
        response = client.post(vote_url(poll), data, **headers())
        assert response.status_code == 400
        assert "Please pick one of the answers" in response.content.decode()
    assert counts(poll) == [0, 0, 0]
    # And the reader may still vote: a refused tap does not use up their vote.
    assert client.post(vote_url(poll), {"answer": answer_ids(poll)[0]}, **headers())[
        "Location"
    ].endswith("said=thanks")


def test_after_the_end_time_everyone_sees_results_and_no_vote_counts(client, tree):
    poll = make_poll(closes_in=timedelta(minutes=5))
    dog = answer_ids(poll)[0]
    client.post(vote_url(poll), {"answer": dog}, **headers())
    poll.closes_at = poll.closes_at - timedelta(minutes=10)
    poll.save()
    response = client.post(vote_url(poll), {"answer": dog}, **headers(address="192.0.2.50"))
    assert response["Location"].endswith("?said=closed")
    assert counts(poll) == [1, 0, 0]
    story = story_with_poll(tree, poll)
    html = client.get(story.url, **headers()).content.decode()
    assert "This poll has closed" in html and "100%" in html and "1 vote." in html
    assert f'action="{vote_url(poll)}"' not in html
    results = client.get(reverse("polls:results", kwargs={"poll_id": poll.pk}))
    assert "This poll has closed" in results.content.decode()


def test_robots_are_not_counted(client, tree):
    poll = make_poll()
    response = client.post(
        vote_url(poll), {"answer": answer_ids(poll)[0]}, **headers(agent="curl/8.5")
    )
    assert response.status_code == 503
    assert counts(poll) == [0, 0, 0]


def test_a_vote_that_cannot_be_stored_is_not_acknowledged_and_may_be_sent_again(
    client, tree, monkeypatch
):
    poll = make_poll()
    dog = answer_ids(poll)[0]

    def broken(**kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(counting, "_add_to_database", broken)
    monkeypatch.setattr(counting, "uses_redis", lambda: False)
    response = client.post(vote_url(poll), {"answer": dog}, **headers())
    assert response.status_code == 503
    assert "could not count that vote" in response.content.decode()
    monkeypatch.undo()
    assert client.post(vote_url(poll), {"answer": dog}, **headers())["Location"].endswith(
        "said=thanks"
    )
    assert counts(poll) == [1, 0, 0]


def test_nothing_about_the_reader_is_stored(client, tree):
    poll = make_poll()
    client.post(vote_url(poll), {"answer": answer_ids(poll)[0]}, **headers())
    if counting.uses_redis():  # the count is one field of the poll's hash, keyed by the answer
        stored = counting.redis_client().hgetall(counting.hash_key(VoteCount.Kind.POLL, poll.pk))
        assert {key.decode(): int(value) for key, value in stored.items()} == {
            str(answer_ids(poll)[0]): 1
        }
        assert not VoteCount.objects.exists()
        return
    rows = list(VoteCount.objects.values())
    assert len(rows) == 1
    assert set(rows[0]) == {"id", "kind", "subject_id", "choice", "votes"}
    assert "203.0.113.7" not in repr(rows)


def test_get_is_not_a_vote_and_an_unknown_poll_is_404(client, tree):
    poll = make_poll()
    assert client.get(vote_url(poll)).status_code == 405
    assert (
        client.post(reverse("polls:vote", kwargs={"poll_id": 999999}), {"answer": 1}).status_code
        == 404
    )


def test_poll_page_has_question_json_ld_and_the_form(client, tree):
    poll = make_poll()
    page = make_poll_page(tree, poll)
    html = client.get(page.url, **headers()).content.decode()
    assert '"@type": "Question"' in html
    assert '"suggestedAnswer"' in html and '"text": "A rabbit"' in html
    assert f'action="{vote_url(poll)}"' in html
    # The results page links back to where the poll is.
    response = client.post(vote_url(poll), {"answer": answer_ids(poll)[1]}, **headers())
    assert f'href="{page.url}"' in client.get(response["Location"]).content.decode()


def test_an_editors_change_to_a_poll_reaches_the_very_next_vote(client, tree):
    """Votes are checked against a cached ballot (queries.ballot); saving the poll, as the
    admin does, forgets it: no vote is counted for a poll just closed or an answer just
    removed, and a new answer takes votes at once."""
    from django.utils import timezone

    from kidsnews.polls.models import PollAnswer

    poll = make_poll()
    dog, cat, rabbit = answer_ids(poll)
    assert client.post(vote_url(poll), {"answer": dog}, **headers(address="203.0.113.1"))[
        "Location"
    ].endswith("thanks")

    poll.answers = [answer for answer in poll.answers.all() if answer.pk != rabbit]
    poll.answers.add(PollAnswer(text="A hamster", sort_order=9))
    poll.save()
    hamster = PollAnswer.objects.get(text="A hamster").pk
    refused = client.post(vote_url(poll), {"answer": rabbit}, **headers(address="203.0.113.2"))
    assert refused.status_code == 400
    assert client.post(vote_url(poll), {"answer": hamster}, **headers(address="203.0.113.3"))[
        "Location"
    ].endswith("thanks")

    poll.closes_at = timezone.now() - timedelta(minutes=1)
    poll.save()
    closed = client.post(vote_url(poll), {"answer": cat}, **headers(address="203.0.113.4"))
    assert closed["Location"].endswith("said=closed")
    assert [row.votes for row in poll_results(poll=Poll.objects.get(pk=poll.pk)).rows] == [1, 0, 1]


def test_a_vote_for_a_poll_that_does_not_exist_is_a_kind_404(client, tree):
    response = client.post("/polls/987654/vote/", {"answer": "1"}, **headers())
    assert response.status_code == 404
