"""Complete, production-safe settings, read from the environment.

Everything a deployment changes comes from an environment variable read through the typed
helpers in `env.py`; `dev.py` and `test.py` only override what those modes need. Defaults are
the safe ones: DEBUG off, secret key required, the embedded engines (SQLite, files, local cache)
unless DATABASE_URL / REDIS_URL point at real servers.
"""

from pathlib import Path

import dj_database_url
from csp.constants import NONCE

from .env import env_bool, env_int, env_list, env_str, env_timezone, env_url

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent
VAR_DIR = Path(env_str("KIDSNEWS_VAR_DIR", str(BASE_DIR / "var")))

SECRET_KEY = env_str("SECRET_KEY")
DEBUG = env_bool("DEBUG", default=False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", default=[])

SITE_NAME = env_str("SITE_NAME", "kidsnews")
WAGTAIL_SITE_NAME = SITE_NAME
WAGTAILADMIN_BASE_URL = env_str("BASE_URL", "http://localhost:8000")

INSTALLED_APPS = [
    # Our apps first so their templates override Wagtail's and Django's.
    "kidsnews.core",
    "kidsnews.accounts",
    "kidsnews.images",
    "kidsnews.topics",
    "kidsnews.home",
    "kidsnews.articles",
    "kidsnews.videos",
    "kidsnews.quizzes",
    "kidsnews.info",
    "kidsnews.glossary",
    "kidsnews.polls",
    "kidsnews.comments",
    "kidsnews.search",
    "kidsnews.feeds",
    "kidsnews.popularity",
    "kidsnews.demo",
    "kidsnews.security",
    "kidsnews.caching",
    "kidsnews.listen",
    "kidsnews.offline",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "wagtailmedia",
    "modelcluster",
    "taggit",
    "django_tasks",
    "django_tasks_db",
    "csp",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Outside whitenoise so static files get the CSP too; outside the headers middleware,
    # which sets the stricter file policy first (django-csp keeps an existing header).
    "kidsnews.security.middleware.SiteCSPMiddleware",
    "kidsnews.security.middleware.SecurityHeadersMiddleware",
    # Inside the security middlewares (every response, cached or not, gets their headers),
    # outside sessions, CSRF and auth, which a cached anonymous page never needs.
    # The "most read" counter sits outside the page cache so reads served from it count too.
    "kidsnews.popularity.middleware.StoryReadCounterMiddleware",
    "kidsnews.caching.middleware.AnonymousPageCacheMiddleware",
    # Oversized and malformed requests are refused before anything reads their body (and
    # inside the header middlewares, so the refusal pages carry the same headers).
    "kidsnews.security.middleware.RequestLimitsMiddleware",
    # Empty 405s from views (GET on a POST-only URL) become the kind 405 page.
    "kidsnews.security.middleware.KindStatusPagesMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "kidsnews.security.middleware.StaffSessionMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes requires: it turns a lockout into the refusal response.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "kidsnews.urls"
WSGI_APPLICATION = "kidsnews.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "kidsnews.core.context_processors.site_chrome",
            ],
        },
    },
]

# --- Data: SQLite in var/ by default, PostgreSQL (or any dj-database-url URL) at scale.
DATABASE_URL = env_url("DATABASE_URL", schemes=("postgres", "postgresql", "sqlite", "pgsql"))
# Connections are kept between requests (each worker reuses its own). For SQLite this matters
# as much as for a server: a fresh connection reads the schema again, and when the last open
# connection closes SQLite checkpoints and deletes the WAL, so the next write re-creates it
# (two fsyncs per request under light load).
DB_CONN_MAX_AGE = env_int("DB_CONN_MAX_AGE", 60, minimum=0)
# WAL lets readers carry on while a writer commits; IMMEDIATE makes writers queue for the lock
# up front instead of failing half-way through a transaction, and it is the lock that orders
# concurrent comment posts on SQLite (comments/services.py: submit_comment).
SQLITE_OPTIONS = {
    "transaction_mode": "IMMEDIATE",
    "timeout": 20,
    "init_command": (
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=20000;"
    ),
}
if DATABASE_URL:
    DATABASES = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=DB_CONN_MAX_AGE)}
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": VAR_DIR / "db.sqlite3",
            "CONN_MAX_AGE": DB_CONN_MAX_AGE,
        }
    }
    # SQLite creates the file but not its folder: a new KIDSNEWS_VAR_DIR works at once.
    VAR_DIR.mkdir(parents=True, exist_ok=True)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = {**SQLITE_OPTIONS, **DATABASES["default"].get("OPTIONS", {})}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache and sessions: Redis when REDIS_URL is set, else files shared by every worker.
REDIS_URL = env_url("REDIS_URL", schemes=("redis", "rediss", "unix"))
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "kidsnews",
            "OPTIONS": {
                "CLIENT_CLASS": "django_redis.client.DefaultClient",
                "SOCKET_CONNECT_TIMEOUT": 1,
                "SOCKET_TIMEOUT": 1,
                # If Redis goes away, pages still serve: cache reads miss, writes are dropped.
                "IGNORE_EXCEPTIONS": True,
            },
        },
        # Login throttling must notice an outage (to fall back to the database), not swallow it.
        "axes": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "kidsnews-axes",
            "OPTIONS": {
                "CLIENT_CLASS": "django_redis.client.DefaultClient",
                "SOCKET_CONNECT_TIMEOUT": 1,
                "SOCKET_TIMEOUT": 1,
            },
        },
    }
    # Sessions are read from Redis and written through to the database, so a Redis outage
    # costs speed, not sign-ins, and deactivating a user can find and end every session.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
    AXES_HANDLER = "kidsnews.security.axes_handler.RedisWithDatabaseFallbackHandler"
    AXES_CACHE = "axes"
else:
    # SQLite files shared by every worker (diskcache): a read is one indexed lookup, and past
    # its size it evicts the least recently stored few entries per write. Django's
    # FileBasedCache listed its whole directory on every write and dropped a third of itself
    # past 300 entries, so a site's fragments and pages never stayed (docs/caching.md).
    CACHES = {
        "default": {
            "BACKEND": "kidsnews.caching.backend.KeptOpenDiskCache",
            "LOCATION": VAR_DIR / "cache",
            "KEY_PREFIX": "kidsnews",
            "SHARDS": 8,
            "DATABASE_TIMEOUT": 1.0,
            "OPTIONS": {"size_limit": env_int("CACHE_SIZE_MB", 2048, minimum=16) * 2**20},
        }
    }
    SESSION_ENGINE = "django.contrib.sessions.backends.db"
    AXES_HANDLER = "kidsnews.security.axes_handler.PrivateDatabaseHandler"

TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# Listen (kidsnews/listen, docs/operations.md "Listen"): read-aloud audio made in the background
# when a story is published. The engine: "hibari" (the neural voice inside the hibari-tts wheel),
# "espeak" (Debian's espeak-ng, the floor) or the dotted path of an engine class of your own.
LISTEN_ENGINE = env_str("LISTEN_ENGINE", "hibari")
LISTEN_VOICE = env_str("LISTEN_VOICE", "")  # the engine's default when empty
LISTEN_MODEL_PATH = env_str("LISTEN_MODEL_PATH", "")  # hibari: another voice's .onnx file
LISTEN_ON_PUBLISH = env_bool("LISTEN_ON_PUBLISH", default=True)

AUTH_USER_MODEL = "accounts.User"
# django-axes first: it refuses a locked-out login before any password is checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "accounts:login"
# Where a sign-in without ?next= lands (Django's default, /accounts/profile/, does not exist).
# Readers go on to their own page instead (accounts.views.ReaderLoginView).
LOGIN_REDIRECT_URL = "/"

LANGUAGE_CODE = "en-gb"
TIME_ZONE = env_timezone("TIME_ZONE", "Europe/London")
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
STATICFILES_DIRS = [PROJECT_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(VAR_DIR / "media")))
# Django serves uploaded media only where no web server does (make run); behind nginx, off.
SERVE_MEDIA = env_bool("SERVE_MEDIA", default=False)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
DATA_UPLOAD_MAX_MEMORY_SIZE = env_int("DATA_UPLOAD_MAX_MEMORY_SIZE", 2_621_440, minimum=1024)
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440

EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_FILE_PATH = VAR_DIR / "mail"
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25, minimum=1)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", default=False)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "kidsnews <no-reply@localhost>")

# --- Wagtail
WAGTAILIMAGES_IMAGE_MODEL = "images.CustomImage"
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp", "avif"]
# Search: the database backend (SQLite FTS5, PostgreSQL full text) unless SEARCH_URL names an
# OpenSearch/Elasticsearch server, e.g. SEARCH_URL=http://opensearch:9200 (SEARCH_BACKEND picks
# the Wagtail backend module; SEARCH_INDEX the index name). Rebuild with `manage.py update_index`.
SEARCH_URL = env_url("SEARCH_URL", schemes=("http", "https"))
if SEARCH_URL:
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            # Every query reduced to plain words first (kidsnews/search/backend.py).
            "BACKEND": "kidsnews.search.backend",
            "WRAPS": env_str("SEARCH_BACKEND", "wagtail.search.backends.elasticsearch8"),
            "URLS": [SEARCH_URL],
            "INDEX": env_str("SEARCH_INDEX", "kidsnews"),
            "TIMEOUT": env_int("SEARCH_TIMEOUT", 5, minimum=1),
        }
    }
else:
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "kidsnews.search.backend",
            "WRAPS": "wagtail.search.backends.database",
        }
    }
WAGTAILADMIN_COMMENTS_ENABLED = False
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Wagtail 8 autosaves every few seconds by default. On a new page that stored hidden drafts
# holding the slug (issue 16, item 10a), so it is off: editors press Save draft or Publish.
# core/wagtail_hooks.py also refuses a JSON save on the add view.
WAGTAIL_AUTOSAVE_INTERVAL = 0
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False
WAGTAILMEDIA = {"MEDIA_MODEL": "wagtailmedia.Media"}

# --- Anonymous page cache (kidsnews/caching, docs/performance.md). Pages are kept in the
# cache above and purged exactly on publish and comment moderation; these bound the rest.
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE_ENABLED", default=True)
# What a purge cannot name ("More like this" in other stories) is at most this old.
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 300, minimum=1)
# Pages whose Top Stories follow "most read", which changes without a publish.
PAGE_CACHE_SHORT_PAGE_TYPES = ["home.HomePage"]
PAGE_CACHE_SHORT_SECONDS = env_int("PAGE_CACHE_SHORT_SECONDS", 60, minimum=1)
# Browsers revalidate every time (a cheap 304 with the ETag); shared caches (nginx, a CDN)
# keep a page this long. Raise it only with an edge purge configured (FRONTEND_CACHE_*).
PAGE_CACHE_BROWSER_SECONDS = env_int("PAGE_CACHE_BROWSER_SECONDS", 0, minimum=0)
PAGE_CACHE_EDGE_SECONDS = env_int("PAGE_CACHE_EDGE_SECONDS", 1, minimum=0)
# While the database is down, anonymous readers get the last good copy of a page for at most
# this long past its time (the app's cache, nginx's stale-if-error, Varnish's grace).
PAGE_CACHE_GRACE_SECONDS = env_int("PAGE_CACHE_GRACE_SECONDS", 3600, minimum=0)
PAGE_CACHE_QUERY_PARAMS = {"page", "level", "signed"}
# Each app process keeps the pages it has answered from the cache in memory too, up to this
# many bytes (kidsnews/caching/fastpath.py); the version token is still read on every request.
PAGE_CACHE_LOCAL_BYTES = env_int("PAGE_CACHE_LOCAL_BYTES", 16 * 1024 * 1024, minimum=0)
PAGE_CACHE_SKIP_PREFIXES = [
    "/admin/",
    "/django-admin/",
    "/accounts/",
    "/comments/",
    "/search/",
    "/static/",
    MEDIA_URL,
    "/documents/",
    "/healthz",
]
# Non-Wagtail paths that are the same for every reader; each group is purged on any publish.
PAGE_CACHE_EXTRA_PREFIXES = ["/feeds/", "/sitemap.xml", "/news-sitemap.xml", "/offline/"]
# The edge (kidsnews/caching/edge.py, docs/caching.md): every purge is by tag. nginx on the same
# machine (deploy/nginx.conf): its cached files naming a purged tag are deleted, so a change is
# visible at once rather than within the second; the app's user needs write access to the
# directory. Varnish (deploy/varnish.vcl) or Fastly: an HTTP purge URL. Cloudflare: zone + token.
EDGE_NGINX_CACHE_DIR = env_str("NGINX_CACHE_DIR", "")
EDGE_PURGE_URL = env_url("EDGE_PURGE_URL", schemes=("http", "https"))
EDGE_PURGE_METHOD = env_str("EDGE_PURGE_METHOD", "PURGE")  # Fastly's API: POST
EDGE_PURGE_TOKEN = env_str("EDGE_PURGE_TOKEN", "")  # sent as Fastly-Key
CLOUDFLARE_ZONE_ID = env_str("CLOUDFLARE_ZONE_ID", "")
CLOUDFLARE_BEARER_TOKEN = env_str("CLOUDFLARE_BEARER_TOKEN", "")
CLOUDFLARE_API_URL = env_str("CLOUDFLARE_API_URL", "https://api.cloudflare.com/client/v4")

# --- Newsroom rules
COMMENTS_CLOSE_AFTER_DAYS = env_int("COMMENTS_CLOSE_AFTER_DAYS", 7, minimum=0)
COMMENT_MIN_LENGTH = env_int("COMMENT_MIN_LENGTH", 2, minimum=1)
COMMENT_MAX_LENGTH = env_int("COMMENT_MAX_LENGTH", 500, minimum=COMMENT_MIN_LENGTH)
# Per reader: at most one comment in this many seconds, and this many a day.
COMMENT_RATE_SECONDS = env_int("COMMENT_RATE_SECONDS", 30, minimum=0)
COMMENT_DAILY_LIMIT = env_int("COMMENT_DAILY_LIMIT", 20, minimum=1)
# Retention (`manage.py purge_comment_data`): rejected comments' text, accounts never consented.
# A quiz question shows "N% of readers got this right" only once this many readers have
# answered it: after one play, "0%" says more about one child than about the question.
QUIZ_PERCENT_MIN_PLAYS = env_int("QUIZ_PERCENT_MIN_PLAYS", 10, minimum=1)
REJECTED_COMMENT_TEXT_DAYS = env_int("REJECTED_COMMENT_TEXT_DAYS", 30, minimum=1)
# Words a moderator redacted, kept in the audit log for moderators only, this many days.
REDACTED_TEXT_DAYS = env_int("REDACTED_TEXT_DAYS", 30, minimum=1)
# Safeguarding (docs/moderation.md): the group whose members are emailed when a moderator
# escalates a worry about a child (made by a migration, named here so an operator can point it
# at their own), and how long a case keeps the comment's words after it is closed.
SAFEGUARDING_GROUP = env_str("SAFEGUARDING_GROUP", "Safeguarding leads")
SAFEGUARDING_TEXT_DAYS = env_int("SAFEGUARDING_TEXT_DAYS", 365, minimum=30)
UNCONSENTED_ACCOUNT_DAYS = env_int("UNCONSENTED_ACCOUNT_DAYS", 14, minimum=1)
INACTIVE_ACCOUNT_DAYS = env_int("INACTIVE_ACCOUNT_DAYS", 365, minimum=30)
# How long the consent link in parents' emails keeps working.
PARENT_LINK_MAX_AGE_DAYS = env_int("PARENT_LINK_MAX_AGE_DAYS", 14, minimum=1)
# The parent link (see, download, delete) is separate from the consent link and shorter-lived;
# a grown-up can ask for a new one by email at any time.
PARENT_MANAGE_LINK_MAX_AGE_DAYS = env_int("PARENT_MANAGE_LINK_MAX_AGE_DAYS", 7, minimum=1)
# "Most read": hourly view counts older than this are dropped by `manage.py rollup_popularity`.
POPULARITY_KEEP_HOURS = env_int("POPULARITY_KEEP_HOURS", 72, minimum=48)
# Story reads are added up in each app process and written this often by a thread of the
# process, and at exit (0: each read written by its request).
POPULARITY_FLUSH_SECONDS = env_int("POPULARITY_FLUSH_SECONDS", 1, minimum=0)

# --- Security (see SECURITY.md and docs/operations.md)
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = False
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
CSRF_FAILURE_VIEW = "kidsnews.core.views.csrf_failure"

# Transport: HTTPS=true in production turns on the redirect, HSTS and host-only secure cookies.
HTTPS = env_bool("HTTPS", default=False)
if HTTPS:
    SECURE_SSL_REDIRECT = True
    SECURE_REDIRECT_EXEMPT = [r"^healthz$"]  # load balancers probe over plain HTTP
    SECURE_HSTS_SECONDS = env_int("HSTS_SECONDS", 31_536_000, minimum=0)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("HSTS_INCLUDE_SUBDOMAINS", default=True)
    SECURE_HSTS_PRELOAD = env_bool("HSTS_PRELOAD", default=True)
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    # "__Host-" cookies are refused by browsers unless Secure, path=/ and without Domain, so
    # no sibling subdomain can plant or read them.
    SESSION_COOKIE_NAME = "__Host-sessionid"
    CSRF_COOKIE_NAME = "__Host-csrftoken"
if env_bool("TRUST_X_FORWARDED_PROTO", default=False):
    # Only behind a proxy that overwrites this header; otherwise clients could fake HTTPS.
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# Content-Security-Policy (django-csp 4): first-party only, no inline or eval'd script.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'", NONCE],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:", "blob:"],
        "media-src": ["'self'", "blob:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-src": ["'self'"],
        "worker-src": ["'self'", "blob:"],
        "manifest-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        **({"upgrade-insecure-requests": True} if HTTPS else {}),
    },
}
# The Wagtail admin styles elements from its JavaScript; see SiteCSPMiddleware.
# script-src-attr: Wagtail's focal-point cropper (Jcrop) detects touch support by setting
# ontouchstart/ontouchmove/ontouchend="return;" on a detached element. That one no-op handler is
# allowed by its hash, in the admin only; every other inline handler stays blocked
# (tests/security/test_admin_csp.py). The public site's policy has no script-src-attr at all.
JCROP_TOUCH_PROBE_HASH = "'sha256-i+qr4lq34KgNHiW62lWi9aInEBwiEOrfCzaNPCvkqD8='"  # "return;"
CSP_ADMIN_UPDATE = {
    "style-src": ["'unsafe-inline'"],
    "script-src-attr": ["'unsafe-hashes'", JCROP_TOUCH_PROBE_HASH],
}
SECURITY_ADMIN_PATH_PREFIXES = ["/admin/", "/django-admin/"]
# Uploaded files: never script, never a frame, never a form, whatever their type.
SECURITY_FILE_PATH_PREFIXES = [MEDIA_URL, "/documents/"]
FILE_CONTENT_SECURITY_POLICY = (
    "default-src 'none'; img-src 'self'; media-src 'self'; style-src 'unsafe-inline'; "
    "frame-ancestors 'self'; sandbox"
)
PERMISSIONS_POLICY = (
    "accelerometer=(), autoplay=(self), browsing-topics=(), camera=(), display-capture=(), "
    "fullscreen=(self), geolocation=(), gyroscope=(), hid=(), magnetometer=(), microphone=(), "
    "midi=(), payment=(), publickey-credentials-get=(), screen-wake-lock=(), serial=(), "
    "usb=(), xr-spatial-tracking=()"
)

# Request limits: readers send short text; 10 MB is refused outright, before it is read.
MAX_REQUEST_BODY_BYTES = env_int("MAX_REQUEST_BODY_BYTES", 1_048_576, minimum=1024)
ADMIN_MAX_REQUEST_BODY_BYTES = env_int("ADMIN_MAX_REQUEST_BODY_BYTES", 9_961_472, minimum=1024)
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 8 * 1024 * 1024
DATA_UPLOAD_MAX_NUMBER_FIELDS = 2000
# Documents are always downloaded, never shown inline, and only these types are accepted.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_INLINE_CONTENT_TYPES: list[str] = []
WAGTAILDOCS_EXTENSIONS = ["pdf", "txt", "csv", "docx", "xlsx", "pptx", "odt", "ods", "odp"]
# Staff avatars come from our own server, never Gravatar (a third-party request).
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# Login throttling (django-axes): 5 failures in an hour lock for an hour, the right password
# included; `manage.py axes_reset_username` or the admin lifts it. What is locked
# (kidsnews/security/lockout.py): for staff, the account and the address; for readers and
# unknown names, the account *from that address* and the address, so a stranger who knows a
# child's public nickname cannot lock the child out.
AXES_FAILURE_LIMIT = env_int("LOGIN_FAILURE_LIMIT", 5, minimum=1)
AXES_COOLOFF_TIME = env_int("LOGIN_LOCKOUT_HOURS", 1, minimum=1)
AXES_LOCKOUT_PARAMETERS = "kidsnews.security.lockout.lockout_parameters"
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "security/locked_out.html"
AXES_HTTP_RESPONSE_CODE = 429
AXES_SENSITIVE_PARAMETERS = ["password"]
AXES_IPWARE_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0, minimum=0) or None
# Privacy (SAFETY.md item 3): no log of logins or failures; the failure counts that the lock
# needs hold a salted hash of the address and browser, never the address (security/privacy.py).
AXES_DISABLE_ACCESS_LOG = True
AXES_ENABLE_ACCESS_FAILURE_LOG = False
AXES_CLIENT_IP_CALLABLE = "kidsnews.security.privacy.pseudonymous_address"
# Emails a stranger can make us send (password reset, parent link, consent at sign-up): at most
# this many an hour to one address, and from one requester (a hashed client address).
MAIL_PER_RECIPIENT_PER_HOUR = env_int("MAIL_PER_RECIPIENT_PER_HOUR", 4, minimum=1)
MAIL_PER_REQUESTER_PER_HOUR = env_int("MAIL_PER_REQUESTER_PER_HOUR", 10, minimum=1)
# Quiz answers counted into the anonymous totals per source (hashed address) and minute; more
# are still graded but not counted (kidsnews/security/ratelimit.py, SECURITY.md).
QUIZ_COUNTED_ANSWERS_PER_MINUTE = env_int("QUIZ_COUNTED_ANSWERS_PER_MINUTE", 30, minimum=0)
# Polls and reactions (kidsnews/polls): results pages may be kept this long by browsers and
# caches; a reader's reaction to a story is remembered (as a salted hash, in the cache only)
# this many days, so it counts once.
POLL_RESULTS_CACHE_SECONDS = env_int("POLL_RESULTS_CACHE_SECONDS", 5, minimum=0)
REACTION_REMEMBER_DAYS = env_int("REACTION_REMEMBER_DAYS", 30, minimum=1)

# Staff: sessions end after inactivity; two-factor sign-in, required when this is on.
STAFF_SESSION_IDLE_SECONDS = env_int("STAFF_SESSION_IDLE_MINUTES", 30, minimum=1) * 60
STAFF_REQUIRE_2FA = env_bool("STAFF_REQUIRE_2FA", default=False)
OTP_TOTP_ISSUER = SITE_NAME
# The only admin paths a signed-in member of staff may reach before their second step; each is
# tested in tests/security/test_two_factor.py. Setup refuses accounts that already have one.
TWO_FACTOR_EXEMPT_PATHS = [
    "/admin/2fa/verify/",
    "/admin/2fa/setup/",
    "/admin/login/",
    "/admin/logout/",
]

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
}
