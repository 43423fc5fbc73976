from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "kidsnews.accounts"
    label = "accounts"
