"""Media responses carry ``X-Content-Type-Options: nosniff`` when Django serves them (DEBUG);
production's front server adds it itself (docs/operations.md)."""

import pytest
from django.conf import settings
from django.urls import path
from django.views.static import serve

from tests.factories import PhotoFactory


def media(request, path):
    # What ``static(MEDIA_URL, document_root=MEDIA_ROOT)`` mounts in newsroom/urls.py under
    # DEBUG, reading MEDIA_ROOT per request because each test has its own folder.
    return serve(request, path, document_root=settings.MEDIA_ROOT)


urlpatterns = [path("media/<path:path>", media)]


@pytest.mark.django_db
@pytest.mark.urls(__name__)
def test_media_is_served_with_nosniff_and_its_real_type(client):
    photo = PhotoFactory()
    response = client.get(photo.image.url)
    assert response.status_code == 200
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Type"] == "image/jpeg"
    assert photo.image.url.startswith("/media/anh/")


def test_nosniff_is_on_in_every_environment():
    assert settings.SECURE_CONTENT_TYPE_NOSNIFF is True
    assert "django.middleware.security.SecurityMiddleware" in settings.MIDDLEWARE
