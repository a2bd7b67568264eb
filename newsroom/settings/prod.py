"""Production: every secret from the environment, HTTPS enforced, PostgreSQL expected."""

from .base import *  # noqa: F403
from .base import env

DEBUG = False
SECRET_KEY = env("SECRET_KEY")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS")

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_SECURE = True
X_FRAME_OPTIONS = "DENY"

# --- Media storage, logs and the app server (docs/operations.md) -------------------------------
# With MEDIA_BUCKET, photos and renditions live in S3-compatible object storage (django-storages),
# shared by every app server; credentials from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY. Without
# it, on local disk at MEDIA_ROOT (one machine, or a shared mount). `check --deploy` refuses a
# MEDIA_ROOT inside the code checkout (newsroom/checks.py).
MEDIA_BUCKET = env("MEDIA_BUCKET", default="")
if MEDIA_BUCKET:
    # Where readers fetch the files: a CDN or bucket domain ("https://anh.toasoan.example.vn"),
    # or the bucket's own address on a non-AWS endpoint ("http://s3.internal:8333/toa-media").
    _media_public = env("MEDIA_PUBLIC_URL", default="").rstrip("/")
    _protocol, _, _domain = _media_public.partition("//")
    STORAGES["default"] = {  # noqa: F405
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": MEDIA_BUCKET,
            "endpoint_url": env("MEDIA_ENDPOINT_URL", default=None),
            "region_name": env("MEDIA_REGION", default=None),
            "addressing_style": env("MEDIA_ADDRESSING_STYLE", default=None),
            # Stable public URLs computed without a call or a signature per rendition.
            "custom_domain": _domain or None,
            "url_protocol": _protocol or "https:",
            "querystring_auth": False,
            "file_overwrite": False,
            "object_parameters": {"CacheControl": "public, max-age=31536000, immutable"},
        },
    }
    if _media_public:
        MEDIA_URL = f"{_media_public}/"
        # The Content-Security-Policy (base.py) was computed for the local MEDIA_URL: readers'
        # browsers must be allowed to load photos from the bucket's origin too.
        _media_origin = "/".join(_media_public.split("/")[:3])
        for _policy in (CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_ADMIN):  # noqa: F405
            if _media_origin not in _policy["DIRECTIVES"]["img-src"]:
                _policy["DIRECTIVES"]["img-src"].append(_media_origin)

# One JSON object per log line on stderr (python-json-logger), for the log collector.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "json": {
            "()": "pythonjsonlogger.json.JsonFormatter",
            "fmt": "%(asctime)s %(levelname)s %(name)s %(process)d %(message)s",
            "rename_fields": {"asctime": "time", "levelname": "level", "name": "logger"},
        }
    },
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "json"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="INFO")},
    "loggers": {"django.db.backends": {"level": "INFO"}},
}
