"""The site has an icon: linked from public and admin pages, and /favicon.ico is no 404."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse

pytestmark = pytest.mark.django_db

ICON = "/static/img/favicon.ico"


def test_favicon_ico_redirects_to_the_static_icon_which_is_served(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 302
    assert response["Location"] == ICON
    icon = Client().get(ICON)  # served by whitenoise from the finders in tests
    assert icon.status_code == 200
    assert b"".join(icon.streaming_content)[:4] == b"\x00\x00\x01\x00"  # an ICO file


def test_public_pages_link_the_icon(client):
    html = client.get("/").content.decode()
    assert f'<link rel="icon" href="{ICON}"' in html
    assert client.get("/dinh-chinh/").content.decode().count('rel="icon"') == 1


def test_admin_pages_link_the_icon(client):
    assert f'<link rel="icon" href="{ICON}"' in client.get(reverse("admin:login")).text
    user = get_user_model().objects.create_superuser("bientap", "bt@example.vn", "mat-khau-123")
    client.force_login(user)
    for url in (reverse("admin:index"), reverse("admin:articles_article_add")):
        assert client.get(url).text.count('rel="icon"') == 1, url


def test_favicon_redirect_works_on_the_development_server(settings):
    """With DEBUG on (``make run``) urls.py also serves uploaded media; the icon's redirect must
    not be caught up in that (it once answered 500 there)."""
    import importlib

    from django.urls import clear_url_caches

    import newsroom.urls

    settings.DEBUG = True
    try:
        importlib.reload(newsroom.urls)
        clear_url_caches()
        response = Client().get("/favicon.ico")
        assert response.status_code == 302
        assert response["Location"] == ICON
        assert any("media" in str(pattern.pattern) for pattern in newsroom.urls.urlpatterns)
    finally:
        settings.DEBUG = False
        importlib.reload(newsroom.urls)
        clear_url_caches()
