"""Issue 16 items 13 and 14, through the real views: the header says where you are and who you
are, cards say when and what, the home page shows the most read, topic pages gather videos and
quizzes, search shows pictures, keeps the term and suggests a spelling, a story names its
topics once and promotes a quiz about itself."""

import re
from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone
from wagtail.search.backends import get_search_backend

from kidsnews.caching import store
from kidsnews.popularity import counters
from kidsnews.quizzes.queries import promoted_quiz
from kidsnews.search.queries import did_you_mean

from ..comments.people import make_reader
from ..factories import make_image, make_story
from ..quizzes.helpers import make_quiz
from ..videos.helpers import make_video, make_video_index

pytestmark = pytest.mark.django_db


def nav_current(html: str) -> list[str]:
    nav = html[html.index('aria-label="Main"') : html.index("</nav>")]
    return re.findall(r'<a href="([^"]+)" aria-current="page">', nav)


def test_header_links_every_section_and_marks_only_the_current_one(client, tree):
    story = make_story(tree["stories"], title="Rocket lands", topics=[tree["space"]])
    html = client.get("/").content.decode()
    for href, label in [
        ("/", "Home"),
        ("/stories/", "Stories"),
        ("/watch/", "Watch"),
        ("/quizzes/", "Quizzes"),
        ("/topics/", "Topics"),
    ]:
        assert re.search(rf'<a href="{href}"[^>]*>{label}</a>', html), label
    assert nav_current(html) == ["/"]
    assert nav_current(client.get(story.url).content.decode()) == ["/stories/"]
    assert nav_current(client.get(tree["space_page"].url).content.decode()) == ["/topics/"]
    assert nav_current(client.get("/search/?q=rocket").content.decode()) == []
    assert 'href="/accounts/login/"' in html and ">Sign in</a>" in html
    assert "My comments" not in html


def test_watch_is_linked_from_the_header_and_the_home_page_slot(client, tree):
    index = make_video_index(tree["home"])
    make_video(index, title="Today's bulletin")
    html = client.get("/").content.decode()
    slot = html[html.index('id="watch-heading"') :]
    assert 'href="/watch/"' in slot[:2000]
    watch = client.get("/watch/").content.decode()
    assert nav_current(watch) == ["/watch/"]


def test_a_signed_in_child_sees_their_nickname_and_my_comments(tree, settings):
    settings.PAGE_CACHE_ENABLED = True
    reader = make_reader("BraveOtter42")
    anonymous = Client()
    assert "BraveOtter42" not in anonymous.get("/").content.decode()  # stored for anonymous

    child = Client()
    child.force_login(reader.user)
    response = child.get("/")
    html = response.content.decode()
    assert response.get("X-Page-Cache") is None  # signed-in pages never come from the cache
    assert "Signed in as <strong>BraveOtter42</strong>" in html
    assert 'href="/accounts/me/"' in html and "My comments" in html
    assert ">Sign in</a>" not in html
    # ...and the stored anonymous page never learned the nickname.
    again = anonymous.get("/")
    assert again["X-Page-Cache"] == "hit"
    assert "BraveOtter42" not in again.content.decode()
    assert not again.cookies


def test_cards_show_date_topic_and_new_badge(client, tree):
    make_story(
        tree["stories"],
        title="Old penguin news",
        topics=[tree["animals"]],
        published_at=timezone.now() - timedelta(days=3),
    )
    make_story(tree["stories"], title="Fresh rocket news", topics=[tree["space"]])
    make_story(tree["stories"], title="The lead")
    html = client.get("/stories/").content.decode()
    cards = {
        title: card
        for card in html.split('<article class="story-card')[1:]
        for title in re.findall(r'<a href="[^"]+">([^<]+)</a>', card)[:1]
    }
    assert 'class="badge-new">New<' in cards["Fresh rocket news"]
    assert "badge-new" not in cards["Old penguin news"]
    old_date = (timezone.localtime() - timedelta(days=3)).strftime("%-d %B %Y")
    assert re.search(rf'<time datetime="[^"]+">{old_date}</time>', cards["Old penguin news"])
    assert "Animals</span>" in cards["Old penguin news"]
    assert "Space, astronauts and planets</span>" in cards["Fresh rocket news"]


def test_home_page_lists_the_most_read(client, tree):
    quiet = make_story(tree["stories"], title="Quiet clouds")
    popular = make_story(tree["stories"], title="Popular pandas")
    make_story(tree["stories"], title="Newest lead")
    hour = counters.hour_of(timezone.now())
    counters.add_to_database(page_id=popular.pk, hour=hour, views=9)
    counters.add_to_database(page_id=quiet.pk, hour=hour, views=2)
    html = client.get("/").content.decode()
    section = html[html.index('id="most-read-heading"') :]
    section = section[: section.index("</section>")]
    assert re.findall(r'<a href="[^"]+">([^<]+)</a>', section) == [
        "Popular pandas",
        "Quiet clouds",
    ]


def test_topic_page_lists_the_topics_videos_and_quizzes(client, tree):
    make_story(tree["stories"], title="Rocket lands", topics=[tree["space"]])
    index = make_video_index(tree["home"])
    make_video(index, title="Rocket video", topics=[tree["space"]])
    make_video(index, title="Penguin video", topics=[tree["animals"]])
    make_quiz(tree["home"], title="Space quiz", topics=[tree["space"]])
    make_quiz(tree["home"], title="Animal quiz", topics=[tree["animals"]])
    html = client.get(tree["space_page"].url).content.decode()
    assert "Rocket lands" in html
    videos = html[html.index('id="topic-videos-heading"') :]
    assert "Rocket video" in videos and "Penguin video" not in html
    quizzes = html[html.index('id="topic-quizzes-heading"') :]
    assert "/quizzes/space-quiz/" in quizzes
    assert "/quizzes/animal-quiz/" not in html


def index_for_search(*pages):
    backend = get_search_backend()
    for page in pages:
        backend.add(page)


def test_search_results_have_pictures_and_keep_the_term(client, tree):
    story = make_story(
        tree["stories"], title="Penguin chicks hatch", hero_image=make_image(alt="A penguin")
    )
    index_for_search(story)
    html = client.get("/search/", {"q": "penguin"}).content.decode()
    result = html[html.index('class="search-result"') :]
    assert re.search(r'<img [^>]*class="search-result__image"', result[:800])
    # The header's box and the page's box both keep the term.
    assert re.search(r'id="site-search-q"[^>]*value="penguin"', html)
    assert re.search(r'id="search-page-q"[^>]*value="penguin"', html)


def test_a_misspelling_gets_did_you_mean_from_the_sites_own_words(client, tree):
    story = make_story(tree["stories"], title="Penguin chicks hatch", topics=[tree["animals"]])
    index_for_search(story)
    html = client.get("/search/", {"q": "pengiun"}).content.decode()
    assert "Nothing found this time" in html
    assert 'Did you mean <a href="/search/?q=penguin">penguin</a>?' in html
    assert did_you_mean("animls") == "animals"  # topic names count too
    assert did_you_mean("penguin") == ""  # a known word needs no suggestion
    assert did_you_mean("xyzzyq") == ""


def test_the_spelling_vocabulary_is_forgotten_on_publish(tree):
    assert did_you_mean("octopuss") == ""
    store.cached("search-vocabulary", lambda: frozenset())  # warm
    make_story(tree["stories"], title="Clever octopus")
    assert did_you_mean("octopuss") == "octopus"


def test_a_story_names_its_topics_once(client, tree):
    story = make_story(tree["stories"], title="Penguins", topics=[tree["animals"]])
    make_story(tree["stories"], title="More penguins", topics=[tree["animals"]])
    flat = " ".join(client.get(story.url).content.decode().split())
    assert flat.count("Topics:") == 1


def test_the_quiz_promoted_on_a_story_is_about_it_when_one_is(client, tree):
    story = make_story(tree["stories"], title="Penguins", topics=[tree["animals"]])
    make_quiz(tree["home"], title="Animal quiz", topics=[tree["animals"]], is_promoted=False)
    make_quiz(tree["home"], title="Space quiz", topics=[tree["space"]], is_promoted=True)
    assert promoted_quiz(story=story).title == "Animal quiz"
    assert promoted_quiz().title == "Space quiz"  # the home page: promoted ones only
    unrelated = make_story(tree["stories"], title="Baking", topics=[])
    assert promoted_quiz(story=unrelated).title == "Space quiz"
    html = client.get(story.url).content.decode()
    promo = html[html.index('class="quiz-promo"') :]
    assert "/quizzes/animal-quiz/" in promo[:400]
