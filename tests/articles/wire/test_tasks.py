"""The admin's import of uploaded wire files runs as a background task (articles/wire/tasks.py):
the request claims the upload and queues the task, the result page says "đang nhập…" and
reloads itself until the worker has written the drafts, then shows the report or the error.
Here with the database queue (``django_tasks_db``) and its worker, as in production."""

import re
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse
from django_tasks_db.models import DBTaskResult

from articles.models import Article, Section, WireItem
from articles.wire import uploads
from articles.wire.tasks import wire_upload_enqueue, wire_upload_result
from articles.wire.uploads import UploadNotFound, UploadOptions, upload_stash
from tests.factories import EDITOR, SectionFactory, UserFactory
from tests.paths import WIRE_DATA

pytestmark = pytest.mark.django_db(transaction=True)

UPLOAD = reverse("admin:articles_wireitem_upload")
NINH_THUAN = (WIRE_DATA.parent / "wire_upload" / "ninhthuan_hdnd.txt").read_bytes()
DAK_LAK = (WIRE_DATA.parent / "wire_upload" / "daklak_khong_tieu_de.txt").read_bytes()
REFRESH = '<meta http-equiv="refresh" content="2">'


@pytest.fixture
def queue(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@pytest.fixture
def editor(client):
    SectionFactory(name="Thời sự", slug="thoi-su")
    SectionFactory(name="Địa phương", slug="dia-phuong")
    user = UserFactory(username="btv.thu", role=EDITOR)
    client.force_login(user)
    return user


def uploaded(client, section="dia-phuong"):
    """Upload two stories as the editor does; the dry run's address."""
    response = client.post(
        UPLOAD,
        {
            "files": [
                SimpleUploadedFile("ninhthuan_hdnd.txt", NINH_THUAN),
                SimpleUploadedFile("daklak.txt", DAK_LAK),
            ],
            "section": section,
            "encoding": "auto",
            "format": "auto",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    return response["Location"]


def run_worker():
    call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)


def kept_manifests(settings):
    return sorted(p.parent.name for p in Path(settings.WIRE_UPLOAD_DIR).rglob("manifest.json"))


def test_the_import_waits_for_the_worker_and_the_page_follows_it(client, editor, queue, settings):
    review = uploaded(client)
    assert "sẽ tạo 2" in client.get(review).content.decode()  # the dry run, in the request

    response = client.post(review)
    assert response.status_code == 302
    result_page = response["Location"]
    assert re.fullmatch(r"/admin/articles/wireitem/nhap/ket-qua/[\w-]+/", result_page)
    pending = client.get(result_page).content.decode()
    assert "Đang nhập…" in pending and REFRESH in pending
    assert "đang chờ trong hàng đợi" in pending
    assert not Article.objects.exists() and not WireItem.objects.exists()

    # A second click while the task waits: the upload is claimed, nothing more is queued.
    again = client.post(review, follow=True)
    assert "Không còn tệp tải lên này" in again.content.decode()
    assert DBTaskResult.objects.count() == 1

    run_worker()
    done = client.get(result_page).content.decode()
    assert REFRESH not in done and "Đang nhập" not in done
    assert "2 tin — tạo 2, cập nhật 0, trùng 0, lỗi 0." in done
    drafts = list(Article.objects.order_by("pk"))
    assert [d.status for d in drafts] == [Article.Status.DRAFT] * 2
    assert {d.section.slug for d in drafts} == {"dia-phuong"}
    for draft in drafts:
        assert f'href="{reverse("admin:articles_article_change", args=[draft.pk])}"' in done
    assert kept_manifests(settings) == []  # imported: the upload is gone
    # The report stays readable: a reload shows it again and imports nothing.
    assert "2 tin — tạo 2" in client.get(result_page).content.decode()
    assert Article.objects.count() == 2


def test_a_failed_import_shows_its_error_and_keeps_the_upload(client, editor, queue, settings):
    review = uploaded(client)
    result_page = client.post(review)["Location"]
    token = review.rstrip("/").rsplit("/", 1)[1]
    Section.objects.filter(slug="dia-phuong").delete()  # deleted while the import waited

    run_worker()
    page = client.get(result_page).content.decode()
    assert "Nhập tin không thành công" in page and REFRESH not in page
    assert "Không có chuyên mục" in page and "dia-phuong" in page
    assert f'href="{review}"' in page  # back to the dry run, to try again
    assert DBTaskResult.objects.get().status == "FAILED"
    assert not Article.objects.exists() and not WireItem.objects.exists()
    assert kept_manifests(settings) == [token]  # given back, not claimed

    # The section is back: the same upload imports, from its dry run, with no new upload.
    SectionFactory(name="Địa phương", slug="dia-phuong")
    assert "sẽ tạo 2" in client.get(review).content.decode()
    second = client.post(review)["Location"]
    run_worker()
    assert "2 tin — tạo 2" in client.get(second).content.decode()
    assert Article.objects.filter(section__slug="dia-phuong").count() == 2


def test_a_fault_of_the_server_is_named_on_the_page(client, editor, queue, monkeypatch):
    review = uploaded(client)
    result_page = client.post(review)["Location"]

    def database_gone(**kwargs):
        raise ConnectionError("máy chủ cơ sở dữ liệu không trả lời")

    monkeypatch.setattr(uploads, "wire_import", database_gone)
    run_worker()
    page = client.get(result_page).content.decode()
    assert "Lỗi máy chủ khi nhập (ConnectionError: máy chủ cơ sở dữ liệu không trả lời)" in page
    assert "hãy báo bộ phận kỹ thuật" in page
    assert not Article.objects.exists()


def test_without_a_queue_the_import_page_is_the_report(client, editor):
    review = uploaded(client)
    done = client.post(review)
    assert done.status_code == 200  # no redirect: the task ran in the request
    assert "2 tin — tạo 2, cập nhật 0, trùng 0, lỗi 0." in done.content.decode()
    assert Article.objects.count() == 2
    # This queue keeps no results: there is no result page to come back to.
    assert client.get(UPLOAD + "ket-qua/a3f1c2d4e5b60718293a4b5c6d7e8f90/").status_code == 404


def test_without_a_queue_a_failed_import_shows_its_error_at_once(client, editor, settings):
    review = uploaded(client)
    Section.objects.filter(slug="dia-phuong").delete()
    page = client.post(review)
    assert page.status_code == 200
    assert "Nhập tin không thành công" in page.content.decode()
    assert "Không có chuyên mục" in page.content.decode()
    assert len(kept_manifests(settings)) == 1


def test_another_user_cannot_read_an_import(client, editor, queue):
    result_page = client.post(uploaded(client))["Location"]
    client.force_login(UserFactory(username="btv.khac", role=EDITOR))
    assert client.get(result_page).status_code == 404
    assert client.get(UPLOAD + "ket-qua/khong-co/").status_code == 404


def test_a_result_is_read_only_by_its_owner_and_only_from_a_queue_that_keeps_it(editor, queue):
    token = upload_stash(
        owner_id=editor.pk,
        files=[SimpleUploadedFile("ninhthuan_hdnd.txt", NINH_THUAN)],
        options=UploadOptions(section="thoi-su"),
    )
    state = wire_upload_enqueue(owner_id=editor.pk, token=token)
    assert not state.finished and state.waiting and state.token == token
    assert wire_upload_result(result_id=state.result_id, owner_id=editor.pk) == state
    with pytest.raises(UploadNotFound):
        wire_upload_result(result_id=state.result_id, owner_id=editor.pk + 1)
    with pytest.raises(UploadNotFound):
        wire_upload_enqueue(owner_id=editor.pk, token=token)  # claimed already

    run_worker()
    done = wire_upload_result(result_id=state.result_id, owner_id=editor.pk)
    assert done.finished and done.error is None
    assert [item["status"] for item in done.report.items] == ["created"]
    assert done.report.summary == "1 tin — tạo 1, cập nhật 0, trùng 0, lỗi 0."
