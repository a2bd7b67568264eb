"""A reader's path through the public site in headless Chromium, at phone and desktop widths.

Screenshots of every page go to var/test-artifacts/screenshots/ (git-ignored) for a person to
look at; the assertions check what a reader would notice: the story opens, photos load, the page
fits the phone's width, the keyboard focus is visible.
"""

import mimetypes
from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache import cache

from tests.public_data import HIDDEN, build_public_site, make_photo

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SCREENSHOTS = Path(settings.BASE_DIR) / "var" / "test-artifacts" / "screenshots"
VIEWPORTS = {"dien-thoai": (390, 844), "may-tinh": (1280, 900)}


@pytest.fixture
def site(live_server):
    cache.clear()
    site = build_public_site()
    site.official.portrait = make_photo(
        caption="Đồng chí Đinh Tiến Dũng", alt_text="Chân dung đồng chí Đinh Tiến Dũng"
    )
    site.official.save()
    return site


@pytest.fixture
def reader(page):
    """The ``page`` fixture, with uploaded photos served from the test's MEDIA_ROOT (the test
    server, like production, does not serve media itself)."""
    media_root = Path(settings.MEDIA_ROOT)

    def serve_media(route):
        relative = route.request.url.split("/media/", 1)[1].split("?", 1)[0]
        path = (media_root / relative).resolve()
        if media_root.resolve() in path.parents and path.is_file():
            content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
            route.fulfill(status=200, body=path.read_bytes(), content_type=content_type)
        else:
            route.fulfill(status=404, body="")

    page.route("**/media/**", serve_media)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return page


def shoot(page, name: str, width_name: str):
    # Scroll down once so that lazy-loaded photos are in the picture.
    page.evaluate(
        """async () => {
             for (let y = 0; y < document.body.scrollHeight; y += innerHeight / 2) {
               scrollTo(0, y); await new Promise(r => setTimeout(r, 30));
             }
             await Promise.all([...document.images].map(img => img.decode().catch(() => null)));
             scrollTo(0, 0);
           }"""
    )
    page.screenshot(path=str(SCREENSHOTS / f"{name}-{width_name}.png"), full_page=True)


def fits_the_screen(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")


def broken_images(page) -> list[str]:
    return page.evaluate(
        """[...document.images]
             .filter(img => img.loading !== 'lazy' || img.getBoundingClientRect().top < innerHeight)
             .filter(img => !(img.complete && img.naturalWidth > 0))
             .map(img => img.currentSrc || img.src)"""
    )


@pytest.mark.parametrize("width_name", VIEWPORTS)
def test_reader_opens_home_follows_a_story_then_an_official(live_server, site, reader, width_name):
    page = reader
    width, height = VIEWPORTS[width_name]
    page.set_viewport_size({"width": width, "height": height})

    page.goto(f"{live_server.url}/")
    assert page.locator("html").get_attribute("lang") == "vi"
    assert page.title() == "Tòa soạn"
    lead_title = page.locator(".front-lead .teaser-title a")
    assert lead_title.inner_text() == site.lead.title
    assert HIDDEN not in page.content()
    assert fits_the_screen(page)
    assert broken_images(page) == []
    shoot(page, "trang-chu", width_name)

    # The keyboard reaches the skip link first, and its focus ring shows.
    page.keyboard.press("Tab")
    focused = page.evaluate(
        "[document.activeElement.className, getComputedStyle(document.activeElement).outlineStyle]"
    )
    assert focused == ["skip-link", "solid"]

    page.get_by_role("link", name=site.story.title, exact=True).first.click()
    page.wait_for_url(f"**{site.story.get_absolute_url()}")
    assert page.locator("h1").inner_text() == site.story.title
    assert page.locator("article.story figure img").count() == 2
    page.locator("article.story figure img").last.scroll_into_view_if_needed()
    page.wait_for_function(
        "[...document.querySelectorAll('article.story figure img')]"
        ".every(img => img.complete && img.naturalWidth > 0)"
    )
    assert page.locator("figcaption").first.inner_text().endswith("(Ảnh: Anh Sơn)")
    assert "Bí thư Thành ủy Hà Nội" in page.locator(".mentions").first.inner_text()
    assert fits_the_screen(page)
    shoot(page, "bai-viet", width_name)

    page.locator(".mentions").get_by_role("link", name="Đinh Tiến Dũng").click()
    page.wait_for_url(f"**{site.official.get_absolute_url()}")
    assert page.locator("h1").inner_text() == "Đinh Tiến Dũng"
    assert page.locator(".current-positions").inner_text() == "Bí thư Thành ủy Hà Nội (khóa XVII)"
    assert page.locator(".timeline li").count() == 2
    assert page.get_by_role("link", name=site.story.title, exact=True).count() == 1
    page.wait_for_function("document.querySelector('img.portrait').naturalWidth > 0")
    assert fits_the_screen(page)
    shoot(page, "nhan-vat", width_name)


@pytest.mark.parametrize("width_name", VIEWPORTS)
def test_resolution_list_filter_works_without_javascript(live_server, site, reader, width_name):
    page = reader
    width, height = VIEWPORTS[width_name]
    page.set_viewport_size({"width": width, "height": height})
    page.goto(f"{live_server.url}/van-ban/")
    page.select_option("#id_nam", "2022")
    page.get_by_role("button", name="Lọc").click()
    page.wait_for_url("**/van-ban/?**nam=2022**")
    assert page.locator(".resolution-list li").count() == 1
    assert fits_the_screen(page)
    shoot(page, "van-ban", width_name)
    page.locator(".resolution-title a").click()
    assert page.locator("h1").inner_text() == site.resolution.title
    shoot(page, "nghi-quyet", width_name)


@pytest.mark.parametrize("width_name", VIEWPORTS)
def test_reader_searches_without_diacritics_and_finds_the_story(
    live_server, site, reader, width_name
):
    """The header's search box (search itself is articles/site/search_results.py): "dinh tien
    dung" typed without diacritics finds the story about Đinh Tiến Dũng, and the reader can
    open it."""
    page = reader
    width, height = VIEWPORTS[width_name]
    page.set_viewport_size({"width": width, "height": height})
    page.goto(f"{live_server.url}/")
    page.get_by_role("searchbox", name="Tìm bài viết").fill("dinh tien dung")
    page.keyboard.press("Enter")
    page.wait_for_url("**/tim-kiem/?q=dinh+tien+dung")
    hits = page.locator(".search-hit .teaser-title a")
    assert site.story.title in hits.all_inner_texts()
    assert HIDDEN not in page.content()
    assert fits_the_screen(page)
    shoot(page, "tim-kiem", width_name)
    page.get_by_role("link", name=site.story.title, exact=True).click()
    page.wait_for_url(f"**{site.story.get_absolute_url()}")
    assert page.locator("h1").inner_text() == site.story.title
