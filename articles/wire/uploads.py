"""Wire files uploaded in the admin: unpacked, checked, kept between the dry run and the import.

Staff who are not on the server send files (or zip archives of them) from the inbox page. An
upload is checked file by file — the limits below, zip archives opened member by member,
then the importer's own preflight (:func:`articles.wire.sources.preflight_problem`) — and what
passes is written to a private folder keyed to the user, ``WIRE_UPLOAD_DIR/<user id>/<token>/``
(never under ``MEDIA_ROOT``, which is served), with a manifest. A file that fails a check gets
its own error and the rest go on; the folder appears whole or not at all.

:func:`upload_import` then runs the import service on it (``articles.wire.batch.wire_import``):
a dry run as often as asked, in the request; the import once (the folder is claimed, then
removed), in a background task that the admin queues (``articles.wire.tasks``) after claiming
the upload itself, so a second click finds nothing to import (docs/import.md, "Importing from
the admin").
"""

from __future__ import annotations

import json
import os
import re
import secrets
import shutil
import struct
import time
import unicodedata
import zipfile
import zlib
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path, PurePosixPath
from typing import Protocol

from django.conf import settings

from articles.wire.batch import wire_import
from articles.wire.report import COUNTED_AS, ImportReport, empty_item, summary_line
from articles.wire.sources import (
    DEFAULT_MAX_BYTES,
    WIRE_EXTENSIONS,
    WireImportError,
    WireSource,
    preflight_problem,
)

__all__ = [
    "UploadLimits",
    "UploadNotFound",
    "UploadOptions",
    "UploadReport",
    "upload_claim",
    "upload_discard",
    "upload_import",
    "upload_release",
    "upload_stash",
]

MANIFEST = "manifest.json"
_TOKEN = re.compile(r"[A-Za-z0-9_-]{20,64}")
_PARTIAL, _CLAIMED = ".dang-ghi", ".dang-nhap"
# The end of a zip's central directory: signature, then the number of entries at offset 10.
_END_OF_DIRECTORY = b"PK\x05\x06"
_ZIP_COMMENT_MAX = 65535


class UploadNotFound(WireImportError):
    """The upload was imported, cancelled or removed as too old, or is someone else's."""


class UploadedFile(Protocol):
    """What is read of an uploaded file (Django's ``UploadedFile`` is one)."""

    name: str
    size: int

    def read(self, size: int = -1) -> bytes: ...

    def seek(self, offset: int, whence: int = 0) -> int: ...


@dataclass(frozen=True)
class UploadLimits:
    """Settings ``WIRE_UPLOAD_MAX_FILES``, ``WIRE_IMPORT_MAX_BYTES`` (each file, as for the
    command) and ``WIRE_UPLOAD_MAX_TOTAL_BYTES`` (the archives sent, and what is kept)."""

    max_files: int
    max_file_bytes: int
    max_total_bytes: int

    @classmethod
    def from_settings(cls) -> UploadLimits:
        return cls(
            max_files=settings.WIRE_UPLOAD_MAX_FILES,
            max_file_bytes=getattr(settings, "WIRE_IMPORT_MAX_BYTES", DEFAULT_MAX_BYTES),
            max_total_bytes=settings.WIRE_UPLOAD_MAX_TOTAL_BYTES,
        )


@dataclass(frozen=True)
class UploadOptions:
    """The import's settings, chosen once with the upload: the import repeats the dry run."""

    section: str | None = None  # a Section slug; None for the default
    source_name: str | None = None
    format: str = "auto"
    encoding: str = "auto"


@dataclass
class UploadReport:
    """A dry run's or an import's report, as the command gives it, plus the upload's own
    refusals (as failed items, in the order the files came) and the files skipped."""

    token: str
    dry_run: bool
    items: list[dict] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=lambda: ImportReport().counts)
    skipped: list[str] = field(default_factory=list)

    @property
    def summary(self) -> str:
        return summary_line(self.counts, dry_run=self.dry_run)

    @property
    def to_import(self) -> int:
        """Items the import would write (a dry run's "sẽ tạo" and "sẽ cập nhật")."""
        return self.counts["created"] + self.counts["updated"]


# --------------------------------------------------------------------------------------
# Storing an upload
# --------------------------------------------------------------------------------------


def upload_stash(
    *,
    owner_id: int,
    files: Iterable[UploadedFile],
    options: UploadOptions,
    limits: UploadLimits | None = None,
) -> str:
    """Check and keep the files uploaded by user ``owner_id``; the token to import them by.

    Removes the uploads older than ``WIRE_UPLOAD_KEEP_HOURS`` first. Raises
    :class:`WireImportError` only when nothing can be written (the disk); a bad file is
    recorded in the manifest as a failed item and the others are kept.
    """
    limits = limits or UploadLimits.from_settings()
    _sweep(_root())
    token = secrets.token_urlsafe(24)
    home = _user_dir(owner_id)
    partial = home / (token + _PARTIAL)
    try:
        partial.mkdir(parents=True)
        unpacker = _Unpacker(partial, limits, options.encoding)
        for upload in files:
            unpacker.add(upload)
        manifest = {
            "options": asdict(options),
            "files": unpacker.kept,
            "refused": unpacker.refused,
            "skipped": unpacker.skipped,
        }
        (partial / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False), "utf-8")
        partial.rename(home / token)
    except BaseException as exc:
        shutil.rmtree(partial, ignore_errors=True)
        if isinstance(exc, OSError):
            raise WireImportError(
                f"Không lưu được tệp tải lên trên máy chủ: {exc.strerror or exc}. Hãy thử lại."
            ) from exc
        raise
    return token


def upload_discard(*, owner_id: int, token: str) -> bool:
    """Remove an upload without importing it; whether there was one."""
    folder = _user_dir(owner_id) / _checked(token)
    if not folder.is_dir():
        return False
    shutil.rmtree(folder, ignore_errors=True)
    return True


class _Unpacker:
    """Writes the files that pass the checks into ``folder``, numbered in the order given."""

    def __init__(self, folder: Path, limits: UploadLimits, encoding: str):
        self.folder = folder
        self.limits = limits
        self.encoding = encoding
        self.kept: list[dict] = []
        self.refused: list[dict] = []
        self.skipped: list[str] = []
        self.order = 0
        self.total = 0

    def add(self, upload: UploadedFile) -> None:
        name = _display_name(upload.name) or "tệp không tên"
        if PurePosixPath(name).suffix.lower() == ".zip":
            self._add_archive(name, upload)
            return
        if upload.size > self.limits.max_file_bytes:
            self._refuse(name, _too_large(upload.size, self.limits.max_file_bytes))
            return
        upload.seek(0)
        self._keep(name, upload.read(self.limits.max_file_bytes + 1))

    def _add_archive(self, name: str, upload: UploadedFile) -> None:
        if upload.size > self.limits.max_total_bytes:
            self._refuse(name, "tệp nén " + _too_large(upload.size, self.limits.max_total_bytes))
            return
        entries = _declared_entries(upload)
        if entries is not None and entries > 2 * self.limits.max_files:
            self._refuse(
                name,
                f"tệp nén có {entries} mục, quá giới hạn {self.limits.max_files} tệp một lần "
                "nhập: hãy chia thành nhiều tệp nén nhỏ hơn (too many files in archive)",
            )
            return
        try:
            upload.seek(0)
            archive = zipfile.ZipFile(upload)
            members = archive.infolist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError) as exc:
            self._refuse(name, f"tệp nén ZIP bị hỏng, không mở được (corrupt zip: {exc})")
            return
        with archive:
            for member in members:
                self._add_member(name, archive, member)

    def _add_member(self, archive_name: str, archive: zipfile.ZipFile, member) -> None:
        if member.is_dir():
            return
        inner = member.filename.replace("\\", "/")
        unsafe = _unsafe_member_name(inner)
        name = f"{archive_name}/{_display_name(inner, keep_folders=True)}"
        if unsafe:
            self._refuse(name, unsafe)
            return
        parts = PurePosixPath(inner).parts
        if any(part.startswith(".") or part == "__MACOSX" for part in parts):
            return  # the archiver's own files, as hidden files in a folder for the command
        if PurePosixPath(inner).suffix.lower() not in WIRE_EXTENSIONS:
            self.skipped.append(name)
            return
        if member.flag_bits & 0x1:
            self._refuse(name, "tệp được đặt mật khẩu, không giải nén được (encrypted)")
            return
        if member.file_size > self.limits.max_file_bytes:
            self._refuse(name, _too_large(member.file_size, self.limits.max_file_bytes))
            return
        if self._full(name):
            return
        try:
            # zipfile never returns more than the size declared, and a member that holds more
            # (a bomb built to pass the check above) fails its CRC: refused as damaged.
            with archive.open(member) as handle:
                data = handle.read(self.limits.max_file_bytes + 1)
        except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, OSError) as exc:
            self._refuse(
                name,
                f"mục bị hỏng trong tệp nén (kích thước hoặc mã kiểm tra không khớp), không "
                f"giải nén được (corrupt zip member: {exc})",
            )
            return
        self._keep(name, data)

    def _full(self, name: str) -> bool:
        if len(self.kept) < self.limits.max_files:
            return False
        self._refuse(
            name,
            f"vượt quá {self.limits.max_files} tin một lần nhập: tệp này không được nhập, hãy "
            "tải lên ở lần sau (too many files)",
        )
        return True

    def _keep(self, name: str, data: bytes) -> None:
        if self._full(name):
            return
        problem = preflight_problem(
            data, size=len(data), max_bytes=self.limits.max_file_bytes, encoding=self.encoding
        )
        if problem:
            self._refuse(name, problem)
            return
        if self.total + len(data) > self.limits.max_total_bytes:
            limit = self.limits.max_total_bytes / 1024 / 1024
            self._refuse(
                name,
                f"vượt tổng dung lượng {limit:.0f} MB của một lần nhập: hãy tải lên ở lần sau "
                "(upload too large)",
            )
            return
        stored = f"{len(self.kept) + 1:04d}"
        (self.folder / stored).write_bytes(data)
        self.total += len(data)
        self.kept.append({"name": name, "stored": stored, "order": self._next()})

    def _refuse(self, name: str, reason: str) -> None:
        item = empty_item(name)
        item["error"] = f"{name}: {reason}"
        self.refused.append({"item": item, "order": self._next()})

    def _next(self) -> int:
        self.order += 1
        return self.order


def _too_large(size: int, limit: int) -> str:
    return (
        f"tệp quá lớn: {size / 1024 / 1024:.1f} MB, giới hạn {limit / 1024 / 1024:.1f} MB "
        "(file too large)"
    )


def _display_name(name: str, *, keep_folders: bool = False) -> str:
    """The name shown in reports: NFC, no control characters, at most 300 characters; the
    browser's file name without any folder (some send one)."""
    name = unicodedata.normalize("NFC", name)
    name = "".join(ch for ch in name if unicodedata.category(ch)[0] != "C")
    if not keep_folders:
        name = name.replace("\\", "/").rsplit("/", 1)[-1]
    return name.strip()[:300]


def _unsafe_member_name(name: str) -> str | None:
    """Why a name inside an archive is refused: one that would point outside the folder it
    is unpacked in. Nothing is ever written under such a name, but an archive carrying one
    is not from an agency's feed."""
    if (
        name.startswith("/")
        or re.match(r"[A-Za-z]:", name)
        or ".." in PurePosixPath(name).parts
        or any(unicodedata.category(ch)[0] == "C" for ch in name)
    ):
        return (
            "tên tệp trong tệp nén không an toàn (đường dẫn tuyệt đối hoặc có “..”), bị từ chối "
            "(unsafe path in archive)"
        )
    return None


def _declared_entries(upload: UploadedFile) -> int | None:
    """How many entries the archive says it holds, read from its last bytes before the
    ``zipfile`` module builds an object for each (a zip of a million empty files)."""
    upload.seek(0, 2)
    size = upload.tell()
    tail_size = min(size, _ZIP_COMMENT_MAX + 22)
    upload.seek(size - tail_size)
    tail = upload.read(tail_size)
    at = tail.rfind(_END_OF_DIRECTORY)
    if at < 0 or len(tail) < at + 22:
        return None  # not a zip: ZipFile says so
    (entries,) = struct.unpack("<H", tail[at + 10 : at + 12])
    # 0xFFFF: the real number is in the ZIP64 record; count it as too many.
    return entries if entries != 0xFFFF else 0xFFFFFFFF


# --------------------------------------------------------------------------------------
# Importing an upload
# --------------------------------------------------------------------------------------


def upload_claim(*, owner_id: int, token: str) -> None:
    """Take the upload for its import: from now on only the caller may import it (the folder
    is renamed, so a second click or a reload finds nothing). Raises :class:`UploadNotFound`
    when there is no such upload for this user, or it was claimed already."""
    home = _user_dir(owner_id)
    claimed = home / (_checked(token) + _CLAIMED)
    try:
        (home / token).rename(claimed)
        os.utime(claimed)  # however old the upload, no sweep removes it while it imports
    except OSError:
        raise _not_found() from None


def upload_release(*, owner_id: int, token: str) -> None:
    """Give a claimed upload back, not imported: its dry run and import can be asked again."""
    home = _user_dir(owner_id)
    (home / (_checked(token) + _CLAIMED)).rename(home / token)


def upload_import(
    *, owner_id: int, token: str, dry_run: bool, claimed: bool = False
) -> UploadReport:
    """The import of a stored upload: a dry run (the upload stays), or the import (the upload
    is claimed first, so it is imported once, and removed after). ``claimed``: the caller
    claimed it already (:func:`upload_claim`, the admin's request before it queues the task).

    Raises :class:`UploadNotFound` when there is no such upload for this user (imported,
    cancelled, expired), :class:`WireImportError` when the import cannot start (the section
    chosen was deleted meanwhile); the upload is then given back, to try again.
    """
    home = _user_dir(owner_id)
    folder = home / _checked(token)
    if not dry_run:
        if not claimed:
            upload_claim(owner_id=owner_id, token=token)
        folder = home / (token + _CLAIMED)
    try:
        manifest = json.loads((folder / MANIFEST).read_text("utf-8"))
    except (OSError, ValueError):
        raise _not_found() from None
    options = UploadOptions(**manifest["options"])
    sources = [_source(kept["name"], folder / kept["stored"]) for kept in manifest["files"]]
    try:
        imported = wire_import(
            sources=sources,
            section=options.section,
            source_name=options.source_name,
            format=options.format,
            encoding=options.encoding,
            dry_run=dry_run,
            jobs=0,  # never fork worker processes from a web server's or a task worker's process
        )
    except BaseException:
        if not dry_run:
            upload_release(owner_id=owner_id, token=token)
        raise
    if not dry_run:
        shutil.rmtree(folder, ignore_errors=True)
    return _merged(token, dry_run, manifest, imported)


def _source(name: str, path: Path) -> WireSource:
    return WireSource(name, lambda: open(path, "rb"))


def _merged(token: str, dry_run: bool, manifest: dict, imported: ImportReport) -> UploadReport:
    """The importer's items and the upload's refusals, in the order the files came."""
    pairs = zip(manifest["files"], imported.items, strict=True)
    ordered = [(kept["order"], item) for kept, item in pairs]
    ordered += [(refused["order"], refused["item"]) for refused in manifest["refused"]]
    report = UploadReport(token=token, dry_run=dry_run, skipped=manifest["skipped"])
    report.counts = dict(imported.counts)
    for refused in manifest["refused"]:
        report.counts[COUNTED_AS[refused["item"]["status"]]] += 1
    report.items = [item for _, item in sorted(ordered, key=lambda pair: pair[0])]
    return report


def _not_found() -> UploadNotFound:
    return UploadNotFound(
        "Không còn tệp tải lên này: đã được nhập, đã hủy hoặc đã quá hạn. Hãy tải tệp lên lại."
    )


def _checked(token: str) -> str:
    if not _TOKEN.fullmatch(token or ""):
        raise _not_found()
    return token


def _root() -> Path:
    return Path(settings.WIRE_UPLOAD_DIR)


def _user_dir(owner_id: int) -> Path:
    return _root() / str(int(owner_id))


def _sweep(root: Path) -> None:
    """Remove the uploads (of every user) left longer than ``WIRE_UPLOAD_KEEP_HOURS``."""
    cutoff = time.time() - settings.WIRE_UPLOAD_KEEP_HOURS * 3600
    if not root.is_dir():
        return
    for folder in root.glob("*/*"):
        try:
            if folder.is_dir() and folder.stat().st_mtime < cutoff:
                shutil.rmtree(folder, ignore_errors=True)
        except OSError:
            continue  # removed meanwhile by another request
