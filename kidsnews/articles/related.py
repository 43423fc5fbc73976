"""'More like this' under a story: related stories, the main topic and a related video.

Related stories are ranked by how many topics they share with the story, then by how alike
their title and summary are (Jaccard similarity of word sets), newest first on ties. The text
comparison runs in Python over a bounded pool of recent stories, read as plain values, so the
page costs the same few queries however many stories exist. Editors' pins replace the ranking.
"""

import re

from kidsnews.caching import store, tags
from kidsnews.core.visibility import public
from kidsnews.topics.models import TopicPage

from .models import ArticlePage
from .queries import story_listing

RELATED_STORIES = 3
CANDIDATE_POOL = 300  # the newest stories considered; older ones are rarely what a child wants
_WORD = re.compile(r"[a-z0-9]+")
_STOPWORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "but",
        "by",
        "can",
        "do",
        "for",
        "from",
        "has",
        "have",
        "he",
        "her",
        "his",
        "how",
        "in",
        "is",
        "it",
        "its",
        "of",
        "on",
        "or",
        "our",
        "she",
        "so",
        "that",
        "the",
        "their",
        "them",
        "they",
        "this",
        "to",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "which",
        "who",
        "why",
        "will",
        "with",
        "you",
        "your",
        "after",
        "about",
        "into",
        "over",
        "new",
        "more",
        "most",
        "one",
        "two",
        "three",
    ]
)


def words(text: str) -> frozenset[str]:
    return frozenset(
        word for word in _WORD.findall(text.lower()) if len(word) > 2 and word not in _STOPWORDS
    )


def jaccard(a: frozenset, b: frozenset) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def _candidate_pool() -> list[tuple[int, frozenset, object, frozenset]]:
    """The newest stories as (id, words of title and summary, first published, topic ids):
    read once per publish for every story's ranking, not once per story."""
    tags.add(tags.listing_tag(ArticlePage))
    candidates = list(
        public(ArticlePage.objects.live())
        .order_by("-first_published_at", "-pk")
        .values_list("pk", "title", "summary", "first_published_at")[: CANDIDATE_POOL + 1]
    )
    topics: dict[int, set[int]] = {}
    for page_id, topic_id in ArticlePage.topics.through.objects.filter(
        articlepage_id__in=[candidate[0] for candidate in candidates]
    ).values_list("articlepage_id", "topic_id"):
        topics.setdefault(page_id, set()).add(topic_id)
    return [
        (page_id, words(f"{title} {summary}"), published_at, frozenset(topics.get(page_id, ())))
        for page_id, title, summary, published_at in candidates
    ]


def ranked_related_ids(*, story: ArticlePage, topic_ids: set[int], limit: int) -> list[int]:
    # Not propagated: a publish must not make every story's choice stale (store.TIMEOUT_SECONDS
    # bounds how long a new story waits to be considered).
    pool = store.cached("related-candidates", _candidate_pool, propagate=False)
    own_words = words(f"{story.title} {story.summary}")
    scored = []
    others = [candidate for candidate in pool if candidate[0] != story.pk][:CANDIDATE_POOL]
    for page_id, candidate_words, published_at, candidate_topics in others:
        similarity = jaccard(own_words, candidate_words)
        topics_in_common = len(candidate_topics & topic_ids)
        if topics_in_common or similarity:
            scored.append((topics_in_common, round(similarity, 6), published_at, page_id))
    scored.sort(key=lambda row: (row[0], row[1], row[2] is not None, row[2], row[3]), reverse=True)
    return [row[3] for row in scored[:limit]]


def related_stories(
    *, story: ArticlePage, topics: list | None = None, limit: int = RELATED_STORIES
) -> list[ArticlePage]:
    """Editors' pinned picks if any are live, otherwise the best-ranked related stories."""
    topics = list(story.topics.all()) if topics is None else topics
    topic_ids = {topic.pk for topic in topics}

    def choose_ids() -> list[int]:
        pinned_ids = list(
            story.pinned_related.order_by("sort_order").values_list("related_page_id", flat=True)
        )
        return pinned_ids or ranked_related_ids(story=story, topic_ids=topic_ids, limit=limit)

    # Which stories to show: kept until the story or a pick changes. A story published since
    # is considered within the store's timeout: ranking reads the newest, and tagging that
    # list would make every publish re-render every story. The cards are read on every render.
    ids = store.cached(
        f"related-story-ids:{story.pk}:{limit}:{','.join(map(str, sorted(topic_ids)))}",
        choose_ids,
        seed=[tags.page_tag(story.pk)],
    )
    by_id = {page.pk: page for page in story_listing().filter(pk__in=ids or [0])}
    return [by_id[page_id] for page_id in ids if page_id in by_id][:limit]


def _related_video(story):
    try:
        from kidsnews.videos.queries import related_video
    except ImportError:  # the videos app has not grown its queries yet
        return None
    return related_video(story=story)


def more_like_this(*, story: ArticlePage) -> dict:
    topics = list(story.topics.all())  # read once: the manager does not cache
    topic = topics[0] if topics else None  # the same choice as ContentPage.main_topic
    # Every live page of every topic of the story, in one query: the main topic's link here
    # and the story's topic links (topic_pages_for) both choose from these.
    live_topic_pages = (
        list(TopicPage.objects.live().filter(topic__in=topics).order_by("path")) if topics else []
    )
    topic_page = next((page for page in live_topic_pages if page.topic_id == topic.pk), None)
    return {
        "stories": related_stories(story=story, topics=topics),
        "topic": topic,
        "topic_page": topic_page,
        "live_topic_pages": live_topic_pages,
        "video": _related_video(story),
    }
