"""A change empties the cached pages that show what changed, and no others (articles/stale.py,
newsroom/cache.py; docs/public-site.md "What a change makes stale")."""

import pytest
from django.core.cache import cache

from articles.models import Article
from tests.factories import ArticleFactory, PersonFactory, ResolutionFactory
from tests.public_data import build_public_site

pytestmark = pytest.mark.django_db

TITLE = "Ban Chấp hành Đảng bộ tỉnh Nghệ An họp phiên thường kỳ tháng 11"


@pytest.fixture(autouse=True)
def _empty_page_cache():
    cache.clear()


@pytest.fixture
def site():
    site = build_public_site(with_hidden=False)
    site.politics, site.economy = site.sections[0], site.sections[2]
    site.other_official = PersonFactory(full_name="Nguyễn Văn Thắng")
    elsewhere = ArticleFactory(
        title="Bộ Tài chính đôn đốc giải ngân vốn đầu tư công", section=site.economy
    )
    elsewhere.officials.add(site.other_official)
    site.other_resolution = ResolutionFactory(number="57-NQ/TW")
    elsewhere.resolutions.add(site.other_resolution)
    return site


def urls(site) -> dict:
    return {
        "home": "/",
        "section A": site.politics.get_absolute_url(),
        "section B": site.economy.get_absolute_url(),
        "related official": site.official.get_absolute_url(),
        "other official": site.other_official.get_absolute_url(),
        "related resolution": site.resolution.get_absolute_url(),
        "other resolution": site.other_resolution.get_absolute_url(),
        "officials list": "/nhan-vat/",
        "resolutions list": "/van-ban/",
        "feed": "/rss/",
        "section A feed": f"/rss/{site.politics.slug}/",
        "section B feed": f"/rss/{site.economy.slug}/",
    }


def cached(client, pages) -> dict:
    return {name: client.get(url)["X-Page-Cache"] for name, url in pages.items()}


def test_publishing_in_one_section_empties_only_the_pages_that_show_the_story(client, site):
    pages = urls(site)
    draft = ArticleFactory(title=TITLE, section=site.politics, status=Article.Status.DRAFT)
    draft.officials.add(site.official)
    draft.resolutions.add(site.resolution)
    assert set(cached(client, pages).values()) == {"miss"}
    assert set(cached(client, pages).values()) == {"hit"}

    draft.status = Article.Status.PUBLISHED
    draft.save()

    assert cached(client, pages) == {
        "home": "miss",
        "section A": "miss",
        "section B": "hit",
        "related official": "miss",
        "other official": "hit",
        "related resolution": "miss",
        "other resolution": "hit",
        "officials list": "hit",
        "resolutions list": "hit",
        "feed": "miss",
        "section A feed": "miss",
        "section B feed": "hit",
    }
    for name in ("home", "section A", "related official", "related resolution", "feed"):
        assert TITLE in client.get(pages[name]).content.decode(), name


def test_moving_a_story_to_another_section_empties_both(client, site):
    pages = urls(site)
    story = ArticleFactory(title=TITLE, section=site.politics)
    cached(client, pages)
    story.section = site.economy
    story.save()
    found = cached(client, pages)
    assert found["section A"] == found["section B"] == "miss"
    assert found["other official"] == "hit"
    assert TITLE not in client.get(pages["section A"]).content.decode()
    assert TITLE in client.get(pages["section B"]).content.decode()


def test_mentioning_an_official_from_the_story_empties_their_profile_not_others(client, site):
    pages = urls(site)
    story = site.stories[1]
    cached(client, pages)
    story.officials.add(site.other_official)
    found = cached(client, pages)
    assert found["other official"] == "miss"
    assert story.title in client.get(pages["other official"]).content.decode()
    assert found["officials list"] == "hit"
    story.officials.remove(site.other_official)
    assert story.title not in client.get(pages["other official"]).content.decode()


def test_a_story_page_follows_its_own_changes_and_its_related_stories(client, site):
    story = site.story
    other = ArticleFactory(title="Tin không liên quan đến ai", section=site.economy)
    assert client.get(story.get_absolute_url())["X-Page-Cache"] == "miss"
    assert client.get(other.get_absolute_url())["X-Page-Cache"] == "miss"
    story.is_featured = not story.is_featured
    story.save()
    assert client.get(story.get_absolute_url())["X-Page-Cache"] == "miss"
    assert client.get(other.get_absolute_url())["X-Page-Cache"] == "hit"


def test_a_change_to_a_section_still_empties_every_page(client, site):
    pages = urls(site)
    cached(client, pages)
    site.economy.name = "Kinh tế - Tài chính"
    site.economy.save()
    assert set(cached(client, pages).values()) == {"miss"}


def test_a_list_count_is_kept_until_a_story_joins_or_leaves_the_list(
    client, site, settings, django_assert_num_queries
):
    settings.PUBLIC_PAGE_CACHE_SECONDS = 0  # the page cache off: every request renders
    url = site.politics.get_absolute_url()
    first = client.get(url)
    count = first.context["page"].paginator.count
    with django_assert_num_queries(2):  # section, the page's teasers (menu kept): no count
        assert client.get(url).context["page"].paginator.count == count
    ArticleFactory(title=TITLE, section=site.politics)
    assert client.get(url).context["page"].paginator.count == count + 1
    ArticleFactory(title="Tin kinh tế mới", section=site.economy)  # another list
    with django_assert_num_queries(2):
        assert client.get(url).context["page"].paginator.count == count + 1
    story = Article.objects.get(title=TITLE)
    story.status = Article.Status.UNPUBLISHED
    story.save()
    assert client.get(url).context["page"].paginator.count == count


def test_an_unpublished_story_is_not_sent_as_a_previous_copy_once_it_is_gone(client, site):
    from newsroom import cache as page_cache

    story = site.stories[2]
    url = story.get_absolute_url()
    assert client.get(url).status_code == 200
    story.status = Article.Status.UNPUBLISHED
    story.save()
    assert client.get(url).status_code == 404  # the first reader after the change renders it
    # Another worker rendering it now would not make readers get the story's old page.
    cache.add(page_cache.page_key(client.get(url).wsgi_request) + ":rendering", 1, 10)
    response = client.get(url)
    assert response.status_code == 404
    assert story.title not in response.content.decode()


def test_one_transaction_empties_the_pages_once_when_it_commits(
    site, monkeypatch, django_capture_on_commit_callbacks
):
    from articles import stale

    moved = []
    monkeypatch.setattr(stale, "invalidate_scopes", lambda names, **kw: moved.append(set(names)))
    with django_capture_on_commit_callbacks() as callbacks:
        story = ArticleFactory(title=TITLE, section=site.politics)  # a published save
        story.officials.add(site.official)
    assert len(moved) == 2  # at once, so that the writing process sees each change
    moved.clear()
    for callback in callbacks:
        callback()
    at_commit = [names for names in moved if "stories" in names]
    assert len(at_commit) == 1  # the save's and the link's scopes together
    assert {f"section:{site.politics.slug}", f"official:{site.official.slug}"} <= at_commit[0]
