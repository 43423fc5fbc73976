"""Rows tag the renders that load them, and each change invalidates the tags of what changed:
the page or row itself, and the lists that may now show it or stop showing it."""

import functools

from django.db.models.signals import post_delete, post_init, post_save, pre_delete, pre_save
from wagtail.contrib.settings.models import BaseSiteSetting
from wagtail.images.models import AbstractImage
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move
from wagtail.snippets.models import get_snippet_models
from wagtailmedia.models import AbstractMedia

from kidsnews.topics.queries import topic_ids_of

from . import tags

_ROWS = (Page, AbstractImage, AbstractMedia, BaseSiteSetting, Site, PageViewRestriction)


@functools.cache
def _is_tagged(model) -> bool:
    """Rows pages show: pages, pictures, media, settings, snippets, sites. (Snippets are
    registered after apps are ready, so this is asked on first use, not at start.)"""
    return issubclass(model, _ROWS) or model in get_snippet_models()


def tag_loaded_row(sender, instance, **kwargs):
    """post_init: whatever a render loads from the database, it shows."""
    if _is_tagged(sender):
        tags.add(*tags.tags_for(instance))


def remember_topics_before(sender, instance, **kwargs):
    """pre_save of a live page: the topics it is filed under until this save."""
    if isinstance(instance, Page) and instance.pk is not None and instance.live:
        instance._topic_ids_before = set(topic_ids_of(sender, instance.pk) or ())


def page_change_tags(page: Page) -> set[str]:
    """A page appeared, changed, moved or went: what shows it, and the lists that may (those
    of the topics it is filed under, and was until this change)."""
    specific_class = page.specific_class or type(page)
    topic_ids = {
        *(topic_ids_of(specific_class, page.pk) or ()),
        *getattr(page, "_topic_ids_before", ()),
    }
    return {
        tags.page_tag(page.pk),
        tags.listing_tag(specific_class),
        tags.listing_tag(Page),
        tags.children_tag(page.path[: -page.steplen]),
        *(tags.topic_tag(topic_id) for topic_id in topic_ids),
    }


def invalidate_published_page(sender, instance, **kwargs):
    tags.invalidate(page_change_tags(instance))


def invalidate_moved_page(sender, instance, **kwargs):
    """Moved, or its slug changed: so did the URL of every page under it."""
    tags.invalidate(page_change_tags(instance) | ({tags.SITE} if instance.numchild else set()))


def invalidate_deleted_page(sender, instance, **kwargs):
    if instance.live:  # pre_delete of the Page row (connected for it only): one per page
        tags.invalidate(page_change_tags(instance))


def invalidate_saved_row(sender, instance, created=False, **kwargs):
    """A page row saved outside a publish (by code), or any other tagged row saved or deleted."""
    # Wagtail makes a settings row with its defaults on first read: nothing shown changed.
    if not _is_tagged(sender) or (created and isinstance(instance, BaseSiteSetting)):
        return
    if isinstance(instance, Page):
        tags.invalidate({tags.page_tag(instance.pk)})
    else:  # readers that found no row carry the model's tag
        tags.invalidate({*tags.tags_for(instance), instance._meta.label_lower})


def connect() -> None:
    page_published.connect(invalidate_published_page, dispatch_uid="tags-published")
    page_unpublished.connect(invalidate_published_page, dispatch_uid="tags-unpublished")
    post_page_move.connect(invalidate_moved_page, dispatch_uid="tags-moved")
    page_slug_changed.connect(invalidate_moved_page, dispatch_uid="tags-renamed")
    pre_delete.connect(invalidate_deleted_page, sender=Page, dispatch_uid="tags-deleted")
    post_init.connect(tag_loaded_row, dispatch_uid="tags-read")
    post_save.connect(invalidate_saved_row, dispatch_uid="tags-saved")
    post_delete.connect(invalidate_saved_row, dispatch_uid="tags-deleted-row")
    pre_save.connect(remember_topics_before, dispatch_uid="tags-topics-before")
