"""Layout of public pages at the widths readers use: an official's profile without a portrait at
1366 px, and the section menu on a 390 px phone. Screenshots go to
var/test-artifacts/screenshots/ like test_public_site.py's."""

from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache import cache

from articles.models import Section
from tests.factories import PersonFactory, PositionFactory
from tests.public_data import build_public_site, make_photo

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SCREENSHOTS = Path(settings.BASE_DIR) / "var" / "test-artifacts" / "screenshots"


@pytest.fixture
def site(live_server):
    cache.clear()
    site = build_public_site(with_hidden=False)
    # Seven sections, as in the demo, then "Nhân vật" and "Văn bản": nine menu items.
    for n, name in enumerate(["Xây dựng Đảng", "Địa phương", "Quốc tế"], start=len(site.sections)):
        site.sections.append(Section.objects.create(name=name, order=n))
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return site


def test_profile_without_portrait_uses_the_page_width(live_server, site, page):
    person = PersonFactory(full_name="Nguyễn Thị Thanh Hương", birth_year=1972)
    PositionFactory(
        person=person,
        title="Phó Chủ tịch Ủy ban nhân dân thành phố Hà Nội phụ trách khối văn hóa – xã hội",
    )
    page.set_viewport_size({"width": 1366, "height": 900})
    page.goto(f"{live_server.url}{person.get_absolute_url()}")
    page.screenshot(path=str(SCREENSHOTS / "nhan-vat-khong-anh-1366.png"), full_page=True)
    header = page.locator(".profile-header").bounding_box()
    name = page.locator(".profile-header h1").bounding_box()
    title = page.locator(".current-positions").bounding_box()
    # Before: a 160 px grid column meant for the portrait held the name (and wrapped it).
    assert name["width"] > header["width"] * 0.9
    assert title["width"] > header["width"] * 0.9
    assert name["height"] < 60  # one line
    # With a portrait, the text stands beside it, in the rest of the width.
    person.portrait = make_photo(caption="Bà Nguyễn Thị Thanh Hương", alt_text="Chân dung")
    person.save()
    cache.clear()
    page.goto(f"{live_server.url}{person.get_absolute_url()}")
    portrait = page.locator("img.portrait").bounding_box()
    name = page.locator(".profile-header h1").bounding_box()
    assert portrait["width"] == 160
    assert name["x"] >= portrait["x"] + 160 and name["width"] > header["width"] * 0.7


def test_every_menu_item_is_on_screen_on_a_phone(live_server, site, page):
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{live_server.url}/")
    page.screenshot(path=str(SCREENSHOTS / "menu-dien-thoai-390.png"))
    items = page.locator("nav.sections li a")
    assert items.count() == 9
    boxes = [items.nth(i).bounding_box() for i in range(items.count())]
    off_screen = [
        items.nth(i).inner_text()
        for i, box in enumerate(boxes)
        if box["x"] < 0 or box["x"] + box["width"] > 390 or box["width"] == 0
    ]
    assert off_screen == []  # before: 5 of 9 were beyond the right edge, with no cue
    assert page.evaluate("document.documentElement.scrollWidth <= innerWidth + 1")
    # Each item is still one unbroken label, and the menu takes at most three rows.
    assert all(box["height"] < 50 for box in boxes)
    assert len({round(box["y"]) for box in boxes}) <= 3
