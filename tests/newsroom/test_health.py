"""/healthz names what failed among the database, the cache and the media storage: 503 when
the database fails (the server cannot serve), 200 "degraded" when only the shared cache or
storage does (taking every server out would not help); answered before the HTTPS redirect and
the host check."""

import socket

import pytest
from django.db import OperationalError

from newsroom import health

pytestmark = pytest.mark.django_db


@pytest.fixture
def media_folder(settings):
    settings.MEDIA_ROOT.mkdir(parents=True)


def test_healthy_server_answers_200_with_every_check(client, media_folder):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {
        "status": "ok",
        "checks": {"database": "ok", "cache": "ok", "storage": "ok"},
    }
    assert response["Cache-Control"] == "no-store"


def test_load_balancer_probe_by_address_over_http_is_answered(client, settings, media_folder):
    settings.SECURE_SSL_REDIRECT = True
    settings.ALLOWED_HOSTS = ["toasoan.example.vn"]
    response = client.get("/healthz", HTTP_HOST="10.0.0.12:8000")
    assert response.status_code == 200
    assert client.get("/", HTTP_HOST="10.0.0.12:8000").status_code == 400  # the rest is not


def test_unreachable_cache_is_named_and_the_server_stays_in(client, settings, media_folder):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    settings.CACHES = {
        "default": {
            "BACKEND": "newsroom.redis_cache.TolerantRedisCache",
            "LOCATION": f"redis://127.0.0.1:{port}/0",
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }
    response = client.get("/healthz")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "degraded"
    assert body["checks"]["database"] == "ok"
    assert body["checks"]["storage"] == "ok"
    assert body["checks"]["cache"].startswith("lỗi: RuntimeError")


def test_missing_media_storage_is_named(client, settings):
    settings.MEDIA_ROOT = settings.MEDIA_ROOT / "khong-co"
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json()["status"] == "degraded"
    assert response.json()["checks"]["storage"].startswith("lỗi: FileNotFoundError")


def test_unreachable_database_is_named(client, monkeypatch, media_folder):
    def refused():
        raise OperationalError('connection to server at "db" (10.0.0.5), port 5432 failed')

    monkeypatch.setitem(health.CHECKS, "database", lambda: refused())
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["status"] == "fail"
    assert "port 5432 failed" in response.json()["checks"]["database"]
