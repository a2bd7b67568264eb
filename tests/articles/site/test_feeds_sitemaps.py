"""RSS feeds, sitemap.xml, the Google News sitemap and robots.txt: valid XML, published only."""

import datetime
import html
from html.parser import HTMLParser

import pytest
from defusedxml import ElementTree
from django.core.cache import cache
from django.utils import timezone

from articles.models import Section
from people.models import Resolution
from tests.factories import ArticleFactory, PersonFactory, ResolutionFactory
from tests.public_data import HIDDEN, build_public_site

pytestmark = pytest.mark.django_db

SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
NEWS = "{http://www.google.com/schemas/sitemap-news/0.9}"


@pytest.fixture(autouse=True)
def _empty_page_cache():
    cache.clear()


def xml(client, url, content_type):
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"].startswith(content_type)
    return ElementTree.fromstring(response.content)


def test_site_feed_lists_published_stories_newest_first(client):
    site = build_public_site()
    root = xml(client, "/rss/", "application/rss+xml")
    channel = root.find("channel")
    assert channel.findtext("title") == "Tòa soạn: tin mới nhất"
    assert channel.findtext("language") == "vi"
    items = channel.findall("item")
    titles = [item.findtext("title") for item in items]
    assert titles[0] == site.story.title
    assert len(items) == 1 + len(site.stories)
    assert not [title for title in titles if HIDDEN in title]
    first = items[0]
    assert first.findtext("link") == f"http://testserver{site.story.get_absolute_url()}"
    assert first.findtext("description") == site.story.sapo
    assert {c.text for c in first.findall("category")} == {"Chính trị", "Hà Nội", "Đại hội Đảng"}
    assert first.findtext("pubDate").endswith("+0000")


def test_section_feed_has_only_that_section(client, django_assert_num_queries):
    site = build_public_site()
    politics = site.sections[0]
    with django_assert_num_queries(3):  # section, stories, tags
        root = xml(client, "/rss/chinh-tri/", "application/rss+xml")
    titles = [item.findtext("title") for item in root.iter("item")]
    expected = [site.story, *(s for s in site.stories if s.section_id == politics.pk)]
    assert titles == [story.title for story in expected]
    assert client.get("/rss/khong-co-chuyen-muc/").status_code == 404


@pytest.mark.parametrize("stories", [1, 12])
def test_feed_query_count_does_not_grow(client, django_assert_num_queries, stories):
    section = Section.objects.create(name="Thời sự")
    for n in range(stories):
        ArticleFactory(section=section).tags.add(*[f"Thẻ {k}" for k in range(n % 5)])
    with django_assert_num_queries(2):
        root = xml(client, "/rss/", "application/rss+xml")
    assert len(root.findall("channel/item")) == stories


def test_sitemap_index_and_every_section_list_public_pages_only(client):
    site = build_public_site()
    ResolutionFactory(number="99-NQ/TU", status=Resolution.Status.DRAFT)
    index = xml(client, "/sitemap.xml", "application/xml")
    locations = [loc.text for loc in index.iter(f"{SM}loc")]
    assert locations == [
        f"http://testserver/sitemap-{name}.xml"
        for name in ("trang-chu", "chuyen-muc", "bai-viet", "the", "nhan-vat", "van-ban")
    ]
    urls = set()
    for location in locations:
        root = xml(client, location.removeprefix("http://testserver"), "application/xml")
        urls |= {loc.text.removeprefix("http://testserver") for loc in root.iter(f"{SM}loc")}
    live = [site.story, *site.stories]
    assert {story.get_absolute_url() for story in live} <= urls
    assert not {story.get_absolute_url() for story in site.hidden} & urls
    assert {"/", "/nhan-vat/", "/van-ban/", "/chuyen-muc/chinh-tri/", "/the/ha-noi/"} <= urls
    assert site.official.get_absolute_url() in urls
    assert site.resolution.get_absolute_url() in urls
    assert "/van-ban/chi-thi-99-nq-tu/" not in urls and not any("99-nq" in u for u in urls)


def test_tag_on_hidden_stories_only_is_not_in_the_sitemap(client):
    ArticleFactory(status="draft").tags.add("Nhân sự cấp cao")
    ArticleFactory().tags.add("Phòng chống tham nhũng")
    root = xml(client, "/sitemap-the.xml", "application/xml")
    assert [loc.text for loc in root.iter(f"{SM}loc")] == [
        "http://testserver/the/phong-chong-tham-nhung/"
    ]


def test_article_sitemap_lastmod_is_the_story_update_time(client):
    story = ArticleFactory()
    root = xml(client, "/sitemap-bai-viet.xml", "application/xml")
    (entry,) = root.findall(f"{SM}url")
    assert entry.findtext(f"{SM}lastmod") == timezone.localdate(story.updated_at).isoformat()
    index = xml(client, "/sitemap.xml", "application/xml")
    lastmods = {
        element.findtext(f"{SM}loc"): element.findtext(f"{SM}lastmod")
        for element in index.iter(f"{SM}sitemap")
    }
    assert lastmods["http://testserver/sitemap-trang-chu.xml"] is None
    newest = datetime.datetime.fromisoformat(lastmods["http://testserver/sitemap-bai-viet.xml"])
    assert abs(newest - story.updated_at) < datetime.timedelta(seconds=1)


def test_news_sitemap_has_the_last_two_days_with_google_news_fields(client):
    site = build_public_site()
    now = timezone.now()
    old = ArticleFactory(title="Tin cũ hơn hai ngày", published_at=now - datetime.timedelta(days=3))
    root = xml(client, "/sitemap-news.xml", "application/xml")
    entries = root.findall(f"{SM}url")
    titles = [entry.findtext(f"{NEWS}news/{NEWS}title") for entry in entries]
    assert titles[0] == site.story.title
    assert old.title not in titles
    assert not [title for title in titles if HIDDEN in title]
    assert len(entries) == 1 + len(site.stories)
    news = entries[0].find(f"{NEWS}news")
    assert news.findtext(f"{NEWS}publication/{NEWS}name") == "Tòa soạn"
    assert news.findtext(f"{NEWS}publication/{NEWS}language") == "vi"
    published = datetime.datetime.fromisoformat(news.findtext(f"{NEWS}publication_date"))
    assert abs(published - site.story.published_at) < datetime.timedelta(seconds=1)


def test_news_sitemap_escapes_titles(client):
    ArticleFactory(title='Phỏng vấn: "Cải cách & đổi mới" <toàn diện>')
    root = xml(client, "/sitemap-news.xml", "application/xml")
    assert root.findtext(f"{SM}url/{NEWS}news/{NEWS}title") == (
        'Phỏng vấn: "Cải cách & đổi mới" <toàn diện>'
    )


def test_robots_txt_points_to_both_sitemaps_and_keeps_crawlers_out_of_admin(client):
    PersonFactory()
    response = client.get("/robots.txt")
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert "User-agent: *" in lines
    assert "Disallow: /admin/" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines
    assert "Sitemap: http://testserver/sitemap-news.xml" in lines


@pytest.mark.parametrize("count", [1, 15])
def test_sitemap_query_counts_do_not_grow(client, django_assert_num_queries, count):
    section = Section.objects.create(name="Thời sự")
    for n in range(count):
        ArticleFactory(section=section).tags.add(f"Chủ đề {n}")
        PersonFactory()
        ResolutionFactory()
    expected = {
        # the five database sitemaps' counts, plus the newest lastmod of the three that have one
        "/sitemap.xml": 8,
        "/sitemap-bai-viet.xml": 2,  # count, page
        "/sitemap-the.xml": 2,
        "/sitemap-nhan-vat.xml": 2,
        "/sitemap-van-ban.xml": 2,
        "/sitemap-news.xml": 2,
    }
    for url, queries in expected.items():
        cache.clear()
        with django_assert_num_queries(queries):
            root = xml(client, url, "application/xml")
        if url != "/sitemap.xml":
            assert len(root) == count, url


class _Elements(HTMLParser):
    """The element names an HTML parser (as a feed reader's) finds in a piece of HTML."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.found.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.found.append(tag)


def html_elements(fragment: str) -> list[str]:
    parser = _Elements()
    parser.feed(fragment)
    parser.close()
    return parser.found


HOSTILE_SAPOS = [
    "Hội nghị <img src=x onerror=alert(1)> bế mạc",
    "Kết luận </description><script>alert('Ban Bí thư')</script>",
    "Đại biểu &lt;script&gt;alert(1)&lt;/script&gt; phát biểu",
    '<a href="javascript:alert(1)">Quốc hội</a> thông qua luật',
    "<![CDATA[<svg onload=alert(1)>]]> Thủ tướng chỉ đạo",
    "Tỉnh uỷ <b>Nghệ An</b> & <iframe src=//x></iframe> họp",
]


@pytest.mark.parametrize("sapo", HOSTILE_SAPOS)
def test_feed_description_is_the_sapo_as_text_never_markup(client, sapo):
    """<description> is HTML to feed readers: the plain-text sapo is escaped into it, so the
    reader shows the characters and builds no element from them."""
    story = ArticleFactory(title="Hội nghị <img src=x onerror=alert(2)> lần thứ 8", sapo=sapo)
    for url in ("/rss/", f"/rss/{story.section.slug}/"):
        item = xml(client, url, "application/rss+xml").find("channel/item")
        description = item.findtext("description")
        assert html_elements(description) == []
        assert html.unescape(description) == story.sapo  # the reader shows the sapo as typed
        assert item.findtext("title") == story.title  # <title> is plain text in RSS 2.0
