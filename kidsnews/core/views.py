from django.conf import settings
from django.db import connection
from django.http import HttpResponse, HttpResponsePermanentRedirect, JsonResponse
from django.template import loader
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import requires_csrf_token


def page_not_found(request, exception=None):
    template = loader.get_template("404.html")
    return HttpResponse(template.render({"request_path": request.path}, request), status=404)


def bad_request(request, exception=None):
    """400, also for a Host this site does not serve: rendered without the request, since
    anything asking the request for its host (absolute links) would fail the same way."""
    template = loader.get_template("400.html")
    return HttpResponse(template.render({"site_name": settings.SITE_NAME}), status=400)


def csrf_failure(request, reason=""):
    """A form sent without its security token: usually an old or copied page. Say so kindly."""
    template = loader.get_template("403.html")
    message = (
        "This form has expired or was sent from somewhere else. Go back, reload the page "
        "and try again."
    )
    return HttpResponse(template.render({"exception": message}, request), status=403)


@requires_csrf_token
def server_error(request):
    # Rendered without context processors or database: whatever broke may break them too.
    template = loader.get_template("500.html")
    return HttpResponse(template.render({}), status=500)


@never_cache
def healthz(request):
    """For load balancers: 200 when the database answers, 503 when it does not."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except Exception:
        return JsonResponse({"status": "database unavailable"}, status=503)
    return JsonResponse({"status": "ok"})


def favicon(request):
    """Browsers and feed readers that ask for /favicon.ico get the site's icon."""
    from django.templatetags.static import static

    return HttpResponsePermanentRedirect(static("img/favicon.svg"))


# Media types Django's static serve may guess that a browser would run or render as a page.
_ACTIVE_TYPES = ("text/html", "application/xhtml", "image/svg", "text/xml", "application/xml")


def serve_media(request, path, document_root=None):
    """Uploaded media where no web server serves it (SERVE_MEDIA): Django's static serve, with
    WebVTT as text/vtt (Python's table may not know it) and nothing served as a page: any HTML,
    SVG or XML that got in is sent as a download type. nosniff and the file CSP are added to
    every /media/ response by security.middleware.SecurityHeadersMiddleware."""
    from django.views.static import serve

    response = serve(request, path, document_root=document_root)
    if path.lower().endswith(".vtt"):
        response["Content-Type"] = "text/vtt; charset=utf-8"
    elif response.get("Content-Type", "").startswith(_ACTIVE_TYPES):
        response["Content-Type"] = "application/octet-stream"
    response["X-Content-Type-Options"] = "nosniff"
    return response
