from django.conf import settings
from django.contrib import admin
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from kidsnews.caching import routing
from kidsnews.core import views as core_views
from kidsnews.feeds import sitemaps as feed_sitemaps
from kidsnews.offline import views as offline_views

urlpatterns = [
    path("django-admin/", admin.site.urls),
    # Before the admin include, which would otherwise claim these paths.
    path("admin/2fa/", include("kidsnews.security.urls")),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("accounts/", include("kidsnews.accounts.urls")),
    path("comments/", include("kidsnews.comments.urls")),
    path("search/", include("kidsnews.search.urls")),
    path("feeds/", include("kidsnews.feeds.urls")),
    path("quizzes/", include("kidsnews.quizzes.urls")),
    path("polls/", include("kidsnews.polls.urls")),
    path("reactions/", include("kidsnews.polls.reaction_urls")),
    path("videos/", include("kidsnews.videos.urls")),
    path("offline/", include("kidsnews.offline.urls")),
    path("sw.js", offline_views.service_worker, name="service_worker"),
    path("healthz", core_views.healthz, name="healthz"),
    path("favicon.ico", core_views.favicon, name="favicon"),
    path("sitemap.xml", feed_sitemaps.sitemap, name="sitemap"),
    path("news-sitemap.xml", feed_sitemaps.news_sitemap, name="news_sitemap"),
    path("robots.txt", feed_sitemaps.robots_txt, name="robots_txt"),
]

if settings.SERVE_MEDIA:
    media_prefix = settings.MEDIA_URL.lstrip("/")
    urlpatterns += [
        re_path(
            rf"^{media_prefix}(?P<path>.*)$",
            core_views.serve_media,
            {"document_root": settings.MEDIA_ROOT},
        )
    ]

urlpatterns += [
    # Wagtail's own pattern, served by our view: the same routing, read mostly from the cache.
    re_path(r"^((?:[\w\-]+/)*)$", routing.serve, name="kidsnews_serve"),
    path("", include(wagtail_urls)),
]

handler400 = "kidsnews.core.views.bad_request"
handler404 = "kidsnews.core.views.page_not_found"
# Tells a database outage (friendly 503) apart from other errors (500).
handler500 = "kidsnews.security.views.server_error"
