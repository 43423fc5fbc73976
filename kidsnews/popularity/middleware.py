from .services import record_view

READ_HEADER = "X-Kidsnews-Story-Read"


class StoryReadCounterMiddleware:
    """Counts story reads on the way out, outside the page cache so cache hits count too.

    Costs nothing on other pages; on a story, the reload check and the increment (see
    `record_view`), which never raise.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        page_id = response.get(READ_HEADER)
        if page_id is None:
            return response
        del response[READ_HEADER]
        if response.status_code == 200 and page_id.isdigit():
            record_view(request=request, page_id=int(page_id))
        return response
