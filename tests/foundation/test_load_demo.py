"""`load_demo` builds a believable site, and running it again changes nothing."""

from collections import Counter
from io import StringIO

import pytest
from django.core.management import call_command
from wagtail.models import Site

from kidsnews.accounts.models import User
from kidsnews.articles.models import ArticlePage
from kidsnews.home.models import HomePage
from kidsnews.images.models import CustomImage
from kidsnews.topics.models import Topic, TopicPage

pytestmark = pytest.mark.django_db


def snapshot() -> dict:
    return {
        "pages": ArticlePage.objects.count(),
        "images": CustomImage.objects.count(),
        "topics": Topic.objects.count(),
        "users": User.objects.count(),
    }


@pytest.fixture
def demo_output():
    """Load the demo twice, as a newcomer re-running `make run` would."""
    out = StringIO()
    call_command("load_demo", "--no-progress", stdout=out)
    first = snapshot()
    call_command("load_demo", "--no-progress", stdout=StringIO())
    return {"output": out.getvalue(), "first": first, "second": snapshot()}


def test_the_demo_site(demo_output, client):
    """One load for all checks: drawing the pictures is the slow part."""
    check_running_twice_changes_nothing(demo_output)
    check_stories_spread_over_topics()
    check_every_story_has_what_a_story_needs()
    check_site_points_at_the_home_page_and_an_admin_exists(demo_output, client)
    check_if_empty_leaves_an_existing_site_alone()


def check_running_twice_changes_nothing(demo_output):
    assert demo_output["first"] == demo_output["second"]


def check_stories_spread_over_topics():
    stories = ArticlePage.objects.live()
    assert stories.count() >= 12
    per_topic = Counter(
        slug for story in stories for slug in story.topics.values_list("slug", flat=True)
    )
    assert len([slug for slug, count in per_topic.items() if count >= 1]) >= 4
    for slug in ("space", "animals", "sport", "science-nature"):
        assert per_topic[slug] >= 2, per_topic
    assert TopicPage.objects.live().count() >= 4


def check_every_story_has_what_a_story_needs():
    for story in ArticlePage.objects.live():
        kinds = [block.block_type for block in story.body]
        assert story.hero_image and story.hero_image.credit and story.hero_image.alt_text
        assert "subheading" in kinds and kinds[-1] == "closing_question", story.slug
    with_social = [
        s for s in ArticlePage.objects.live() if any(b.block_type == "social_post" for b in s.body)
    ]
    assert len(with_social) >= 10
    assert ArticlePage.objects.filter(last_updated_at__isnull=False).exists()


def check_site_points_at_the_home_page_and_an_admin_exists(demo_output, client):
    assert Site.objects.get(is_default_site=True).root_page.specific.__class__ is HomePage
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("localhost", 8000), "absolute URLs follow BASE_URL"
    assert User.objects.get(username="admin").is_superuser
    assert "Password:" in demo_output["output"] or "DEMO_ADMIN_PASSWORD" in demo_output["output"]
    response = client.get("/")
    assert response.status_code == 200
    assert (
        ArticlePage.objects.live().order_by("-first_published_at").first().title
        in response.content.decode()
    )


def check_if_empty_leaves_an_existing_site_alone():
    out = StringIO()
    call_command("load_demo", "--if-empty", stdout=out)
    assert "already has content" in out.getvalue()
