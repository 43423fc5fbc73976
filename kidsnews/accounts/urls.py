from django.urls import path

from . import views

app_name = "accounts"
urlpatterns = [
    path("sign-up/", views.sign_up, name="sign_up"),
    path("sign-up/done/", views.signed_up, name="signed_up"),
    path("login/", views.ReaderLoginView.as_view(), name="login"),
    path("logout/", views.ReaderLogoutView.as_view(), name="logout"),
    path("forgot/", views.forgot_password, name="forgot"),
    path("reset/<uidb64>/<token>/", views.ReaderPasswordResetConfirmView.as_view(), name="reset"),
    path("me/", views.my_comments, name="me"),
    path("parent/", views.parent_link, name="parent_link"),
    path("parent/<str:token>/", views.parent_page, name="parent"),
    path("parent/<str:token>/download/", views.parent_download, name="parent_download"),
    path("parent/<str:token>/delete/", views.parent_delete, name="parent_delete"),
    path("parent/<str:token>/withdraw/", views.parent_withdraw, name="parent_withdraw"),
    path("parent/<str:token>/email/", views.parent_email, name="parent_email"),
    path(
        "parent/<str:token>/rejection-emails/",
        views.parent_rejection_emails,
        name="parent_rejection_emails",
    ),
    path("new-email/<str:token>/", views.parent_email_confirm, name="parent_email_confirm"),
    path("consent/<str:token>/", views.consent, name="consent"),
]
