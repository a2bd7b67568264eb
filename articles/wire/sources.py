"""Where an import's items come from, and the bytes of each read and checked before parsing.

``collect_sources`` turns the paths given to the command (files, folders, ``-``) into
:class:`WireSource` values; :func:`read_item` reads one (at most the size limit, the rest left
open to be streamed into storage) and :func:`preflight_problem` says why bytes cannot be a
story (empty, too big, binary, cut short) before any parsing.
"""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from articles.wire.read.decode import sniff_utf16
from articles.wire.read.detect import detect_format
from articles.wire.report import empty_item

__all__ = [
    "DEFAULT_MAX_BYTES",
    "Read",
    "WireImportError",
    "WireSource",
    "collect_sources",
    "preflight_problem",
    "read_item",
]

#: Files larger than this fail (and are kept in storage): no agency story comes near it.
DEFAULT_MAX_BYTES = 5 * 1024 * 1024
#: Extensions taken from a folder; other files there (photos, .DS_Store) are skipped.
WIRE_EXTENSIONS = frozenset(
    {".txt", ".text", ".xml", ".nitf", ".newsml", ".g2", ".nml", ".html", ".htm", ".xhtml", ""}
)


class WireImportError(Exception):
    """The import cannot start (a section or path that does not exist): Vietnamese message."""


@dataclass(frozen=True)
class WireSource:
    """One item to import: a name for the report and a way to open its bytes."""

    name: str
    open: Callable[[], BinaryIO]

    @classmethod
    def from_path(cls, path: str | os.PathLike) -> WireSource:
        return cls(str(path), lambda: open(path, "rb"))

    @classmethod
    def from_bytes(cls, name: str, data: bytes) -> WireSource:
        return cls(name, lambda: io.BytesIO(data))


def collect_sources(
    paths: Sequence[str], *, stdin: BinaryIO | None = None
) -> tuple[list[WireSource], list[str]]:
    """Files named, files under folders (recursively, sorted), and ``-`` for standard input.

    Returns (sources, skipped): from folders only wire-looking files are taken (``.txt``,
    ``.xml``, ``.nitf``, ``.html``…, or no extension), hidden files never; files named
    explicitly are always taken. Raises :class:`WireImportError` for a path that does not exist.
    """
    sources: list[WireSource] = []
    skipped: list[str] = []
    for raw in paths:
        if raw == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            sources.append(WireSource("-", lambda stream=stream: _NoClose(stream)))
            continue
        path = Path(raw)
        if path.is_dir():
            for found in sorted(p for p in path.rglob("*") if p.is_file()):
                relative = found.relative_to(path).parts
                if any(part.startswith(".") for part in relative):
                    continue
                if found.suffix.lower() not in WIRE_EXTENSIONS:
                    skipped.append(str(found))
                    continue
                sources.append(WireSource.from_path(found))
        elif path.is_file():
            sources.append(WireSource.from_path(path))
        else:
            raise WireImportError(f"Không tìm thấy tệp hoặc thư mục: {raw}")
    return sources, skipped


class _NoClose:
    """Standard input read like a file, without closing it."""

    def __init__(self, stream: BinaryIO):
        self.stream = stream

    def read(self, size: int = -1) -> bytes:
        return self.stream.read(size)

    def close(self) -> None:
        pass


# --------------------------------------------------------------------------------------
# Reading and checking the bytes
# --------------------------------------------------------------------------------------

_MAGIC = (
    (b"%PDF", "tệp PDF"),
    (b"\x89PNG", "ảnh PNG"),
    (b"\xff\xd8\xff", "ảnh JPEG"),
    (b"GIF8", "ảnh GIF"),
    (b"PK\x03\x04", "tệp nén ZIP (hoặc Word .docx)"),
    (b"\xd0\xcf\x11\xe0", "tệp Word/Excel đời cũ (.doc/.xls)"),
    (b"\x1f\x8b", "tệp nén gzip"),
)


def preflight_problem(data: bytes, *, size: int, max_bytes: int, encoding: str) -> str | None:
    """Why these bytes cannot be a story, before any parsing: empty, too big, binary, cut."""
    if size > max_bytes:
        return (
            f"tệp quá lớn: {size / 1024 / 1024:.1f} MB, giới hạn {max_bytes / 1024 / 1024:.1f} "
            "MB (file too large)"
        )
    if not data.strip():
        return "tệp rỗng, không có nội dung (empty file)"
    for magic, label in _MAGIC:
        if data.startswith(magic):
            return f"đây là {label}, không phải tin bài dạng văn bản (binary file, not wire text)"
    if (
        b"\x00" in data[:8192]
        and not sniff_utf16(data)
        and not data.startswith((b"\xff\xfe", b"\xfe\xff"))
    ):
        return "tệp chứa dữ liệu nhị phân, không phải văn bản (binary data, not text)"
    if encoding.lower().replace("_", "-") in ("auto", "utf-8", "utf8"):
        try:
            data.decode("utf-8")
        except UnicodeDecodeError as exc:
            # Valid UTF-8 up to a multi-byte letter cut in half at the very end.
            if exc.reason == "unexpected end of data" and exc.start >= len(data) - 3:
                return (
                    "tệp bị cắt cụt: kết thúc giữa một ký tự UTF-8, có thể chưa tải xong "
                    "(truncated file)"
                )
    return None


@dataclass
class Read:
    """An item as read in the importing process: its bytes, or why it fails before any
    parsing; ``item`` is its report dict (:func:`articles.wire.report.empty_item`)."""

    item: dict
    data: bytes = b""
    rest: BinaryIO | None = None  # still open: the file is larger than the limit
    problem: str | None = None

    @property
    def to_parse(self) -> bool:
        return self.rest is None and self.problem is None


def read_item(source: WireSource, *, max_bytes: int, format: str, encoding: str) -> Read:
    item = empty_item(source.name)
    try:
        data, rest = _read(source, max_bytes)
    except OSError as exc:
        return Read(item, problem=f"không đọc được tệp: {exc.strerror or exc}")
    item["format"] = _guess_format(data, source.name, format)
    if rest is not None:
        return Read(item, data, rest)
    problem = preflight_problem(data, size=len(data), max_bytes=max_bytes, encoding=encoding)
    return Read(item, data, problem=problem)


def _read(source: WireSource, max_bytes: int) -> tuple[bytes, BinaryIO | None]:
    """The first ``max_bytes + 1`` bytes, and the still-open stream when there are more."""
    handle = source.open()
    data = handle.read(max_bytes + 1)
    if len(data) <= max_bytes:
        handle.close()
        return data, None
    return data, handle


def _guess_format(data: bytes, name: str, requested: str) -> str | None:
    if requested != "auto":
        return requested
    try:
        return detect_format(data[:65536], name)
    except Exception:  # sniffing a header never decides whether an item fails
        return None
