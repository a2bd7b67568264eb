"""Whole-page cache for anonymous readers, emptied at once whenever public content changes.

Every cached page is stored under a key that includes a site-wide *generation*. Any write to
public content (a story, an official, a resolution, a photo, a tag …: ``articles/stale.py`` says
which) calls ``invalidate_public_pages``, which moves the generation on: every page rendered
before the write becomes unreachable at once, without knowing which pages showed the changed
row, and expires by itself after ``PUBLIC_PAGE_CACHE_SECONDS``.

Some pages change without a write: a scheduled story goes live when its time comes. The moments
when that happens are kept with the generation (``also_at``); the first request after such a
moment moves the generation on.

Logged-in users (editors checking their work) always get a fresh page, marked private. A cached
page is answered by ``PublicPageCacheMiddleware`` near the top of the middleware stack, stored as
bytes and headers ready to send, ETag included, so a hit (or its 304) costs about what a static
file costs and touches no database.

With the local-memory cache each process has its own pages and generation; production uses a
shared cache (``REDIS_URL``) so that one write empties every worker's pages on every server at
once (``manage.py check --deploy`` refuses anything else, ``newsroom/checks.py``). While Redis
is unreachable pages are rendered uncached (``newsroom/redis_cache.py``), and a process that
saw the outage moves the generation on when Redis answers again (:func:`after_cache_outage`).
"""

import datetime
import functools
import hashlib
import uuid

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import get_conditional_response, patch_cache_control, set_response_etag
from django.utils.http import http_date, parse_http_date_safe

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


def after_cache_outage(**kwargs) -> None:
    """A write during a cache outage could not move the generation on: move it now."""
    invalidate_public_pages()


def page_key(request, generation: str) -> str:
    digest = hashlib.sha256(request.build_absolute_uri().encode()).hexdigest()
    return f"public-page:{generation}:{digest}"


def _entry(response) -> tuple:
    """What is stored: ready-to-send bytes and headers, cheap to load (no response object)."""
    headers = [(name, value) for name, value in response.items() if name != "X-Page-Cache"]
    return (response.status_code, response.content, headers)


def _from_entry(entry) -> HttpResponse:
    status, content, headers = entry
    response = HttpResponse(content, status=status)
    for name, value in headers:
        response.headers[name] = value
    response.headers["X-Page-Cache"] = "hit"
    return response


def _store(request, response) -> None:
    key = getattr(request, "_public_page_store", None)
    if (
        key
        and response.status_code == 200
        and not response.streaming
        and not response.cookies
        and response.get("X-Page-Cache") == "miss"
    ):
        cache.set(key, _entry(response), settings.PUBLIC_PAGE_CACHE_SECONDS)


class PublicPageCacheMiddleware:
    """Answer readers from the page cache before sessions, CSRF, auth and URL resolving run.

    Placed right after whitenoise. A GET or HEAD without a session cookie is a reader who is
    not logged in: a cached page is sent as stored, with the 304 answer for a matching
    If-None-Match / If-Modified-Since, and nothing else of Django runs. Anything else goes
    through the whole stack, where ``cache_public_page`` decides; the page a decorated view
    renders for an anonymous reader is stored here on its way out, with the headers every
    later middleware added (ETag, Vary, X-Frame-Options), and only without any cookie.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            request.method in ("GET", "HEAD")
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
        ):
            key = page_key(request, current_generation())
            entry = cache.get(key)
            if entry is not None:
                response = _from_entry(entry)
                if request.method != "GET":
                    return response
                return get_conditional_response(
                    request,
                    etag=response.get("ETag"),
                    last_modified=parse_http_date_safe(response.get("Last-Modified")),
                    response=response,
                )
            request._public_page_key = key
        response = self.get_response(request)
        _store(request, response)
        return response


def cache_public_page(view):
    """Serve ``view`` from the page cache to anonymous GET and HEAD requests.

    Requests without a session cookie were already looked up by ``PublicPageCacheMiddleware``;
    an anonymous reader who carries one (a stale session) is looked up here.
    """

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.method not in ("GET", "HEAD") or request.user.is_authenticated:
            response = view(request, *args, **kwargs)
            patch_cache_control(response, private=True, no_cache=True)
            response.headers["X-Page-Cache"] = "bypass"
            return response
        key = getattr(request, "_public_page_key", None)
        if key is None:
            key = page_key(request, current_generation())
            entry = cache.get(key)
            if entry is not None:
                return _from_entry(entry)
        response = view(request, *args, **kwargs)
        if callable(getattr(response, "render", None)) and not response.is_rendered:
            response = response.render()  # TemplateResponse (sitemaps) must render to be stored
        # Readers' browsers may keep the page but must ask again (a cheap 304) before reuse.
        patch_cache_control(response, public=True, max_age=0, must_revalidate=True)
        if response.status_code == 200 and not response.streaming:
            set_response_etag(response)  # also for a HEAD, which ConditionalGetMiddleware skips
        response.headers["X-Page-Cache"] = "miss"
        request._public_page_store = key  # stored by the middleware once complete
        return response

    return wrapper


def set_last_modified(response, *moments: datetime.datetime | None):
    """Last-Modified from the newest of ``moments`` (the page's rows' ``updated_at``)."""
    known = [moment for moment in moments if moment is not None]
    if known:
        response.headers["Last-Modified"] = http_date(max(known).timestamp())
    return response
