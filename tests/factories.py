"""Builders for the page tree and content, used by every test module."""

import io
from datetime import datetime

from django.conf import settings
from django.core.files.images import ImageFile
from django.utils import timezone
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Collection, Locale, Page, Site

from kidsnews.articles.models import ArticleIndexPage, ArticlePage
from kidsnews.demo.pictures import draw_scene
from kidsnews.home.models import HomePage
from kidsnews.images.models import CustomImage
from kidsnews.topics.models import Topic, TopicIndexPage, TopicPage


def make_image(*, title="A rocket", credit="Illustration: kidsnews", alt="A red rocket", **extra):
    buffer = io.BytesIO(draw_scene("rocket", 1, size=(320, 180)))
    buffer.name = "picture.png"
    image = CustomImage(title=title, credit=credit, alt_text=alt, **extra)
    image.file = ImageFile(buffer)
    image.save()
    return image


def make_site_tree() -> dict:
    """Home, the stories section, the topics index and two topics, with the default Site."""
    root = Page.get_first_root_node()
    if root is None:  # transactional tests flush the root page that migrations made
        language = get_supported_content_language_variant(settings.LANGUAGE_CODE)
        Locale.objects.get_or_create(language_code=language)
        root = Page.add_root(instance=Page(title="Root", slug="root"))
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    for stale in root.get_children():
        Site.objects.filter(root_page=stale).delete()
        stale.delete()
    home = root.add_child(instance=HomePage(title="kidsnews", slug="home"))
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home, "site_name": "kidsnews"},
    )
    stories = home.add_child(instance=ArticleIndexPage(title="Stories", slug="stories"))
    topics_index = home.add_child(instance=TopicIndexPage(title="Topics", slug="topics"))
    space = Topic.objects.create(name="Space, astronauts and planets", slug="space")
    animals = Topic.objects.create(name="Animals", slug="animals")
    space_page = topics_index.add_child(
        instance=TopicPage(title=space.name, slug="space", topic=space)
    )
    animals_page = topics_index.add_child(
        instance=TopicPage(title=animals.name, slug="animals", topic=animals)
    )
    return {
        "home": home,
        "stories": stories,
        "topics_index": topics_index,
        "space": space,
        "animals": animals,
        "space_page": space_page,
        "animals_page": animals_page,
    }


DEFAULT_BODY = [
    ("paragraph", "<p>Astronauts have landed safely after six months in space.</p>"),
    ("subheading", "What did they do up there?"),
    ("paragraph", "<p>They grew lettuce and tested new space suits.</p>"),
    ("closing_question", "Would you like to go to space?"),
]


def make_story(
    parent,
    *,
    title="Astronauts come home",
    slug=None,
    summary="Four astronauts are back on Earth.",
    topics=(),
    body=None,
    hero_image=None,
    published_at: datetime | None = None,
    **fields,
) -> ArticlePage:
    page = ArticlePage(
        title=title,
        slug=slug or None,
        summary=summary,
        body=DEFAULT_BODY if body is None else body,
        hero_image=hero_image,
        **fields,
    )
    parent.add_child(instance=page)
    if topics:
        page.topics.set(topics)
    page.save_revision().publish()
    if published_at is not None:
        ArticlePage.objects.filter(pk=page.pk).update(
            first_published_at=published_at, last_published_at=published_at
        )
        page.refresh_from_db()
    return page


def now():
    return timezone.now()
