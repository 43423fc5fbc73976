"""Local development with runserver: DEBUG on, mail to the console, media served by Django."""

import os

os.environ.setdefault("SECRET_KEY", "dev-only-not-secret")  # noqa: S105 - dev settings only
os.environ.setdefault("DEBUG", "true")
os.environ.setdefault("SERVE_MEDIA", "true")
os.environ.setdefault("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")

from .base import *  # noqa: E402, F403
