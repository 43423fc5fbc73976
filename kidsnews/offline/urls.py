from django.urls import path

from . import views

app_name = "offline"
urlpatterns = [
    path("", views.offline_page, name="page"),
    path("edition.json", views.edition, name="edition"),
]
