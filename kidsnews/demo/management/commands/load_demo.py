from importlib import import_module

from django.core.management.base import BaseCommand
from django.db import transaction

from kidsnews.demo.context import DemoContext
from kidsnews.demo.loaders import LOADERS
from kidsnews.home.models import HomePage


class Command(BaseCommand):
    help = "Create the demo site: stories, topics, pictures and a demo admin. Safe to run twice."

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty", action="store_true", help="Do nothing if the site already has content."
        )
        parser.add_argument("--no-progress", action="store_true", help="Hide progress bars.")

    def handle(self, *args, if_empty=False, no_progress=False, **options):
        if if_empty and HomePage.objects.exists():
            self.stdout.write("The site already has content; leaving it as it is.")
            return
        ctx = DemoContext(stdout=self.stdout, show_progress=not no_progress)
        for dotted in LOADERS:
            with transaction.atomic():
                import_module(dotted).load(ctx)
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))
