"""Reactions to Wagtail's publish signal that belong to every content page."""

from django.dispatch import receiver
from django.utils import timezone
from wagtail.signals import page_published

from .models import ContentPage


@receiver(page_published)
def record_significant_update(sender, instance, revision, **kwargs):
    """Stamp 'Last updated' when the revision just published was marked significant.

    The first publication is not an update, so only later publications count.
    """
    if not isinstance(instance, ContentPage) or not instance.is_significant_update:
        return
    if instance.first_published_at and instance.first_published_at >= revision.created_at:
        return
    now = timezone.now()
    type(instance).objects.filter(pk=instance.pk).update(
        last_updated_at=now, is_significant_update=False
    )
    instance.last_updated_at = now
    instance.is_significant_update = False
