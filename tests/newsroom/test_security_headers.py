"""Content-Security-Policy and Permissions-Policy: public pages allow no script at all; the
admin allows its own scripts and styles, nothing inline, nothing from elsewhere."""

import pytest
from django.core.cache import cache
from django.urls import path

from tests.factories import ArticleFactory, UserFactory

pytestmark = pytest.mark.django_db


def policy(response) -> dict[str, list[str]]:
    directives = {}
    for part in response["Content-Security-Policy"].split(";"):
        name, *values = part.split()
        directives[name] = values
    return directives


@pytest.fixture(autouse=True)
def _empty_page_cache():
    cache.clear()


@pytest.mark.parametrize("page", ["home", "article", "feed", "search", "404"])
def test_public_pages_run_no_script(client, page):
    story = ArticleFactory(title="Quốc hội khai mạc kỳ họp thứ 8")
    url = {
        "home": "/",
        "article": story.get_absolute_url(),
        "feed": "/rss/",
        "search": "/tim-kiem/?q=quốc hội",
        "404": "/khong-co-trang-nay/",
    }[page]
    for _ in range(2):  # rendered, then from the page cache
        response = client.get(url)
        directives = policy(response)
        assert directives["default-src"] == ["'none'"]
        assert "script-src" not in directives  # falls back to 'none'
        assert directives["style-src"] == ["'self'"]
        assert directives["img-src"] == ["'self'", "data:"]
        assert directives["frame-ancestors"] == ["'none'"]
        assert directives["base-uri"] == ["'none'"]
        assert "camera=()" in response["Permissions-Policy"]
        assert "geolocation=()" in response["Permissions-Policy"]


def test_admin_pages_allow_their_own_scripts_and_styles_only(client):
    client.force_login(UserFactory(is_superuser=True))
    for url in ("/admin/", "/admin/articles/article/add/", "/admin/login/"):
        directives = policy(client.get(url))
        assert directives["script-src"] == ["'self'"], url
        assert directives["style-src"] == ["'self'"], url
        assert directives["object-src"] == ["'none'"], url
        assert directives["frame-ancestors"] == ["'self'"], url


def _broken(request):
    raise RuntimeError("lỗi thử")


urlpatterns = [path("loi/", _broken)]


def test_the_server_error_page_keeps_its_inline_style_and_no_script(client, settings):
    """templates/500.html carries its own <style> (it must render when static files fail)."""
    settings.ROOT_URLCONF = __name__
    client.raise_request_exception = False
    response = client.get("/loi/")
    assert response.status_code == 500
    assert "<style>" in response.content.decode()
    directives = policy(response)
    assert directives["style-src"] == ["'self'", "'unsafe-inline'"]
    assert "script-src" not in directives and directives["default-src"] == ["'none'"]
