"""Editor behaviour common to every page type."""

from django.http import JsonResponse
from wagtail import hooks


@hooks.register("before_create_page")
def no_autosave_for_new_pages(request, parent_page, page_class):
    """A new page is created only by an editor's own Save draft / Publish (issue 16, item 10a).

    Wagtail 8's autosave POSTs the add form as JSON; with required fields deferred, that made a
    hidden draft holding the slug, and every later try answered 400 "slug already in use".
    WAGTAIL_AUTOSAVE_INTERVAL = 0 stops the admin's script from autosaving at all; this refuses
    any JSON save on the add view still (an old tab, a script), before anything is stored."""
    if request.method == "POST" and not request.accepts("text/html"):
        return JsonResponse(
            {
                "success": False,
                "error_code": "autosave_off",
                "error_message": "New pages are not saved automatically. "
                "Press 'Save draft' to keep your work.",
            },
            status=400,
        )
    return None
