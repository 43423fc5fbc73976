"""Cache tags (kidsnews/caching/tags.py): what a page shows is what makes it stale. Each change
re-renders exactly the pages that show what changed, counted here page by page, and something
new on a page brings its own tags without any change to the caching code."""

import copy

import pytest
from django.conf import settings as django_settings
from django.utils.functional import SimpleLazyObject
from wagtail.models import Page

from kidsnews.articles.models import ArticleIndexPage, ArticlePage
from kidsnews.comments.roles import COMMENT_MODERATORS
from kidsnews.comments.services import approve_comment, submit_comment

from ..comments.people import make_reader, make_staff
from ..factories import make_image, make_story

pytestmark = pytest.mark.django_db

PROMO = django_settings.BASE_DIR / "kidsnews" / "templates" / "components" / "quiz_promo.html"


@pytest.fixture(autouse=True)
def _page_cache_on(settings):
    settings.PAGE_CACHE_ENABLED = True


@pytest.fixture
def site(tree):
    """Two stories that share no topic and no word, and the pages around them."""
    shown = make_story(
        tree["stories"], title="Astronauts come home", slug="astronauts", topics=[tree["space"]]
    )
    other = make_story(
        tree["stories"],
        title="Owls hunt at night",
        slug="owls",
        summary="Barn owls fly without a sound.",
        topics=[tree["animals"]],
    )
    urls = {
        "shown": shown.url,
        "other": other.url,
        "home": "/",
        "stories": tree["stories"].url,
        "space": tree["space_page"].url,
        "animals": tree["animals_page"].url,
        "topics": tree["topics_index"].url,
        "rss": "/feeds/rss/",
        "sitemap": "/sitemap.xml",
    }
    return {"shown": shown, "other": other, "urls": urls, **tree}


def warm(client, urls: dict) -> dict[str, str]:
    pages = {}
    for name, url in urls.items():
        pages[name] = client.get(url).content.decode()
        assert client.get(url)["X-Page-Cache"] == "hit", name
    return pages


def rendered(client, urls: dict) -> set[str]:
    """The pages that had to be rendered again (or went: a 404, a redirect to the new URL)."""
    found = set()
    for name, url in urls.items():
        response = client.get(url)
        if response.status_code != 200 or response["X-Page-Cache"] == "miss":
            found.add(name)
    return found


def test_a_moderation_action_renders_again_only_the_pages_showing_the_count(
    client, site, django_capture_on_commit_callbacks
):
    comment = submit_comment(reader=make_reader(), story=site["shown"], text="I love the stars")
    warm(client, site["urls"])
    with django_capture_on_commit_callbacks(execute=True):
        approve_comment(comment=comment, moderator=make_staff("mod", COMMENT_MODERATORS))

    # The story (its thread) and the lists whose card shows its count; the feed and the
    # sitemap name the story but not its count, so they stay as they are.
    assert rendered(client, site["urls"]) == {"shown", "home", "stories", "space"}
    assert "1 comment<" in client.get(site["urls"]["stories"]).content.decode()


def test_an_unpublish_renders_again_only_the_pages_that_showed_the_story(client, site):
    pages = warm(client, site["urls"])
    showing = {name for name, html in pages.items() if site["shown"].url in html}
    assert showing == {"shown", "home", "stories", "space", "rss", "sitemap"}

    site["shown"].unpublish()

    assert rendered(client, site["urls"]) == showing
    assert site["shown"].title not in client.get("/").content.decode()


def test_a_move_renders_again_only_the_pages_that_showed_the_story(client, site):
    archive = site["home"].add_child(instance=ArticleIndexPage(title="Archive", slug="archive"))
    pages = warm(client, site["urls"])
    showing = {name for name, html in pages.items() if site["shown"].url in html}

    site["shown"].move(archive, pos="last-child")

    assert rendered(client, site["urls"]) == showing
    moved = ArticlePage.objects.get(pk=site["shown"].pk)
    assert moved.url == "/archive/astronauts/"
    assert 'href="/archive/astronauts/"' in client.get("/").content.decode()
    assert client.get(moved.url).status_code == 200


def test_a_changed_picture_credit_reaches_every_page_showing_the_picture(client, tree):
    image = make_image(credit="Drawing: Ana")
    hero = make_story(tree["stories"], title="Rockets", slug="rockets", hero_image=image)
    in_body = make_story(
        tree["stories"],
        title="Planets",
        slug="planets",
        summary="Eight planets go round the Sun.",
        body=[("picture", {"image": image, "caption": "A rocket", "credit": ""})],
    )
    plain = make_story(
        tree["stories"],
        title="Owls",
        slug="owls",
        summary="Barn owls fly without a sound.",
        topics=[tree["animals"]],
    )
    urls = {"hero": hero.url, "in_body": in_body.url, "plain": plain.url, "home": "/"}
    pages = warm(client, urls)
    assert "Drawing: Ana" in pages["hero"] and "Drawing: Ana" in pages["in_body"]

    image.credit = "Drawing: Bo"
    image.save()

    # The home page shows the picture on the Rockets card: its copy is stale too.
    assert rendered(client, urls) == {"hero", "in_body", "home"}
    for name in ("hero", "in_body"):
        html = client.get(urls[name]).content.decode()
        assert "Drawing: Bo" in html and "Drawing: Ana" not in html


@pytest.fixture
def poll_on_stories(settings, monkeypatch):
    """A new element on stories, as a developer would add one: a poll (here a plain page whose
    title is the question) read in the story's context and shown beside the quiz promotion.
    Nothing in kidsnews/caching knows about it."""
    templates = copy.deepcopy(settings.TEMPLATES)
    templates[0]["APP_DIRS"] = False
    templates[0]["OPTIONS"]["loaders"] = [
        (
            "django.template.loaders.locmem.Loader",
            {
                "components/quiz_promo.html": PROMO.read_text()
                + '{% if poll %}<p class="poll">{{ poll.title }}</p>{% endif %}'
            },
        ),
        "django.template.loaders.filesystem.Loader",
        "django.template.loaders.app_directories.Loader",
    ]
    settings.TEMPLATES = templates
    original = ArticlePage.get_context

    def get_context(self, request, *args, **kwargs):
        context = original(self, request, *args, **kwargs)
        if self.slug == "with-poll":
            context["poll"] = SimpleLazyObject(lambda: Page.objects.live().get(slug="poll"))
        return context

    monkeypatch.setattr(ArticlePage, "get_context", get_context)


def test_a_new_element_on_a_story_brings_its_own_tags(client, tree, poll_on_stories):
    poll = tree["home"].add_child(instance=Page(title="Which planet is best?", slug="poll"))
    with_poll = make_story(tree["stories"], title="Planets", slug="with-poll")
    without = make_story(
        tree["stories"], title="Owls", slug="owls", summary="Barn owls fly without a sound."
    )
    urls = {"with_poll": with_poll.url, "without": without.url}
    assert "Which planet is best?" in warm(client, urls)["with_poll"]

    poll.title = "Which moon is best?"
    poll.save_revision().publish()

    assert rendered(client, urls) == {"with_poll"}
    assert '<p class="poll">Which moon is best?</p>' in client.get(with_poll.url).content.decode()


def test_each_page_type_lists_its_tags_for_the_edge(client, site):
    shown = site["shown"]
    story = client.get(shown.url)
    keys = story["Surrogate-Key"].split()
    assert story["Cache-Tag"] == ",".join(keys)
    assert {f"p{shown.pk}", f"c{shown.pk}", "site"} <= set(keys)
    home = client.get("/")["Surrogate-Key"].split()
    assert {f"p{shown.pk}", f"c{shown.pk}", "most-read", "l:articles.articlepage"} <= set(home)
    topic = client.get(site["urls"]["space"])["Surrogate-Key"].split()
    assert {f"p{shown.pk}", f"t{site['space'].pk}"} <= set(topic)
    assert f"p{site['other'].pk}" not in topic
    assert "l:wagtailcore.page" in client.get("/sitemap.xml")["Surrogate-Key"].split()


def test_the_home_pages_sections_are_read_again_only_when_one_of_them_changes(client, site, rf):
    """Routing keeps the home page's sections (caching/routing.py): a story published
    anywhere leaves them stored, so the next story's route costs its own query only; a new
    section is routed on the very next request."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from kidsnews.caching import routing

    warm(client, site["urls"])
    site["other"].title = "Owls hunt at dawn"
    site["other"].save_revision().publish()
    request = rf.get(site["urls"]["shown"])
    with CaptureQueriesContext(connection) as queries:
        page, _, _ = routing.route_for_request(request, site["urls"]["shown"])
    assert page.pk == site["shown"].pk
    assert len(queries) == 1, [query["sql"] for query in queries]

    site["home"].add_child(instance=ArticleIndexPage(title="Archive", slug="archive"))
    assert client.get("/archive/").status_code == 200
