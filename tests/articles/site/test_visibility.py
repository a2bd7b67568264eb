"""No story that is not live (draft, in review, approved, unpublished, scheduled, without a
publication time, under embargo) shows on any public page, feed or sitemap, even when it is
featured and mentions the same official, resolution and tag as live stories."""

import pytest
from defusedxml import ElementTree
from django.core.cache import cache

from tests.public_data import HIDDEN, build_public_site

pytestmark = pytest.mark.django_db


def public_urls(site) -> list[str]:
    urls = ["/", "/nhan-vat/", "/van-ban/", "/the/ha-noi/", "/the/dai-hoi-dang/", "/rss/"]
    urls += [section.get_absolute_url() for section in site.sections]
    urls += [f"/rss/{section.slug}/" for section in site.sections]
    urls += [story.get_absolute_url() for story in [site.story, *site.stories]]
    urls += [site.official.get_absolute_url(), site.resolution.get_absolute_url()]
    urls += ["/sitemap.xml", "/sitemap-news.xml", "/robots.txt"]
    urls += [
        f"/sitemap-{name}.xml"
        for name in ("trang-chu", "chuyen-muc", "bai-viet", "the", "nhan-vat", "van-ban")
    ]
    return urls


def test_hidden_stories_appear_nowhere(client):
    site = build_public_site()
    assert len(site.hidden) == 7
    hidden_paths = [story.get_absolute_url() for story in site.hidden]
    hidden_titles = [story.title for story in site.hidden]
    for url in public_urls(site):
        cache.clear()
        response = client.get(url)
        assert response.status_code == 200, url
        body = response.content.decode()
        assert HIDDEN not in body, url
        for path, title in zip(hidden_paths, hidden_titles, strict=True):
            assert path not in body, (url, title)
        if url.endswith(".xml") or url.startswith("/rss/"):
            ElementTree.fromstring(response.content)  # and every feed and sitemap parses
    for path in hidden_paths:
        assert client.get(path).status_code == 404, path
