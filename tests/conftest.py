import os
import shutil

import pytest

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")


@pytest.fixture(autouse=True)
def _empty_cache():
    """Every test starts with an empty cache (page cache, header menu): nothing leaks across."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture(autouse=True)
def _no_search_statistics(monkeypatch):
    """Reader search tries every time window, as without PostgreSQL's statistics: reading
    them (once per process in ten minutes) would add a query to whichever test searched first.
    ``tests/articles/site/test_search_windows.py`` tests them."""
    monkeypatch.setattr("articles.site.search_windows.statistics", lambda alias: None)


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    """Uploaded files (photos, wire files waiting to be imported) go to a temporary folder,
    never into the repository."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.WIRE_UPLOAD_DIR = tmp_path / "tin-hang-tai-len"


def _browser_unavailable_reason() -> str | None:
    if not (os.path.exists(CHROMIUM) or shutil.which("chromium")):
        return f"Chromium not found at {CHROMIUM} (apt-get install chromium chromium-driver)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright package is not installed (pip install -e '.[dev]')"
    return None


def pytest_collection_modifyitems(config, items):
    reason = _browser_unavailable_reason()
    if reason is None:
        return
    if os.environ.get("REQUIRE_BROWSER"):
        raise pytest.UsageError(f"Browser tests are required here but cannot run: {reason}")
    skip = pytest.mark.skip(reason=f"browser tests skipped: {reason}")
    browser_items = [item for item in items if "browser" in item.keywords]
    for item in browser_items:
        item.add_marker(skip)
    if browser_items:
        print(f"\nSkipping {len(browser_items)} browser tests: {reason}")


@pytest.fixture(scope="session")
def live_server(request):
    """pytest-django's live server, taking one request at a time when the database is SQLite in
    memory. Django then gives every request thread the test's one connection: two requests at
    once inside one sqlite3 connection hung a browser test for good (two request threads
    in the same statement, seen in the wire path's test under the whole suite)."""
    from pytest_django.live_server_helper import LiveServer

    addr = (
        request.config.getvalue("liveserver")
        or os.environ.get("DJANGO_LIVE_TEST_SERVER_ADDRESS")
        or "localhost"
    )
    server = LiveServer(addr, start=False)
    if server.thread.connections_override:
        shared = server.thread
        server.thread = _one_request_at_a_time(type(shared))(
            shared.host,
            shared.static_handler,
            connections_override=shared.connections_override,
            port=shared.port,
        )
        server.thread.daemon = True
    server.start()
    yield server
    server.stop()


def _one_request_at_a_time(thread_class):
    """``thread_class`` (Django's ``LiveServerThread``) whose server runs its requests one at a
    time: each response is read whole under one lock (a streamed body may still read the
    database)."""
    import threading

    lock = threading.Lock()

    def serialised(app):
        def one_at_a_time(environ, start_response):
            with lock:
                response = app(environ, start_response)
                try:
                    return [b"".join(response)]
                finally:
                    if hasattr(response, "close"):
                        response.close()

        return one_at_a_time

    class OneRequestAtATime(thread_class):
        def _create_server(self, connections_override=None):
            server = super()._create_server(connections_override=connections_override)
            set_app = server.set_app
            server.set_app = lambda app: set_app(serialised(app))
            return server

    return OneRequestAtATime


@pytest.fixture(scope="session")
def browser():
    # Playwright's sync API runs an event loop in this thread; the ORM calls tests make
    # around it are ordinary synchronous code.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="vi-VN", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    yield page
    context.close()
