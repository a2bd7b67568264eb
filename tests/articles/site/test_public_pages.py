"""Home, section, tag and article pages as a reader gets them, with their query counts."""

import datetime
import json
import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from articles.models import Article, Section
from articles.site.teasers import build_missing
from tests.factories import (
    ArticleFactory,
    CorrectionFactory,
    OrganizationFactory,
    PersonFactory,
    PositionFactory,
    ResolutionFactory,
    SectionFactory,
)
from tests.public_data import HIDDEN, add_captions, build_public_site, related_titles

pytestmark = pytest.mark.django_db

HOME_QUERIES = 3  # menu sections (until kept), newest stories, latest per section (one window)
SECTION_QUERIES = 4  # section, count, the page's teasers, menu
TAG_QUERIES = 4
#: A list whose teasers are not kept yet builds them: the stories, their photos, one write.
TEASER_BUILD_QUERIES = 3
# First visit (no current rendering, see articles.site.renderings): the story with its rendering,
# then to render it (articles.site.article_page, statements compiled once): the story (with
# whether it has public corrections and resolutions), its tags, officials with their positions,
# photos, editors' picks with the stored ranking as kept teasers; the corrections and the
# resolutions, each only if there are any; then the rendering is kept (one UPDATE). The header
# menu is shared by every page.
ARTICLE_QUERIES = 9
ARTICLE_QUERIES_WITHOUT_CORRECTIONS_OR_RESOLUTIONS = 7
# Later visits, the page cache emptied: the published story with its kept rendering, and the
# header menu (emptied with the page cache).
STORED_ARTICLE_QUERIES = 2


@pytest.fixture(autouse=True)
def _empty_page_cache():
    cache.clear()


def get(client, url, **headers):
    cache.clear()  # measure the page being built, not served from the page cache
    return client.get(url, **headers)


def text_of(response) -> str:
    return response.content.decode()


def json_ld(response) -> dict:
    match = re.search(
        r'<script type="application/ld\+json">(.*?)</script>', text_of(response), re.S
    )
    assert match, "no JSON-LD on the page"
    return json.loads(match.group(1))


def meta(response, prop) -> list[str]:
    return re.findall(rf'<meta property="{re.escape(prop)}" content="([^"]*)"', text_of(response))


# -- Home ---------------------------------------------------------------------------------------


def test_home_shows_lead_top_stories_and_latest_per_section():
    from django.test import Client

    site = build_public_site()
    response = Client().get("/")
    assert response.status_code == 200
    page = response.context["front"]
    assert page.lead.pk == site.lead.pk  # the featured story, though not the newest
    assert page.top[0].pk == site.story.pk  # then the newest
    assert len(page.top) == 4
    shown = {page.lead.pk, *(story.pk for story in page.top)}
    assert [block.section.name for block in page.sections] == [
        "Chính trị",
        "Thời sự",
        "Kinh tế",
        "Pháp luật",
    ]
    for block in page.sections:
        assert block.stories, block.section
        block.stories = [Article.objects.get(pk=story.pk) for story in block.stories]
        assert all(story.section_id == block.section.pk for story in block.stories)
        assert not shown & {story.pk for story in block.stories}, "a story shown twice"
        dates = [story.published_at for story in block.stories]
        assert dates == sorted(dates, reverse=True)
    html = text_of(response)
    assert HIDDEN not in html
    assert '<html lang="vi">' in html
    assert html.count("<h1") == 1


@pytest.mark.parametrize("kept", [True, False])
@pytest.mark.parametrize("sections", [1, 8])
def test_home_query_count_does_not_grow_with_sections_or_stories(
    client, django_assert_num_queries, sections, kept
):
    now = timezone.now()
    for n in range(sections):
        section = Section.objects.create(name=f"Chuyên mục {n + 1}", order=n)
        for k in range(6 if sections > 1 else 1):
            story = ArticleFactory(
                title=f"Tin {k} của chuyên mục {n}",
                section=section,
                published_at=now - datetime.timedelta(minutes=10 * k + n),
            )
            add_captions(story, 2 if sections > 1 else 1)
    if kept:  # as the commit of each save leaves them
        build_missing(Article.objects.all())
    with django_assert_num_queries(HOME_QUERIES + (0 if kept else TEASER_BUILD_QUERIES)):
        response = get(client, "/")
    assert len(response.context["front"].sections) == (sections if sections > 1 else 0)


def test_home_reads_its_sections_with_the_kept_header_menu(
    client, settings, django_assert_num_queries
):
    """The home page's section blocks come from the header menu's kept list: with the page
    cache off, a second home page costs the two story queries only (three before); a renamed
    section shows at once (the public generation moves on)."""
    settings.PUBLIC_PAGE_CACHE_SECONDS = 0
    now = timezone.now()
    for n, name in enumerate(["Chính trị", "Kinh tế", "Pháp luật"]):
        section = Section.objects.create(name=name, order=n)
        for k in range(6):
            ArticleFactory(
                title=f"{name}: tin số {k}",
                section=section,
                published_at=now - datetime.timedelta(minutes=10 * k + n),
            )
    build_missing(Article.objects.all())
    client.get("/")
    with django_assert_num_queries(HOME_QUERIES - 1):  # newest stories, latest per section
        html = client.get("/").content.decode()
    assert '<a href="/chuyen-muc/phap-luat/">Pháp luật</a></h2>' in html
    section = Section.objects.get(name="Pháp luật")
    section.name = "Pháp luật - Tư pháp"
    section.save()
    html = client.get("/").content.decode()
    assert "Pháp luật - Tư pháp</a></h2>" in html


def test_home_with_nothing_published_says_so(client):
    ArticleFactory(status=Article.Status.DRAFT, title=f"{HIDDEN} bản nháp")
    response = get(client, "/")
    assert response.status_code == 200
    assert "Chưa có bài viết nào được xuất bản." in text_of(response)
    assert HIDDEN not in text_of(response)


def test_footer_links_the_corrections_page(client, db):
    response = get(client, "/")
    footer = text_of(response).split('<footer class="site-footer">', 1)[1]
    assert '<a href="/dinh-chinh/">Đính chính</a>' in footer
    assert client.get("/dinh-chinh/").status_code == 200


# -- Section and tag pages ----------------------------------------------------------------------


@pytest.mark.parametrize("kept", [True, False])
@pytest.mark.parametrize("stories", [1, 25])
def test_section_page_is_paginated_with_fixed_queries(
    client, django_assert_num_queries, stories, kept
):
    section = Section.objects.create(name="Xây dựng Đảng")
    now = timezone.now()
    for n in range(stories):
        story = ArticleFactory(
            title=f"Công tác cán bộ, bài {n + 1}",
            section=section,
            published_at=now - datetime.timedelta(minutes=n),
        )
        add_captions(story, 1 + n % 3)
        story.tags.add(*[f"Thẻ {k}" for k in range(n % 4)])
    if kept:
        build_missing(Article.objects.all())
    with django_assert_num_queries(SECTION_QUERIES + (0 if kept else TEASER_BUILD_QUERIES)):
        response = get(client, "/chuyen-muc/xay-dung-dang/")
    html = text_of(response)
    assert "<h1>Xây dựng Đảng</h1>" in html
    assert len(response.context["page"].object_list) == min(stories, 20)
    assert 'href="/rss/xay-dung-dang/"' in html  # the section's feed, advertised in <head>
    if stories > 20:
        assert 'href="?trang=2"' in html
        second = get(client, "/chuyen-muc/xay-dung-dang/?trang=2")
        titles = dict(Article.objects.values_list("pk", "title"))
        assert [titles[a.pk] for a in second.context["page"]] == [
            f"Công tác cán bộ, bài {n}" for n in range(21, 26)
        ]


def test_section_page_unknown_slug_and_bad_page_number(client):
    Section.objects.create(name="Quốc phòng")
    assert get(client, "/chuyen-muc/khong-co/").status_code == 404
    response = get(client, "/chuyen-muc/quoc-phong/?trang=abc")
    assert response.status_code == 200  # a mistyped page number shows the first page
    assert response.context["page"].number == 1


@pytest.mark.parametrize("kept", [True, False])
@pytest.mark.parametrize("stories", [1, 22])
def test_tag_page_lists_published_stories_with_fixed_queries(
    client, django_assert_num_queries, stories, kept
):
    section = Section.objects.create(name="Chính trị")
    for n in range(stories):
        story = ArticleFactory(title=f"Đại hội Đảng bộ, bài {n}", section=section)
        story.tags.add("Đại hội Đảng", *[f"Thẻ phụ {k}" for k in range(n % 3)])
        add_captions(story, 1 + n % 2)
    hidden = ArticleFactory(title=f"{HIDDEN} nháp", status=Article.Status.DRAFT, section=section)
    hidden.tags.add("Đại hội Đảng")
    if kept:
        build_missing(Article.objects.all())
    with django_assert_num_queries(TAG_QUERIES + (0 if kept else TEASER_BUILD_QUERIES)):
        response = get(client, "/the/dai-hoi-dang/")
    assert response.context["page"].paginator.count == stories
    assert HIDDEN not in text_of(response)


def test_tag_carried_only_by_unpublished_stories_is_not_found(client):
    ArticleFactory(title=f"{HIDDEN} nhân sự", status=Article.Status.REVIEW).tags.add(
        "Nhân sự Đại hội XIV"
    )
    response = get(client, "/the/nhan-su-dai-hoi-xiv/")
    assert response.status_code == 404
    assert "Nhân sự Đại hội XIV" not in text_of(response)


# -- Article page -------------------------------------------------------------------------------


def test_article_page_has_everything_a_reader_and_a_crawler_need(client):
    site = build_public_site()
    story = site.story
    CorrectionFactory(article=story, text="Bài đã sửa tên quận: Hoàn Kiếm, không phải Ba Đình.")
    response = get(client, story.get_absolute_url())
    assert response.status_code == 200
    html = text_of(response)

    assert f"<h1>{story.title}</h1>" in html
    assert f'<p class="sapo">{story.sapo}</p>' in html
    local = timezone.localtime(story.published_at)
    weekday = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
    assert f"{weekday[local.weekday()]}, {local:%d/%m/%Y %H:%M}" in html
    assert "Cập nhật:" in html  # saved well after its publication time
    assert "Minh Châu - Anh Sơn" in html and "(Nguồn: TTXVN)" in html
    assert 'href="/the/ha-noi/"' in html and 'href="/the/dai-hoi-dang/"' in html
    # The official with the title held on the story's date, and the resolution.
    assert (
        '<a href="/nhan-vat/dinh-tien-dung/">Đinh Tiến Dũng</a>'
        '<span class="title">Bí thư Thành ủy Hà Nội</span>'
    ) in html
    assert 'href="/van-ban/nghi-quyet-15-nq-tu/">Nghị quyết số 15-NQ/TU' in html
    assert "Bài đã sửa tên quận: Hoàn Kiếm, không phải Ba Đình." in html
    # Photos as figures with srcset, dimensions, alt text and credit.
    assert html.count('<figure class="photo">') == 2
    assert re.search(
        r'<img src="[^"]+" srcset="[^"]+ 480w, [^"]+" [^>]*width="720" height="480"', html
    )
    assert "(Ảnh: Anh Sơn)" in html
    # Related: published stories sharing the tag or the official, never the hidden ones.
    related = html.split('<aside class="related"', 1)[1].split("</aside>", 1)[0]
    sharing = [other for n, other in enumerate(site.stories) if n % 3 == 0 or n % 4 == 0]
    shown = [other for other in site.stories if f'href="{other.get_absolute_url()}"' in related]
    assert len(shown) == 5 and set(shown) <= set(sharing)
    assert story.get_absolute_url() not in related
    assert HIDDEN not in html

    canonical = f"http://127.0.0.1:8000{story.get_absolute_url()}"
    assert f'<link rel="canonical" href="{canonical}">' in html
    assert meta(response, "og:type") == ["article"]
    assert meta(response, "og:title") == [story.title]
    assert meta(response, "og:url") == [canonical]
    (image,) = meta(response, "og:image")
    assert image.startswith("http://127.0.0.1:8000/media/anh/")
    assert meta(response, "article:published_time") == [local.isoformat()]
    assert 'type="application/rss+xml"' in html and 'href="/rss/"' in html

    data = json_ld(response)
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == story.title
    assert data["datePublished"] == local.isoformat(timespec="seconds")
    assert data["dateModified"] >= data["datePublished"]
    assert data["author"] == [
        {"@type": "Person", "name": "Minh Châu"},
        {"@type": "Person", "name": "Anh Sơn"},
    ]
    assert data["image"][0] == image and len(data["image"]) == 2
    assert data["publisher"]["name"] == "Tòa soạn"
    assert data["publisher"]["logo"]["url"] == "http://127.0.0.1:8000/static/img/logo.png"
    assert data["mainEntityOfPage"]["@id"] == canonical
    assert data["mentions"][0]["name"] == "Đinh Tiến Dũng"


def test_figures_stand_where_they_stood_in_the_story(client):
    story = ArticleFactory(
        body="<p>Đoạn một.</p><p>Đoạn hai.</p><h2>Tiêu đề phụ</h2><p>Đoạn ba.</p>",
    )
    top, after_two, after_all = add_captions(story, 3)
    top.position, after_two.position, after_all.position = 0, 2, 9
    for caption in (top, after_two, after_all):
        caption.save()
    html = text_of(get(client, story.get_absolute_url()))
    body = html[html.index('<div class="body">') : html.index('<p class="byline">')]
    order = [
        (body.index(marker), marker)
        for marker in (
            "ảnh 1",
            "<p>Đoạn một.</p>",
            "<p>Đoạn hai.</p>",
            "ảnh 2",
            "<h2>Tiêu đề phụ</h2>",
            "<p>Đoạn ba.</p>",
            "ảnh 3",
        )
    ]
    assert order == sorted(order), "figures out of place"


def test_official_shown_with_the_title_held_on_the_story_date(client):
    person = PersonFactory(full_name="Trần Thanh Mẫn")
    PositionFactory(
        person=person,
        title="Phó Chủ tịch Quốc hội",
        organization=OrganizationFactory(name="Quốc hội", kind="legislature"),
        start_date=datetime.date(2021, 4, 1),
        end_date=datetime.date(2024, 5, 19),
    )
    PositionFactory(
        person=person,
        title="Chủ tịch Quốc hội",
        organization=OrganizationFactory(name="Quốc hội", kind="legislature"),
        start_date=datetime.date(2024, 5, 20),
    )
    old = ArticleFactory(
        title="Phó Chủ tịch Quốc hội làm việc tại Cần Thơ",
        published_at=timezone.make_aware(datetime.datetime(2023, 3, 1, 9, 0)),
    )
    old.officials.add(person)
    html = text_of(get(client, old.get_absolute_url()))
    assert '<span class="title">Phó Chủ tịch Quốc hội</span>' in html
    assert "Thứ Tư, 01/03/2023 09:00" in html


def test_page_lists_titles_in_the_same_order_as_the_official_model(db):
    """The page's one-query reading of titles follows ``Person.title_on``: most senior rank
    first, then the most recently started, a position with no start date last among its rank
    (on PostgreSQL an SQL ``ORDER BY start_date DESC`` would put it first)."""

    person = PersonFactory(full_name="Nguyễn Văn Nên")
    party = OrganizationFactory(name="Thành ủy Thành phố Hồ Chí Minh", kind="party")
    PositionFactory(person=person, title="Ủy viên Bộ Chính trị", organization=party,
                    rank=1, start_date=None)  # fmt: skip
    PositionFactory(person=person, title="Bí thư Thành ủy TP Hồ Chí Minh", organization=party,
                    rank=1, start_date=datetime.date(2020, 10, 10))  # fmt: skip
    PositionFactory(person=person, title="Đại biểu Quốc hội khóa XV", organization=party,
                    rank=5, start_date=datetime.date(2021, 5, 23))  # fmt: skip
    PositionFactory(person=person, title="Bí thư Thành ủy Hà Nội", organization=party,
                    rank=1, start_date=datetime.date(2016, 1, 1),
                    end_date=datetime.date(2020, 10, 9))  # fmt: skip
    story = ArticleFactory(published_at=timezone.make_aware(datetime.datetime(2023, 6, 2, 8, 0)))
    story.officials.add(person)

    [(official, titles)] = story.officials_with_titles()

    assert official.full_name == "Nguyễn Văn Nên"
    assert titles == person.title_on(datetime.date(2023, 6, 2))
    assert titles == [  # stored in the house (classic) tone placement (ủy, khóa)
        "Bí thư Thành ủy TP Hồ Chí Minh",
        "Ủy viên Bộ Chính trị",
        "Đại biểu Quốc hội khóa XV",
    ]


def _article_with(count: int):
    """A story with ``count`` tags, photos, officials (two positions each), resolutions."""
    section = Section.objects.create(name="Thời sự")
    story = ArticleFactory(section=section, body="<p>Một.</p><p>Hai.</p><p>Ba.</p>")
    story.tags.add(*[f"Chủ đề {n}" for n in range(count)])
    add_captions(story, count)
    for n in range(count):
        person = PersonFactory()
        PositionFactory(person=person, title=f"Phó Chủ tịch tỉnh {n}", end_date=None)
        PositionFactory(
            person=person,
            title=f"Giám đốc Sở {n}",
            start_date=datetime.date(2015, 1, 1),
            end_date=datetime.date(2020, 9, 30),
        )
        story.officials.add(person)
        story.resolutions.add(ResolutionFactory())
        CorrectionFactory(article=story, text=f"Đính chính số {n + 1}.")
        related = ArticleFactory(section=section, title=f"Bài cùng chủ đề {n}")
        related.tags.add(f"Chủ đề {n}")
        add_captions(related, 1)
    return story


@pytest.mark.parametrize("count", [1, 6])
def test_article_query_count_does_not_grow_with_tags_photos_mentions(
    client, django_assert_num_queries, django_capture_on_commit_callbacks, count
):
    with django_capture_on_commit_callbacks(execute=True):  # related stories are ranked
        story = _article_with(count)
    client.get("/tim-kiem/")  # any page: reads the header menu into the cache
    with django_assert_num_queries(ARTICLE_QUERIES):
        response = client.get(story.get_absolute_url())
    html = text_of(response)
    assert html.count('<figure class="photo">') == count
    assert html.count('<span class="title">Phó Chủ tịch tỉnh') == count
    assert html.count("Đính chính số") == count
    assert len(related_titles(response)) == min(count, 5)
    cache.clear()
    with django_assert_num_queries(STORED_ARTICLE_QUERIES):
        again = client.get(story.get_absolute_url())
    assert text_of(again) == html


def test_corrections_and_resolutions_are_not_queried_when_the_story_has_none(
    client, django_assert_num_queries, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        story = _article_with(2)
    story.resolutions.clear()
    story.corrections.all().delete()
    CorrectionFactory(article=story, text="Đính chính nội bộ.", public=False)
    draft = ResolutionFactory(title="Nghị quyết còn là dự thảo", status="draft")
    story.resolutions.add(draft)
    client.get("/tim-kiem/")
    with django_assert_num_queries(ARTICLE_QUERIES_WITHOUT_CORRECTIONS_OR_RESOLUTIONS):
        response = client.get(story.get_absolute_url())
    html = text_of(response)
    assert (
        "Đính chính" not in html.split('<footer class="site-footer">')[0]
    )  # footer links the page
    assert "Văn bản được nhắc đến" not in html
    assert html.count('<span class="title">Phó Chủ tịch tỉnh') == 2
    cache.clear()
    with django_assert_num_queries(STORED_ARTICLE_QUERIES):
        assert text_of(client.get(story.get_absolute_url())) == html


def test_article_page_reads_only_the_columns_it_shows(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        story = _article_with(2)
    client.get("/tim-kiem/")
    with CaptureQueriesContext(connection) as queries:
        response = client.get(story.get_absolute_url())
    assert response.status_code == 200
    sql = " ".join(query["sql"] for query in queries.captured_queries)
    for column in ("search_text", "search_vector", "biography", "search_names"):
        assert column not in sql, column


def test_editors_related_picks_come_first_and_only_if_published(client):
    story = ArticleFactory(title="Quốc hội khai mạc kỳ họp thứ 8")
    story.tags.add("Quốc hội")
    picked = ArticleFactory(title="Bài biên tập viên chọn")
    hidden_pick = ArticleFactory(title=f"{HIDDEN} bài chọn chưa đăng", status="draft")
    story.related.add(picked, hidden_pick)
    same_tag = ArticleFactory(title="Bài cùng thẻ Quốc hội")
    same_tag.tags.add("Quốc hội")
    response = get(client, story.get_absolute_url())
    assert related_titles(response) == [picked.title, same_tag.title]
    assert HIDDEN not in text_of(response)


def test_picks_newest_first_then_stored_ranking_each_story_once(
    client, django_capture_on_commit_callbacks
):
    now = timezone.now()
    with django_capture_on_commit_callbacks(execute=True):
        story = ArticleFactory(title="Bài chính")
        story.tags.add("Quốc hội", "Ngân sách")
        old_pick = ArticleFactory(
            title="Bài chọn cũ", published_at=now - datetime.timedelta(days=3)
        )
        new_pick = ArticleFactory(
            title="Bài chọn mới", published_at=now - datetime.timedelta(days=1)
        )
        both = ArticleFactory(title="Bài hai thẻ", published_at=now - datetime.timedelta(days=5))
        both.tags.add("Quốc hội", "Ngân sách")
        one = ArticleFactory(title="Bài một thẻ", published_at=now - datetime.timedelta(days=2))
        one.tags.add("Quốc hội")
        old_pick.tags.add("Quốc hội", "Ngân sách")  # ranked too, but shown once, as a pick
        story.related.add(old_pick, new_pick)
    html = text_of(get(client, story.get_absolute_url()))  # the page kept at the commit
    shown = [new_pick, old_pick, both, one]
    positions = [html.index(f">{related.title}</a></h3>") for related in shown]
    assert positions == sorted(positions)
    assert all(html.count(f">{related.title}</a></h3>") == 1 for related in shown)


def test_story_without_tags_or_officials_gets_picks_then_its_section(client):
    story = ArticleFactory(title="Bài không thẻ")
    pick = ArticleFactory(title="Bài chọn", section=SectionFactory())
    latest = ArticleFactory(title="Bài mới cùng chuyên mục", section=story.section)
    story.related.add(pick)
    response = get(client, story.get_absolute_url())
    assert related_titles(response) == [pick.title, latest.title]


@pytest.mark.parametrize(
    "state",
    [
        {"status": Article.Status.DRAFT},
        {"status": Article.Status.REVIEW},
        {"status": Article.Status.APPROVED},
        {"status": Article.Status.UNPUBLISHED},
        {"published_at": "future"},
        {"published_at": None},
        {"embargo_until": "future"},
    ],
)
def test_article_that_is_not_live_is_not_found(client, state):
    state = {
        key: timezone.now() + datetime.timedelta(hours=2) if value == "future" else value
        for key, value in state.items()
    }
    story = ArticleFactory(**state)
    response = get(client, story.get_absolute_url())
    assert response.status_code == 404
    assert "Không tìm thấy trang" in text_of(response)
