"""The project's own production rules, run by ``manage.py check --deploy``.

Django's deploy checks cover HTTPS, cookies and the secret key's shape; these cover what only
this project knows: its page cache must be shared by every process that serves the site (each
process otherwise keeps serving pages a write elsewhere made stale, see ``newsroom.cache``),
uploads must live where a redeploy does not wipe them and every server sees them, links sent
out (feeds, sitemaps, social cards) need the public address, and the development secret key
must never reach production. See docs/operations.md.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from urllib.parse import urlsplit

from django.conf import settings
from django.core.checks import Error, Tags, register

#: Cache backends whose contents live in one process.
PER_PROCESS_CACHES = frozenset(
    {
        "django.core.cache.backends.locmem.LocMemCache",
        "django.core.cache.backends.dummy.DummyCache",
    }
)
#: Backend module -> the client library it imports only when first used (so a missing library
#: would otherwise surface as a 500 on the first page, not here).
CACHE_CLIENTS = {"redis": "redis", "memcached.PyMemcacheCache": "pymemcache"}
S3_STORAGES = frozenset(
    {"storages.backends.s3.S3Storage", "storages.backends.s3boto3.S3Boto3Storage"}
)
#: Secret keys committed to the repository (base.py's default, test.py's).
KNOWN_SECRET_KEYS = frozenset({"dev-only-insecure-key-change-me", "test-only-key"})
LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "[::1]", "::1", "0.0.0.0", "testserver"})


@register(Tags.caches, deploy=True)
def check_shared_cache(app_configs=None, **kwargs):
    errors = []
    backend = settings.CACHES["default"]["BACKEND"]
    if backend in PER_PROCESS_CACHES and not settings.SINGLE_PROCESS:
        errors.append(
            Error(
                f"The default cache ({backend.rsplit('.', 1)[-1]}) lives in each process: with "
                "more than one worker or server, a story unpublished through one keeps being "
                "served by the others until their pages expire.",
                hint="Set REDIS_URL (a cache every process shares), or SINGLE_PROCESS=1 if "
                "exactly one process serves the site.",
                id="newsroom.E001",
            )
        )
    for marker, library in CACHE_CLIENTS.items():
        if marker in backend and importlib.util.find_spec(library) is None:
            errors.append(
                Error(
                    f"The cache backend {backend} needs the '{library}' package, which is not "
                    "installed: every page would fail.",
                    hint="pip install -e . (it is a dependency of the project).",
                    id="newsroom.E002",
                )
            )
    return errors


@register(deploy=True)
def check_media_storage(app_configs=None, **kwargs):
    storage = settings.STORAGES["default"]
    backend = storage["BACKEND"]
    if backend in S3_STORAGES:
        if not storage.get("OPTIONS", {}).get("bucket_name"):
            return [
                Error(
                    "Media storage is S3 but names no bucket.",
                    hint="Set MEDIA_BUCKET.",
                    id="newsroom.E003",
                )
            ]
        return []
    if backend == "django.core.files.storage.FileSystemStorage":
        media_root = Path(settings.MEDIA_ROOT).resolve()
        checkout = Path(settings.BASE_DIR).resolve()
        if media_root == checkout or checkout in media_root.parents:
            return [
                Error(
                    f"MEDIA_ROOT ({media_root}) is inside the code checkout: uploaded photos "
                    "are lost when the code is deployed again.",
                    hint="Set MEDIA_BUCKET (object storage, needed with several machines) or "
                    "MEDIA_ROOT to a folder outside the checkout, e.g. /srv/toasoan/media.",
                    id="newsroom.E004",
                )
            ]
        return []
    return [
        Error(
            f"Unknown media storage {backend}.",
            hint="Use S3 (MEDIA_BUCKET) or FileSystemStorage with MEDIA_ROOT.",
            id="newsroom.E005",
        )
    ]


@register(deploy=True)
def check_site_url(app_configs=None, **kwargs):
    url = urlsplit(settings.SITE_URL)
    if url.scheme == "https" and url.hostname and url.hostname not in LOCAL_HOSTS:
        return []
    return [
        Error(
            f"SITE_URL ({settings.SITE_URL}) is not the public https address: feeds, sitemaps "
            "and social cards would send readers there.",
            hint="Set SITE_URL, e.g. https://toasoan.example.vn.",
            id="newsroom.E006",
        )
    ]


@register(deploy=True)
def check_secret_key(app_configs=None, **kwargs):
    key = settings.SECRET_KEY
    if key in KNOWN_SECRET_KEYS or len(key) < 50 or len(set(key)) < 5:
        return [
            Error(
                "SECRET_KEY is a key from the repository or too short (under 50 characters or "
                "5 distinct ones): sessions and preview links could be forged.",
                hint="Generate one: python -c 'import secrets; print(secrets.token_urlsafe(50))'",
                id="newsroom.E007",
            )
        ]
    return []
