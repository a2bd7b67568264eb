"""The Content-Security-Policy in Chromium: the admin's article form (CKEditor 5, the related
stories' autocomplete, the photo picker) works with no violation; a public page renders with
its stylesheet and photos and refuses any script."""

import pytest
from django.core.cache import cache

from articles.models import Article
from tests.browser.session import PASSWORD, log_in
from tests.browser.test_editorial_flow import type_in_editor
from tests.browser.test_public_site import reader  # noqa: F401 (fixture)
from tests.factories import REPORTER, SectionFactory, UserFactory
from tests.public_data import build_public_site

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

#: Every violation the page reports, kept where the test can read it.
WATCH_VIOLATIONS = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__violations.push(`${event.violatedDirective} ${event.blockedURI}`);
});
"""


def watched(page):
    console = []
    page.on("console", lambda message: console.append(message.text))
    page.add_init_script(WATCH_VIOLATIONS)
    return console


def violations(page, console) -> list[str]:
    reported = page.evaluate("window.__violations")
    return reported + [text for text in console if "Content Security Policy" in text]


def test_the_admin_article_form_works_under_the_policy(browser, live_server):
    UserFactory(username="pv.lan", role=REPORTER, password=PASSWORD)
    SectionFactory(name="Thời sự")
    context = browser.new_context(locale="vi-VN", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    console = watched(page)
    log_in(page, live_server, "pv.lan")

    page.goto(f"{live_server.url}/admin/articles/article/add/")
    page.fill("#id_title", "Quốc hội thảo luận dự án Luật Đất đai (sửa đổi)")
    page.click(".field-section .select2-selection")
    page.fill(".select2-search__field", "Thời")
    page.click(".select2-results__option >> text=Thời sự")
    type_in_editor(page, "Sáng 20/6, Quốc hội thảo luận ở hội trường về dự án luật.")
    page.click(".ck-toolbar [data-cke-tooltip-text^='Đậm']")  # the editor's own UI works
    page.click("input[name=_continue]")
    page.wait_for_selector(".messagelist .success")

    article = Article.objects.get()
    assert "Sáng 20/6" in article.body
    assert violations(page, console) == []
    # The other admin pages a newsroom uses every day, with their widgets.
    for path in (
        "/admin/",
        "/admin/articles/article/",
        "/admin/media/photo/add/",
        "/admin/media/photo/tai-nhieu-anh/",
        f"/admin/articles/article/{article.pk}/history/",
    ):
        page.goto(f"{live_server.url}{path}")
        page.wait_for_selector("#content")
        assert violations(page, console) == [], path
    context.close()


def test_a_public_page_renders_and_refuses_script(live_server, reader):  # noqa: F811
    cache.clear()
    site = build_public_site()
    console = watched(reader)
    reader.goto(f"{live_server.url}{site.story.get_absolute_url()}")
    rules = reader.evaluate("[...document.styleSheets].map(sheet => sheet.cssRules.length)")
    assert rules and all(rules), "the site's stylesheet loaded"
    photos = reader.locator("article img")
    assert photos.count() >= 1
    for n in range(photos.count()):
        photos.nth(n).scroll_into_view_if_needed()
        loaded = "img => img.complete && img.naturalWidth > 0"
        reader.wait_for_function(loaded, arg=photos.nth(n).element_handle())
    assert violations(reader, console) == []

    ran = reader.evaluate(
        """() => { const s = document.createElement("script");
                   s.textContent = "window.injected = true"; document.body.append(s);
                   return window.injected === true; }"""
    )
    assert ran is False
    assert any(v.startswith("script-src") for v in reader.evaluate("window.__violations"))
