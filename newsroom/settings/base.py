"""Settings shared by every environment; everything that differs comes from the environment.

Variables (all optional in development): DATABASE_URL, SECRET_KEY, DEBUG, ALLOWED_HOSTS,
MEDIA_ROOT, STATIC_ROOT, REDIS_URL, CSRF_TRUSTED_ORIGINS, SITE_URL, TONE_PLACEMENT.
"""

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
    "newsroom",
    "people",
    "media",
    "articles",
]

MIDDLEWARE = [
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

CACHES = {
    "default": (
        {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": env("REDIS_URL")}
        if env("REDIS_URL", default="")
        else {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "toa-soan",
            "OPTIONS": {"MAX_ENTRIES": 5000},
        }
    )
}
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
    "removePlugins": [
        "CKFinderUploadAdapter", "SimpleUploadAdapter", "ImageUpload", "ImageInsert",
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
