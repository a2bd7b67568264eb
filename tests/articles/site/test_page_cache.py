"""Anonymous pages come from the cache, changes show at once, and conditional GETs get 304."""

import datetime

import pytest
from django.core.cache import cache
from django.utils import timezone

from articles.models import Article
from articles.site import teasers
from newsroom import cache as page_cache
from tests.factories import ArticleFactory, PositionFactory, UserFactory
from tests.public_data import build_public_site

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _empty_page_cache():
    cache.clear()


@pytest.fixture
def site():
    return build_public_site(with_hidden=False)


PAGES = {
    "home": lambda site: "/",
    "section": lambda site: site.sections[0].get_absolute_url(),
    "tag": lambda site: "/the/ha-noi/",
    "article": lambda site: site.story.get_absolute_url(),
    "official": lambda site: site.official.get_absolute_url(),
    "officials": lambda site: "/nhan-vat/",
    "resolution": lambda site: site.resolution.get_absolute_url(),
    "resolutions": lambda site: "/van-ban/?nam=2022",
    "feed": lambda site: "/rss/",
    "section feed": lambda site: "/rss/chinh-tri/",
    "sitemap": lambda site: "/sitemap.xml",
    "article sitemap": lambda site: "/sitemap-bai-viet.xml",
    "news sitemap": lambda site: "/sitemap-news.xml",
}


@pytest.mark.parametrize("page", PAGES)
def test_second_anonymous_request_is_served_from_the_cache_without_queries(
    client, site, django_assert_num_queries, page
):
    url = PAGES[page](site)
    first = client.get(url)
    assert first.status_code == 200
    assert first["X-Page-Cache"] == "miss"
    assert "max-age=0" in first["Cache-Control"] and "public" in first["Cache-Control"]
    with django_assert_num_queries(0):
        second = client.get(url)
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert second["ETag"] == first["ETag"]


@pytest.mark.parametrize("page", ["home", "article", "official", "feed"])
def test_conditional_get_answers_304_from_the_cache(client, site, django_assert_num_queries, page):
    url = PAGES[page](site)
    first = client.get(url)
    etag = first["ETag"]
    with django_assert_num_queries(0):
        again = client.get(url, headers={"if-none-match": etag})
    assert again.status_code == 304
    assert again.content == b""
    assert client.get(url, headers={"if-none-match": '"autre"'}).status_code == 200


def test_last_modified_is_the_newest_update_shown_and_if_modified_since_works(client, site):
    response = client.get(site.story.get_absolute_url())
    newest = max(site.story.updated_at, site.official.updated_at)
    parsed = datetime.datetime.strptime(response["Last-Modified"], "%a, %d %b %Y %H:%M:%S GMT")
    assert parsed.replace(tzinfo=datetime.UTC) == newest.replace(microsecond=0)
    unchanged = client.get(
        site.story.get_absolute_url(), headers={"if-modified-since": response["Last-Modified"]}
    )
    assert unchanged.status_code == 304


def test_publishing_a_story_shows_it_at_once(client, site):
    draft = ArticleFactory(
        title="Hội nghị Trung ương 10 bế mạc",
        section=site.sections[0],
        status=Article.Status.DRAFT,
    )
    assert "Hội nghị Trung ương 10 bế mạc" not in client.get("/").content.decode()
    assert client.get("/").headers["X-Page-Cache"] == "hit"
    draft.status = Article.Status.PUBLISHED
    draft.save()
    response = client.get("/")
    assert response["X-Page-Cache"] == "miss"
    assert "Hội nghị Trung ương 10 bế mạc" in response.content.decode()


def test_unpublishing_a_story_removes_it_from_cached_pages_and_feeds(client, site):
    story = site.stories[0]
    for url in ("/", "/rss/", story.get_absolute_url(), "/sitemap-bai-viet.xml"):
        assert story.get_absolute_url() in client.get(url).content.decode() or url == "/"
    story.status = Article.Status.UNPUBLISHED
    story.save()
    assert client.get(story.get_absolute_url()).status_code == 404
    assert story.title not in client.get("/rss/").content.decode()
    assert story.get_absolute_url() not in client.get("/sitemap-bai-viet.xml").content.decode()


def test_a_new_title_for_an_official_shows_on_the_stories_that_mention_them(client, site):
    url = site.story.get_absolute_url()
    assert "Ủy viên Bộ Chính trị" not in client.get(url).content.decode()
    PositionFactory(
        person=site.official,
        title="Ủy viên Bộ Chính trị",
        start_date=datetime.date(2021, 1, 30),
        rank=1,
    )
    assert "Ủy viên Bộ Chính trị" in client.get(url).content.decode()


def test_mentioning_an_official_changes_the_profile_at_once(client, site):
    story = site.stories[1]
    url = site.official.get_absolute_url()
    assert story.title not in client.get(url).content.decode()
    story.officials.add(site.official)
    assert story.title in client.get(url).content.decode()


def test_resolution_change_shows_at_once(client, site):
    url = site.resolution.get_absolute_url()
    client.get(url)
    site.resolution.title = "Về phát triển kinh tế tập thể, hợp tác xã trên địa bàn Thủ đô"
    site.resolution.save()
    assert "hợp tác xã trên địa bàn Thủ đô" in client.get(url).content.decode()


def test_pages_are_emptied_again_when_the_transaction_commits(
    client, site, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks() as callbacks:
        site.official.save()
    generation = page_cache.current_generation()
    for callback in callbacks:
        callback()
    assert page_cache.current_generation() != generation


def test_scheduled_story_appears_when_its_time_comes_without_any_write(client, site, monkeypatch):
    at = timezone.now() + datetime.timedelta(minutes=30)
    ArticleFactory(
        title="Bầu cử đại biểu Quốc hội khóa XVI", section=site.sections[1], published_at=at
    )
    assert "Bầu cử đại biểu Quốc hội khóa XVI" not in client.get("/").content.decode()
    assert client.get("/")["X-Page-Cache"] == "hit"
    later = at + datetime.timedelta(seconds=5)
    monkeypatch.setattr(timezone, "now", lambda: later)
    response = client.get("/")
    assert response["X-Page-Cache"] == "miss"
    assert "Bầu cử đại biểu Quốc hội khóa XVI" in response.content.decode()


def test_embargoed_story_appears_when_the_embargo_ends(client, site, monkeypatch):
    until = timezone.now() + datetime.timedelta(hours=1)
    story = ArticleFactory(title="Công bố Nghị quyết Đại hội XIV", embargo_until=until)
    assert client.get(story.get_absolute_url()).status_code == 404
    monkeypatch.setattr(timezone, "now", lambda: until + datetime.timedelta(seconds=1))
    assert client.get(story.get_absolute_url()).status_code == 200


def test_logged_in_staff_bypass_the_cache_and_get_private_pages(client, site):
    client.get("/")  # cached for readers
    Article.objects.filter(pk=site.stories[0].pk).update(title="Tiêu đề sửa qua update()")
    # update() sends nothing: its writer empties what is kept of the story (articles/stale.py).
    teasers.invalidate([site.stories[0].pk])
    editor = UserFactory()
    client.force_login(editor)
    response = client.get("/")
    assert response["X-Page-Cache"] == "bypass"
    assert "private" in response["Cache-Control"]
    assert "Tiêu đề sửa qua update()" in response.content.decode()
    client.logout()
    assert client.get("/")["X-Page-Cache"] in ("hit", "miss")


def test_not_found_pages_are_not_cached(client, site):
    assert client.get("/bai-viet/chua-co/").status_code == 404
    story = ArticleFactory(title="Chưa có")
    assert story.slug == "chua-co"
    assert client.get("/bai-viet/chua-co/").status_code == 200


def test_newsroom_bookkeeping_does_not_empty_the_cache(client, site):
    from articles.models import Transition
    from articles.wire.models import PersonSuggestion, WireItem

    assert client.get("/")["X-Page-Cache"] == "miss"
    WireItem.objects.create(source="tin-ttxvn.txt", raw=b"noi dung", status=WireItem.Status.FAILED)
    suggestion = PersonSuggestion.objects.create(
        name="Lương Văn Khải", titles=["Phó Chủ tịch UBND tỉnh"]
    )
    suggestion.articles.add(site.story)  # the stories a suggestion was seen in
    Transition.objects.create(
        article=site.story, action=Transition.Action.CREATE, from_status="", to_status="draft"
    )
    assert client.get("/")["X-Page-Cache"] == "hit"
    section = site.sections[0]
    section.description = "Tin tức chính trị trong nước"
    section.save()  # something readers do see
    assert client.get("/")["X-Page-Cache"] == "miss"


def test_a_cached_page_is_answered_before_sessions_and_url_resolving(client, site, monkeypatch):
    url = site.story.get_absolute_url()
    first = client.get(url)
    assert first["X-Page-Cache"] == "miss"

    def refuse(*args, **kwargs):
        raise AssertionError("the stack below the page cache ran for a cached page")

    monkeypatch.setattr(
        "django.contrib.sessions.middleware.SessionMiddleware.process_request", refuse
    )
    monkeypatch.setattr("django.urls.resolvers.URLResolver.resolve", refuse)
    second = client.get(url)
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    for header in ("ETag", "Last-Modified", "Vary", "X-Frame-Options", "Cache-Control"):
        assert second[header] == first[header]
    assert "Cookie" in second["Vary"]
    assert not second.cookies
    assert client.head(url)["X-Page-Cache"] == "hit"
    assert client.get(url, headers={"if-none-match": first["ETag"]}).status_code == 304


def test_an_anonymous_reader_with_a_session_cookie_gets_the_cached_page(client, site):
    url = site.story.get_absolute_url()
    first = client.get(url)
    client.cookies["sessionid"] = "het-han-tu-lau"
    again = client.get(url)
    assert again["X-Page-Cache"] == "hit"
    assert again.content == first.content


def test_a_page_for_a_logged_in_editor_is_never_stored_for_readers(client, site):
    url = site.story.get_absolute_url()
    client.force_login(UserFactory())
    assert client.get(url)["X-Page-Cache"] == "bypass"
    client.logout()
    assert client.get(url)["X-Page-Cache"] == "miss"


def test_work_on_a_draft_keeps_the_cached_pages(client, site):
    from articles.models import Correction
    from tests.factories import CaptionFactory, PhotoFactory

    photo = PhotoFactory()
    draft = ArticleFactory(title="Bản nháp chưa đăng", status=Article.Status.DRAFT)
    assert client.get("/")["X-Page-Cache"] == "miss"
    draft.title = "Bản nháp sửa lại"
    draft.save()
    draft.tags.add(*site.story.tags.all())
    draft.officials.add(site.official)
    CaptionFactory(article=draft, photo=photo)
    Correction.objects.create(article=draft, text="Đính chính bản nháp.")
    draft.status = Article.Status.REVIEW
    draft.save()
    assert client.get("/")["X-Page-Cache"] == "hit"

    draft.status = Article.Status.PUBLISHED
    draft.save()
    assert client.get("/")["X-Page-Cache"] == "miss"
    assert "Bản nháp sửa lại" in client.get("/").content.decode()


@pytest.mark.parametrize(
    "change",
    ["edit", "tag", "caption", "unpublish", "correction"],
)
def test_changes_to_a_published_story_empty_the_cache(client, site, change):
    from articles.models import Correction
    from tests.factories import CaptionFactory, PhotoFactory

    story = site.story
    photo = PhotoFactory()
    story.refresh_from_db()
    assert client.get(story.get_absolute_url())["X-Page-Cache"] == "miss"
    if change == "edit":
        story.is_featured = not story.is_featured
        story.save()
    elif change == "tag":
        story.tags.add("Kỳ họp thứ 8")
    elif change == "caption":
        CaptionFactory(article=story, photo=photo)
    elif change == "unpublish":
        story.status = Article.Status.UNPUBLISHED
        story.save()
    else:
        Correction.objects.create(article=story, text="Bài đã sửa chức danh.")
    response = client.get(story.get_absolute_url())
    if change == "unpublish":
        assert response.status_code == 404
    else:
        assert response["X-Page-Cache"] == "miss"
