from wagtail import hooks

from kidsnews.articles.models import ArticlePage

from .services import record_view


@hooks.register("before_serve_page")
def count_story_view(page, request, serve_args, serve_kwargs):
    """Count reads of stories as they are served; other pages are not ranked."""
    if isinstance(page, ArticlePage):
        record_view(request=request, page_id=page.pk)
