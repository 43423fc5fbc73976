from django.core.management.base import BaseCommand, CommandError

from kidsnews.articles.models import ArticlePage
from kidsnews.listen import engines
from kidsnews.listen.services import generate_story_audio


class Command(BaseCommand):
    help = (
        "Make the read-aloud audio of live stories now, in this process (the site's worker does "
        "it after each publish). Stories whose audio already matches their words are skipped."
    )

    def add_arguments(self, parser):
        parser.add_argument("--page", type=int, action="append", help="Only this page id.")
        parser.add_argument("--engine", help="An engine other than LISTEN_ENGINE.")
        parser.add_argument("--force", action="store_true", help="Speak again even if unchanged.")

    def handle(self, *args, page=None, engine=None, force=False, **options):
        try:
            speaker = engines.get_engine(engine)
        except engines.EngineError as error:
            raise CommandError(str(error)) from error
        stories = ArticlePage.objects.live().order_by("-first_published_at")
        if page:
            stories = stories.filter(pk__in=page)
        made = 0
        for story in stories:
            stored = generate_story_audio(page=story, engine=speaker, force=force)
            if stored is not None:
                made += 1
                self.stdout.write(f"{story.title}: {stored.duration_seconds:.0f} s")
        self.stdout.write(self.style.SUCCESS(f"{made} stories have audio ({speaker.name})."))
