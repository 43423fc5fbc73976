"""What the front page shows, read in a fixed number of queries."""

from kidsnews.articles.queries import latest_stories
from kidsnews.topics.models import TopicPage

TOP_STORIES = 6


def front_page(*, home) -> dict:
    stories = list(latest_stories()[: TOP_STORIES + 1])
    lead = home.lead_story if home.lead_story_id and home.lead_story.live else None
    if lead is None and stories:
        lead = stories[0]
    top_stories = [story for story in stories if lead is None or story.pk != lead.pk][:TOP_STORIES]
    return {
        "lead_story": lead,
        "top_stories": top_stories,
        "topic_pages": TopicPage.objects.live().select_related("topic").order_by("title"),
    }
