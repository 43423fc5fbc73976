"""'More like this': related stories by shared topics and similar words, pins, topic link."""

from datetime import timedelta

import pytest
from django.utils import timezone

from kidsnews.articles.models import PinnedRelatedPage
from kidsnews.articles.related import jaccard, related_stories, words

from ..factories import make_story

pytestmark = pytest.mark.django_db


def days_ago(days):
    return timezone.now() - timedelta(days=days)


def test_words_ignore_case_punctuation_and_little_words():
    assert words("The Moon, the MOON and a rocket!") == {"moon", "rocket"}
    assert jaccard(words("moon rocket"), words("rocket moon landing")) == pytest.approx(2 / 3)
    assert jaccard(frozenset(), words("moon")) == 0.0


def test_ranked_by_shared_topics_then_text_then_newest(tree):
    space, animals = tree["space"], tree["animals"]
    story = make_story(
        tree["stories"],
        title="Rocket lands on the Moon",
        summary="A rocket landed.",
        topics=[space, animals],
    )
    both = make_story(
        tree["stories"],
        title="Penguins",
        summary="Birds.",
        topics=[space, animals],
        published_at=days_ago(9),
    )
    space_similar = make_story(
        tree["stories"],
        title="Another rocket for the Moon",
        summary="Rocket news.",
        topics=[space],
        published_at=days_ago(8),
    )
    space_old = make_story(
        tree["stories"], title="Stars", summary="Twinkle.", topics=[space], published_at=days_ago(7)
    )
    space_new = make_story(
        tree["stories"], title="Planets", summary="Round.", topics=[space], published_at=days_ago(1)
    )
    make_story(
        tree["stories"], title="Football final", summary="A match.", published_at=days_ago(1)
    )
    ranked = related_stories(story=story, limit=5)
    assert ranked == [both, space_similar, space_new, space_old]


def test_text_similarity_finds_stories_without_topics(tree):
    story = make_story(tree["stories"], title="Volcano erupts in Iceland", summary="Lava flows.")
    similar = make_story(tree["stories"], title="Iceland volcano calms down", summary="Less lava.")
    make_story(tree["stories"], title="Cake contest", summary="Bakers bake.")
    assert related_stories(story=story) == [similar]


def test_editors_pins_replace_the_ranking(tree):
    story = make_story(tree["stories"], title="Rocket", topics=[tree["space"]])
    make_story(tree["stories"], title="Rocket two", topics=[tree["space"]])
    pick = make_story(tree["stories"], title="Bake off", summary="Cakes.")
    PinnedRelatedPage.objects.create(page=story, related_page=pick, sort_order=0)
    assert related_stories(story=story) == [pick]


def test_story_page_shows_more_like_this_with_topic_link(client, tree):
    story = make_story(tree["stories"], title="Rocket lands", topics=[tree["space"]])
    other = make_story(tree["stories"], title="Rocket launch", topics=[tree["space"]])
    html = client.get(story.url).content.decode()
    section = html.split('id="more-like-this-heading"', 1)[1]
    assert "More like this" in html
    # The story's topics are linked once (under its body), not again in "More like this".
    link = f'Topics: <a href="{tree["space_page"].url}">Space, astronauts and planets</a>'
    flat = " ".join(html.split())
    assert flat.count(link) == 1
    assert flat.count("Topics:") == 1
    assert other.url in section


def test_unpublished_stories_are_never_related(tree):
    story = make_story(tree["stories"], title="Rocket lands", topics=[tree["space"]])
    draft = make_story(tree["stories"], title="Rocket secret", topics=[tree["space"]])
    draft.unpublish()
    assert related_stories(story=story) == []


def test_story_shows_a_related_video_with_its_running_time(client, tree):
    from wagtailmedia.models import Media

    from ..videos.helpers import make_video, make_video_index

    story = make_story(tree["stories"], title="Rocket lands", topics=[tree["space"]])
    video = make_video(
        make_video_index(tree["home"]),
        title="Rocket video",
        is_bulletin=False,
        topics=[tree["space"]],
    )
    Media.objects.filter(pk=video.video_id).update(duration=95)
    section = client.get(story.url).content.decode().split('id="more-like-this-heading"', 1)[1]
    assert "Rocket video" in section
    assert "1:35" in section
