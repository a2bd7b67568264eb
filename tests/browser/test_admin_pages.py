"""The article admin as editors see it in Chromium (issue 16, items 7, 10 and 13): the list and
the change form at 1366 px, the scheduling field under an English-speaking browser, and a
console without CKEditor errors."""

import datetime
import re

import pytest
from django.utils import timezone

from articles.desk import workflow
from articles.models import Article
from tests.factories import EDITOR, PUBLISHER, REPORTER, SectionFactory, UserFactory

PASSWORD = "mat-khau-toa-soan"
LAPTOP = {"width": 1366, "height": 768}

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
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
            lambda msg: errors.append(f"console: {msg.text}") if msg.type == "error" else None,
        )
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_selector("#content-main")
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
