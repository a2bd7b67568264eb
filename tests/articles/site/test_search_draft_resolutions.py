"""A draft resolution (Dự thảo) stays internal: its number is not in the search document of
the published stories linked to it, so reader search does not reveal it, until it is adopted.
Draft numbers are also absent from the public pages that list resolutions."""

import pytest
from django.core.cache import cache

from articles.models import Article
from articles.site.search_results import search_articles
from people.models import Resolution
from tests.factories import ArticleFactory, ResolutionFactory

pytestmark = pytest.mark.django_db

DRAFT_NUMBER = "99-NQ/TU"


def found(query) -> list[int]:
    return [article.pk for article in search_articles(query)[:100]]


@pytest.fixture
def linked_to_a_draft():
    draft = ResolutionFactory(
        number=DRAFT_NUMBER,
        title="Về sắp xếp đơn vị hành chính cấp xã giai đoạn 2026-2030",
        status=Resolution.Status.DRAFT,
    )
    story = ArticleFactory(
        title="Thành uỷ họp bàn phương án sắp xếp đơn vị hành chính",
        sapo="Hội nghị cho ý kiến vào dự thảo nghị quyết của Thành uỷ.",
    )
    story.resolutions.add(draft)
    return draft, story


@pytest.mark.parametrize("query", [DRAFT_NUMBER, "99 nq tu", "Nghị quyết 99-NQ/TU"])
def test_reader_search_does_not_find_a_draft_resolutions_number(linked_to_a_draft, query):
    _, story = linked_to_a_draft
    assert found(query) == []
    assert "99" not in Article.objects.get(pk=story.pk).search_text


def test_the_search_page_does_not_reveal_it(client, linked_to_a_draft):
    cache.clear()
    response = client.get("/tim-kiem/", {"q": DRAFT_NUMBER})
    assert response.status_code == 200
    _, story = linked_to_a_draft
    assert story.title not in response.content.decode()


def test_once_adopted_its_number_finds_the_story(linked_to_a_draft):
    draft, story = linked_to_a_draft
    draft.status = Resolution.Status.ADOPTED
    draft.save()
    assert found(DRAFT_NUMBER) == [story.pk]
    draft.status = Resolution.Status.DRAFT  # back to draft: hidden again
    draft.save()
    assert found(DRAFT_NUMBER) == []


def test_the_resolution_list_and_sitemap_show_public_numbers_only(client, linked_to_a_draft):
    ResolutionFactory(number="12-NQ/TU")
    cache.clear()
    for url in ("/van-ban/", "/sitemap-van-ban.xml", "/van-ban/?q=99"):
        text = client.get(url).content.decode()
        assert DRAFT_NUMBER not in text, url
    assert "12-NQ/TU" in client.get("/van-ban/").content.decode()
