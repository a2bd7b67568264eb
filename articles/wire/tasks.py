"""Imports started from the admin, run as a background task (Django's task API, django-tasks;
docs/decisions.md, docs/import.md "Importing from the admin").

The dry run stays in the request (it writes nothing). The editor's "Nhập" goes through
:func:`wire_upload_enqueue`: the request claims the upload (a second click finds nothing to
import) and queues :func:`wire_upload_import`, which runs the dry run's own service,
``articles.wire.uploads.upload_import``, on the claimed upload. The page then reads the task's
result with :func:`wire_upload_result`. Without a queue (``make run``, the tests) the task has
run when ``enqueue`` returns; with ``TASKS_QUEUE=database`` it waits for ``manage.py
db_worker``, which reads the upload from the same ``WIRE_UPLOAD_DIR`` as the app servers.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from django_tasks import TaskResult, TaskResultStatus, task
from django_tasks.exceptions import TaskResultDoesNotExist, TaskResultMismatch

from articles.wire.sources import WireImportError
from articles.wire.uploads import (
    UploadNotFound,
    UploadReport,
    upload_claim,
    upload_import,
    upload_release,
)


@task()
def wire_upload_import(*, owner_id: int, token: str) -> dict:
    """Import the upload ``token`` of user ``owner_id``, claimed by the request that queued
    this; returns the report (``UploadReport`` as a dict). Fails, giving the upload back, when
    the import cannot start (:func:`upload_import`)."""
    report = upload_import(owner_id=owner_id, token=token, dry_run=False, claimed=True)
    return asdict(report)


def wire_upload_enqueue(*, owner_id: int, token: str) -> UploadImportState:
    """Claim the upload and queue its import; what the result page shows now.

    Raises :class:`UploadNotFound` when the upload was imported, is being imported (a second
    click), was cancelled or expired: nothing is queued then.
    """
    upload_claim(owner_id=owner_id, token=token)
    try:
        result = wire_upload_import.enqueue(owner_id=owner_id, token=token)
    except BaseException:
        upload_release(owner_id=owner_id, token=token)
        raise
    return UploadImportState.of(result)


def wire_upload_result(*, result_id: str, owner_id: int) -> UploadImportState:
    """The state of a queued import, for its owner only. Raises :class:`UploadNotFound` for
    an unknown id, another user's import, or a queue that keeps no results (the immediate
    backend, whose import page shows the report at once)."""
    backend = wire_upload_import.get_backend()
    if not backend.supports_get_result:
        raise _no_such_import()
    try:
        result = wire_upload_import.get_result(result_id)
    except (TaskResultDoesNotExist, TaskResultMismatch):
        raise _no_such_import() from None
    if result.kwargs.get("owner_id") != owner_id:
        raise _no_such_import()
    return UploadImportState.of(result)


@dataclass(frozen=True)
class UploadImportState:
    """A queued import as its page shows it: waiting, running, done (with the report) or
    failed (with the error, the upload kept to try again when the import could not start)."""

    result_id: str
    token: str
    status: str  # a TaskResultStatus value
    report: UploadReport | None = None
    error: str | None = None

    @classmethod
    def of(cls, result: TaskResult) -> UploadImportState:
        state = cls(result_id=str(result.id), token=result.kwargs["token"], status=result.status)
        if result.status == TaskResultStatus.SUCCESSFUL:
            return cls(**{**asdict(state), "report": UploadReport(**result.return_value)})
        if result.status == TaskResultStatus.FAILED:
            return cls(**{**asdict(state), "error": _error_message(result)})
        return state

    @property
    def finished(self) -> bool:
        return self.status in (TaskResultStatus.SUCCESSFUL, TaskResultStatus.FAILED)

    @property
    def waiting(self) -> bool:
        """Still in the queue, no worker has taken it yet."""
        return self.status == TaskResultStatus.READY


def _no_such_import() -> UploadNotFound:
    return UploadNotFound("Không tìm thấy lần nhập này (hoặc đó là lần nhập của người khác).")


def _error_message(result: TaskResult) -> str:
    """The message the task failed with, as its stored traceback ends. An importer's error
    (``WireImportError``: the section was deleted, the upload is gone) is meant for editors
    and shown as it is; anything else is named as a fault of the server."""
    if not result.errors:
        return "Việc nhập bị dừng mà không rõ lý do. Hãy thử lại hoặc báo bộ phận kỹ thuật."
    error = result.errors[-1]
    # Python's traceback names built-in exceptions without their module.
    shown_as = error.exception_class_path.removeprefix("builtins.")
    _, found, message = error.traceback.rstrip().rpartition(f"{shown_as}: ")
    message = message.strip() if found else ""
    try:
        editors_error = issubclass(error.exception_class, WireImportError)
    except (ImportError, ValueError):
        editors_error = False
    if editors_error and message:
        return message
    name = error.exception_class_path.rpartition(".")[2]
    return (
        f"Lỗi máy chủ khi nhập ({name}{': ' + message if message else ''}). Các tin đã ghi "
        "trước lỗi vẫn còn; hãy báo bộ phận kỹ thuật."
    )
