"""Importing wire files from the admin (articles/wire/upload_admin.py), as an editor does it:
upload, read the dry run, import, open the drafts."""

import io
import re
import zipfile
from pathlib import Path

import pytest
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from articles.models import Article, WireItem
from tests.factories import EDITOR, PUBLISHER, REPORTER, SectionFactory, UserFactory
from tests.paths import WIRE_DATA

pytestmark = pytest.mark.django_db

UPLOAD = reverse("admin:articles_wireitem_upload")
INBOX = reverse("admin:articles_wireitem_changelist")
NINH_THUAN = (WIRE_DATA.parent / "wire_upload" / "ninhthuan_hdnd.txt").read_bytes()
DAK_LAK = (WIRE_DATA.parent / "wire_upload" / "daklak_khong_tieu_de.txt").read_bytes()


@pytest.fixture(autouse=True)
def sections():
    SectionFactory(name="Thời sự", slug="thoi-su")
    SectionFactory(name="Địa phương", slug="dia-phuong")


@pytest.fixture
def editor(client):
    user = UserFactory(username="btv.thu", role=EDITOR)
    client.force_login(user)
    return user


def files(*pairs):
    return [SimpleUploadedFile(name, data) for name, data in pairs]


def review_url(response):
    assert response.status_code == 302, response.content.decode()[:2000]
    assert re.fullmatch(r"/admin/articles/wireitem/nhap/[\w-]+/", response["Location"])
    return response["Location"]


def test_editor_uploads_reads_the_dry_run_and_imports(client, editor, settings):
    inbox = client.get(INBOX).content.decode()
    assert f'href="{UPLOAD}"' in inbox and "Nhập tin từ tệp" in inbox
    form = client.get(UPLOAD)
    assert form.status_code == 200 and 'type="file"' in form.content.decode()

    response = client.post(
        UPLOAD,
        {
            "files": files(("ninhthuan_hdnd.txt", NINH_THUAN), ("daklak.txt", DAK_LAK)),
            "section": "dia-phuong",
            "source_name": "",
            "encoding": "auto",
            "format": "auto",
        },
    )
    review = review_url(response)

    dry = client.get(review).content.decode()
    assert "Chạy thử (không ghi gì): 2 tin — sẽ tạo 2, sẽ cập nhật 0, trùng 0, lỗi 0." in dry
    assert "HĐND tỉnh Ninh Thuận thông qua Nghị quyết về phát triển năng lượng tái tạo" in dry
    assert "Phạm Văn Hậu" in dry and "gợi ý mới" in dry
    assert "(tin không có tiêu đề)" in dry and "Thiếu tiêu đề" in dry
    assert "sẽ tạo" in dry and "Nhập 2 tin thành bài nháp" in dry
    assert not Article.objects.exists() and not WireItem.objects.exists()

    done = client.post(review)
    page = done.content.decode()
    assert done.status_code == 200
    assert "2 tin — tạo 2, cập nhật 0, trùng 0, lỗi 0." in page
    drafts = list(Article.objects.order_by("pk"))
    assert len(drafts) == 2
    for draft in drafts:
        assert draft.status == Article.Status.DRAFT and draft.section.slug == "dia-phuong"
        assert f'href="{reverse("admin:articles_article_change", args=[draft.pk])}"' in page
    assert sorted(WireItem.objects.values_list("file_name", flat=True)) == [
        "daklak.txt",
        "ninhthuan_hdnd.txt",
    ]
    assert not any(Path(settings.WIRE_UPLOAD_DIR).rglob("manifest.json"))

    # Sent again (a reload of the result page): nothing is imported twice.
    again = client.post(review, follow=True)
    assert "Không còn tệp tải lên này" in again.content.decode()
    assert Article.objects.count() == 2


def test_a_zip_with_bad_members_is_reported_file_by_file(client, editor):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("tin/ninhthuan_hdnd.txt", NINH_THUAN)
        archive.writestr("../../ra-ngoai.txt", DAK_LAK)
        archive.writestr("tin/anh.png", b"\x89PNG\r\n\x1a\n")
    review = review_url(
        client.post(
            UPLOAD,
            {
                "files": files(("tin.zip", buffer.getvalue()), ("hong.zip", b"PK\x03\x04hong")),
                "encoding": "auto",
                "format": "auto",
            },
        )
    )
    page = client.get(review).content.decode()
    assert "sẽ tạo 1" in page and "lỗi 2" in page
    assert "tin.zip/../../ra-ngoai.txt: tên tệp trong tệp nén không an toàn" in page
    assert "hong.zip: tệp nén ZIP bị hỏng" in page
    assert "Bỏ qua (không phải tệp tin bài" in page and "tin.zip/tin/anh.png" in page

    client.post(review)
    assert list(WireItem.objects.values_list("file_name", flat=True)) == [
        "tin.zip/tin/ninhthuan_hdnd.txt"
    ]


def test_cancel_removes_the_upload(client, editor, settings):
    review = review_url(
        client.post(
            UPLOAD,
            {"files": files(("a.txt", NINH_THUAN)), "encoding": "auto", "format": "auto"},
        )
    )
    response = client.post(review + "huy/", follow=True)
    assert "Đã hủy" in response.content.decode()
    assert not any(Path(settings.WIRE_UPLOAD_DIR).rglob("*.txt"))
    assert not any(Path(settings.WIRE_UPLOAD_DIR).rglob("manifest.json"))
    assert "Không còn tệp tải lên này" in client.get(review, follow=True).content.decode()
    assert not WireItem.objects.exists()


def test_no_file_chosen(client, editor):
    response = client.post(UPLOAD, {"encoding": "auto", "format": "auto"})
    assert response.status_code == 200
    assert "Hãy chọn ít nhất một tệp" in response.content.decode()


def test_the_publishers_desk_may_import_too(client):
    client.force_login(UserFactory(username="tkts.ha", role=PUBLISHER))
    assert client.get(UPLOAD).status_code == 200


def test_reporters_neither_see_nor_use_the_upload(client, editor):
    review = review_url(
        client.post(
            UPLOAD,
            {"files": files(("a.txt", NINH_THUAN)), "encoding": "auto", "format": "auto"},
        )
    )
    reporter = UserFactory(username="pv.an", role=REPORTER)
    client.force_login(reporter)
    assert client.get(UPLOAD).status_code == 403
    assert client.post(UPLOAD, {"files": files(("b.txt", DAK_LAK))}).status_code == 403
    assert client.post(review).status_code == 403
    assert not WireItem.objects.exists()


def test_only_those_allowed_to_import_see_the_button(client):
    viewer = UserFactory(username="ktv.lan")  # staff, may view the inbox, may not import
    viewer.user_permissions.add(Permission.objects.get(codename="view_wireitem"))
    client.force_login(viewer)
    page = client.get(INBOX)
    assert page.status_code == 200
    assert UPLOAD not in page.content.decode()
    assert client.get(UPLOAD).status_code == 403


def test_another_users_upload_cannot_be_imported(client, editor):
    review = review_url(
        client.post(
            UPLOAD,
            {"files": files(("a.txt", NINH_THUAN)), "encoding": "auto", "format": "auto"},
        )
    )
    client.force_login(UserFactory(username="btv.khac", role=EDITOR))
    response = client.post(review, follow=True)
    assert "Không còn tệp tải lên này" in response.content.decode()
    assert not WireItem.objects.exists()
