from django.apps import AppConfig
from django.db import transaction
from django.db.models.signals import post_delete, post_save


class PollsConfig(AppConfig):
    name = "kidsnews.polls"
    label = "polls"
    verbose_name = "Polls and reactions"

    def ready(self):
        from .models import Poll, PollAnswer

        # A vote is checked against the poll's cached ballot (queries.ballot): any change to
        # the poll or its answers removes it at once, and again once committed (a vote read
        # between the two may have cached the old one).
        for model in (Poll, PollAnswer):
            post_save.connect(_forget_ballot, sender=model, dispatch_uid=f"ballot-{model.__name__}")
            post_delete.connect(
                _forget_ballot, sender=model, dispatch_uid=f"ballot-gone-{model.__name__}"
            )


def _forget_ballot(sender, instance, **kwargs):
    from .models import Poll
    from .queries import forget_ballot

    poll_id = instance.pk if isinstance(instance, Poll) else instance.poll_id
    forget_ballot(poll_id=poll_id)
    transaction.on_commit(lambda: forget_ballot(poll_id=poll_id))
