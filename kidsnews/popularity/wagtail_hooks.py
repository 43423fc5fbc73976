from wagtail import hooks

from kidsnews.articles.models import ArticlePage

from .middleware import READ_HEADER


@hooks.register("on_serve_page")
def mark_story_reads(next_serve_page):
    """Label a story's response with its page id so `StoryReadCounterMiddleware` counts it.

    The label travels with the response into the anonymous page cache, so a read served from
    the cache is counted just like one rendered afresh; the middleware removes it again.
    """

    def serve(page, request, serve_args, serve_kwargs):
        response = next_serve_page(page, request, serve_args, serve_kwargs)
        if isinstance(page, ArticlePage) and response.status_code == 200:
            response[READ_HEADER] = str(page.pk)
        return response

    return serve
