from django.apps import AppConfig


class PollsConfig(AppConfig):
    name = "kidsnews.polls"
    label = "polls"
    verbose_name = "Polls and reactions"
