"""Receivers that purge the page cache when what a page shows changes."""

import importlib

from django.db.models.signals import pre_delete
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import services


def purge_published_page(sender, instance, **kwargs):
    services.purge_for_page(page=instance)


def purge_unpublished_page(sender, instance, **kwargs):
    services.purge_for_page(page=instance, still_shown=False)


def purge_moved_page(sender, instance, url_path_before=None, **kwargs):
    if instance.live:
        services.purge_for_page(page=instance, old_url_path=url_path_before)


def purge_deleted_page(sender, instance, **kwargs):
    # Multi-table inheritance sends pre_delete for the Page row as well; one is enough.
    if sender is Page and instance.live:
        services.purge_for_deleted_page(page=instance)


def purge_story_after_comment_change(sender, story, **kwargs):
    services.purge_for_story_comments(story=story)


def connect_purge_receivers() -> None:
    page_published.connect(purge_published_page, dispatch_uid="caching-published")
    page_unpublished.connect(purge_unpublished_page, dispatch_uid="caching-unpublished")
    post_page_move.connect(purge_moved_page, dispatch_uid="caching-moved")
    pre_delete.connect(purge_deleted_page, dispatch_uid="caching-deleted")
    try:
        comment_signals = importlib.import_module("kidsnews.comments.signals")
    except ModuleNotFoundError:  # the comments app has not defined its signal yet
        return
    comment_signals.story_comments_changed.connect(
        purge_story_after_comment_change, dispatch_uid="caching-comments"
    )
