"""Demo comments: people (a reader and parent, a moderator, an editor), approved comments on the
open stories, and a few pending ones for the moderator's queue, urgent and personal ones included.
"""

from datetime import timedelta

from django.contrib.auth.models import Group

from kidsnews.accounts.models import Parent, Reader, User
from kidsnews.articles.models import ArticlePage
from kidsnews.comments.models import Comment
from kidsnews.comments.queries import text_fingerprint
from kidsnews.comments.roles import COMMENT_MODERATORS
from kidsnews.comments.screening import screen

from ..content.stories import COMMENT_SEEDS
from ..context import generated_password

READERS = ["BraveOtter42", "SunnyPuffin27", "CleverFox63", "JollyPanda58"]
PARENT_EMAIL = "parent@example.org"
# What the moderator finds waiting: one to approve, one to redact, one to see first.
PENDING = [
    ("CleverFox63", "I think the zoo keepers did a brilliant job looking after the eggs."),
    ("JollyPanda58", "my number is seven seven zero zero nine double-oh one two three, text me"),
    ("SunnyPuffin27", "I want to disappear, nobody likes me at school"),
]


def _staff(ctx, username: str, group: str) -> User:
    user = User.objects.filter(username=username).first()
    if user is None:
        password = generated_password()
        user = User.objects.create_user(username=username, password=password, is_staff=True)
        ctx.say(f"Demo {group[:-1].lower()} created. User: {username}  Password: {password}")
    user.groups.add(Group.objects.get(name=group))
    return user


def _readers(ctx) -> dict[str, Reader]:
    parent, _ = Parent.objects.get_or_create(email=PARENT_EMAIL)
    readers = {}
    for nickname in READERS:
        reader = Reader.objects.filter(user__username=nickname).first()
        if reader is None:
            password = generated_password()
            user = User.objects.create_user(username=nickname, password=password)
            reader = Reader.objects.create(
                user=user, parent=parent, age_band=Reader.AgeBand.UNDER_13, consent_given_at=ctx.now
            )
            if nickname == READERS[0]:
                ctx.say(f"Demo reader created. User: {nickname}  Password: {password}")
        readers[nickname] = reader
    return readers


def _store(*, story, reader, text, when, **fields) -> Comment:
    # Straight to the database, not submit_comment: the demo back-dates comments and would
    # otherwise trip the per-reader rate limit. The screener still labels every one.
    result = screen(text)
    comment = Comment.objects.create(
        story=story,
        reader=reader,
        text=text,
        text_fingerprint=text_fingerprint(text),
        screening_verdict=result.verdict,
        screening_reasons=[reason.to_json() for reason in result.reasons],
        is_urgent=result.is_urgent,
        has_personal_info=result.has_personal_info,
        **fields,
    )
    Comment.objects.filter(pk=comment.pk).update(created_at=when)
    return comment


def load(ctx) -> None:
    moderator = _staff(ctx, "moderator", COMMENT_MODERATORS)
    _staff(ctx, "editor", "Editors")
    readers = _readers(ctx)
    if Comment.objects.exists():
        return
    stories = {page.slug: page for page in ArticlePage.objects.live()}
    open_stories = [
        stories[slug]
        for slug in COMMENT_SEEDS
        if slug in stories and stories[slug].are_comments_open
    ]
    for story in ctx.progress(open_stories, "Comments"):
        for index, text in enumerate(COMMENT_SEEDS[story.slug]):
            when = min(story.published_at + timedelta(hours=1 + index * 2), ctx.now)
            _store(
                story=story,
                reader=readers[READERS[index % len(READERS)]],
                text=text,
                when=when,
                status=Comment.Status.APPROVED,
                moderated_by=moderator,
                moderated_at=when + timedelta(minutes=20),
            )
    if open_stories:
        newest = max(open_stories, key=lambda page: page.published_at)
        for minutes, (nickname, text) in enumerate(PENDING):
            _store(
                story=newest,
                reader=readers[nickname],
                text=text,
                when=ctx.now - timedelta(minutes=30 - minutes * 5),
            )
