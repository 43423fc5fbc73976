"""The demo's comments loader: believable, idempotent, and nothing on a closed story."""

from datetime import timedelta
from io import StringIO

import pytest
from django.utils import timezone

from kidsnews.comments.models import Comment
from kidsnews.comments.services import can_moderate
from kidsnews.demo.content.stories import COMMENT_SEEDS
from kidsnews.demo.context import DemoContext
from kidsnews.demo.loaders import LOADERS
from kidsnews.demo.loaders import comments as loader
from tests.factories import make_story

pytestmark = pytest.mark.django_db


def test_demo_comments(tree):
    open_slug, closed_slug = list(COMMENT_SEEDS)[:2]
    open_story = make_story(tree["stories"], title="Open", slug=open_slug)
    make_story(
        tree["stories"],
        title="Closed",
        slug=closed_slug,
        published_at=timezone.now() - timedelta(days=14),
    )
    assert "kidsnews.demo.loaders.comments" in LOADERS
    for _ in range(2):
        loader.load(DemoContext(stdout=StringIO(), show_progress=False))
    approved = Comment.objects.approved()
    assert approved.count() == len(COMMENT_SEEDS[open_slug])
    assert set(approved.values_list("story_id", flat=True)) == {open_story.pk}
    pending = list(Comment.objects.pending().order_by("-is_urgent"))
    assert len(pending) == 3 and pending[0].is_urgent
    assert any(comment.has_personal_info for comment in pending)
    from kidsnews.accounts.models import User

    moderator, editor = User.objects.get(username="moderator"), User.objects.get(username="editor")
    assert can_moderate(moderator) and not can_moderate(editor)
    assert open_story.permissions_for_user(editor).can_publish()
