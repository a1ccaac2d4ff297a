"""Settings of the portal, read from the environment only.

With no variable set this is the *embedded default*: SQLite, media and caches under ``var/``, Celery tasks run
in-process. Setting ``DATABASE_URL``, ``REDIS_URL``, ``SECRET_KEY`` and ``ALLOWED_HOSTS`` gives production
(PostgreSQL, Redis cache and broker, HTTPS-only cookies, ``DEBUG`` off). The README lists every variable.
"""

import datetime
import secrets
from pathlib import Path

import environ
from celery.schedules import crontab
from csp.constants import NONE, SELF, UNSAFE_INLINE
from django.utils.translation import gettext_lazy as _
from wagtail.embeds.oembed_providers import youtube

from portal.logs import init_sentry, logging_config

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()
VAR_DIR = Path(env.str("PORTAL_VAR_DIR", default=str(BASE_DIR / "var")))
VAR_DIR.mkdir(parents=True, exist_ok=True)

# A deployment is "embedded" when no database server is configured.
EMBEDDED = not env.str("DATABASE_URL", default="")

DEBUG = env.bool("DEBUG", default=False)


def _embedded_secret_key():
    """A random key kept in var/ so sessions survive restarts of a local install; never used in production."""
    key_file = VAR_DIR / "secret_key"
    if not key_file.exists():
        key_file.write_text(secrets.token_urlsafe(50))
        key_file.chmod(0o600)
    return key_file.read_text().strip()


# Production must set SECRET_KEY (env.str without a default fails loudly); a local install keeps one in var/.
SECRET_KEY = env.str("SECRET_KEY", default="") or _embedded_secret_key() if EMBEDDED else env.str("SECRET_KEY")

ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "portal",
    "news",
    "specialpages",
    "documents",
    "drafts",
    "qa",
    "stats",
    "organisation",
    "staffauth",
    # Before haystack and Wagtail: its update_index / rebuild_index commands are the ones that run.
    "search",
    "haystack",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.simple_translation",
    "wagtail.locales",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "django.contrib.staticfiles",
    # Security (see the Security section below)
    "csp",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
]

MIDDLEWARE = [
    # First: /healthz answered before host checks, redirects, sessions and caches (see portal/health.py).
    "portal.health.HealthCheckMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "portal.security.PortalCSPMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "staffauth.middleware.RequireStaffOTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # After sessions, locale and messages (it reads them): anonymous GETs answered from the page cache.
    "portal.page_cache.PageCacheMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "portal.security.RateLimitMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "axes.middleware.AxesMiddleware",  # last, as django-axes asks
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# --- Database ---------------------------------------------------------------------------------------------
DATABASES = {
    "default": env.db_url("DATABASE_URL", default=f"sqlite:///{VAR_DIR / 'portal.sqlite3'}"),
}
if EMBEDDED:
    # WAL lets the dev server and a management command read and write at the same time.
    DATABASES["default"]["OPTIONS"] = {"init_command": "PRAGMA journal_mode=WAL;", "timeout": 20}
else:
    DATABASES["default"]["CONN_MAX_AGE"] = env.int("DB_CONN_MAX_AGE", default=60)
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache: Redis in production, a file cache shared by all local processes otherwise -------------------------
REDIS_URL = env.str("REDIS_URL", default="")
if REDIS_URL:
    CACHES = {
        "default": {
            # Django's RedisCache, except that a dead Redis reads as an empty cache (logged) instead of a 500.
            "BACKEND": "portal.cache.TolerantRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "portal",
            "OPTIONS": {
                "socket_connect_timeout": env.float("REDIS_CACHE_TIMEOUT", default=1.0),
                "socket_timeout": env.float("REDIS_CACHE_TIMEOUT", default=1.0),
            },
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(VAR_DIR / "cache"),
        }
    }

# Wagtail looks up image renditions in the "renditions" cache on every {% image %}: a per-process memory cache is
# the cheapest place for them (the file cache rewrites a file per lookup).
CACHES["renditions"] = {
    "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    "LOCATION": "renditions",
    "OPTIONS": {"MAX_ENTRIES": 5000},
}

# --- Page cache: rendered pages for anonymous visitors (portal/page_cache.py says what is and isn't cached) -------
# Redis when configured (shared by every web process); otherwise each process's memory. Purged by a content version
# in the default cache that every content change bumps, so all processes drop their pages at once.
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=300)  # 0: no page cache
PAGE_CACHE_QUERY_SECONDS = env.int("PAGE_CACHE_QUERY_SECONDS", default=60)  # URLs with a query (search, filters)
if REDIS_URL:
    CACHES["pages"] = {**CACHES["default"], "KEY_PREFIX": "portal-pages"}
else:
    CACHES["pages"] = {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "pages",
        "OPTIONS": {"MAX_ENTRIES": 2000},  # ~15 KB a page once compressed
    }
# A frontend cache in front (nginx with a purge module, Varnish, a CDN): Wagtail sends it PURGE requests on
# publish, and pages then say s-maxage. Off unless set, e.g. FRONTEND_CACHE_PURGE_URL=http://cache:8080
FRONTEND_CACHE_PURGE_URL = env.str("FRONTEND_CACHE_PURGE_URL", default="")
if FRONTEND_CACHE_PURGE_URL:
    WAGTAILFRONTENDCACHE = {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": FRONTEND_CACHE_PURGE_URL,
        }
    }

# --- Celery: a Redis broker in production, tasks run in-process in the embedded default ----------------------
CELERY_BROKER_URL = env.str("CELERY_BROKER_URL", default=REDIS_URL or "memory://")
CELERY_RESULT_BACKEND = None
CELERY_TASK_ALWAYS_EAGER = env.bool("CELERY_TASK_ALWAYS_EAGER", default=not REDIS_URL)
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_ACKS_LATE = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_TIMEZONE = "Asia/Ho_Chi_Minh"
CELERY_BEAT_SCHEDULE = {
    "publish-scheduled-pages": {
        "task": "portal.tasks.publish_scheduled_pages",
        "schedule": 60.0,
    },
    # Whatever the worker missed while it was down (or a lost task) is indexed by this catch-up.
    "search-index-catch-up": {
        "task": "search.tasks.catch_up_index",
        "schedule": 15 * 60.0,
        "kwargs": {"hours": 2},
    },
    # Q&A: questions due within QA_REMINDER_DAYS days or overdue, every morning; e-mails a stopped worker missed.
    "qa-due-reminders": {
        "task": "qa.tasks.send_due_reminders_task",
        "schedule": crontab(hour=7, minute=30),
    },
    # The links directory (/lien-ket/): every website asked for once a week, broken ones flagged for editors.
    "check-web-links": {
        "task": "portal.tasks.check_web_links",
        "schedule": crontab(hour=2, minute=30, day_of_week=1),
    },
    # Drafts: yesterday's new comments, to each drafting department.
    "drafts-comment-digest": {
        "task": "drafts.tasks.send_comment_digests",
        "schedule": crontab(hour=7, minute=0),
    },
    "qa-pending-notices": {
        "task": "qa.tasks.send_pending_notices_task",
        "schedule": 60 * 60.0,
    },
    # Work queued from a request that a dead broker refused (portal/queueing.py): done by these catch-ups.
    "drafts-pending-receipts": {
        "task": "drafts.tasks.send_pending_receipts_task",
        "schedule": 30 * 60.0,
    },
    "documents-pending-texts": {
        "task": "documents.tasks.extract_pending_texts_task",
        "schedule": 15 * 60.0,
    },
    "drafts-pending-texts": {
        "task": "drafts.tasks.extract_pending_draft_texts",
        "schedule": 15 * 60.0,
    },
}

# --- Search: haystack, Whoosh in a local folder by default, Apache Solr past one machine ----------------------------
# SEARCH_URL: unset or whoosh:///absolute/path → Whoosh; solr://host:8983/solr/portal (solr+https:// for TLS) → Solr.
SEARCH_URL = env.str("SEARCH_URL", default="")
if SEARCH_URL.startswith(("solr://", "solr+http://", "solr+https://")):
    _scheme = "https" if SEARCH_URL.startswith("solr+https://") else "http"
    HAYSTACK_CONNECTIONS = {
        "default": {
            "ENGINE": "search.backends.solr.VietnameseSolrEngine",
            "URL": _scheme + "://" + SEARCH_URL.split("://", 1)[1],
            "TIMEOUT": env.int("SEARCH_TIMEOUT", default=10),
        }
    }
else:
    HAYSTACK_CONNECTIONS = {
        "default": {
            "ENGINE": "search.backends.whoosh.VietnameseWhooshEngine",
            "PATH": SEARCH_URL.removeprefix("whoosh://") or str(VAR_DIR / "whoosh"),
        }
    }
HAYSTACK_SIGNAL_PROCESSOR = "search.signals.QueuedSignalProcessor"
SEARCH_RESULTS_PER_PAGE = env.int("SEARCH_RESULTS_PER_PAGE", default=10)
SEARCH_WHOOSH_CACHE_MB = env.int("SEARCH_WHOOSH_CACHE_MB", default=64)  # postings each process keeps decoded

# --- Internationalisation --------------------------------------------------------------------------------------
LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", _("Tiếng Việt")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
FORMAT_MODULE_PATH = ["portal.formats"]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True
# Content is Vietnamese; the organisation pages also have an English translation (Decree 42/2022 Art. 7.2),
# served under /en/ (the Vietnamese URLs carry no prefix).
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = [("vi", "Tiếng Việt"), ("en", "English")]
WAGTAILADMIN_PERMITTED_LANGUAGES = [("vi", "Tiếng Việt"), ("en", "English")]
WAGTAIL_DATE_FORMAT = "%d/%m/%Y"
WAGTAIL_DATETIME_FORMAT = "%d/%m/%Y %H:%M"

# --- Static and media files ------------------------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = Path(env.str("STATIC_ROOT", default=str(BASE_DIR / "staticfiles")))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env.str("MEDIA_ROOT", default=str(VAR_DIR / "media")))
# Media is served by the app itself unless a web server (nginx) or object storage does it.
SERVE_MEDIA = env.bool("SERVE_MEDIA", default=EMBEDDED)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
FILE_UPLOAD_PERMISSIONS = 0o644
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# --- Security ----------------------------------------------------------------------------------------------------
# HTTPS-only behaviour is on wherever a real deployment is configured; a TLS-terminating proxy sets the header.
HTTPS = env.bool("HTTPS", default=not EMBEDDED)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=HTTPS)
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=31_536_000 if HTTPS else 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS
SECURE_HSTS_PRELOAD = HTTPS
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "DENY"  # Wagtail's preview views override it to SAMEORIGIN themselves
SESSION_COOKIE_HTTPONLY = True
# Sessions (staff sign-ins; citizens' sessions only carry a just-sent form): at most one working day. Wagtail's login
# ends the session when the browser closes unless "Remember me" is ticked, and even then after these 8 hours.
SESSION_COOKIE_AGE = env.int("SESSION_COOKIE_AGE", default=8 * 60 * 60)

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Content-Security-Policy (django-csp 4; portal.security.PortalCSPMiddleware). Public pages: no inline script or
# style, nothing from another origin but the YouTube player's frame (the only video embeds allowed, see
# WAGTAILEMBEDS_FINDERS). The Wagtail admin needs inline scripts and styles: it gets its own policy, still
# same-origin only. CSP_REPORT_URI (optional) receives violation reports.
VIDEO_FRAME_ORIGINS = ["https://www.youtube.com", "https://www.youtube-nocookie.com"]
_CSP_COMMON = {
    "default-src": [SELF],
    "connect-src": [SELF],
    "font-src": [SELF],
    "base-uri": [SELF],
    "form-action": [SELF],
    "report-uri": env.list("CSP_REPORT_URI", default=[]) or None,
}
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        **_CSP_COMMON,
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF],
        "media-src": [SELF],
        "object-src": [SELF],  # the PDF viewer of /van-ban/<id>/ (<object> on the document's own file)
        "frame-src": [SELF, *VIDEO_FRAME_ORIGINS],  # SELF: Chrome counts the PDF <object> as a frame
        "frame-ancestors": [NONE],
    }
}
PORTAL_ADMIN_CSP_DIRECTIVES = {
    **_CSP_COMMON,
    "script-src": [SELF, UNSAFE_INLINE],
    "style-src": [SELF, UNSAFE_INLINE],
    "img-src": [SELF, "data:", "blob:"],
    "media-src": [SELF, "blob:"],
    "object-src": [SELF],
    "frame-src": [SELF, *VIDEO_FRAME_ORIGINS],
    "frame-ancestors": [SELF],  # previews are shown in an iframe of the editor
}
# Browser features no page of the portal uses are off; the video player may go full screen / picture-in-picture.
_FEATURES_OFF = [
    "accelerometer",
    "autoplay",
    "browsing-topics",
    "camera",
    "display-capture",
    "encrypted-media",
    "geolocation",
    "gyroscope",
    "hid",
    "idle-detection",
    "magnetometer",
    "microphone",
    "midi",
    "payment",
    "publickey-credentials-get",
    "screen-wake-lock",
    "serial",
    "usb",
    "xr-spatial-tracking",
]
PERMISSIONS_POLICY = {
    **{feature: [] for feature in _FEATURES_OFF},
    "fullscreen": ["self", *VIDEO_FRAME_ORIGINS],
    "picture-in-picture": ["self", *VIDEO_FRAME_ORIGINS],
}
WAGTAIL_GRAVATAR_PROVIDER_URL = None  # no avatars fetched from a third party in the admin

# Sign-in lockout (django-axes): keyed by username + client address, so a stranger guessing cannot lock the owner
# out from elsewhere; attempts are kept in the database. Unlock: manage.py axes_reset_username NAME (README).
AUTHENTICATION_BACKENDS = ["axes.backends.AxesStandaloneBackend", "django.contrib.auth.backends.ModelBackend"]
AXES_ENABLED = env.bool("AXES_ENABLED", default=True)
AXES_FAILURE_LIMIT = env.int("LOGIN_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = datetime.timedelta(minutes=env.int("LOGIN_LOCKOUT_MINUTES", default=30))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "staffauth.lockout.client_address"  # as the rate limits: RATELIMIT_IP_META_KEY, proxy
AXES_LOCKOUT_CALLABLE = "staffauth.lockout.lockout_response"  # Vietnamese page, 429 with Retry-After
AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"
AXES_VERBOSE = False  # no "AXES: BEGIN …" line at every start; lockouts are still logged (WARNING)

# Two-factor authentication of staff (staffauth, on django-otp's TOTP devices): required in production; optional in
# the embedded default so the demo logins of `make run` work as they are. Lost phone: manage.py otp_reset NAME.
PORTAL_REQUIRE_2FA = env.bool("PORTAL_REQUIRE_2FA", default=not EMBEDDED)
OTP_TOTP_ISSUER = "Cổng TTĐT Ninh Bình"

# Uploads: Wagtail's document library reads the content, not only the extension (portal/uploads.py); citizens'
# attachments and the document library are checked in documents/files.py. No SVG or HTML anywhere.
WAGTAILDOCS_DOCUMENT_FORM_BASE = "portal.uploads.CheckedDocumentForm"
# Documents go through Wagtail's view: PDFs inline, everything else as a download, with nosniff and a CSP.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf"]
# Only YouTube can be embedded (the CSP's frame-src says the same).
WAGTAILEMBEDS_FINDERS = [{"class": "wagtail.embeds.finders.oembed", "providers": [youtube]}]

# Per-IP limit of /tim-kiem/ and /api/v2/search/ (empty: none); Retry-After when a 429 did not say how long.
SEARCH_RATE = env.str("SEARCH_RATE", default="60/m")
RATELIMIT_DEFAULT_RETRY_AFTER = 60

# --- E-mail -------------------------------------------------------------------------------------------------------
# Embedded default: messages are written as files under var/mail instead of being sent.
_email_url = env.str("EMAIL_URL", default="")  # not a setting: it may carry the SMTP password
if not _email_url or _email_url.startswith("filemail://"):
    # Read here, not by django-environ: it drops the leading "/" of filemail:///abs/path (mail then went to a
    # relative folder under the process's working directory) and the first folder of filemail://var/mail.
    EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    EMAIL_FILE_PATH = str(BASE_DIR / (_email_url.removeprefix("filemail://") or VAR_DIR / "mail"))
else:
    vars().update(env.email_url("EMAIL_URL"))
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="Cổng TTĐT tỉnh Ninh Bình <bbt@ninhbinh.gov.vn>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- Wagtail ------------------------------------------------------------------------------------------------------
WAGTAIL_SITE_NAME = "Cổng Thông tin điện tử tỉnh Ninh Bình"
WAGTAILADMIN_BASE_URL = env.str("BASE_URL", default="http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["pdf", "doc", "docx", "xls", "xlsx", "odt", "ods", "mp4"]
DOCUMENT_MAX_UPLOAD_SIZE = env.int("DOCUMENT_MAX_UPLOAD_SIZE", default=50 * 1024 * 1024)
WAGTAILDOCS_MAX_UPLOAD_SIZE = DOCUMENT_MAX_UPLOAD_SIZE
WAGTAILIMAGES_MAX_UPLOAD_SIZE = env.int("IMAGE_MAX_UPLOAD_SIZE", default=20 * 1024 * 1024)
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAIL_MODERATION_ENABLED = True
WAGTAIL_WORKFLOW_ENABLED = True
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAIL_ENABLE_UPDATE_CHECK = False

# --- Logging ------------------------------------------------------------------------------------------------------
# LOG_FORMAT=json: one JSON object a line (portal/logs.py), for a log collector; plain text lines otherwise.
LOG_FORMAT = env.str("LOG_FORMAT", default="plain")
LOGGING = logging_config(LOG_FORMAT, env.str("LOG_LEVEL", default="INFO"))
# The Celery worker keeps these handlers (and so the JSON lines) instead of installing its own.
CELERY_WORKER_HIJACK_ROOT_LOGGER = LOG_FORMAT != "json"

# manage.py backup writes here unless told otherwise (portal/backups.py).
BACKUP_DIR = Path(env.str("BACKUP_DIR", default=str(VAR_DIR / "backups")))

# Optional error reporting: SENTRY_DSN set → web and worker errors go to Sentry (no personal data, no request bodies).
SENTRY_DSN = env.str("SENTRY_DSN", default="")
if SENTRY_DSN:
    init_sentry(
        SENTRY_DSN,
        environment=env.str("SENTRY_ENVIRONMENT", default="production"),
        release=env.str("SENTRY_RELEASE", default=""),
        traces_sample_rate=env.float("SENTRY_TRACES_SAMPLE_RATE", default=0.0),
    )

# --- Slugs: Vietnamese titles become ASCII slugs ("Chuyển đổi số" → "chuyen-doi-so"), as citizens expect -------
WAGTAIL_ALLOW_UNICODE_SLUGS = False
TAGGIT_STRIP_UNICODE_WHEN_SLUGIFYING = True
TAGGIT_CASE_INSENSITIVE = True

# --- Listings -------------------------------------------------------------------------------------------------------
NEWS_PAGE_SIZE = env.int("NEWS_PAGE_SIZE", default=12)

# --- Questions and answers (qa) -------------------------------------------------------------------------------------
QA_ANSWER_DAYS = env.int("QA_ANSWER_DAYS", default=20)  # due date of a question, counted from its receipt
QA_REMINDER_DAYS = env.int("QA_REMINDER_DAYS", default=3)  # the daily reminder covers questions due this soon
QA_PAGE_SIZE = env.int("QA_PAGE_SIZE", default=10)
QA_ATTACHMENT_MAX_SIZE = env.int("QA_ATTACHMENT_MAX_SIZE", default=10 * 1024 * 1024)
# Per client IP (django-ratelimit syntax: "5/h", "10/m"): new questions; tracking lookups; unknown tracking codes
# (once used up, lookups stop: codes cannot be guessed).
QA_SUBMIT_RATE = env.str("QA_SUBMIT_RATE", default="5/h")
QA_LOOKUP_RATE = env.str("QA_LOOKUP_RATE", default="60/h")
QA_LOOKUP_MISS_RATE = env.str("QA_LOOKUP_MISS_RATE", default="10/h")
# Rate-limit counters live in this cache: Redis in production (atomic); the embedded file cache counts requests one
# after another exactly but may under-count a burst of simultaneous ones.
RATELIMIT_USE_CACHE = "default"
# While that cache is down (Redis stopped: portal.cache logs it) forms and searches are served unlimited rather than
# all refused: a citizen's question matters more than the limit during an outage.
RATELIMIT_FAIL_OPEN = True
# Behind a proxy: the request header carrying the client address, e.g. HTTP_X_FORWARDED_FOR (its last entry is used).
RATELIMIT_IP_META_KEY = env.str("RATELIMIT_IP_META_KEY", default="") or None
# Citizens' attachments: outside MEDIA_ROOT, never served directly (staff download them through the admin).
PRIVATE_MEDIA_ROOT = Path(env.str("PRIVATE_MEDIA_ROOT", default=str(VAR_DIR / "private")))

# --- Drafts under public consultation (drafts) ----------------------------------------------------------------------
# Per client IP: comments sent; lookups of a comment by its code; unknown codes (once used up, lookups stop).
DRAFTS_COMMENT_RATE = env.str("DRAFTS_COMMENT_RATE", default="5/h")
DRAFTS_LOOKUP_RATE = env.str("DRAFTS_LOOKUP_RATE", default="60/h")
DRAFTS_LOOKUP_MISS_RATE = env.str("DRAFTS_LOOKUP_MISS_RATE", default="10/h")
DRAFTS_COMMENT_ATTACHMENT_MAX_SIZE = env.int("DRAFTS_COMMENT_ATTACHMENT_MAX_SIZE", default=10 * 1024 * 1024)

# --- Visit statistics and period reports (stats) --------------------------------------------------------------------
# Per-view counters: Redis (one pipelined round trip per view) or, without Redis, append-only files in var/stats/.
STATS_REDIS_URL = env.str("STATS_REDIS_URL", default=REDIS_URL)
# Counters are rolled up into daily rows this often (Celery beat; in the embedded default by the beacon itself).
STATS_ROLLUP_SECONDS = env.int("STATS_ROLLUP_SECONDS", default=300)
STATS_READ_THRESHOLD = env.int("STATS_READ_THRESHOLD", default=5000)  # "articles above N reads" in the report
# Key of the daily visitor hash (IP + user agent + day); defaults to one derived from SECRET_KEY.
STATS_VISITOR_SALT = env.str("STATS_VISITOR_SALT", default="")
CELERY_BEAT_SCHEDULE["stats-rollup"] = {"task": "stats.tasks.rollup_visits", "schedule": float(STATS_ROLLUP_SECONDS)}

# --- Links directory ------------------------------------------------------------------------------------------------
LINK_CHECK_TIMEOUT = env.int("LINK_CHECK_TIMEOUT", default=10)  # seconds per website
LINK_CHECK_CONCURRENCY = env.int("LINK_CHECK_CONCURRENCY", default=4)  # websites asked at once
PAGE_FEEDBACK_RATE = env.str("PAGE_FEEDBACK_RATE", default="10/h")  # "was this page useful?" answers per IP
COMPLIANCE_DOCUMENTS_DAYS = env.int("COMPLIANCE_DOCUMENTS_DAYS", default=30)  # "documents updated within N days"
