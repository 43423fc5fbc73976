"""What the front page shows, read in a fixed number of queries whatever the amount of content.

Every story the page might show (the lead, editors' picks, the most read, the newest) comes from
one listing query, so the count of queries does not depend on how many slots or views exist.
"""

from django.db.models import Q

from kidsnews.articles.models import ArticlePage
from kidsnews.articles.queries import story_listing
from kidsnews.caching import tags
from kidsnews.core.visibility import public
from kidsnews.popularity.queries import most_read_page_ids
from kidsnews.topics.models import TopicPage

TOP_STORIES = 6
MOST_READ_SHOWN = 5
MOST_READ_HOURS = 48


def _take(stories_by_id: dict, ids, *, skip: set, limit: int) -> list:
    chosen = []
    for story_id in ids:
        if len(chosen) >= limit:
            break
        story = stories_by_id.get(story_id)
        if story is None or story_id in skip:
            continue
        chosen.append(story)
        skip.add(story_id)
    return chosen


def most_read_ids(*, limit: int = TOP_STORIES) -> list[int]:
    """The ids Top Stories may take from the most read: enough even if picks take them all."""
    tags.add(tags.MOST_READ)
    return most_read_page_ids(hours=MOST_READ_HOURS)[: limit * 3]


def front_page(*, home, most_read: list[int] | None = None, limit: int = TOP_STORIES) -> dict:
    """The lead story (the editors' choice, else the newest; never a sensitive story unless an
    editor said it may lead); Top Stories: editors' picks, then the most read of the last 48 hours
    (`most_read`: `most_read_ids()`, read now when not given), then the newest; the "Most read"
    list (the first five of `most_read`, whether or not Top Stories shows them); and the
    topics."""
    if most_read is None:
        most_read = most_read_ids(limit=limit)
    picked_ids = list(
        home.top_story_slots.order_by("sort_order").values_list("story_id", flat=True)
    )
    tags.add(tags.listing_tag(ArticlePage), tags.listing_tag(TopicPage))
    # Enough of the newest to fill every slot even if the lead and all picks are among them.
    newest_ids = (
        public(ArticlePage.objects.live())
        .order_by("-first_published_at", "-pk")
        .values("pk")[: limit + len(picked_ids) + 1]
    )
    wanted = [*picked_ids, *most_read]
    if home.lead_story_id:
        wanted.append(home.lead_story_id)
    stories = list(story_listing().filter(Q(pk__in=newest_ids) | Q(pk__in=wanted)))
    by_id = {story.pk: story for story in stories}
    newest_first = [story.pk for story in stories]  # story_listing() orders newest first

    # A sensitive story leads only when an editor has said it may (ArticlePage.may_lead): the
    # editors' own choice of lead included, since a story can become sensitive after it.
    leads = [by_id[home.lead_story_id]] if home.lead_story_id in by_id else []
    leads += [by_id[pk] for pk in newest_first]
    lead = next((story for story in leads if story.may_lead), None)
    skip = {lead.pk} if lead else set()
    top = _take(by_id, picked_ids, skip=skip, limit=limit)
    top += _take(by_id, most_read, skip=skip, limit=limit - len(top))
    top += _take(by_id, newest_first, skip=skip, limit=limit - len(top))
    return {
        "lead_story": lead,
        "top_stories": top,
        # Read in the same listing query: every id of `most_read` was wanted above.
        "most_read_stories": _take(by_id, most_read, skip=set(), limit=MOST_READ_SHOWN),
        "topic_pages": TopicPage.objects.live().select_related("topic").order_by("title"),
    }
