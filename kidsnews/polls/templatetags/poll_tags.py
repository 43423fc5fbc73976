from django import template

from kidsnews.core import wording

from ..models import Reaction
from ..queries import poll_results

register = template.Library()


@register.inclusion_tag("components/poll.html")
def poll_box(poll):
    """A poll's box: the one-tap form while it is open (the same for every reader, so the
    page around it can be stored), the results once it has closed."""
    is_open = poll.is_open
    return {
        "poll": poll,
        "is_open": is_open,
        "results": None if is_open else poll_results(poll=poll),
        "message": "" if is_open else wording.POLL_CLOSED,
        "honest": wording.POLL_HONEST,
    }


@register.inclusion_tag("components/reactions.html")
def reaction_box(story):
    """ "How does this story make you feel?": four faces; totals once the reader has tapped."""
    return {"story": story, "reactions": list(Reaction), "honest": wording.POLL_HONEST}
