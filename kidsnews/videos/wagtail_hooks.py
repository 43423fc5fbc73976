"""Admin hooks for videos: the captions gate also holds for the page listing's bulk publish."""

from django.contrib import messages
from django.shortcuts import redirect
from wagtail import hooks

from .models import VideoPage


def publish_blockers(page: VideoPage) -> list[str]:
    """Why this video cannot go live yet, in words an editor can act on."""
    blockers = []
    if not page.captions:
        blockers.append(f"“{page.title}” has no captions file: add WebVTT captions first.")
    if not page.video_id:
        blockers.append(f"“{page.title}” has no video file.")
    return blockers


@hooks.register("before_bulk_action")
def refuse_bulk_publishing_videos_without_captions(request, action_type, objects, action_class):
    # The edit form refuses to publish a video without captions; bulk publish from the page
    # listing skips that form, so the same rule is checked here on the latest draft.
    if action_type != "publish":
        return None
    blockers = []
    for obj in objects:
        page = getattr(obj, "specific", obj)
        if isinstance(page, VideoPage):
            draft = page.get_latest_revision_as_object()
            blockers.extend(publish_blockers(draft))
    if not blockers:
        return None
    messages.error(request, "Nothing was published. " + " ".join(blockers))
    return redirect(request.GET.get("next") or "wagtailadmin_explore_root")
