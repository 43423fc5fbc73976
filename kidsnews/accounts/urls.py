from django.urls import path  # noqa: F401 - routes are added by this app's issue

app_name = "accounts"
urlpatterns: list = []
