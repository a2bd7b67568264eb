"""Imports started from the admin, run as a background task (Django's task API, django-tasks;
docs/decisions.md): the request stores the uploaded files and returns, a worker imports them.

``wire_import_enqueue`` is the entry point for a view: it keeps the files in the media storage
(object storage in production, so any worker machine can read them), queues
``wire_import_files`` and returns its result handle (``result.id``; with the database queue,
``wire_import_files.get_result(id)`` later gives the status and the report). Without a queue
(``make run``, the tests) the import runs at once and the handle already holds the report.
"""

from __future__ import annotations

import uuid

from django.core.files.storage import default_storage
from django_tasks import task

from articles.wire.batch import wire_import
from articles.wire.sources import WireSource

UPLOAD_FOLDER = "wire-uploads"


def wire_import_enqueue(
    *,
    files,
    section: str | None = None,
    source_name: str | None = None,
    format: str = "auto",
    encoding: str = "auto",
):
    """Keep the uploaded ``files`` and queue their import as drafts; returns the task result.

    ``section`` is a section's slug (None: the default section). Nothing is imported twice and
    nothing is lost: the files are removed only once the import has run to its end.
    """
    folder = f"{UPLOAD_FOLDER}/{uuid.uuid4().hex}"
    names, labels = [], []
    for upload in files:
        names.append(default_storage.save(f"{folder}/{upload.name}", upload))
        labels.append(upload.name)
    return wire_import_files.enqueue(
        names=names,
        labels=labels,
        section=section,
        source_name=source_name,
        format=format,
        encoding=encoding,
    )


def _stored(name: str, label: str) -> WireSource:
    return WireSource(label, lambda: default_storage.open(name, "rb"))


@task()
def wire_import_files(
    *,
    names: list[str],
    labels: list[str],
    section: str | None,
    source_name: str | None,
    format: str,
    encoding: str,
) -> dict:
    """Import the stored files ``names`` (reported as ``labels``); returns the JSON report."""
    report = wire_import(
        sources=[_stored(name, label) for name, label in zip(names, labels, strict=True)],
        section=section,
        source_name=source_name,
        format=format,
        encoding=encoding,
    )
    for name in names:
        default_storage.delete(name)
    return report.as_dict()
