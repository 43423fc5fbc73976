from datetime import timedelta

import pytest
from django.utils import timezone

from kidsnews.comments.roles import COMMENT_MODERATORS
from tests.comments.people import make_reader, make_staff
from tests.factories import make_story


@pytest.fixture
def story(tree):
    return make_story(tree["stories"], title="Penguin chicks hatch", slug="penguins")


@pytest.fixture
def closed_story(tree):
    return make_story(
        tree["stories"],
        title="An old story",
        slug="old-story",
        published_at=timezone.now() - timedelta(days=20),
    )


@pytest.fixture
def reader(db):
    return make_reader()


@pytest.fixture
def moderator(db):
    return make_staff("mod", COMMENT_MODERATORS)


@pytest.fixture
def editor(db):
    return make_staff("ed", "Editors")
