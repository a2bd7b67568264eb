"""The public pages' frame kept as strings (newsroom/page_frame.py): the same pages as the
template engine renders whole, and never older than what the frame shows (menu, current
section, date)."""

import datetime
import re
import zoneinfo

import pytest
import time_machine
from django.conf import settings
from django.template import RequestContext
from django.template.loader import get_template
from django.test import RequestFactory
from django.urls import resolve
from django.utils.http import urlencode

from newsroom import page_frame
from tests.factories import ArticleFactory, SectionFactory
from tests.public_data import build_public_site

pytestmark = pytest.mark.django_db

#: The templates of the pages rendered through ``render_page``.
FRAMED_TEMPLATES = [
    "articles/home.html",
    "articles/section_detail.html",
    "articles/tag_detail.html",
    "people/person_detail.html",
    "people/resolution_detail.html",
    "people/person_list.html",
    "people/resolution_list.html",
    "articles/search.html",
]
HANOI = zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")


@pytest.fixture(autouse=True)
def _no_page_cache(settings):
    settings.PUBLIC_PAGE_CACHE_SECONDS = 0  # every request renders its page


def page_urls(site) -> list[str]:
    politics = site.sections[0]
    for n in range(22):  # a second page of the section
        ArticleFactory(
            title=f"Hội nghị Trung ương bàn về công tác cán bộ, phiên {n}", section=politics
        )
    issuer = site.resolution.issuer.slug
    return [
        "/",
        politics.get_absolute_url(),
        f"{politics.get_absolute_url()}?trang=2",
        site.sections[1].get_absolute_url(),
        "/the/ha-noi/",
        site.official.get_absolute_url(),
        site.resolution.get_absolute_url(),
        "/nhan-vat/",
        "/van-ban/",
        f"/van-ban/?co_quan={issuer}",
    ]


def nav_of(html: str) -> str:
    return re.search(r'<nav class="wrap sections".*?</nav>', html, re.S).group(0)


def test_every_framed_template_is_framed():
    for name in FRAMED_TEMPLATES:
        assert page_frame._child(name, get_template(name).template), name


def test_framed_pages_are_the_pages_the_engine_renders_whole(client, monkeypatch):
    urls = page_urls(build_public_site())
    first = {url: client.get(url) for url in urls}  # the frames are made
    assert all(response.status_code == 200 for response in first.values())
    kept = len(page_frame._frames)
    assert kept >= 8  # one per template, section marked and URL name
    again = {url: client.get(url).content.decode() for url in urls}  # from the kept frames
    assert len(page_frame._frames) == kept
    monkeypatch.setattr(page_frame, "_child", lambda name, template: None)
    whole = {url: client.get(url).content.decode() for url in urls}
    for url in urls:
        assert first[url].content.decode() == again[url] == whole[url], url
    assert "Bí thư Thành ủy Hà Nội" in again[urls[5]]
    assert "<title>Chính trị (trang 2) — " in again[urls[2]]


def test_search_pages_share_one_frame_and_each_shows_its_own_words(client, monkeypatch):
    """The search words are a slot of the frame, not part of its key: a new query does not
    render ``base.html`` again, and the box shows the words escaped as the engine escapes them."""
    build_public_site()
    words = [
        "Nguyễn Phú Trọng",
        'nghị quyết "số 18" <b>& cán bộ</b>',
        "hoi nghi trung uong",
        "",
    ]
    urls = [f"/tim-kiem/?{urlencode({'q': q})}" for q in words] + ["/tim-kiem/"]
    framed = {url: client.get(url).content.decode() for url in urls}
    kept = [key for key in page_frame._frames if key[0] == "articles/search.html"]
    assert len(kept) == 2  # with words, without
    monkeypatch.setattr(page_frame, "_child", lambda name, template: None)
    for url in urls:
        assert framed[url] == client.get(url).content.decode(), url
    assert 'value="Nguyễn Phú Trọng"' in framed[urls[0]]
    escaped = "nghị quyết &quot;số 18&quot; &lt;b&gt;&amp; cán bộ&lt;/b&gt;"
    assert f'value="{escaped}"' in framed[urls[1]]
    assert f"<title>Tìm kiếm: {escaped} — " in framed[urls[1]]
    assert 'name="q" value=""' in framed[urls[3]] and 'name="q" value=""' in framed[urls[4]]


def test_the_test_client_still_sees_the_page_context(client):
    site = build_public_site()
    response = client.get(site.sections[0].get_absolute_url())
    assert response.context["section"] == site.sections[0]
    assert "articles/section_detail.html" in [template.name for template in response.templates]


def test_base_html_reads_nothing_the_frame_is_not_kept_under():
    """A name read by ``base.html`` outside ``FRAME_INPUTS`` would be frozen in a kept frame."""

    class Recording(RequestContext):
        def __init__(self, *args, **kwargs):
            self.read = set()
            super().__init__(*args, **kwargs)

        def __getitem__(self, key):
            self.read.add(key)
            return super().__getitem__(key)

        def get(self, key, otherwise=None):
            self.read.add(key)
            return super().get(key, otherwise)

        def __contains__(self, key):
            self.read.add(key)
            return super().__contains__(key)

    request = RequestFactory().get("/nhan-vat/")
    request.resolver_match = resolve("/nhan-vat/")
    context = Recording(request, {"search_query": "nghị quyết"})
    html = get_template("base.html").template.render(context)
    assert 'value="nghị quyết"' in html
    read = context.read - {"block", "forloop"}
    assert read <= {*page_frame.FRAME_INPUTS, "request"}, read - set(page_frame.FRAME_INPUTS)
    assert {"menu_sections", "current_section_slug", "search_query"} <= read
    # Of the request, only the URL name (in the frame's key).
    source = (settings.BASE_DIR / "templates" / "base.html").read_text()
    assert set(re.findall(r"request\.[\w.]+", source)) == {"request.resolver_match.url_name"}


def test_a_section_renamed_or_added_is_in_the_menu_on_the_next_request(client):
    site = build_public_site()
    economy = site.sections[2]
    assert ">Kinh tế</a>" in nav_of(client.get("/").content.decode())
    economy.name = "Kinh tế - Tài chính"
    economy.save()
    SectionFactory(name="Quốc phòng", order=9)
    for url in ("/", site.sections[0].get_absolute_url(), "/nhan-vat/"):
        nav = nav_of(client.get(url).content.decode())
        assert ">Kinh tế - Tài chính</a>" in nav, url
        assert ">Quốc phòng</a>" in nav, url


def test_the_current_page_is_marked_in_the_menu_of_its_own_frame(client):
    site = build_public_site()
    politics, news = site.sections[0], site.sections[1]
    current = re.compile(r'<a href="([^"]+)" aria-current="page">')
    assert current.findall(nav_of(client.get("/").content.decode())) == []
    for section in (politics, news, politics):
        nav = nav_of(client.get(section.get_absolute_url()).content.decode())
        assert current.findall(nav) == [section.get_absolute_url()]
    assert current.findall(nav_of(client.get("/nhan-vat/").content.decode())) == ["/nhan-vat/"]
    assert current.findall(nav_of(client.get("/van-ban/").content.decode())) == ["/van-ban/"]
    profile = client.get(site.official.get_absolute_url()).content.decode()
    assert current.findall(nav_of(profile)) == []


def test_the_header_date_and_the_footer_year_follow_the_day_without_a_write(client):
    build_public_site()
    with time_machine.travel(datetime.datetime(2026, 12, 31, 23, 50, tzinfo=HANOI), tick=False):
        html = client.get("/").content.decode()
        assert '<p class="today">Thứ Năm, 31/12/2026</p>' in html
        assert "© 2026 " in html
    with time_machine.travel(datetime.datetime(2027, 1, 1, 0, 10, tzinfo=HANOI), tick=False):
        html = client.get("/").content.decode()
        assert '<p class="today">Thứ Sáu, 01/01/2027</p>' in html
        assert "© 2027 " in html


def test_a_template_changed_under_runserver_is_read_again(client):
    """Django's autoreloader empties its cached templates when one changes; the frames and the
    page templates' blocks taken from them go with them (a Python file changing restarts)."""
    from pathlib import Path

    from django.utils.autoreload import file_changed

    build_public_site()
    client.get("/")
    assert page_frame._frames and page_frame._children
    file_changed.send(sender=None, file_path=Path("templates/people/person_list.py"))
    assert page_frame._frames
    file_changed.send(sender=None, file_path=settings.BASE_DIR / "templates" / "base.html")
    assert not page_frame._frames and not page_frame._children
