"""Whole-page cache for anonymous readers, emptied as narrowly as the change.

A cached page is stored under its address with the *stamps* it was rendered under, read before
its rows were: the site-wide *generation*, and the stamp of each *scope* the page says it shows
(``depends_on``: "the stories", one section, one tag, one official, one resolution, one story;
a page that says nothing depends on ``EVERYTHING``). A page is fresh while every stamp is still
current and it is younger than ``PUBLIC_PAGE_CACHE_SECONDS``.

A write moves on what it changed (``articles/stale.py`` says which write moves what):
``invalidate_scopes`` gives new stamps to the scopes it names and to ``EVERYTHING``, so a story
published in one section empties the home page, that section, the profiles of the officials it
mentions and the stories listing it, not the other sections or officials;
``invalidate_public_pages`` moves the generation on: every page at once (a section renamed,
anything a page may show without saying so).

Some pages change without a write: a scheduled story goes live when its time comes. The moments
when that happens are kept with the generation (``also_at``); the first request after such a
moment moves the generation on.

**No stampede.** When a page is found stale, the first request for it takes a lock
(``cache.add``, atomic on the local-memory cache and on Redis) and renders it again; the
requests that find the lock taken wait (up to ``WAIT_SECONDS``) for that copy and are sent it
(``X-Page-Cache: waited``), rendering the page themselves only if it does not come. So a popular
page is rendered by one worker, not by every worker at the same moment, and no reader is ever
sent the previous copy: a story unpublished is gone for the next request on every server.

Logged-in users (editors checking their work) always get a fresh page, marked private. A cached
page is answered by ``PublicPageCacheMiddleware`` near the top of the middleware stack, stored as
bytes and headers ready to send, ETag included, so a hit (or its 304) costs about what a static
file costs and touches no database. ``PUBLIC_PAGE_CACHE_SECONDS`` 0 turns the page cache off.

With the local-memory cache each process has its own pages, stamps and generation; production
uses a shared cache (``REDIS_URL``) so that one write empties every worker's pages on every server
at once (``manage.py check --deploy`` refuses anything else, ``newsroom/checks.py``). While Redis
is unreachable pages are rendered uncached (``newsroom/redis_cache.py``), and a process that
saw the outage moves the generation on when Redis answers again (:func:`after_cache_outage`).
"""

import datetime
import functools
import hashlib
import time
import uuid

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import get_conditional_response, patch_cache_control, set_response_etag
from django.utils.http import http_date, parse_http_date_safe

STATE_KEY = "public-pages:state"
MAX_PENDING_CHANGES = 500
#: The scope of every page that does not say what it shows: moved on by every change.
EVERYTHING = "all"
#: How long a request waits for the copy another worker is rendering before rendering it too.
WAIT_SECONDS = 5
#: How often a waiting request looks for that copy.
WAIT_STEP_SECONDS = 0.02
#: How long a copy is kept past its freshness (a stale copy tells when it went stale).
GRACE_SECONDS = 10
#: How long a worker may hold a page's lock (a worker that died leaves it this long at most).
LOCK_SECONDS = 10


def scope(kind: str, key=None) -> str:
    """The name of a group of pages: ``scope("section", "chinh-tri")``, ``scope("stories")``."""
    return kind if key is None else f"{kind}:{key}"


def _new_state(pending) -> dict:
    return {
        "generation": uuid.uuid4().hex[:16],
        "pending": sorted(pending)[:MAX_PENDING_CHANGES],
        "at": time.time(),
    }


def current_state(now: datetime.datetime | None = None) -> dict:
    now = now or timezone.now()
    state = cache.get(STATE_KEY)
    if state is None:
        state = _new_state([])
        cache.set(STATE_KEY, state, None)
    elif state["pending"] and state["pending"][0] <= now:
        state = _new_state(moment for moment in state["pending"] if moment > now)
        cache.set(STATE_KEY, state, None)
    return state


def current_generation(now: datetime.datetime | None = None) -> str:
    return current_state(now)["generation"]


def _pending_with(also_at) -> list:
    state = cache.get(STATE_KEY)
    pending = list(state["pending"]) if state else []
    if also_at is not None and also_at > timezone.now():
        pending.append(also_at)
    return pending


def invalidate_public_pages(*, also_at: datetime.datetime | None = None) -> None:
    """Make every cached page stale; with ``also_at`` (a future moment), again at that moment."""
    cache.set(STATE_KEY, _new_state(set(_pending_with(also_at))), None)


def invalidate_scopes(scopes, *, also_at: datetime.datetime | None = None) -> None:
    """Make stale the pages showing one of ``scopes`` (and those that say nothing); with
    ``also_at`` (a future moment), every page at that moment."""
    stamp = _new_stamp()
    cache.set_many({_scope_key(name): stamp for name in {*scopes, EVERYTHING}}, None)
    if also_at is not None and also_at > timezone.now():
        state = cache.get(STATE_KEY) or _new_state([])
        pending = sorted({*_pending_with(also_at)})[:MAX_PENDING_CHANGES]
        cache.set(STATE_KEY, {**state, "pending": pending}, None)


def _scope_key(name: str) -> str:
    return f"public-pages:scope:{name}"


def _new_stamp() -> tuple:
    return (uuid.uuid4().hex[:12], time.time())


def stamps_of(scopes) -> dict:
    """The current stamp of each of ``scopes`` (a scope never moved gets its first one).

    Every scope gets a stamp: one the cache could not keep (Redis down) is new and matches
    nothing later, so what is stored under it is never taken for fresh."""
    keys = {_scope_key(name): name for name in scopes}
    found = cache.get_many(keys)
    missing = [key for key in keys if key not in found]
    for key in missing:
        cache.add(key, _new_stamp(), None)
    if missing:
        found.update(cache.get_many(missing))
    return {name: found.get(key) or _new_stamp() for key, name in keys.items()}


def depends_on(request, *scopes) -> None:
    """Say which scopes the page being rendered shows, before reading them (their stamps are
    read now: a change made while the page is rendered leaves it stale)."""
    if hasattr(request, "_page_stamps"):
        request._page_stamps = stamps_of(scopes)


def after_cache_outage(**kwargs) -> None:
    """A write during a cache outage could not move the generation on: move it now."""
    invalidate_public_pages()


def page_enabled() -> bool:
    return settings.PUBLIC_PAGE_CACHE_SECONDS > 0


def page_key(request) -> str:
    digest = hashlib.sha256(request.build_absolute_uri().encode()).hexdigest()
    return f"public-page:{digest}"


def _lock_key(key: str) -> str:
    return f"{key}:rendering"


def _entry(request, response) -> tuple:
    """What is stored: ready-to-send bytes and headers, cheap to load (no response object),
    with the generation and stamps read before the page's rows and the moment it was stored."""
    headers = [(name, value) for name, value in response.items() if name != "X-Page-Cache"]
    return (
        response.status_code,
        response.content,
        headers,
        request._page_generation,
        request._page_stamps,
        time.time(),
    )


def _from_entry(entry, how="hit") -> HttpResponse:
    status, content, headers = entry[:3]
    response = HttpResponse(content, status=status)
    for name, value in headers:
        response.headers[name] = value
    response.headers["X-Page-Cache"] = how
    return response


def stale_since(entry, state) -> float | None:
    """None if ``entry`` is fresh, else when it became stale (0: not known)."""
    _status, _content, _headers, generation, stamps, stored_at = entry
    if generation != state["generation"]:
        return state.get("at", 0)
    expires = stored_at + settings.PUBLIC_PAGE_CACHE_SECONDS
    if expires <= time.time():
        return expires
    current = cache.get_many([_scope_key(name) for name in stamps])
    moved = [current.get(_scope_key(name)) for name, stamp in stamps.items()]
    moved = [now for now, (name, then) in zip(moved, stamps.items(), strict=True) if now != then]
    if not moved:
        return None
    return 0 if None in moved else max(now[1] for now in moved)


def _lookup(request):
    """The stored copy of the page and whether it may be sent: "hit" (fresh), "waited" (fresh,
    rendered meanwhile by the worker that held the lock), or None (render it; its lock is held
    if the page was stale and nobody else was rendering it)."""
    key = page_key(request)
    state = current_state()
    request._public_page_key = key
    request._page_generation = state["generation"]
    entry = cache.get(key)
    if entry is None:
        return None, None
    if stale_since(entry, state) is None:
        return entry, "hit"
    lock = _lock_key(key)
    if cache.add(lock, 1, LOCK_SECONDS):
        request._public_page_lock = lock
        return None, None
    return _wait_for_copy(key)


def _wait_for_copy(key):
    """Wait for the copy another worker is rendering; (None, None) if it does not come."""
    deadline = time.monotonic() + WAIT_SECONDS
    while time.monotonic() < deadline:
        time.sleep(WAIT_STEP_SECONDS)
        entry = cache.get(key)
        if entry is None:  # the page is gone (an unpublished story): render the answer
            return None, None
        if stale_since(entry, current_state()) is None:
            return entry, "waited"
    return None, None


def _answer(request, entry, how):
    response = _from_entry(entry, how)
    if request.method != "GET":
        return response
    return get_conditional_response(
        request,
        etag=response.get("ETag"),
        last_modified=parse_http_date_safe(response.get("Last-Modified")),
        response=response,
    )


def _store(request, response) -> bool:
    """Keep the page rendered for an anonymous reader; whether it was kept."""
    key = getattr(request, "_public_page_store", None)
    if (
        key
        and response.status_code == 200
        and not response.streaming
        and not response.cookies
        and response.get("X-Page-Cache") == "miss"
    ):
        timeout = settings.PUBLIC_PAGE_CACHE_SECONDS + GRACE_SECONDS
        cache.set(key, _entry(request, response), timeout)
        return True
    return False


class PublicPageCacheMiddleware:
    """Answer readers from the page cache before sessions, CSRF, auth and URL resolving run.

    Placed right after whitenoise. A GET or HEAD without a session cookie is a reader who is
    not logged in: a cached page is sent as stored, with the 304 answer for a matching
    If-None-Match / If-Modified-Since, and nothing else of Django runs; so is a stale one while
    another worker renders it again. Anything else goes through the whole stack, where
    ``cache_public_page`` decides; the page a decorated view renders for an anonymous reader is
    stored here on its way out, with the headers every later middleware added (ETag, Vary,
    X-Frame-Options), and only without any cookie.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            request.method in ("GET", "HEAD")
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
            and page_enabled()
        ):
            entry, how = _lookup(request)
            if how is not None:
                return _answer(request, entry, how)
        try:
            response = self.get_response(request)
            if not _store(request, response) and getattr(request, "_public_page_lock", None):
                # The page is gone or moved (an unpublished story): no previous copy any more.
                cache.delete(request._public_page_key)
        finally:
            lock = getattr(request, "_public_page_lock", None)
            if lock:
                cache.delete(lock)
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
        if not page_enabled():
            return view(request, *args, **kwargs)
        key = getattr(request, "_public_page_key", None)
        if key is None:  # a reader with a session cookie: not looked up by the middleware
            entry, how = _lookup(request)
            if how is not None:
                return _from_entry(entry, how)
            key = request._public_page_key
        request._page_stamps = stamps_of([EVERYTHING])  # unless the view says what it shows
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
