"""The page tree every other loader builds on: home, sections, topics, and the demo admin."""

import os
from urllib.parse import urlsplit

from django.conf import settings
from wagtail.models import Page, Site

from kidsnews.accounts.models import User
from kidsnews.articles.models import ArticleIndexPage
from kidsnews.home.models import HomePage
from kidsnews.topics.models import Topic, TopicIndexPage, TopicPage

from ..context import generated_password

TOPICS = [
    (
        "space",
        "Space, astronauts and planets",
        "Rockets, stars, planets and the people who explore them.",
    ),
    ("animals", "Animals", "Creatures great and small, wild and at home."),
    ("sport", "Sport", "Matches, races, records and the people who play."),
    ("science-nature", "Science and nature", "How the world works, from volcanoes to tiny seeds."),
    ("environment", "Our planet", "Weather, climate and looking after the Earth."),
]


def ensure_home() -> HomePage:
    home = HomePage.objects.first()
    if home is None:
        root = Page.get_first_root_node()
        # Wagtail's install leaves a "Welcome" page at the slug we want; the site moves to ours.
        for stale in root.get_children().exclude(content_type__model="homepage"):
            Site.objects.filter(root_page=stale).delete()
            stale.delete()
        home = root.add_child(
            instance=HomePage(title="kidsnews", slug="home", intro="News for young readers.")
        )
        home.save_revision().publish()
    # Wagtail builds absolute URLs (sitemaps, feeds) from the Site's host and port: take them
    # from BASE_URL, which `make run` sets to where it serves.
    base = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    port = base.port or (443 if base.scheme == "https" else 80)
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={
            "hostname": base.hostname or "localhost",
            "port": port,
            "root_page": home,
            "site_name": "kidsnews",
        },
    )
    return home


def ensure_child(parent, model, **fields):
    existing = model.objects.child_of(parent).first()
    if existing:
        return existing
    page = parent.add_child(instance=model(**fields))
    page.save_revision().publish()
    return page


def ensure_admin(ctx) -> None:
    if User.objects.filter(username="admin").exists():
        return
    password = os.environ.get("DEMO_ADMIN_PASSWORD") or generated_password()
    User.objects.create_superuser("admin", email="admin@localhost", password=password)
    if os.environ.get("DEMO_ADMIN_PASSWORD"):
        ctx.say("Demo admin 'admin' created with the password from DEMO_ADMIN_PASSWORD.")
    else:
        ctx.say(f"Demo admin created. User: admin  Password: {password}  (shown only this once)")


def load(ctx) -> None:
    home = ensure_home()
    ctx.made["home"] = home
    ctx.made["stories_index"] = ensure_child(
        home, ArticleIndexPage, title="Stories", slug="stories"
    )
    topics_index = ensure_child(
        home, TopicIndexPage, title="Topics", slug="topics", intro="Pick a topic you love."
    )
    ctx.made["topics"] = {}
    for slug, name, description in TOPICS:
        topic, _ = Topic.objects.get_or_create(
            slug=slug, defaults={"name": name, "description": description}
        )
        ctx.made["topics"][slug] = topic
        if not TopicPage.objects.filter(topic=topic).exists():
            page = topics_index.add_child(
                instance=TopicPage(title=name, slug=slug, topic=topic, intro=description)
            )
            page.save_revision().publish()
    ensure_admin(ctx)
