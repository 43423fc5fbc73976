"""Retention, run daily (cron or the task worker): erase old rejected text, delete stale accounts."""

from django.core.management.base import BaseCommand
from django.utils import timezone

from kidsnews.comments.services import delete_stale_accounts, erase_old_rejected_comments
from kidsnews.security.services import forget_expired_login_failures


class Command(BaseCommand):
    help = (
        "Erase the text of comments rejected more than REJECTED_COMMENT_TEXT_DAYS ago and delete "
        "accounts never consented to (UNCONSENTED_ACCOUNT_DAYS) or unused (INACTIVE_ACCOUNT_DAYS); "
        "forget login failures whose cool-off is over."
    )

    def handle(self, *args, **options):
        now = timezone.now()
        erased = erase_old_rejected_comments(now=now)
        deleted = delete_stale_accounts(now=now)
        forgotten = forget_expired_login_failures(now=now)
        self.stdout.write(
            f"Erased {erased} rejected comment text(s); deleted {deleted} account(s); "
            f"forgot {forgotten} expired login record(s)."
        )
