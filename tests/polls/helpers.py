"""Builders for poll tests."""

from datetime import timedelta

from django.utils import timezone

from kidsnews.polls.models import Poll, PollAnswer, PollPage
from tests.factories import make_story

PHONE = (
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Chrome/131 Mobile Safari/537.36"
)


def make_poll(
    *,
    question="Which pet would you like?",
    answers=("A dog", "A cat", "A rabbit"),
    closes_in=timedelta(days=3),
    image=None,
) -> Poll:
    poll = Poll(question=question, closes_at=timezone.now() + closes_in)
    poll.answers = [
        PollAnswer(text=text, image=image if number == 0 else None, sort_order=number)
        for number, text in enumerate(answers)
    ]
    poll.save()
    return poll


def story_with_poll(tree, poll, **fields):
    return make_story(tree["stories"], title="Pets at school", slug="pets", poll=poll, **fields)


def make_poll_page(tree, poll, *, slug="have-your-say"):
    page = PollPage(title="Have your say: pets", slug=slug, intro="Tell us!", poll=poll)
    tree["home"].add_child(instance=page)
    page.save_revision().publish()
    return page


def headers(agent=PHONE, address="203.0.113.7"):
    return {"HTTP_USER_AGENT": agent, "REMOTE_ADDR": address}
