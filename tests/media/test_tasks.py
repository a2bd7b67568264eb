"""Renditions are built by a background task (media/tasks.py): one task per uploaded photo,
after the upload commits; run at once without a queue, by `manage.py db_worker` with one."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.urls import reverse
from django_tasks.signals import task_enqueued
from django_tasks_db.models import DBTaskResult

from media import renditions
from media.models import Photo
from tests.factories import image_file

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def editor_client(client):
    user = get_user_model().objects.create_superuser("bientap", "bt@example.vn", "mat-khau-123")
    client.force_login(user)
    return client


@pytest.fixture
def enqueued():
    tasks = []

    def receiver(sender, task_result, **kwargs):
        tasks.append((task_result.task.name, task_result.args))

    task_enqueued.connect(receiver)
    yield tasks
    task_enqueued.disconnect(receiver)


@pytest.fixture
def queue(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def upload_two_photos(editor_client):
    return editor_client.post(
        reverse("admin:media_photo_bulk_upload"),
        {
            "images": [
                image_file("hoi-nghi-1.jpg", size=(1400, 900)),
                image_file("hoi-nghi-2.jpg"),
            ],
            "caption": "Hội nghị Trung ương lần thứ 10 khóa XIII khai mạc tại Hà Nội",
            "credit": "Doãn Tấn/TTXVN",
        },
    )


def built(photo):
    return [f.storage.exists(f.name) for f in renditions.rendition_files(photo)]


def test_without_a_queue_each_photo_is_one_task_run_at_once(editor_client, enqueued):
    response = upload_two_photos(editor_client)
    assert response.status_code == 200
    photos = list(Photo.objects.order_by("pk"))
    assert len(photos) == 2
    assert enqueued == [("build_renditions", [photo.pk]) for photo in photos]
    for photo in photos:
        assert all(built(photo))


def test_with_a_queue_the_upload_returns_first_and_the_worker_builds(editor_client, queue):
    response = upload_two_photos(editor_client)
    assert response.status_code == 200
    photos = list(Photo.objects.order_by("pk"))
    assert DBTaskResult.objects.filter(status="READY").count() == 2
    assert not any(built(photos[0]))  # the editor did not wait for them

    call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)
    assert DBTaskResult.objects.filter(status="SUCCESSFUL").count() == 2
    for photo in photos:
        assert all(built(photo))


def test_a_photo_deleted_before_its_turn_is_skipped(editor_client, queue):
    upload_two_photos(editor_client)
    Photo.objects.order_by("pk").first().delete()
    call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)
    assert DBTaskResult.objects.filter(status="SUCCESSFUL").count() == 2
    assert sorted(DBTaskResult.objects.values_list("return_value", flat=True)) == [0, 8]


def test_queued_tasks_are_listed_in_the_admin_in_vietnamese(editor_client, queue):
    upload_two_photos(editor_client)
    page = editor_client.get(reverse("admin:django_tasks_database_dbtaskresult_changelist"))
    assert page.status_code == 200
    text = page.content.decode()
    assert "Hàng đợi việc chạy nền" in text
    assert "Việc chạy nền" in text
    assert text.count("Đang chờ") >= 2  # the two photos' tasks, not yet run
    assert "Task Result" not in text and "Ready" not in text
