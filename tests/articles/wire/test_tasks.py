"""Imports started from the admin run as a background task (articles/wire/tasks.py): the files
are kept in the media storage, imported by the worker, and removed once imported."""

import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django_tasks_db.models import DBTaskResult

from articles.models import Article
from articles.wire.tasks import UPLOAD_FOLDER, wire_import_enqueue, wire_import_files
from tests.factories import SectionFactory
from tests.paths import WIRE_DATA

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def files():
    SectionFactory(name="Thời sự", slug="thoi-su")
    return [
        SimpleUploadedFile("hdnd_ninhbinh.txt", (WIRE_DATA / "hdnd_ninhbinh.txt").read_bytes()),
        SimpleUploadedFile(
            "bao-moi.txt",
            "Thủ tướng chủ trì phiên họp Chính phủ thường kỳ tháng 11\n\n"
            "(Chinhphu.vn) - Sáng 3/12, tại trụ sở Chính phủ, Thủ tướng chủ trì phiên họp Chính "
            "phủ thường kỳ tháng 11 năm 2025, trực tuyến với các địa phương.\n\n"
            "Phiên họp đánh giá tình hình kinh tế - xã hội tháng 11 và 11 tháng.\n".encode(),
        ),
    ]


def stored_uploads():
    folders = (
        default_storage.listdir(UPLOAD_FOLDER)[0] if default_storage.exists(UPLOAD_FOLDER) else []
    )
    return [
        name
        for folder in folders
        for name in default_storage.listdir(f"{UPLOAD_FOLDER}/{folder}")[1]
    ]


def test_without_a_queue_the_import_runs_at_once(files):
    result = wire_import_enqueue(files=files, section="thoi-su")
    assert result.status == "SUCCESSFUL"
    assert result.return_value["counts"] == {
        "created": 2,
        "updated": 0,
        "duplicate": 0,
        "failed": 0,
    }
    assert [item["source"] for item in result.return_value["items"]] == [
        "hdnd_ninhbinh.txt",
        "bao-moi.txt",
    ]
    assert Article.objects.filter(status=Article.Status.DRAFT).count() == 2
    assert stored_uploads() == []


def test_with_a_queue_the_request_only_stores_the_files(files, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    result = wire_import_enqueue(files=files, section="thoi-su")
    assert result.status == "READY"
    assert not Article.objects.exists()
    assert sorted(stored_uploads()) == ["bao-moi.txt", "hdnd_ninhbinh.txt"]

    call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)
    done = wire_import_files.get_result(result.id)
    assert done.status == "SUCCESSFUL"
    assert done.return_value["counts"]["created"] == 2
    assert set(Article.objects.values_list("title", flat=True)) == {
        "HĐND tỉnh Ninh Bình chất vấn về giải phóng mặt bằng",
        "Thủ tướng chủ trì phiên họp Chính phủ thường kỳ tháng 11",
    }
    assert stored_uploads() == []


def test_an_import_that_cannot_start_keeps_its_files(files, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    result = wire_import_enqueue(files=files, section="khong-co-chuyen-muc")
    call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)
    failed = DBTaskResult.objects.get(pk=result.id)
    assert failed.status == "FAILED"
    assert "khong-co-chuyen-muc" in failed.traceback
    assert len(stored_uploads()) == 2
