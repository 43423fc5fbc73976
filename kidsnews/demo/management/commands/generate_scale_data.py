"""Fill the site with many live stories (and approved comments) fast, for benchmarks.

Rows are written with bulk inserts: the page tree paths for the new stories are computed here
(treebeard's materialised path: the parent's path plus a 4-character base-36 step), the Page
and ArticlePage rows go in batches, and comments by a small pool of generated readers. No
revisions or search index entries are made: the pages are live and render, which is what a
benchmark needs. Run `load_demo` first (it makes the home page, stories section and topics).
"""

import random
import time
import uuid
from datetime import timedelta

from django.contrib.contenttypes.models import ContentType
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.utils import timezone
from tqdm import tqdm
from wagtail.models import Page

from kidsnews.articles.models import ArticleIndexPage, ArticlePage
from kidsnews.topics.models import Topic

ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
STEPLEN = 4
BATCH = 2000
WORDS = [
    *("rocket", "moon", "planet", "penguin", "river", "forest", "robot", "football"),
    *("library", "volcano", "whale", "garden", "school", "music", "comet", "rainbow"),
    *("dinosaur", "ocean", "island", "bridge", "museum", "snow", "tiger", "kite"),
]


def step(number: int) -> str:
    digits = ""
    while number:
        number, rest = divmod(number, len(ALPHABET))
        digits = ALPHABET[rest] + digits
    return digits.rjust(STEPLEN, "0")


def sentence(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize()


class Command(BaseCommand):
    help = "Add N live stories (and M approved comments) with bulk inserts, for benchmarks."

    def add_arguments(self, parser):
        parser.add_argument("--stories", type=int, default=1000)
        parser.add_argument("--comments", type=int, default=0)
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument("--no-progress", action="store_true")

    def handle(self, *args, stories: int, comments: int, seed: int, no_progress: bool, **_):
        if not 0 <= stories <= 1_000_000 or not 0 <= comments <= 10_000_000:
            raise CommandError("--stories up to 1,000,000 and --comments up to 10,000,000")
        index = ArticleIndexPage.objects.first()
        if index is None:
            raise CommandError("No stories section: run `manage.py load_demo` first.")
        rng = random.Random(seed)  # noqa: S311  # nosec B311 - made-up content, not security
        started = time.monotonic()
        progress = not no_progress
        story_ids = self._stories(index, stories, rng, progress=progress)
        self._comments(story_ids, comments, rng, progress=progress)
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        self.stdout.write(
            f"Added {len(story_ids)} stories and {comments} comments "
            f"in {time.monotonic() - started:.1f} s"
        )

    def _stories(self, index, count: int, rng, *, progress: bool) -> list[int]:
        if not count:
            return []
        content_type = ContentType.objects.get_for_model(ArticlePage)
        topics = list(Topic.objects.values_list("pk", flat=True))
        through = ArticlePage.topics.through
        last_child = index.get_last_child()
        first = (int(last_child.path[-STEPLEN:], 36) + 1) if last_child else 1
        now = timezone.now()
        body = (
            '[{"type": "paragraph", "value": "<p>%s.</p>", "id": "%s"},'
            ' {"type": "closing_question", "value": "What do you think?", "id": "%s"}]'
        )
        # The story rows, every column but the text at its model default: new fields need no
        # change here. One INSERT per batch, without the ORM's per-row work.
        fields = ArticlePage._meta.local_concrete_fields
        defaults = {
            field.name: field.get_db_prep_save(field.get_default(), connection) for field in fields
        }
        columns = ", ".join(connection.ops.quote_name(field.column) for field in fields)
        insert_sql = (
            f"INSERT INTO {ArticlePage._meta.db_table} ({columns}) "  # noqa: S608  # nosec B608 - model names
            f"VALUES ({', '.join(['%s'] * len(fields))})"
        )
        ids: list[int] = []
        bar = tqdm(total=count, desc="stories", unit="story", disable=not progress)
        for start in range(0, count, BATCH):
            numbers = range(first + start, first + min(start + BATCH, count))
            pages = []
            for number in numbers:
                slug = f"scale-story-{number}"
                title = f"{sentence(rng, 5)} ({number})"
                published = now - timedelta(minutes=number)
                pages.append(
                    Page(
                        title=title,
                        draft_title=title,
                        slug=slug,
                        path=index.path + step(number),
                        depth=index.depth + 1,
                        numchild=0,
                        url_path=f"{index.url_path}{slug}/",
                        content_type=content_type,
                        live=True,
                        has_unpublished_changes=False,
                        first_published_at=published,
                        last_published_at=published,
                        locale_id=index.locale_id,
                        translation_key=uuid.uuid4(),
                    )
                )
            with transaction.atomic():
                created = Page.objects.bulk_create(pages)
                rows = [
                    {
                        **defaults,
                        ArticlePage._meta.pk.name: page.pk,
                        "summary": sentence(rng, 10) + ".",
                        "body": body % (sentence(rng, 40), uuid.uuid4(), uuid.uuid4()),
                    }
                    for page in created
                ]
                with connection.cursor() as cursor:
                    cursor.executemany(
                        insert_sql, [[row[field.name] for field in fields] for row in rows]
                    )
                if topics:
                    through.objects.bulk_create(
                        through(articlepage_id=page.pk, topic_id=rng.choice(topics))
                        for page in created
                    )
            ids.extend(page.pk for page in created)
            bar.update(len(created))
        bar.close()
        Page.objects.filter(pk=index.pk).update(numchild=index.get_children().count())
        return ids

    def _comments(self, story_ids: list[int], count: int, rng, *, progress: bool) -> None:
        if not count:
            return
        from kidsnews.accounts.models import Parent, Reader, User
        from kidsnews.comments.models import Comment

        if not story_ids:
            story_ids = list(ArticlePage.objects.live().values_list("pk", flat=True))
        parent, _ = Parent.objects.get_or_create(email="scale-data-parent@example.invalid")
        readers = list(Reader.objects.filter(parent=parent))
        for number in range(len(readers), 200):
            user = User.objects.create(username=f"scale-reader-{number}")
            readers.append(
                Reader.objects.create(user=user, parent=parent, age_band=Reader.AgeBand.values[0])
            )
        bar = tqdm(total=count, desc="comments", unit="comment", disable=not progress)
        for start in range(0, count, BATCH * 5):
            size = min(BATCH * 5, count - start)
            text = [sentence(rng, 8) + "!" for _ in range(size)]
            Comment.objects.bulk_create(
                Comment(
                    story_id=rng.choice(story_ids),
                    reader=rng.choice(readers),
                    text=words,
                    text_fingerprint=f"{start + offset:064x}",
                    status=Comment.Status.APPROVED,
                    screening_verdict=Comment.Verdict.PUBLISHABLE,
                )
                for offset, words in enumerate(text)
            )
            bar.update(size)
        bar.close()
