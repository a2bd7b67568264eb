"""In Chromium at 1366 px with the admin's navigation sidebar open: an editor who is not on the
server uploads two wire files on the inbox page, reads the dry run, imports, and finds the new
drafts in an inbox list that fits the window and prints no "null" for a story without a title.
With the database queue, the import's page reloads itself until the worker has imported.

With ``DOCS_SCREENSHOTS=1`` the pictures replace those in docs/img/ that docs/editors.md shows.
"""

import shutil

import pytest
from django.core.management import call_command

from articles.models import Article, WireItem
from articles.wire.batch import wire_import
from articles.wire.sources import WireSource
from tests.browser.session import log_in
from tests.browser.test_security_policy import violations, watched
from tests.factories import EDITOR, SectionFactory, UserFactory
from tests.paths import WIRE_DATA

WIDE = {"width": 1366, "height": 768}
FITS = "document.documentElement.scrollWidth <= window.innerWidth"


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_editor_imports_two_files_from_the_inbox_page(browser, live_server, tmp_path, shot):
    SectionFactory(name="Thời sự", slug="thoi-su")
    UserFactory(username="btv.thu", role=EDITOR)
    # What the feed already brought: a failed item with a long error, among others.
    wire_import(
        sources=[
            WireSource.from_path(WIRE_DATA / name)
            for name in ["billion_laughs.xml", "officials_thanhhoa.txt"]
        ]
    )
    # Names as agencies' feeds and scrapers write them: long, without spaces.
    first = tmp_path / "ttxvn-20261205-hdnd-ninh-thuan-thong-qua-nghi-quyet-nang-luong.txt"
    second = tmp_path / "wire-plaintext-014_9c2e47d1a0b3f685e1d0c4b7a2.txt"
    shutil.copy(WIRE_DATA.parent / "wire_upload" / "ninhthuan_hdnd.txt", first)
    shutil.copy(WIRE_DATA.parent / "wire_upload" / "daklak_khong_tieu_de.txt", second)

    context = browser.new_context(locale="vi-VN", viewport=WIDE)
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    log_in(page, live_server, "btv.thu")

    page.goto(f"{live_server.url}/admin/articles/wireitem/")
    assert page.locator("#nav-sidebar").is_visible()
    page.click("text=Nhập tin từ tệp")
    page.set_input_files("input[type=file][name=files]", [str(first), str(second)])
    page.click("input[type=submit][value='Tải lên và chạy thử']")

    # The dry run: what would be imported, nothing written yet.
    page.wait_for_selector("#wire-report")
    summary = page.inner_text(".wire-summary")
    assert summary == "Chạy thử (không ghi gì): 2 tin — sẽ tạo 2, sẽ cập nhật 0, trùng 0, lỗi 0."
    rows = page.locator("#wire-report tbody tr")
    assert rows.count() == 2
    assert "HĐND tỉnh Ninh Thuận thông qua Nghị quyết" in rows.nth(0).inner_text()
    assert "Phạm Văn Hậu" in rows.nth(0).inner_text()
    assert "(tin không có tiêu đề)" in rows.nth(1).inner_text()
    assert "Thiếu tiêu đề" in rows.nth(1).inner_text()
    assert page.evaluate(FITS), "the dry-run report is wider than the window"
    assert Article.objects.count() == 1  # the one imported before, nothing more
    shot(page, "nhap-tin-01-chay-thu.png")

    page.click("input[type=submit][value='Nhập 2 tin thành bài nháp']")
    page.wait_for_selector("text=2 tin — tạo 2, cập nhật 0, trùng 0, lỗi 0.")
    links = page.locator("#wire-report a[href*='/admin/articles/article/']")
    assert links.count() == 2
    new = WireItem.objects.filter(file_name__in=[first.name, second.name])
    assert sorted(new.values_list("status", flat=True)) == ["created", "created"]
    shot(page, "nhap-tin-02-ket-qua.png")

    # The draft opens from the report.
    links.nth(0).click()
    page.wait_for_selector("#article_form")
    assert "Ninh Thuận" in page.input_value("#id_title")

    # The inbox list: every item, no "null", no horizontal scroll beside the sidebar.
    page.goto(f"{live_server.url}/admin/articles/wireitem/")
    page.wait_for_selector("#result_list")
    assert page.locator("#result_list tbody tr").count() == 4
    titles = page.locator("#result_list td.field-story_title").all_inner_texts()
    assert "null" not in titles and "(tin không có tiêu đề)" in titles
    assert "null" not in page.inner_text("#result_list")
    assert page.evaluate(FITS), "the inbox list is wider than the window"
    # The admin scrolls a wide table inside its own box: the box must not need to.
    box = "document.querySelector('#changelist .results')"
    assert page.evaluate(f"{box}.scrollWidth <= {box}.clientWidth"), "the table scrolls sideways"
    for column in ["file_label", "outcome", "story_title"]:
        width = page.locator(f"#result_list td.field-{column}").first.bounding_box()["width"]
        assert width >= 120, f"the {column} column is squeezed to {width} px"
    shot(page, "nhap-tin-03-hop-tin.png")
    assert not errors
    context.close()


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_the_import_page_reloads_itself_until_the_worker_has_imported(
    browser, live_server, settings
):
    """With the database queue: "Đang nhập…" until the worker runs, then the report, by the
    page's own reloading (a meta refresh: the admin's CSP runs no inline script)."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    SectionFactory(name="Thời sự", slug="thoi-su")
    UserFactory(username="btv.thu", role=EDITOR)
    context = browser.new_context(locale="vi-VN", viewport=WIDE)
    page = context.new_page()
    console = watched(page)
    log_in(page, live_server, "btv.thu")

    page.goto(f"{live_server.url}/admin/articles/wireitem/nhap/")
    page.set_input_files(
        "input[type=file][name=files]",
        [str(WIRE_DATA.parent / "wire_upload" / "ninhthuan_hdnd.txt")],
    )
    page.click("input[type=submit][value='Tải lên và chạy thử']")
    page.click("input[type=submit][value='Nhập 1 tin thành bài nháp']")
    page.wait_for_selector("text=Đang nhập…")
    assert "/nhap/ket-qua/" in page.url
    assert not Article.objects.exists()
    assert violations(page, console) == []

    call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)
    page.wait_for_selector("text=1 tin — tạo 1, cập nhật 0, trùng 0, lỗi 0.", timeout=15_000)
    (draft,) = Article.objects.all()
    assert (
        page.locator(f"#wire-report a[href$='/admin/articles/article/{draft.pk}/change/']").count()
        == 1
    )
    assert violations(page, console) == []
    context.close()
