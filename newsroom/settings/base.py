"""Settings shared by every environment; everything that differs comes from the environment.

Variables (all optional in development): DATABASE_URL, SECRET_KEY, DEBUG, ALLOWED_HOSTS,
MEDIA_ROOT, STATIC_ROOT, REDIS_URL, CSRF_TRUSTED_ORIGINS, SITE_URL, SINGLE_PROCESS, TASKS_QUEUE,
TONE_PLACEMENT (docs/operations.md).
"""

import datetime
from pathlib import Path

import environ
from django.core.exceptions import ImproperlyConfigured

from newsroom.text import DEFAULT_TONE_PLACEMENT, TONE_PLACEMENTS

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = BASE_DIR / "var"

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

SECRET_KEY = env("SECRET_KEY", default="dev-only-insecure-key-change-me")
DEBUG = env.bool("DEBUG", default=False)
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])
SITE_URL = env("SITE_URL", default="http://127.0.0.1:8000").rstrip("/")
SITE_NAME = "Tòa soạn"
# House style of tone placement for stored text and the site's own labels ("classic": hòa,
# Thành ủy; "main-vowel": hoà, Thành uỷ). Changing it needs the stored rows re-saved:
# docs/vietnamese.md, "Tone placement".
TONE_PLACEMENT = env("TONE_PLACEMENT", default=DEFAULT_TONE_PLACEMENT)
if TONE_PLACEMENT not in TONE_PLACEMENTS:
    raise ImproperlyConfigured(
        f"TONE_PLACEMENT must be one of {TONE_PLACEMENTS}, not {TONE_PLACEMENT!r}"
    )

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
    "django.contrib.postgres",
    "taggit",
    "reversion",
    "imagekit",
    "django_ckeditor_5",
    "django_tasks",
    "newsroom.apps.TaskQueueConfig",  # django_tasks_db, named in Vietnamese
    "newsroom",
    "people",
    "media",
    "articles",
]

MIDDLEWARE = [
    # /healthz for the load balancer, before the HTTPS redirect and the host check.
    "newsroom.health.HealthCheckMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Cached public pages for readers without a session, before anything else of Django runs.
    "newsroom.cache.PublicPageCacheMiddleware",
    # ETag from the page body and 304 answers for If-None-Match / If-Modified-Since.
    "django.middleware.http.ConditionalGetMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "newsroom.urls"
WSGI_APPLICATION = "newsroom.wsgi.application"
ASGI_APPLICATION = "newsroom.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "newsroom.context_processors.site",
                "articles.site.context_processors.navigation",
            ],
        },
    },
]

# Database: SQLite under var/ by default, PostgreSQL (psycopg 3 + Django's pool) in production.
DATABASES = {"default": env.db("DATABASE_URL", default=f"sqlite:///{VAR_DIR / 'db.sqlite3'}")}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    DATABASES["default"].setdefault("OPTIONS", {})["pool"] = {
        "min_size": env.int("DB_POOL_MIN", default=2),
        "max_size": env.int("DB_POOL_MAX", default=10),
        "timeout": 10,
    }
    DATABASES["default"]["CONN_MAX_AGE"] = 0  # the pool owns connection lifetime
elif DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    VAR_DIR.mkdir(exist_ok=True)  # the default database lives here; a fresh clone has no var/
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
    )

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache and tasks for several app servers (docs/operations.md) -----------------------------
# With REDIS_URL every process shares one cache, so one write empties every server's pages.
# Without it each process keeps its own: fine for `make run`, refused by `check --deploy` in
# production unless SINGLE_PROCESS says only one process serves the site (newsroom/checks.py).
# The Redis backend answers misses while Redis is down (newsroom/redis_cache.py).
REDIS_URL = env("REDIS_URL", default="")
SINGLE_PROCESS = env.bool("SINGLE_PROCESS", default=False)
CACHES = {
    "default": (
        {
            "BACKEND": "newsroom.redis_cache.TolerantRedisCache",
            "LOCATION": REDIS_URL,
            "OPTIONS": {
                "socket_connect_timeout": env.float("REDIS_TIMEOUT", default=0.5),
                "socket_timeout": env.float("REDIS_TIMEOUT", default=0.5),
                "health_check_interval": 30,
            },
        }
        if REDIS_URL
        else {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "toa-soan",
            "OPTIONS": {"MAX_ENTRIES": 5000},
        }
    )
}
# Background work (rendition building, imports started from the admin) goes through Django's
# task API (django-tasks). TASKS_QUEUE=database puts it on a queue in the database, run by
# `manage.py db_worker`; by default it runs in the process that asks (docs/decisions.md).
TASKS_QUEUE = env("TASKS_QUEUE", default="immediate")
TASKS = {
    "default": {
        "BACKEND": {
            "immediate": "django_tasks.backends.immediate.ImmediateBackend",
            "database": "django_tasks_db.DatabaseBackend",
        }[TASKS_QUEUE]
    }
}
# --- end of cache and tasks ---------------------------------------------------------------------

# Anonymous public pages are cached this long at most; any content change empties them at once
# (newsroom/cache.py).
PUBLIC_PAGE_CACHE_SECONDS = env.int("PUBLIC_PAGE_CACHE_SECONDS", default=120)

# Editorial workflow (docs/editors.md). Preview links stay valid this long.
ARTICLE_PREVIEW_MAX_AGE = env.int("ARTICLE_PREVIEW_MAX_AGE", default=2 * 24 * 3600)
# Extra checks run before publishing, as dotted paths to ``check(article) -> [problems]``.
ARTICLE_PUBLISH_CHECKS: list[str] = [
    "media.services.credit_problems",  # every published photo carries its credit
    "articles.wire.checks.wire_publish_problems",  # no provisional title, no empty photo slot
]

# Photo renditions (django-imagekit, docs/media.md) are built once after upload, never on a
# reader's request; imagekit's "file exists" note in the cache is only a hint, so it expires.
IMAGEKIT_CACHE_TIMEOUT = 24 * 3600

# CKEditor 5 for article bodies, Vietnamese interface. No upload through the editor: photos are
# media.Photo rows placed with a Caption. The widget still needs a URL name for its upload
# setting, so it points at a view that refuses every request (docs/decisions.md).
CK_EDITOR_5_UPLOAD_FILE_VIEW_NAME = "articles:editor_upload_refused"
_CKEDITOR_ARTICLE = {
    "language": "vi",
    "toolbar": {
        "items": [
            "heading", "|", "bold", "italic", "underline", "link", "|", "bulletedList",
            "numberedList", "blockQuote", "insertTable", "|", "undo", "redo",
        ],
        "shouldNotGroupWhenFull": True,
    },
    "heading": {
        "options": [
            {"model": "paragraph", "title": "Đoạn văn", "class": "ck-heading_paragraph"},
            {"model": "heading2", "view": "h2", "title": "Tiêu đề phụ",
             "class": "ck-heading_heading2"},
            {"model": "heading3", "view": "h3", "title": "Tiêu đề nhỏ",
             "class": "ck-heading_heading3"},
        ]
    },
    # No image lives in a body (newsroom.sanitize drops <img>), so none of the image plugins is
    # loaded: left in, ImageToolbar registers a toolbar with no items and CKEditor warns
    # "widget-toolbar-no-items" on every form (tests/browser/test_admin_pages.py).
    "removePlugins": [
        "CKFinderUploadAdapter", "SimpleUploadAdapter", "ImageUpload", "ImageInsert",
        "Image", "ImageToolbar", "ImageCaption", "ImageStyle", "ImageResize", "LinkImage",
        "MediaEmbed", "HtmlEmbed", "SourceEditing", "Markdown", "FullPage", "Style",
        "Autosave",
    ],
    "link": {"addTargetToExternalLinks": False, "defaultProtocol": "https://"},
    "table": {"contentToolbar": ["tableColumn", "tableRow", "mergeTableCells"]},
}  # fmt: skip
CKEDITOR_5_CONFIGS = {"default": _CKEDITOR_ARTICLE, "article": _CKEDITOR_ARTICLE}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Vietnamese everywhere. Django's "vi" locale sets no input formats, so day-first input
# ("29/04/2021") comes from our own format module.
LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", "Tiếng Việt")]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True
FORMAT_MODULE_PATH = ["newsroom.formats"]
LOCALE_PATHS = [BASE_DIR / "locale"]  # fills gaps in Django's own Vietnamese catalogue
USE_THOUSAND_SEPARATOR = False  # admin number inputs must stay parseable; templates use |intcomma

STATIC_URL = "/static/"
STATIC_ROOT = Path(env("STATIC_ROOT", default=str(VAR_DIR / "static")))
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env("MEDIA_ROOT", default=str(VAR_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Uploads: a hard ceiling for any request body; photos have their own, smaller limit.
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_PERMISSIONS = 0o644
# Wire files uploaded in the admin wait here, private (never under MEDIA_ROOT), between the dry
# run and the import (articles/wire/uploads.py, docs/import.md "Importing from the admin"); the
# task worker imports them from here, so app servers and worker must share the folder.
WIRE_UPLOAD_DIR = Path(env("WIRE_UPLOAD_DIR", default=str(VAR_DIR / "tin-hang-tai-len")))
WIRE_UPLOAD_MAX_FILES = env.int("WIRE_UPLOAD_MAX_FILES", default=200)
WIRE_UPLOAD_MAX_TOTAL_BYTES = env.int("WIRE_UPLOAD_MAX_TOTAL_BYTES", default=50 * 1024 * 1024)
WIRE_UPLOAD_KEEP_HOURS = env.int("WIRE_UPLOAD_KEEP_HOURS", default=24)

TAGGIT_CASE_INSENSITIVE = True
# The tag field lists tags in Vietnamese order (taggit's own sorts by code point: Đ after Z).
TAGGIT_STRING_FROM_TAGS = "articles.desk.forms.tags_edit_string"

LOGIN_URL = "admin:login"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="INFO")},
    "loggers": {"django.db.backends": {"level": "INFO"}},
}

# --- Hardening (docs/operations.md, "Security") ------------------------------------------------
# Kept in one block: the settings above are shared with the production-stack work.

# Wire import: processor seconds one item may take to be read before it fails alone.
WIRE_ITEM_TIME_LIMIT = env.float("WIRE_ITEM_TIME_LIMIT", default=20.0)

# Request bodies: anything larger is answered 413 before it is read (newsroom/security.py).
# Photos have their own, smaller limit per file (media/validators.py); set the front proxy's
# body limit (nginx client_max_body_size) to the same figure.
MAX_UPLOAD_BYTES = env.int("MAX_UPLOAD_BYTES", default=100 * 1024 * 1024)
MIDDLEWARE.insert(0, "newsroom.security.UploadCeilingMiddleware")

# Content-Security-Policy (django-csp) and Permissions-Policy on every answer. Public pages run
# no script: a strict policy. The admin runs its own scripts (Django's, select2, CKEditor 5,
# whose styles come as a file): tests/browser/test_security_policy.py walks it in Chromium.
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.middleware.security.SecurityMiddleware") + 1,
    "newsroom.security.SecurityHeadersMiddleware",
)
ADMIN_URL_PREFIX = "/admin/"
# Photos served from object storage come from another origin (MEDIA_URL, or list them here).
_MEDIA_ORIGINS = env.list(
    "CSP_MEDIA_ORIGINS",
    default=["/".join(MEDIA_URL.split("/")[:3])] if MEDIA_URL.startswith("http") else [],
)
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'none'"],
        "img-src": ["'self'", "data:", *_MEDIA_ORIGINS],
        "style-src": ["'self'"],
        "font-src": ["'self'"],
        "manifest-src": ["'self'"],
        "base-uri": ["'none'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
CONTENT_SECURITY_POLICY_ADMIN = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:", "blob:", *_MEDIA_ORIGINS],
        "font-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'self'"],
    }
}
PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
    "microphone=(), payment=(), usb=()"
)

# Login throttling (django-axes): after LOGIN_FAILURE_LIMIT wrong passwords for one account, or
# from one address, logins from it / to it are refused for LOGIN_COOLOFF_MINUTES; each attempt
# during the lockout starts the wait again. Unlock early: manage.py axes_reset_username NAME.
INSTALLED_APPS += ["axes", "csp"]
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",  # first: refuses a locked-out login before a check
    "django.contrib.auth.backends.ModelBackend",
]
MIDDLEWARE.append("axes.middleware.AxesMiddleware")
AXES_FAILURE_LIMIT = env.int("LOGIN_FAILURE_LIMIT", default=10)
AXES_COOLOFF_TIME = datetime.timedelta(minutes=env.int("LOGIN_COOLOFF_MINUTES", default=15))
AXES_LOCKOUT_PARAMETERS = ["ip_address", "username"]
AXES_LOCKOUT_TEMPLATE = "admin/login_locked.html"
# Behind a front proxy every request comes from the proxy's address: say how many proxies
# append to X-Forwarded-For (nginx in front: 1), or one lockout would shut out everybody.
TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=0)
AXES_CLIENT_IP_CALLABLE = "newsroom.security.client_ip"
AXES_VERBOSE = False  # no banner on every manage.py command; failures are still logged
AXES_ENABLE_ADMIN = False  # its pages are English-only: list and reset with manage.py axes_*
# A refused or missing ?next= after login lands here (Django's default is /accounts/profile/).
LOGIN_REDIRECT_URL = "admin:index"

# "Four eyes": the author of a story may not approve, publish or schedule it themselves
# (articles/desk/workflow.py; the policy and why it is off by default: docs/decisions.md).
FOUR_EYES = env.bool("FOUR_EYES", default=False)
