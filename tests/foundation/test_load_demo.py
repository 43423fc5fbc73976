"""`load_demo` builds a believable site, and running it again changes nothing."""

import io
from collections import Counter
from io import StringIO

import pytest
from django.core.management import call_command
from PIL import Image
from wagtail.models import Site

from kidsnews.accounts.models import User
from kidsnews.articles.models import ArticlePage
from kidsnews.demo.content.stories import STORIES
from kidsnews.demo.pictures import draw_scene
from kidsnews.home.models import HomePage
from kidsnews.images.models import CustomImage
from kidsnews.info.models import InfoPage
from kidsnews.polls.models import Poll, PollPage, VoteCount
from kidsnews.topics.models import Topic, TopicPage

pytestmark = pytest.mark.django_db


def snapshot() -> dict:
    return {
        "pages": ArticlePage.objects.count(),
        "images": CustomImage.objects.count(),
        "topics": Topic.objects.count(),
        "users": User.objects.count(),
        "info_pages": InfoPage.objects.count(),
        "polls": (Poll.objects.count(), PollPage.objects.count(), VoteCount.objects.count()),
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
    check_the_sites_own_pages_are_in_every_footer(client)
    check_one_sensitive_story_with_its_panel_that_does_not_lead(client)
    check_an_open_poll_a_closed_poll_and_a_poll_page(client)
    check_pictures_fit_their_stories()
    check_if_empty_leaves_an_existing_site_alone()


def check_an_open_poll_a_closed_poll_and_a_poll_page(client):
    assert [poll.is_open for poll in Poll.objects.order_by("closes_at")] == [False, True, True]
    rover = ArticlePage.objects.get(slug="children-name-moon-rover")
    html = client.get(rover.url).content.decode()
    assert "Which name would you pick for a Moon rover?" in html and 'name="answer"' in html
    penguins = client.get(ArticlePage.objects.get(slug="penguin-chicks-hatch-zoo").url)
    html = penguins.content.decode()
    assert "This poll has closed" in html and "96 votes." in html and "50%" in html
    page = client.get("/have-your-say/")
    assert page.status_code == 200 and '"@type": "Question"' in page.content.decode()


def check_one_sensitive_story_with_its_panel_that_does_not_lead(client):
    (sensitive,) = ArticlePage.objects.live().filter(is_sensitive=True)
    assert not sensitive.may_lead_home
    story = client.get(sensitive.url).content.decode()
    assert 'class="worried"' in story and 'href="/worried/"' in story
    assert client.get("/worried/").status_code == 200
    home = client.get("/").content.decode()
    lead = home.split('aria-label="Lead story"')[1].split("</section>")[0]
    assert sensitive.title not in lead


def check_the_sites_own_pages_are_in_every_footer(client):
    titles = ["About us", "For parents and teachers", "Privacy notice", "House rules"]
    pages = {page.title: page for page in InfoPage.objects.live()}
    assert set(titles) <= set(pages) and "Contact us" in pages
    for url in ("/", "/stories/", "/topics/", "/search/?q=moon", pages["About us"].url):
        footer = client.get(url).content.decode().split('<footer class="site-footer">')[1]
        for title in titles:
            assert f'href="{pages[title].url}"' in footer, (url, title)
    privacy = client.get(pages["Privacy notice"].url).content.decode()
    for words in (
        "For children",
        "nickname",
        "age group",
        "email",
        "How long",
        "Who sees it",
        "Your rights",
        "IP) addresses with comments",
    ):
        assert words in privacy, words


def check_pictures_fit_their_stories():
    # Each demo story's picture is drawn from the scene named for it, and a story about
    # penguins shows penguins, not the generic four-legged animals.
    scenes = {story["slug"]: story["picture"]["scene"] for story in STORIES}
    for story in STORIES:
        if "penguin" in story["title"].lower():
            assert scenes[story["slug"]] == "penguins", story["slug"]
        for kind, value in story["body"]:
            if kind == "picture" and "penguin" in value["alt"].lower():
                assert "penguin" in value["scene"]
    assert "animals" not in {
        scenes[s["slug"]]
        for s in STORIES
        if any(w in s["title"].lower() for w in ("hedgehog", "dormice", "octopus"))
    }
    # The penguin is drawn: black back, white belly, orange beak and feet.
    pixels = Image.open(io.BytesIO(draw_scene("penguins", 1))).convert("RGB").getdata()
    colours = Counter(pixels)
    assert colours[(25, 25, 35)] > 10_000 and colours[(250, 250, 250)] > 10_000
    assert colours[(245, 150, 30)] > 1_000


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


@pytest.mark.long  # builds and renders hundreds of stories (about 40 s)
def test_generate_scale_data_adds_stories_that_render(client):
    """The benchmarks' site builder writes story rows with every column at its model default,
    so a new field on stories cannot break it, and its stories render like any other."""
    call_command("load_demo", "--no-progress", stdout=StringIO())
    before = ArticlePage.objects.count()
    call_command(
        "generate_scale_data",
        "--stories",
        "5",
        "--comments",
        "20",
        "--no-progress",
        stdout=StringIO(),
    )
    assert ArticlePage.objects.count() == before + 5
    story = ArticlePage.objects.order_by("-pk").first()
    assert story.live and story.summary and not story.is_sensitive
    response = client.get(story.url)
    assert response.status_code == 200
    assert story.title in response.content.decode()
