"""Background work of the media app, on Django's task API (django-tasks; docs/decisions.md).

With ``TASKS_QUEUE=database`` a task waits in the database until ``manage.py db_worker`` runs
it; by default it runs at once in the process that enqueued it (``make run``, the tests).
"""

from __future__ import annotations

import logging

from django.apps import apps
from django.db import transaction
from django_tasks import task

from media import renditions

logger = logging.getLogger(__name__)


@task()
def build_renditions(photo_id: int) -> int:
    """Build every rendition of a photo (after its upload committed); returns how many.

    A photo deleted before its turn is skipped. A failed file is logged and the others are
    still built; ``manage.py regenerate_renditions --missing-only`` repairs what failed.
    """
    photo = apps.get_model("media", "Photo").objects.filter(pk=photo_id).first()
    if photo is None or not photo.image:
        return 0
    built = 0
    for file in renditions.rendition_files(photo):
        try:
            file.generate(force=True)
        except Exception:
            logger.exception("Không tạo được bản thu nhỏ %s", file.name)
        else:
            built += 1
    return built


class BuildOnQueue:
    """imagekit cache-file strategy of the first rendition field: once the upload has
    committed, queue the task that builds every rendition of the photo, never while a reader
    or the uploading editor waits. Like imagekit's ``Optimistic`` it never checks or builds a
    file when a URL is asked for, so readers cost nothing."""

    def on_source_saved(self, file):
        photo_id = file.generator.source.instance.pk
        transaction.on_commit(lambda: build_renditions.enqueue(photo_id))

    def should_verify_existence(self, file):
        return False


class BuiltWithTheFirst:
    """Strategy of the other rendition fields: their files are built by the first field's
    task (imagekit asks every field's strategy; one task per photo, not one per file)."""

    def should_verify_existence(self, file):
        return False
