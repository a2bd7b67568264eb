"""The wire desk in the admin (articles/wire/admin.py): the inbox, suggested officials and the
photo slots on an imported draft, as an editor uses them."""

import re
from pathlib import Path

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from articles.models import Article, PersonSuggestion, WireItem
from articles.wire.batch import wire_import
from articles.wire.sources import WireSource
from newsroom.text import normalize_inline
from people.models import Person
from tests.factories import EDITOR, REPORTER, SectionFactory, UserFactory
from tests.paths import WIRE_DATA

pytestmark = pytest.mark.django_db

DATA = WIRE_DATA
N = normalize_inline
INBOX = "admin:articles_wireitem_changelist"


@pytest.fixture
def editor(client):
    user = UserFactory(username="btv.thu", role=EDITOR)
    client.force_login(user)
    return user


@pytest.fixture
def imported():
    SectionFactory(name="Thời sự", slug="thoi-su")
    names = ["officials_thanhhoa.txt", "billion_laughs.xml", "ttxvn_hanoi.txt"]
    report = wire_import(sources=[WireSource.from_path(DATA / n) for n in names])
    return {Path(i["source"]).name: i for i in report.items}


def test_inbox_lists_every_item_with_its_outcome(client, editor, imported):
    response = client.get(reverse(INBOX))
    assert response.status_code == 200
    page = response.content.decode()
    assert "officials_thanhhoa.txt" in page and "billion_laughs.xml" in page
    assert "Tệp XML bị từ chối vì lý do an toàn" in page
    article = Article.objects.get(pk=imported["ttxvn_hanoi.txt"]["article_id"])
    change = reverse("admin:articles_article_change", args=[article.pk])
    assert f'href="{change}"' in page


def test_inbox_filters_by_status(client, editor, imported):
    page = client.get(reverse(INBOX), {"status__exact": "failed"}).content.decode()
    assert "billion_laughs.xml" in page
    assert "ttxvn_hanoi.txt" not in page


def test_inbox_query_count_does_not_grow_with_items(client, editor, imported):
    def count():
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(reverse(INBOX)).status_code == 200
        return len(ctx.captured_queries)

    few = count()
    more = ["vgp_chinhphu.txt", "hdnd_ninhbinh.txt", "nitf_ttxvn.xml", "external_dtd.xml"]
    wire_import(sources=[WireSource.from_path(DATA / name) for name in more])
    assert WireItem.objects.count() == 7
    assert count() == few


def test_an_item_shows_its_warnings_parse_and_original_file(client, editor, imported):
    item = WireItem.objects.get(file_name__endswith="officials_thanhhoa.txt")
    page = client.get(reverse("admin:articles_wireitem_change", args=[item.pk])).content.decode()
    assert N("Hà Quang Thái") in page and "gợi ý mới" in page
    assert N("Nghị quyết số 58-NQ/TW") in page
    assert "Tải tệp gốc" in page

    raw = client.get(reverse("admin:articles_wireitem_raw", args=[item.pk]))
    assert raw.status_code == 200
    assert raw.content == (DATA / "officials_thanhhoa.txt").read_bytes()
    assert 'filename="officials_thanhhoa.txt"' in raw["Content-Disposition"]


def test_the_inbox_is_read_only(client, editor, imported):
    item = WireItem.objects.get(file_name__endswith="ttxvn_hanoi.txt")
    url = reverse("admin:articles_wireitem_change", args=[item.pk])
    response = client.post(url, {"status": "failed", "error": "sửa tay"})
    assert response.status_code == 403
    item.refresh_from_db()
    assert item.status == "created" and item.error == ""
    assert client.get(reverse("admin:articles_wireitem_add")).status_code == 403


def test_reporters_do_not_see_the_inbox(client, imported):
    client.force_login(UserFactory(username="pv.an", role=REPORTER))
    assert client.get(reverse(INBOX)).status_code == 403
    item = WireItem.objects.first()
    assert client.get(reverse("admin:articles_wireitem_raw", args=[item.pk])).status_code == 403


def test_editor_creates_a_suggested_official_from_the_admin(client, editor, imported):
    suggestion = PersonSuggestion.objects.get(name=N("Hà Quang Thái"))
    changelist = reverse("admin:articles_personsuggestion_changelist")
    page = client.get(changelist).content.decode()
    assert N("Chủ tịch Hội đồng nhân dân tỉnh") in page and "Chờ xác nhận" in page

    response = client.post(
        changelist,
        {"action": "create_person", "_selected_action": [suggestion.pk]},
        follow=True,
    )
    assert "Đã tạo 1 nhân vật" in response.content.decode()
    person = Person.objects.get(full_name=N("Hà Quang Thái"))
    assert [p.title for p in person.positions.all()] == [N("Chủ tịch Hội đồng nhân dân tỉnh")]
    article = Article.objects.get(pk=imported["officials_thanhhoa.txt"]["article_id"])
    assert person in article.officials.all()
    suggestion.refresh_from_db()
    assert suggestion.status == PersonSuggestion.Status.ACCEPTED


def test_editor_dismisses_a_suggestion(client, editor, imported):
    suggestion = PersonSuggestion.objects.get(name=N("Đỗ Minh Tuấn"))
    client.post(
        reverse("admin:articles_personsuggestion_changelist"),
        {"action": "reject", "_selected_action": [suggestion.pk]},
    )
    suggestion.refresh_from_db()
    assert suggestion.status == PersonSuggestion.Status.REJECTED
    assert not Person.objects.filter(full_name=N("Đỗ Minh Tuấn")).exists()


def test_a_story_without_a_title_is_not_listed_as_null(client, editor):
    """On SQLite the title read from the stored parse came back as the text "null"."""
    SectionFactory(name="Thời sự", slug="thoi-su")
    wire_import(
        sources=[WireSource.from_path(DATA.parent / "wire_upload" / "daklak_khong_tieu_de.txt")]
    )
    item = WireItem.objects.get()
    assert item.parsed["title"] is None
    page = client.get(reverse(INBOX)).content.decode()
    cell = re.search(r'<td class="field-story_title">(.*?)</td>', page).group(1)
    assert cell == '<span class="wire-none">(tin không có tiêu đề)</span>'
    assert ">null<" not in page


def test_the_inbox_list_shows_short_names_and_errors(client, editor, imported):
    page = client.get(reverse(INBOX)).content.decode()
    failed = WireItem.objects.get(file_name__endswith="billion_laughs.xml")
    # The folder is in the tooltip, the error without the file name it starts with.
    assert f'<span title="{failed.file_name}">billion_laughs.xml</span>' in page
    assert failed.error.startswith(failed.file_name + ": ")
    assert f'<span class="wire-error">{failed.error[len(failed.file_name) + 2 :][:40]}' in page
    assert "text · utf-8" in page


def test_an_item_shows_its_parse_as_a_summary(client, editor, imported):
    item = WireItem.objects.get(file_name__endswith="officials_thanhhoa.txt")
    page = client.get(reverse("admin:articles_wireitem_change", args=[item.pk])).content.decode()
    summary = re.search(r'<dl class="wire-parse">(.*?)</dl>', page, re.S).group(1)
    title = N("Thanh Hóa sơ kết 3 năm thực hiện Nghị quyết số 58-NQ/TW")
    assert f"<dt>Tiêu đề</dt><dd>{title}</dd>" in summary
    assert N("<dt>Sapo</dt><dd>Sáng 26/11, Ban Thường vụ Tỉnh ủy Thanh Hóa") in summary
    assert N("<dt>Nơi, ngày phát tin</dt><dd>THANH HÓA (TTXVN)") in summary
    links = item.links
    known = sum(1 for o in links["officials"] if o["person_id"])
    assert (
        f"<dt>Gồm</dt><dd>3 đoạn văn, 1 tiêu đề phụ, 2 chú thích ảnh, {known} nhân vật đã có, "
        f"{len(links['officials']) - known} nhân vật chưa gắn, 4 văn bản</dd>"
    ) in summary
    assert "&quot;blocks&quot;" not in page and '"blocks"' not in page  # no raw JSON


def test_a_failed_item_has_no_parse_to_summarise(client, editor, imported):
    item = WireItem.objects.get(file_name__endswith="billion_laughs.xml")
    page = client.get(reverse("admin:articles_wireitem_change", args=[item.pk])).content.decode()
    assert "tin không đọc được, xem lỗi ở trên" in page
