"""The article admin as editors see it in Chromium (issue 16, items 7, 10 and 13): the list and
the change form at 1366 px, the scheduling field under an English-speaking browser, and a
console without CKEditor errors."""

import datetime
import re

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone

from articles.desk import workflow
from articles.models import Article
from articles.wire.models import PhotoSlot
from media.models import Caption
from tests.browser.session import PASSWORD, log_in
from tests.factories import (
    EDITOR,
    PUBLISHER,
    REPORTER,
    ArticleFactory,
    PhotoFactory,
    SectionFactory,
    UserFactory,
)

LAPTOP = {"width": 1366, "height": 768}

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]


def signed_in(browser, live_server, username, *, locale="vi-VN", timezone_id=None, errors=None):
    context = browser.new_context(
        locale=locale, timezone_id=timezone_id, viewport=LAPTOP, device_scale_factor=1
    )
    page = context.new_page()
    if errors is not None:
        page.on("pageerror", lambda exc: errors.append(f"pageerror: {exc}"))
        page.on(
            "console",
            lambda msg: (
                errors.append(f"console {msg.type}: {msg.text}")
                if msg.type in ("error", "warning")
                else None
            ),
        )
    log_in(page, live_server, username)
    return page


def approved_story():
    reporter = UserFactory(
        username="pv.lan", first_name="Lan", last_name="Nguyễn Thị", role=REPORTER
    )
    editor = UserFactory(username="btv.minh", first_name="Minh", last_name="Lê Văn", role=EDITOR)
    article = workflow.article_create(
        article=Article(
            title="Quốc hội thông qua Luật Đất đai (sửa đổi) với 86,87% đại biểu tán thành",
            sapo="Chiều 18/1, Quốc hội biểu quyết thông qua Luật Đất đai (sửa đổi).",
            body="<p>Luật gồm 16 chương, 260 điều, có hiệu lực từ ngày 1/1/2025.</p>",
            section=SectionFactory(name="Thời sự"),
            byline="Minh Châu",
        ),
        by=reporter,
    )
    workflow.article_submit(article=article, by=reporter)
    workflow.article_approve(article=article, by=editor)
    return article


def test_schedule_field_is_day_first_24_hour_in_an_english_browser(browser, live_server):
    UserFactory(username="tkts.ha", first_name="Hà", last_name="Phạm Thu", role=PUBLISHER)
    article = approved_story()
    page = signed_in(
        browser, live_server, "tkts.ha", locale="en-US", timezone_id="America/New_York"
    )
    page.goto(f"{live_server.url}/admin/articles/article/{article.pk}/change/")
    field = page.locator("form.workflow-action--schedule input[name=at]")
    # What the editor sees is the input's own text: no locale-drawn month-first, AM/PM picker.
    assert field.get_attribute("type") == "text"
    assert re.fullmatch(r"\d\d/\d\d/\d{4} \d\d:\d\d", field.input_value())
    # The form's own date-time fields (embargo) are day first and 24-hour as well.
    page.locator(".field-embargo_until .datetimeshortcuts a", has_text="Hôm nay").click()
    today = page.input_value("#id_embargo_until_0")
    # Django's shortcuts give the newsroom's day (the server's time zone, Hà Nội), not the
    # browser's: from midnight in Hà Nội to midnight in New York the two dates differ.
    assert today == f"{timezone.localdate():%d/%m/%Y}", today
    page.locator(".field-embargo_until .datetimeshortcuts a", has_text="Bây giờ").click()
    assert re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d:[0-5]\d", page.input_value("#id_embargo_until_1"))

    chosen = (timezone.localtime() + datetime.timedelta(days=3)).replace(
        hour=21, minute=40, second=0, microsecond=0
    )
    typed = f"{chosen:%d/%m/%Y} 21:40"
    field.fill(typed)
    page.locator("form.workflow-action--schedule").get_by_role("button").click()
    page.wait_for_selector(".messagelist .success")
    assert f"lúc 21:40 {chosen:%d/%m/%Y}" in page.inner_text(".messagelist")
    article.refresh_from_db()
    assert article.published_at == chosen
    shown = page.locator("form.workflow-action--schedule input[name=at]")
    assert shown.input_value() == typed, "after scheduling the field keeps the chosen time"
    assert f"21:40 {chosen:%d/%m/%Y}" in page.inner_text(".field-published_at .readonly")


HEADLINES = [
    "Thủ tướng Phạm Minh Chính chủ trì Hội nghị Chính phủ với các địa phương về thúc đẩy "
    "tăng trưởng kinh tế năm 2025",
    "Quốc hội thông qua Luật Đất đai (sửa đổi) với 432/477 đại biểu tán thành, có hiệu lực "
    "từ ngày 1/1/2025",
    "Bộ Chính trị ban hành nghị quyết về đổi mới công tác xây dựng, thi hành pháp luật đáp ứng "
    "yêu cầu phát triển đất nước",
]
CAPTION = (
    "Thủ tướng Phạm Minh Chính phát biểu chỉ đạo tại hội nghị trực tuyến với 63 tỉnh, thành "
    "phố trực thuộc Trung ương, sáng 5/1/2025. Ảnh: Dương Giang/TTXVN"
)


def newsroom_at_work():
    """A dozen long headlines in every state the list marks, one with photos and wire slots."""
    section = SectionFactory(name="Thời sự")
    now = timezone.now()
    stories = [
        ArticleFactory(
            title=f"{HEADLINES[n % 3]} ({n + 1})",
            section=section,
            byline="Nguyễn Thị Lan, Trần Văn Hùng",
            is_featured=n == 1,
            published_at=now + datetime.timedelta(hours=3) if n == 2 else now,
            embargo_until=now + datetime.timedelta(hours=2) if n == 3 else None,
        )
        for n in range(12)
    ]
    story = stories[0]
    for n in range(3):
        photo = PhotoFactory(caption=CAPTION, alt_text="Thủ tướng phát biểu tại hội nghị")
        Caption.objects.create(
            article=story, photo=photo, text=CAPTION, credit="Dương Giang/TTXVN", order=n
        )
    PhotoSlot.objects.create(
        article=story,
        text="Toàn cảnh hội nghị trực tuyến Chính phủ với các địa phương, sáng 5/1/2025.",
        credit="Dương Giang/TTXVN",
        order=3,
    )
    return story


def test_article_list_and_change_form_fit_a_laptop_with_the_sidebar_open(
    browser, live_server, tmp_path
):
    get_user_model().objects.create_superuser("quantri", "qt@toasoan.vn", PASSWORD)
    story = newsroom_at_work()
    page = signed_in(browser, live_server, "quantri")

    page.goto(f"{live_server.url}/admin/articles/article/")
    assert page.locator("#nav-sidebar").is_visible(), "the navigation sidebar is open"
    title_width = page.locator("#result_list thead th.column-title").bounding_box()["width"]
    assert title_width >= 280, f"headline column {title_width:.0f} px"
    results = page.evaluate(
        "(() => { const r = document.querySelector('#changelist .results');"
        " return [r.scrollWidth, r.clientWidth]; })()"
    )
    assert results[0] <= results[1], f"the list scrolls sideways: {results}"
    line = float(page.evaluate("parseFloat(getComputedStyle(document.querySelector("
                               "'#result_list .field-title a')).lineHeight)"))  # fmt: skip
    tallest = max(
        box["height"]
        for box in (
            cell.bounding_box() for cell in page.locator("#result_list .field-title a").all()
        )
    )
    assert round(tallest / line) <= 3, f"a headline wraps to {tallest / line:.1f} lines"
    for marker in ("⏰ Hẹn giờ", "⛔ Cấm đăng đến", "★ Nổi bật", "● Đang hiển thị"):
        assert marker in page.inner_text("#result_list")
    page.screenshot(path=str(tmp_path / "danh-sach-bai-1366.png"), full_page=True)

    page.goto(f"{live_server.url}/admin/articles/article/{story.pk}/change/")
    page.locator(".ck-editor__editable").wait_for()
    assert page.locator(".inline-group .tabular tbody tr.has_original").count() >= 3
    width, viewport = page.evaluate("[document.scrollingElement.scrollWidth, window.innerWidth]")
    assert width <= viewport, f"the change form is {width} px wide at {viewport} px"
    title_box = page.locator("#id_title").bounding_box()["width"]
    assert title_box >= 600, f"the title box is {title_box:.0f} px"
    page.screenshot(path=str(tmp_path / "sua-bai-1366.png"), full_page=True)


def test_article_form_with_the_editor_logs_no_console_error_or_warning(browser, live_server):
    """CKEditor used to warn "widget-toolbar-no-items" (its image toolbar) on every form."""
    UserFactory(username="btv.minh", first_name="Minh", last_name="Lê Văn", role=EDITOR)
    SectionFactory(name="Thời sự")
    story = ArticleFactory(status=Article.Status.DRAFT, published_at=None)
    errors: list[str] = []
    page = signed_in(browser, live_server, "btv.minh", errors=errors)
    for url in (
        f"{live_server.url}/admin/articles/article/add/",
        f"{live_server.url}/admin/articles/article/{story.pk}/change/",
    ):
        page.goto(url)
        page.locator(".ck-editor__editable").wait_for()
        page.locator(".ck-editor__editable").click()
        page.keyboard.insert_text("Đại biểu Quốc hội thảo luận tại tổ.")
        assert "Đại biểu Quốc hội thảo luận tại tổ." in page.inner_text(".ck-editor__editable")
        assert page.locator(".ck-toolbar [data-cke-tooltip-text^='Đậm']").count() == 1
    assert errors == []


def test_reporter_reads_the_submitted_story_and_the_preview_as_readers_will(
    browser, live_server, tmp_path
):
    story = approved_story()  # written by pv.lan, submitted, approved
    page = signed_in(browser, live_server, "pv.lan")
    page.goto(f"{live_server.url}/admin/articles/article/{story.pk}/change/")
    body = page.locator(".field-body_rendered .body-rendered")
    assert (
        body.inner_text().strip() == "Luật gồm 16 chương, 260 điều, có hiệu lực từ ngày 1/1/2025."
    )
    assert "<p>" not in page.inner_text("#content-main")
    page.screenshot(path=str(tmp_path / "phong-vien-xem-bai.png"), full_page=True)

    with page.context.expect_page() as opened:
        page.get_by_role("link", name="Xem trước như bạn đọc").click()
    preview = opened.value
    preview.wait_for_load_state()
    banner = preview.get_by_role("status")
    assert banner.is_visible() and "Bản xem trước — chưa đăng" in banner.inner_text()
    assert banner.bounding_box()["y"] < preview.locator("h1").bounding_box()["y"]


def test_compare_page_keeps_the_chosen_versions_checked(browser, live_server):
    editor = UserFactory(username="btv.minh", first_name="Minh", last_name="Lê Văn", role=EDITOR)
    story = approved_story()
    for body in (
        "<p>Luật gồm 16 chương, 260 điều.</p>",
        "<p>Luật gồm 16 chương, 260 điều, 2 phụ lục.</p>",
    ):
        story.refresh_from_db()
        story.body = body
        workflow.article_edit(article=story, by=editor, expected_version=story.version)
    page = signed_in(browser, live_server, "btv.minh")
    page.goto(f"{live_server.url}/admin/articles/article/{story.pk}/history/")
    radios_from = page.locator("input[name=tu]")
    radios_to = page.locator("input[name=den]")
    count = radios_from.count()
    assert count >= 3
    radios_from.nth(count - 1).check()  # the first save
    radios_to.nth(1).check()  # the one before the last
    page.get_by_role("button", name="So sánh").click()
    page.wait_for_selector(".comparison")
    assert radios_from.nth(count - 1).is_checked() and radios_to.nth(1).is_checked()
    assert not radios_to.first.is_checked() and not radios_from.nth(1).is_checked()
