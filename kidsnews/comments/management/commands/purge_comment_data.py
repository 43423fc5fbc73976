"""Retention, run daily (cron or the task worker): erase old rejected text, delete stale accounts."""

from django.core.management.base import BaseCommand
from django.utils import timezone

from kidsnews.comments.safeguarding import erase_old_case_texts
from kidsnews.comments.services import (
    delete_stale_accounts,
    erase_old_redacted_text,
    erase_old_rejected_comments,
)
from kidsnews.security.services import forget_expired_login_failures


class Command(BaseCommand):
    help = (
        "Erase the text of comments rejected more than REJECTED_COMMENT_TEXT_DAYS ago (unless a "
        "safeguarding case holds it) and redacted "
        "words logged more than REDACTED_TEXT_DAYS ago; delete "
        "accounts never consented to (UNCONSENTED_ACCOUNT_DAYS) or unused (INACTIVE_ACCOUNT_DAYS); "
        "forget login failures whose cool-off is over; erase the child's words in safeguarding cases "
        "closed more than SAFEGUARDING_TEXT_DAYS ago."
    )

    def handle(self, *args, **options):
        now = timezone.now()
        erased = erase_old_rejected_comments(now=now)
        redacted = erase_old_redacted_text(now=now)
        deleted = delete_stale_accounts(now=now)
        forgotten = forget_expired_login_failures(now=now)
        cases = erase_old_case_texts(now=now)
        self.stdout.write(
            f"Erased {erased} rejected comment text(s), {redacted} redacted word(s) in the "
            f"audit log; deleted {deleted} account(s); forgot {forgotten} expired login record(s); "
            f"erased the words of {cases} closed safeguarding case(s)."
        )
