"""Every word a child can see when something needs fixing, in one place (issue 16, item 15).

Written for a 7-year-old: short sentences, no jargon, what to do next, never blame. Forms use
these through `error_messages` (see `CHILD_FIELD_ERRORS`), views and templates by name, so a
test can walk the reader-facing forms and prove that none of Django's adult defaults
("This field is required.", "Enter a valid email address.") reach a child.
"""

# ruff: noqa: S105 - the PASSWORD_* names hold words about passwords, not passwords
from __future__ import annotations

from collections.abc import Iterable

# --- Field errors: Django's error codes, said kindly. `{label}`-free on purpose: the message
# sits right under the box it is about.
REQUIRED = "Please fill this in."
REQUIRED_CHOICE = "Please pick one."
INVALID_CHOICE = "Please pick one of the choices."
INVALID_EMAIL = "That doesn't look like an email address. Ask your grown-up to check it."
TOO_LONG = "That's a bit long. Please make it shorter."

CHILD_FIELD_ERRORS = {
    "required": REQUIRED,
    "invalid": "That doesn't look quite right. Please check it.",
    "max_length": TOO_LONG,
    "invalid_choice": INVALID_CHOICE,
}


def field_errors(**extra: str) -> dict[str, str]:
    """`error_messages=` for a form field: the kind defaults, plus any of its own."""
    return {**CHILD_FIELD_ERRORS, **extra}


# --- Signing in.
LOGIN_WRONG = (
    "That nickname and password don't match. Check the spelling and try again. "
    "Capital letters count!"
)
LOGIN_INACTIVE = "This account is switched off. Ask your grown-up to help."
LOGIN_NICKNAME = "Your nickname"

# --- Making an account.
PASSWORD_RULES = [
    "At least 8 letters, numbers or symbols.",
    "Not just numbers.",
    "Not an easy one like “password” or your nickname.",
]
PASSWORD_TOO_SHORT = "Your password needs at least 8 letters, numbers or symbols."  # nosec B105: words about passwords, not one
PASSWORD_TOO_COMMON = "That password is too easy to guess. Try joining three words you like."  # nosec B105: words about passwords, not one
PASSWORD_ALL_NUMBERS = "Your password can't be just numbers. Add some letters too."  # nosec B105: words about passwords, not one
PASSWORD_LIKE_NICKNAME = "Your password is too much like your nickname. Try something different."  # nosec B105: words about passwords, not one
PASSWORD_WEAK = "Please choose a harder password."  # nosec B105: words about passwords, not one
PASSWORDS_DIFFERENT = "The two passwords are different. Try again."
NICKNAME_TAKEN = "Someone just took that one. Please pick another."
NICKNAME_PICK = "Please pick a nickname from the list."
AGE_PICK = "Please tell us how old you are."
PARENT_EMAIL_NEEDED = "We need your grown-up's email, so they can say yes."

# Django's password validators, by error code, in the words above.
PASSWORD_ERRORS = {
    "password_too_short": PASSWORD_TOO_SHORT,
    "password_too_common": PASSWORD_TOO_COMMON,
    "password_entirely_numeric": PASSWORD_ALL_NUMBERS,
    "password_too_similar": PASSWORD_LIKE_NICKNAME,
}

# "13 or older" at reader sign-up. What a children's broadcaster does (CBBC, Newsround, BBC
# Own It): the site and its comments are made for 6 to 12; a teenager is welcome to read,
# but is pointed to a service for their age instead of joining a children's conversation,
# and no account is made. See docs/architecture.md, "Who can join".
TOO_OLD_TITLE = "This place is made for 6 to 12 year olds"
TOO_OLD = (
    "Thanks for wanting to join in! Our comments are just for readers aged 6 to 12, so we "
    "can't make an account for you. You're very welcome to keep reading, watching and "
    "playing our quizzes: none of that needs an account."
)

# --- Quizzes.
QUIZ_NOTHING_PICKED = (
    "You haven't picked any answers yet. Choose an answer for each question, then press "
    '"See my score".'
)


# --- Comments (the screener's own warnings are in comments/screening/messages.py, which
# stays free of Django imports; the "Send anyway?" question is there too).
COMMENT_SCRAMBLED = (
    "Some of what you sent got scrambled on the way. Please type your comment again."
)
COMMENT_TOO_SHORT = "Your comment is a bit short. Can you tell us a little more?"
STORY_GONE = "This story isn't available."
COMMENTS_CLOSED = "These comments are now closed."
COMMENTS_RESTING = "Comments are resting right now."
ACCOUNT_OFF = "Your account is not active."
COMMENTS_DAILY_CAP = "You've shared lots of comments today, thank you! You can post again tomorrow."
COMMENT_REPEAT = "You've already sent this comment. Try saying something new!"
REPORT_ONLY_PUBLISHED = "You can only report comments that are on the site."
COMMENT_THANKS = "Thanks! A moderator will check your comment."
FORM_NOT_OURS = "That form wasn't one of ours. Try again."
SIGN_IN_TO_COMMENT = "Please sign in to comment."
REPORT_THANKS = "Thank you for telling us. A moderator will look at it soon."


# --- Getting help (issue 15): Childline is said as text, never linked to or loaded from.
CHILDLINE_PHONE = "0800 1111"
CHILDLINE_WEBSITE = "childline.org.uk"
TALK_TO_A_GROWN_UP = "Talk to a grown-up you trust, like a parent, carer or teacher."
CALL_CHILDLINE = (
    f"You can call Childline free on {CHILDLINE_PHONE}, day or night, or go to "
    f"{CHILDLINE_WEBSITE}. They are kind and they listen."
)

# The panel on a sensitive story (war, disaster, crime, death).
WORRIED_TITLE = "Worried about the news?"
WORRIED_PANEL = [
    "Some news can make us feel sad, scared or cross. That's OK.",
    "If this story upsets you, you can stop reading and do something you enjoy.",
    TALK_TO_A_GROWN_UP,
    CALL_CHILDLINE,
]
WORRIED_MORE = "More help if the news worries you"
# Above the comment form of a sensitive story, instead of the usual invitation.
SENSITIVE_STORY_PROMPT = (
    "This is a sad story. You can tell us how it makes you feel. Please be gentle: other "
    "readers might feel sad too."
)

# Said at once to a child whose comment sounds like they may not be safe (the screener's
# wellbeing or grooming findings), and to a reader who reports "I'm worried about someone".
HELP_NOW = [
    "If you feel worried, sad or not safe, you are not in trouble and you are not alone.",
    TALK_TO_A_GROWN_UP,
    CALL_CHILDLINE,
]
HELP_AFTER_COMMENT = [
    "Thank you for telling us. A grown-up from our team will read your comment soon.",
    *HELP_NOW,
]
HELP_AFTER_WORRIED_REPORT = [
    "Thank you for telling us. A grown-up from our team will look at it straight away.",
    "If you are worried about someone, tell a grown-up you trust too.",
    CALL_CHILDLINE,
]
HELP_WHILE_WAITING = "A grown-up from our team will read this soon. " + CALL_CHILDLINE


def comment_too_long(length: int, limit: int) -> str:
    return f"Your comment is {length} characters long. Please keep it to {limit} or fewer."


def comment_too_soon(seconds: int) -> str:
    return f"Thanks for joining in! Please wait {seconds} seconds before you send another comment."


# --- Quizzes.
QUIZ_TOO_MANY_PICKS = "That answer has too many choices in it. Please try again."
QUIZ_NOT_A_CHOICE = "That answer was not one of the choices. Please pick again."
QUIZ_PICK_ONE = "This question has one answer. Please pick just one."
QUIZ_TOO_MUCH = "That was too much to check at once."
QUIZ_UNREADABLE = "We could not read that answer. Please try again."
QUIZ_UNKNOWN_QUESTION = "That question is not in this quiz. Please reload the page."
QUIZ_PICK_FIRST = "Pick an answer first, then check it."
QUIZ_UNKNOWN_QUESTIONS = "Some answers are for questions not in this quiz. Please reload."
QUIZ_UNREADABLE_ALL = "We could not read those answers. Please try again."


def join_words(items: Iterable[str], *, last: str = "and") -> str:
    """Natural English: "Bat", "Bat and Eagle", "Bat, Eagle and Owl"."""
    items = [str(item) for item in items]
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {last} {items[-1]}"


# --- Parents (issue 16, item 16): the consent page and the parent page.
CONSENT_DECLINED_TITLE = "Thank you for telling us"
CONSENT_DECLINED = (
    "{nickname}'s account is deleted, with everything in it. Nothing is kept except a note in "
    "our records that the account was deleted. Children can still read every story without "
    "an account."
)
CONSENT_WITHDRAWN = (
    "Done: {nickname} can still sign in and read, but can't post comments now. You can say "
    "yes again here at any time."
)
EMAIL_CHANGE_SENT = (
    "We've sent a link to {email}. Nothing changes until someone follows it from that inbox."
)
EMAIL_CHANGED = "Thank you: we'll write to {email} from now on."
REJECTION_EMAILS_ON = "We'll email you when a comment is not published."
REJECTION_EMAILS_OFF = "We won't email you about comments that are not published."


def what_we_keep(*, rejected_days: int, unconsented_days: int, inactive_days: int) -> list[str]:
    """What an account holds, why, and for how long: said on the consent page."""
    return [
        "The nickname your child picked, so their comments have a name on them.",
        "Their age band (6 to 8, or 9 to 12), so we know the site is right for them.",
        "Your email address, to ask you and to send you links to this account.",
        "Their comments, so they can be checked and shown. The words of a comment that is "
        f"not published are deleted after {rejected_days} days.",
        f"If nobody says yes, the account is deleted after {unconsented_days} days. An account "
        f"not used for {inactive_days} days is deleted too, and you can delete it any time.",
    ]


# --- Polls and reactions (kidsnews/polls)
POLL_THANKS = "Thanks for voting! Here is what readers like you think so far."
POLL_ALREADY = (
    "You have already voted in this poll, so your vote counts once. Here are the results."
)
POLL_CLOSED = "This poll has closed. Here is what readers like you said."
POLL_PICK_ONE = "Please pick one of the answers, then press Vote."
POLL_NOT_COUNTED = "Sorry, we could not count that vote just now. Please try again in a minute."
POLL_HONEST = "From readers like you who chose to vote. It is not a survey of everyone."
REACTION_THANKS = "Thanks for telling us! Here is how readers like you feel."
REACTION_ALREADY = (
    "You have already told us how this story made you feel. Here is how readers like you feel."
)
REACTION_PICK_ONE = "Please pick one of the faces."
