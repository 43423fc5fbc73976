"""Listen's background work, run by the django-tasks worker (`manage.py run_worker`)."""

from django_tasks import task


@task()
def generate_story_audio(page_id: int) -> dict:
    """Speak a published page's words (services.generate_story_audio); does nothing when the
    stored audio already matches them, so running it twice is safe."""
    from wagtail.models import Page

    from .services import generate_story_audio as generate

    page = Page.objects.filter(pk=page_id, live=True).first()
    if page is None:
        return {"page": page_id, "generated": False, "reason": "not live"}
    stored = generate(page=page)
    return {
        "page": page_id,
        "generated": stored is not None,
        "seconds": stored.duration_seconds if stored else 0,
    }
