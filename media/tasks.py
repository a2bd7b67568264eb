"""Background work of the media app, on Django's task API (django-tasks; docs/decisions.md).

With ``TASKS_QUEUE=database`` a task waits in the database until ``manage.py db_worker`` runs
it; by default it runs at once in the process that enqueued it (``make run``, the tests).
"""

from __future__ import annotations

import logging
import weakref

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
    """imagekit cache-file strategy: build a photo's renditions in the background, once its
    upload has committed, never while a reader or the uploading editor waits.

    imagekit calls ``on_source_saved`` once per rendition; they are gathered per transaction
    into one task per photo. Like imagekit's ``Optimistic`` it never checks or builds a file
    when a URL is asked for, so readers cost nothing.
    """

    def on_source_saved(self, file):
        enqueue_after_commit(file.generator.source.instance.pk)

    def should_verify_existence(self, file):
        return False


#: Per database connection: the photos its open transaction will queue on commit.
_pending: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def enqueue_after_commit(photo_id: int, *, using=None) -> None:
    connection = transaction.get_connection(using)
    _pending.setdefault(connection, set()).add(photo_id)
    transaction.on_commit(lambda: _enqueue_pending(connection), using=using)


def _enqueue_pending(connection) -> None:
    for photo_id in sorted(_pending.pop(connection, ())):
        build_renditions.enqueue(photo_id)
