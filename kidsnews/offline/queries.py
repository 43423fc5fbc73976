"""What the service worker keeps for reading without a connection: the home page and the
newest stories (issue 14, item 4). Read here, cached whole with the tags of what it lists."""

import hashlib
import json

from django.templatetags.static import static

from kidsnews.articles.queries import latest_stories
from kidsnews.caching import store

EDITION_STORIES = 10
# Everything saved (pages, pictures, styles, fonts, and later the Listen audio), not video.
BUDGET_BYTES = 3 * 1024 * 1024
# Only in the stylesheet (so not found in a page's HTML by the service worker) and small.
FONTS = (
    "fonts/atkinson-hyperlegible-latin-400-normal.woff2",
    "fonts/atkinson-hyperlegible-latin-700-normal.woff2",
)


def todays_edition() -> dict:
    """The URLs the service worker saves, and a version that changes whenever one of the
    listed stories is published, edited, unpublished, or its comment count changes."""
    stories = []
    for story in latest_stories()[:EDITION_STORIES]:
        # Reading the count registers the story's comments tag, so an approval renews this.
        count = story.approved_comment_count
        stories.append(
            {
                "url": story.get_url(),
                "title": story.title,
                "published": story.last_published_at.isoformat() if story.last_published_at else "",
                "comments": count,
            }
        )
    stories = [story for story in stories if story["url"]]
    fingerprint = json.dumps([stories, store.code_version()], sort_keys=True, default=str)
    return {
        "version": hashlib.sha256(fingerprint.encode()).hexdigest()[:16],
        "budgetBytes": BUDGET_BYTES,
        "home": "/",
        "offline": "/offline/",
        "stories": [{"url": story["url"], "title": story["title"]} for story in stories],
        "assets": [static(path) for path in FONTS],
    }
