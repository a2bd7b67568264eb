"""The Redis page cache: with REDIS_URL set pages work (finding 2), Redis down means uncached
pages and no error, and a write made during an outage still empties the pages once Redis is
back (newsroom/redis_cache.py)."""

import logging
import os
import socket

import pytest
import redis
from django.core.cache import cache

from articles.models import Article
from newsroom import cache as page_cache
from newsroom import redis_cache
from tests.public_data import build_public_site

pytestmark = pytest.mark.django_db

REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/2")
BACKEND = "newsroom.redis_cache.TolerantRedisCache"
FAST = {"socket_connect_timeout": 0.5, "socket_timeout": 0.5}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(autouse=True)
def _no_outage_yet():
    """Each test starts with this process having seen no outage (it is logged once)."""
    redis_cache._outage.clear()
    yield
    redis_cache._outage.clear()


@pytest.fixture
def dead_redis(settings):
    """A Redis URL where nothing listens (a restarted or unreachable server)."""
    settings.CACHES = {
        "default": {
            "BACKEND": BACKEND,
            "LOCATION": f"redis://127.0.0.1:{free_port()}/0",
            "OPTIONS": FAST,
        }
    }


@pytest.fixture
def live_redis(settings):
    try:
        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=0.5).flushdb()
    except redis.exceptions.ConnectionError as exc:
        pytest.skip(f"no Redis at {REDIS_URL} ({exc}); set TEST_REDIS_URL")
    settings.CACHES = {"default": {"BACKEND": BACKEND, "LOCATION": REDIS_URL, "OPTIONS": FAST}}
    yield
    cache.clear()


def test_every_public_page_is_served_while_redis_is_unreachable(client, dead_redis, caplog):
    site = build_public_site(with_hidden=False)
    with caplog.at_level(logging.WARNING, logger="newsroom.redis_cache"):
        pages = [site.sections[0], site.official, site.resolution, site.story]
        lists = ["/", "/rss/", "/nhan-vat/", "/sitemap.xml"]
        # The list pages keep their counts under a scope's stamp, which the cache cannot keep.
        for url in [*lists, *(page.get_absolute_url() for page in pages)]:
            response = client.get(url)
            assert response.status_code == 200, url
            assert response["X-Page-Cache"] == "miss"
    assert "Redis cache unreachable" in caplog.text


def test_an_unpublish_while_redis_is_unreachable_shows_at_once(client, dead_redis):
    site = build_public_site(with_hidden=False)
    story = site.stories[0]
    assert story.title in client.get("/").content.decode()
    story.status = Article.Status.UNPUBLISHED
    story.save()
    assert story.title not in client.get("/").content.decode()
    assert client.get(story.get_absolute_url()).status_code == 404


def test_pages_are_shared_through_redis(client, live_redis):
    site = build_public_site(with_hidden=False)
    url = site.story.get_absolute_url()
    assert client.get(url)["X-Page-Cache"] == "miss"
    assert client.get(url)["X-Page-Cache"] == "hit"
    keys = redis.Redis.from_url(REDIS_URL).keys("*public-page:*")
    assert keys, "the page is stored in Redis, where every process finds it"


def test_a_write_lost_in_an_outage_empties_the_pages_when_redis_answers_again(
    client, live_redis, monkeypatch
):
    """Redis kept its data through a network cut: the unpublish made during the cut could not
    move the generation on, so the process that saw the cut does it on recovery."""
    site = build_public_site(with_hidden=False)
    story = site.stories[0]
    assert story.title in client.get("/").content.decode()
    assert client.get("/")["X-Page-Cache"] == "hit"
    generation = page_cache.current_generation()

    def cut(*args, **kwargs):
        raise redis.exceptions.ConnectionError("Error 111 connecting to cache:6379.")

    with monkeypatch.context() as outage:
        outage.setattr(redis.Redis, "execute_command", cut)
        story.status = Article.Status.UNPUBLISHED
        story.save()  # its invalidation is lost
        assert story.title not in client.get("/").content.decode()  # rendered, uncached
    assert page_cache.current_generation() != generation  # moved on by the first call back
    response = client.get("/")
    assert response["X-Page-Cache"] == "miss"
    assert story.title not in response.content.decode()
