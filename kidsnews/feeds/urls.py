from django.urls import path

from .feeds import AtomStoriesFeed, StoriesFeed, json_feed

app_name = "feeds"
urlpatterns = [
    path("rss/", StoriesFeed(), name="rss"),
    path("atom/", AtomStoriesFeed(), name="atom"),
    path("json/", json_feed, name="json"),
    path("topics/<slug:topic_slug>/rss/", StoriesFeed(), name="topic_rss"),
    path("topics/<slug:topic_slug>/atom/", AtomStoriesFeed(), name="topic_atom"),
    path("topics/<slug:topic_slug>/json/", json_feed, name="topic_json"),
]
