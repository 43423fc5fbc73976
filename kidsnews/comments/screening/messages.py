"""Kind, specific words for a child about to send a comment (SAFETY.md item 10)."""

from __future__ import annotations

from .result import KINDS, URGENT_KINDS, ScreeningResult

CHILD_MESSAGES = {
    "pii_name": "It looks like you've shared your full name. Use just your nickname to stay safe.",
    "pii_address": "It looks like you've shared where you live. Take it out to stay safe.",
    "pii_phone": "It looks like you've shared a phone number. Take it out to stay safe.",
    "pii_email": "It looks like you've shared an email address. Take it out to stay safe.",
    "pii_school": "It looks like you've named a school. Take it out to stay safe.",
    "pii_age_location": (
        "It looks like you've shared your age and where you live. Take one of them out to "
        "stay safe."
    ),
    "pii_social_handle": (
        "It looks like you've shared a username for a game or app. Take it out to stay safe."
    ),
    "contact_request": (
        "Asking people to add, call or meet you isn't allowed here. Take it out to stay safe."
    ),
    "link": "Links to other websites aren't allowed here. Please take the link out.",
    "grooming": (
        "Please don't ask people for their age, where they live, pictures or secrets. "
        "Our moderators will read this carefully."
    ),
    "wellbeing": (
        "It sounds like things might be hard right now. A moderator will read this, and "
        "talking to a grown-up you trust can really help."
    ),
    "profanity": "Some words in your comment aren't allowed here. Please change them.",
    "insult": "Part of your comment might hurt someone's feelings. Please be kind.",
    "hate": "Part of your comment could hurt people. Please take it out and be kind.",
    "sexual": "Part of your comment isn't suitable for this site. Please change it.",
    "spam": "Your comment repeats itself or looks like an advert. Please tidy it up.",
    "threat": "Part of your comment sounds like a threat. Please be kind.",
    "shouting": "Your comment is in capital letters, which looks like shouting. Try lower case.",
    "language": (
        "Please write your comment in English so our moderators can read it: no secret codes."
    ),
}
assert set(CHILD_MESSAGES) == set(KINDS)  # noqa: S101 - guards the table at import time


# The question asked once more when the child sends a comment holding personal information
# (issue 16 item 5): the first kind found, in KINDS order, names what we saw.
CONFIRM_WHAT = {
    "pii_name": "a full name",
    "pii_address": "where someone lives",
    "pii_phone": "a phone number",
    "pii_email": "an email address",
    "pii_school": "the name of a school",
    "pii_age_location": "an age and a place",
    "pii_social_handle": "a username for a game or app",
    "contact_request": "a way to get in touch",
}


def confirm_question(result: ScreeningResult) -> str:
    """ "It looks like this has a phone number in it. Send anyway, or change it?" ('' if the
    comment holds no personal information)."""
    found = {reason.kind for reason in result.personal_info}
    for kind in KINDS:
        if kind in found and kind in CONFIRM_WHAT:
            return f"It looks like this has {CONFIRM_WHAT[kind]} in it. Send anyway, or change it?"
    return ""


def child_messages(result: ScreeningResult) -> list[str]:
    """One warning per kind found, in a fixed order (personal information first).

    Only the rules' findings, which mark the words to change, warn a child: the learned
    layer's are about the whole comment and sort the moderators' queue. The one exception is
    a child who may be at risk, who is told kindly that a person will read it."""
    found = {
        reason.kind
        for reason in result.reasons
        if reason.layer == "rules" or reason.kind in URGENT_KINDS
    }
    return [CHILD_MESSAGES[kind] for kind in KINDS if kind in found]
