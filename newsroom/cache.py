"""Whole-page cache for anonymous readers, emptied at once whenever public content changes.

Every cached page is stored under a key that includes a site-wide *generation*. Any write to
public content (a story, an official, a resolution, a photo, a tag …) calls
``invalidate_public_pages``, which moves the generation on: every page rendered before the write
becomes unreachable at once, without knowing which pages showed the changed row, and expires by
itself after ``PUBLIC_PAGE_CACHE_SECONDS``.

Some pages change without a write: a scheduled story goes live when its time comes. The moments
when that happens are kept with the generation (``also_at``); the first request after such a
moment moves the generation on.

Logged-in users (editors checking their work) always get a fresh page, marked private. ETag and
Last-Modified answers (304) come from ``django.middleware.http.ConditionalGetMiddleware`` on top
of the cached response, so a conditional request for a cached page touches no database.

With the local-memory cache each process has its own pages and generation; production uses a
shared cache (``REDIS_URL``) so that one write empties every worker's pages.
"""

import datetime
import functools
import hashlib
import uuid

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.http import http_date

STATE_KEY = "public-pages:state"
MAX_PENDING_CHANGES = 500


def _new_state(pending) -> dict:
    return {"generation": uuid.uuid4().hex[:16], "pending": sorted(pending)[:MAX_PENDING_CHANGES]}


def current_generation(now: datetime.datetime | None = None) -> str:
    now = now or timezone.now()
    state = cache.get(STATE_KEY)
    if state is None:
        state = _new_state([])
        cache.set(STATE_KEY, state, None)
    elif state["pending"] and state["pending"][0] <= now:
        state = _new_state(moment for moment in state["pending"] if moment > now)
        cache.set(STATE_KEY, state, None)
    return state["generation"]


def invalidate_public_pages(*, also_at: datetime.datetime | None = None) -> None:
    """Make every cached page stale; with ``also_at`` (a future moment), again at that moment."""
    state = cache.get(STATE_KEY)
    pending = list(state["pending"]) if state else []
    if also_at is not None and also_at > timezone.now():
        pending.append(also_at)
    cache.set(STATE_KEY, _new_state(set(pending)), None)


def page_key(request, generation: str) -> str:
    digest = hashlib.sha256(request.build_absolute_uri().encode()).hexdigest()
    return f"public-page:{generation}:{digest}"


def cache_public_page(view):
    """Serve ``view`` from the page cache to anonymous GET and HEAD requests."""

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.method not in ("GET", "HEAD") or request.user.is_authenticated:
            response = view(request, *args, **kwargs)
            patch_cache_control(response, private=True, no_cache=True)
            response.headers["X-Page-Cache"] = "bypass"
            return response
        key = page_key(request, current_generation())
        response = cache.get(key)
        if response is not None:
            response.headers["X-Page-Cache"] = "hit"
            return response
        response = view(request, *args, **kwargs)
        if callable(getattr(response, "render", None)) and not response.is_rendered:
            response = response.render()  # TemplateResponse (sitemaps) must render to be stored
        # Readers' browsers may keep the page but must ask again (a cheap 304) before reuse.
        patch_cache_control(response, public=True, max_age=0, must_revalidate=True)
        if response.status_code == 200 and not response.streaming and not response.cookies:
            cache.set(key, response, settings.PUBLIC_PAGE_CACHE_SECONDS)
        response.headers["X-Page-Cache"] = "miss"
        return response

    return wrapper


def set_last_modified(response, *moments: datetime.datetime | None):
    """Last-Modified from the newest of ``moments`` (the page's rows' ``updated_at``)."""
    known = [moment for moment in moments if moment is not None]
    if known:
        response.headers["Last-Modified"] = http_date(max(known).timestamp())
    return response
