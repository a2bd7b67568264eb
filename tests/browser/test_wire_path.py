"""End to end in Chromium: a titleless wire story from the import to the public page.

import (``manage.py import_wire``) → the draft's page shows the import's warnings, the officials it
could not link and the photo slots → the editor creates a suggested official, fills one slot from
the library and one by uploading, drops nothing, sets the title → submit, approve (editor),
publish (publisher) → the public address is made from the real title, not "chua-co-tieu-de"; the
official's profile shows the post as seen in 2021, not as held today.

Every step is photographed into the test's temporary folder; with ``DOCS_SCREENSHOTS=1`` the
pictures docs/editors.md shows ("Tin hãng") are replaced in docs/img/.
"""

import datetime
import os
import shutil

import pytest
from django.core.management import call_command

from articles.models import Article, PersonSuggestion
from media.models import Caption
from people.models import Person
from tests.browser.session import log_in
from tests.factories import (
    EDITOR,
    PUBLISHER,
    CreditFactory,
    PersonFactory,
    PhotoFactory,
    PositionFactory,
    ResolutionFactory,
    SectionFactory,
    UserFactory,
    image_file,
)
from tests.paths import WIRE_DATA

TITLE = "Hà Nội ban hành chương trình hành động về công tác cán bộ giai đoạn 2021 - 2025"


def signed_in(browser, live_server, username, errors):
    context = browser.new_context(locale="vi-VN", viewport={"width": 1366, "height": 900})
    page = context.new_page()
    page.on("pageerror", lambda exc: errors.append(f"{username}: {exc}"))
    log_in(page, live_server, username)
    return page


def workflow_button(page, label):
    form = page.locator("form.workflow-action", has=page.get_by_role("button", name=label))
    form.get_by_role("button", name=label).click()
    page.wait_for_selector(".messagelist")


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_wire_story_from_import_to_public_page(browser, live_server, shot, tmp_path):
    errors: list[str] = []
    UserFactory(username="btv.thu", first_name="Thu", last_name="Lê Minh", role=EDITOR)
    UserFactory(username="tkts.ha", first_name="Hà", last_name="Phạm Thu", role=PUBLISHER)
    SectionFactory(name="Thời sự", slug="thoi-su")
    CreditFactory(name="Anh Sơn", short_name="AS")
    ResolutionFactory(number="15-NQ/TU", title="Về công tác cán bộ thành phố")
    hung = PersonFactory(full_name="Trịnh Quốc Hưng")
    PositionFactory(
        person=hung,
        title="Bí thư Thành ủy Hà Nội",
        start_date=datetime.date(2020, 10, 10),
        end_date=datetime.date(2025, 10, 17),
    )
    library_photo = PhotoFactory(
        caption="Hội nghị Ban Chấp hành Đảng bộ thành phố Hà Nội", credit="", alt_text="Hội nghị"
    )

    # 1. The agency's file arrives: imported as the feed is, by the command.
    wire_file = tmp_path / "tin-hang" / "bi-thu-2021.txt"
    wire_file.parent.mkdir()
    shutil.copy(WIRE_DATA / "bi_thu_2021.txt", wire_file)
    call_command("import_wire", str(wire_file), stdout=open(os.devnull, "w"))  # noqa: SIM115
    article = Article.objects.get()
    assert article.title.startswith("[Chưa có tiêu đề]")
    assert "chua-co-tieu-de" in article.slug

    # 2. The draft's own page shows everything the editor must act on.
    editor = signed_in(browser, live_server, "btv.thu", errors)
    editor.goto(f"{live_server.url}/admin/articles/article/?status__exact=draft")
    editor.click("#result_list a:has-text('Chưa có tiêu đề')")
    panel = editor.locator(".wire-panel")
    panel.wait_for()
    text = panel.inner_text()
    assert "Cảnh báo khi nhập" in text and "Thiếu tiêu đề" in text
    assert "Nhân vật chưa có trong dữ liệu" in text
    assert "Đinh Tiến Dũng" in text and "Nguyễn Văn Phong" in text
    assert "theo bài ngày 29/04/2021" in text
    assert "Trùng chức vụ" in text and "Trịnh Quốc Hưng" in text
    assert "Ảnh chờ bổ sung" in text and "Ảnh đầu bài" in text and "(Ảnh: Anh Sơn)" in text
    assert editor.locator(".wire-slot").count() == 2
    width = editor.evaluate("document.documentElement.scrollWidth")
    assert width <= 1366, f"the panel makes the page {width} px wide"
    shot(editor, "10-tin-hang-bai-nhap.png")

    # 3. The editor creates the suggested secretary: a warning, and no "current" post.
    dung = PersonSuggestion.objects.get(name__startswith="Đinh Tiến")
    editor.locator(f"#goi-y-{dung.pk}").get_by_role("button", name="Tạo nhân vật mới").click()
    editor.wait_for_selector(".messagelist .success")
    assert "Lưu ý:" in editor.inner_text(".messagelist")
    person = Person.objects.get(full_name__startswith="Đinh Tiến")
    assert person in article.officials.all() and person.current_titles() == []
    # The deputy is a namesake of nobody we know: ignored for now.
    phong = PersonSuggestion.objects.get(name__startswith="Nguyễn Văn")
    editor.locator(f"#goi-y-{phong.pk}").get_by_role("button", name="Bỏ qua").click()
    editor.wait_for_selector(".messagelist .success")
    assert editor.locator(".wire-suggestion").count() == 0

    # 4. The lead photo from the library, picked in its slot; the second one uploaded.
    lead, second = article.photo_slots.order_by("order")
    slot = editor.locator(f"#o-anh-{lead.pk}")
    slot.locator(".select2-selection").click()
    editor.locator(".select2-dropdown .select2-search__field").fill("Hội nghị")
    editor.locator(".select2-results__option", has_text="Hội nghị Ban Chấp hành").click()
    shot(editor, "11-tin-hang-chon-anh-trong-o.png", full_page=False)
    slot.get_by_role("button", name="Đặt ảnh vào ô này").click()
    editor.wait_for_selector(".messagelist .success")
    assert "Anh Sơn" in editor.inner_text(".messagelist")
    upload = tmp_path / "phat-bieu.jpg"
    upload.write_bytes(image_file(color=(120, 40, 40)).read())
    slot = editor.locator(f"#o-anh-{second.pk}")
    slot.locator("input[type=file]").set_input_files(str(upload))
    slot.get_by_role("button", name="Đặt ảnh vào ô này").click()
    editor.wait_for_selector(".messagelist .success")
    captions = list(Caption.objects.filter(article=article).order_by("order"))
    assert [(c.photo_id == library_photo.pk, c.credit, c.position) for c in captions] == [
        (True, "Anh Sơn", 0),
        (False, "Anh Sơn", 3),
    ]
    assert not article.photo_slots.exists()
    assert editor.locator(".wire-slot").count() == 0

    # 5. The real title; the address follows it until the story is first published.
    editor.fill("#id_title", TITLE)
    editor.click("input[name=_continue]")
    editor.wait_for_selector(".messagelist .success")
    article.refresh_from_db()
    assert article.title == TITLE and "chua-co-tieu-de" not in article.slug
    shot(editor, "12-tin-hang-da-xu-ly.png")
    workflow_button(editor, "Gửi duyệt")
    workflow_button(editor, "Duyệt bài")
    article.refresh_from_db()
    assert article.status == Article.Status.APPROVED

    # 6. The publisher publishes.
    publisher = signed_in(browser, live_server, "tkts.ha", errors)
    publisher.goto(f"{live_server.url}/admin/articles/article/{article.pk}/change/")
    workflow_button(publisher, "Xuất bản ngay")
    assert "Không" not in publisher.inner_text(".messagelist .success")
    article.refresh_from_db()
    assert article.status == Article.Status.PUBLISHED

    # 7. Readers: the address made from the title, the photos with their credits.
    reader_context = browser.new_context(locale="vi-VN", viewport={"width": 1366, "height": 900})
    reader = reader_context.new_page()
    response = reader.goto(live_server.url + article.get_absolute_url())
    assert response.status == 200
    assert "chua-co-tieu-de" not in reader.url
    assert reader.url.endswith(
        "/ha-noi-ban-hanh-chuong-trinh-hanh-dong-ve-cong-tac-can-bo-giai-doan-2021-2025/"
    )
    assert reader.inner_text("h1") == TITLE
    assert "Anh Sơn" in reader.inner_text("main")
    shot(reader, "13-tin-hang-tren-trang.png")

    # 8. The profile of the official created from the copy: the post as seen in 2021.
    reader.goto(live_server.url + person.get_absolute_url())
    profile = reader.inner_text("main")
    assert "Bí thư Thành" in profile and "theo bài ngày 29/04/2021" in profile
    assert reader.locator(".current-positions").count() == 0
    shot(reader, "14-nhan-vat-chuc-vu-theo-bai.png")

    assert errors == [], errors
    reader_context.close()
