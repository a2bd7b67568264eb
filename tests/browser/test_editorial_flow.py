"""End to end in Chromium: a story's whole editorial day, each role in its own browser.

reporter writes and submits → editor sends back → reporter fixes and resubmits → editor approves
→ publisher schedules a few seconds ahead → readers see it only once the time has come → a later
correction shows on the page. Every step is photographed; with ``DOCS_SCREENSHOTS=1`` the
pictures replace those in docs/img/ that docs/editors.md shows (otherwise they stay in the test's
temporary folder, so an ordinary run leaves the repository untouched).
"""

import datetime
import re
import time

import pytest
from django.utils import timezone

from articles.models import Article, Correction, Transition
from tests.browser.session import log_in
from tests.factories import EDITOR, PUBLISHER, REPORTER, SectionFactory, UserFactory

TITLE = "Hà Nội khởi công cầu Trần Hưng Đạo bắc qua sông Hồng"
FIXED_TITLE = "Hà Nội khởi công cầu Trần Hưng Đạo bắc qua sông Hồng, tổng vốn 8.000 tỷ đồng"


def signed_in(browser, live_server, username, errors):
    context = browser.new_context(locale="vi-VN", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.on("pageerror", lambda exc: errors.append(f"{username}: {exc}"))
    log_in(page, live_server, username)
    return page


def type_in_editor(page, text, *, append=False):
    editable = page.locator(".ck-editor__editable")
    editable.wait_for()
    editable.click()
    if append:
        page.keyboard.press("Control+End")
        page.keyboard.press("Enter")
    page.keyboard.insert_text(text)


def workflow_button(page, label, comment=""):
    form = page.locator("form.workflow-action", has=page.get_by_role("button", name=label))
    if comment:
        form.locator("textarea").fill(comment)
    form.get_by_role("button", name=label).click()
    page.wait_for_selector(".messagelist")


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_story_from_reporter_to_readers_and_a_correction(browser, live_server, shot):
    errors: list[str] = []
    reporter = UserFactory(username="pv.lan", first_name="Lan", last_name="Nguyễn Thị",
                           role=REPORTER)  # fmt: skip
    UserFactory(username="btv.minh", first_name="Minh", last_name="Lê Văn", role=EDITOR)
    UserFactory(username="tkts.ha", first_name="Hà", last_name="Phạm Thu", role=PUBLISHER)
    SectionFactory(name="Thời sự")
    SectionFactory(name="Xã hội")

    # 1. The reporter writes the story in CKEditor (Vietnamese interface) and submits it.
    writer = signed_in(browser, live_server, "pv.lan", errors)
    writer.goto(f"{live_server.url}/admin/articles/article/add/")
    writer.fill("#id_title", TITLE)
    writer.click(".field-section .select2-selection")
    writer.fill(".select2-search__field", "Xã hội")
    writer.click(".select2-results__option >> text=Xã hội")
    writer.fill(
        "#id_sapo",
        "Sáng 19/5, UBND TP Hà Nội tổ chức lễ khởi công cầu Trần Hưng Đạo nối quận Hoàn Kiếm "
        "với quận Long Biên.",
    )
    type_in_editor(writer, "Cầu dài khoảng 5,3 km, rộng 33 m, dự kiến hoàn thành năm 2027.")
    assert writer.locator(".ck-toolbar [data-cke-tooltip-text^='Đậm']").count() == 1, (
        "CKEditor speaks Vietnamese"
    )
    assert writer.locator(".ck-file-dialog-button, [data-cke-tooltip-text*='ảnh']").count() == 0
    writer.fill("#id_byline", "Nguyễn Thị Lan")
    shot(writer, "01-phong-vien-viet-bai.png")
    writer.click("input[name=_continue]")
    writer.wait_for_selector(".workflow-panel")
    article = Article.objects.get(title=TITLE)
    assert article.created_by == reporter and article.status == Article.Status.DRAFT
    assert "5,3 km" in article.body
    workflow_button(writer, "Gửi duyệt", "Nhờ anh Minh xem giúp số liệu.")
    assert Article.objects.get(pk=article.pk).status == Article.Status.REVIEW
    shot(writer, "02-phong-vien-da-gui-duyet.png")

    # 2. The editor sends it back with a reason.
    editor = signed_in(browser, live_server, "btv.minh", errors)
    editor.goto(f"{live_server.url}/admin/articles/article/?status__exact=review")
    editor.click(f"text={TITLE}")
    editor.wait_for_selector(".workflow-panel")
    workflow_button(editor, "Trả lại phóng viên", "Bổ sung tổng mức đầu tư vào tiêu đề.")
    assert Article.objects.get(pk=article.pk).status == Article.Status.SENT_BACK
    shot(editor, "03-bien-tap-tra-lai.png")

    # 3. The reporter reads why, fixes the story and submits again.
    writer.reload()
    assert "Bổ sung tổng mức đầu tư vào tiêu đề." in writer.inner_text(".transitions")
    writer.fill("#id_title", FIXED_TITLE)
    type_in_editor(writer, "Tổng mức đầu tư khoảng 8.000 tỷ đồng.", append=True)
    writer.click("input[name=_continue]")
    writer.wait_for_selector(".messagelist .success")
    workflow_button(writer, "Gửi duyệt")
    assert Article.objects.get(pk=article.pk).status == Article.Status.REVIEW

    # 4. The editor approves.
    editor.reload()
    assert "Gửi duyệt" in editor.inner_text(".transitions")
    workflow_button(editor, "Duyệt bài")
    assert Article.objects.get(pk=article.pk).status == Article.Status.APPROVED
    shot(editor, "04-bien-tap-duyet.png")

    # 5. The publisher schedules it a few seconds ahead.
    publisher = signed_in(browser, live_server, "tkts.ha", errors)
    publisher.goto(f"{live_server.url}/admin/articles/article/{article.pk}/change/")
    at = timezone.localtime() + datetime.timedelta(seconds=12)
    form = publisher.locator("form.workflow-action--schedule")
    form.locator("input[name=at]").fill(f"{at:%d/%m/%Y %H:%M:%S}")
    shot(publisher, "05-thu-ky-hen-gio.png")
    form.get_by_role("button", name="Hẹn giờ đăng").click()
    publisher.wait_for_selector(".messagelist .success")
    article.refresh_from_db()
    assert article.status == Article.Status.PUBLISHED
    assert article.published_at == at.replace(microsecond=0)
    publisher.goto(f"{live_server.url}/admin/articles/article/")
    assert "⏰ Hẹn giờ" in publisher.inner_text("#result_list")
    shot(publisher, "06-danh-sach-hen-gio.png")

    # 6. Readers: nothing before the time, the story once it has come.
    reader_context = browser.new_context(locale="vi-VN", viewport={"width": 1280, "height": 900})
    reader = reader_context.new_page()
    story_url = live_server.url + article.get_absolute_url()
    assert reader.goto(story_url).status == 404
    reader.goto(live_server.url + "/")
    assert FIXED_TITLE not in reader.content()
    assert timezone.now() < article.published_at, "the checks above ran before the time"
    deadline = time.monotonic() + 40
    while (status := reader.goto(story_url).status) != 200 and time.monotonic() < deadline:
        time.sleep(1)
    assert status == 200 and timezone.now() >= article.published_at
    assert reader.inner_text("h1") == FIXED_TITLE
    reader.goto(live_server.url + "/")
    assert FIXED_TITLE in reader.content(), "the home page was not left stale by the cache"

    # 7. A later correction: a change to the published text needs a note, then shows.
    publisher.goto(f"{live_server.url}/admin/articles/article/{article.pk}/change/")
    publisher.fill("#id_title", FIXED_TITLE.replace("8.000", "8.200"))
    publisher.click("input[name=_continue]")
    publisher.wait_for_selector(".errorlist")
    assert publisher.input_value("#id_title") == FIXED_TITLE.replace("8.000", "8.200")
    shot(publisher, "07-sua-bai-da-dang-can-dinh-chinh.png")
    note = "Bài đã sửa tổng mức đầu tư: 8.200 tỷ đồng, không phải 8.000 tỷ đồng."
    publisher.fill("#id_correction_text", note)
    publisher.click("input[name=_continue]")
    publisher.wait_for_selector(".messagelist .success")
    assert Correction.objects.get(article=article).text == note

    reader.goto(story_url)
    assert reader.inner_text("h1") == FIXED_TITLE.replace("8.000", "8.200")
    corrections_url = f"{live_server.url}/dinh-chinh/"
    if "Đính chính" in reader.content():
        assert note in reader.inner_text(".corrections")
        reader.locator(".corrections").scroll_into_view_if_needed()
    else:  # the article template does not include the corrections yet: the public list does
        reader.goto(corrections_url)
    shot(reader, "08-dinh-chinh-tren-trang.png")
    reader.goto(corrections_url)
    assert note in reader.inner_text("main")

    # The history compares two revisions word by word.
    publisher.goto(f"{live_server.url}/admin/articles/article/{article.pk}/history/")
    publisher.click("button:has-text('So sánh')")
    publisher.wait_for_selector(".comparison")
    assert re.search(r"8\.000.*8\.200", publisher.inner_text(".comparison"), re.S)
    shot(publisher, "09-lich-su-so-sanh.png")

    steps = list(
        Transition.objects.filter(article=article)
        .order_by("at", "id")
        .values_list("action", flat=True)
    )
    assert steps == [
        "create", "submit", "send_back", "submit", "approve", "schedule", "correct",
    ]  # fmt: skip
    assert errors == [], errors
    reader_context.close()
