"""``/healthz`` for the load balancer and monitoring: can this app server reach its database, its
cache and its media storage? As JSON, each check "ok" or the error.

- all three answer: 200, ``"status": "ok"``;
- the database does not: 503, ``"status": "fail"``: this server cannot serve a page, the load
  balancer takes it out;
- only the cache or the storage does not: 200, ``"status": "degraded"``, for monitoring to alert
  on. Pages are still served (uncached while Redis is down; photo URLs need no storage call),
  and every server shares that cache and bucket: answering 503 would make the load balancer
  take every server out at once and turn a cache outage into a site outage.

Answered by a middleware at the top of the stack, before ``SecurityMiddleware``'s HTTPS redirect
and the ``ALLOWED_HOSTS`` check: a load balancer probes over plain HTTP by the server's address.
Never cached, no session, no database query beyond ``SELECT 1``.
"""

from __future__ import annotations

import logging
import uuid

from django.core.cache import cache
from django.core.files.storage import default_storage
from django.db import connection
from django.http import JsonResponse

logger = logging.getLogger(__name__)

PATH = "/healthz"
CACHE_KEY = "healthz"


def database() -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def cache_round_trip() -> None:
    """Write and read back a fresh value: the Redis cache answers misses while Redis is down,
    so only a round trip tells a working cache from a silent one."""
    token = uuid.uuid4().hex
    cache.set(CACHE_KEY, token, 30)
    if cache.get(CACHE_KEY) != token:
        raise RuntimeError("a value written to the cache could not be read back")


def storage() -> None:
    """List the top of the media storage: fails on a missing bucket, folder or credentials."""
    default_storage.listdir("")


CHECKS = {"database": database, "cache": cache_round_trip, "storage": storage}


#: Without these the server cannot answer a page.
ESSENTIAL = frozenset({"database"})


def health() -> tuple[str, dict[str, str]]:
    """("ok" | "degraded" | "fail", each check's result)."""
    results = {}
    for name, check in CHECKS.items():
        try:
            check()
        except Exception as exc:
            logger.warning("Health check %s failed: %s", name, exc)
            results[name] = f"lỗi: {type(exc).__name__}: {exc}"[:300]
        else:
            results[name] = "ok"
    failed = {name for name, result in results.items() if result != "ok"}
    if failed & ESSENTIAL:
        return "fail", results
    return ("degraded" if failed else "ok"), results


class HealthCheckMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path != PATH or request.method not in ("GET", "HEAD"):
            return self.get_response(request)
        status, results = health()
        response = JsonResponse(
            {"status": status, "checks": results},
            status=503 if status == "fail" else 200,
            json_dumps_params={"ensure_ascii": False},
        )
        response["Cache-Control"] = "no-store"
        return response
