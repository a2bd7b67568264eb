"""The database end of the wire import: link against people, save drafts, keep every item.

``wire_import(sources=...)`` runs the pure pipeline (``articles.wire.parse``), links officials
and resolutions against indexes read once per batch, and for each item, in its own
transaction: records a :class:`~articles.wire.models.WireItem` (raw bytes, parse, warnings,
error, status) and creates or updates a *draft* article. It never publishes. The report it
returns is the JSON contract of ``manage.py import_wire --report json`` (docs/import.md).
"""

from __future__ import annotations

import hashlib
import logging
import multiprocessing
import os
import sys
import tempfile
import uuid
from collections import defaultdict, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

import reversion
from django.conf import settings
from django.core.files import File
from django.db import connection, transaction
from django.db.models import QuerySet
from django.db.models.signals import post_save, pre_save
from django.urls import reverse
from reversion.revisions import create_revision, post_revision_commit, pre_revision_commit

from articles.desk.revisions import new_draft_revision
from articles.models import Article, Section, Transition
from articles.search_index import PreparedDocument, build_document, prepare_document
from articles.wire.models import PROVISIONAL_TITLE_PREFIX, PersonSuggestion, PhotoSlot, WireItem
from articles.wire.read.decode import sniff_utf16
from articles.wire.read.detect import FORMATS, detect_format, parse
from articles.wire.read.errors import WireError
from articles.wire.read.structure import WireStory, story_body_html
from articles.wire.write import Insert, Ref, insert_of, write
from media.models import Credit
from newsroom.slugs import free_slug
from newsroom.text import fold, normalize, normalize_inline
from people.mentions.officials import OfficialMatch, PeopleIndex, PersonEntry, find_officials
from people.mentions.resolutions import (
    ResolutionEntry,
    ResolutionIndex,
    ResolutionMatch,
    find_resolutions,
)
from people.models import Person, Position, Resolution

__all__ = [
    "DEFAULT_MAX_BYTES",
    "ImportReport",
    "WireImportError",
    "WireSource",
    "collect_sources",
    "load_people_index",
    "load_resolution_index",
    "resolve_section",
    "wire_import",
    "wire_publish_problems",
]

logger = logging.getLogger(__name__)

#: Files larger than this fail (and are kept in storage): no agency story comes near it.
DEFAULT_MAX_BYTES = 5 * 1024 * 1024
#: Extensions taken from a folder; other files there (photos, .DS_Store) are skipped.
WIRE_EXTENSIONS = frozenset(
    {".txt", ".text", ".xml", ".nitf", ".newsml", ".g2", ".nml", ".html", ".htm", ".xhtml", ""}
)
#: Section used when none is given, if it exists; else the first section.
DEFAULT_SECTION_SLUG = "thoi-su"

_TITLE_MAX = Article._meta.get_field("title").max_length
_BYLINE_MAX = Article._meta.get_field("byline").max_length
_SOURCE_MAX = Article._meta.get_field("source").max_length
_SLUG_MAX = Article._meta.get_field("slug").max_length
#: The fields ``Article.prepare_text`` prepares: what a draft takes from its story.
_TEXT_FIELDS = ("title", "sapo", "body", "byline", "source")


class WireImportError(Exception):
    """The import cannot start (a section or path that does not exist): Vietnamese message."""


# --------------------------------------------------------------------------------------
# Sources
# --------------------------------------------------------------------------------------


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
        import io

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
# Indexes read once per batch
# --------------------------------------------------------------------------------------


def load_people_index() -> PeopleIndex:
    """Every person's names and position titles: two queries, whatever the batch size."""
    return _load_people()[0]


def _load_people() -> tuple[PeopleIndex, dict[int, Person]]:
    """The index, and every person as a bare ``Person`` (names only) in the model's order:
    what a draft's search document needs of its officials, without a query per draft."""
    titles: dict[int, list[str]] = defaultdict(list)
    for person_id, title in Position.objects.values_list("person_id", "title"):
        titles[person_id].append(title)
    people = {
        person_id: Person(id=person_id, full_name=full_name, aliases=aliases)
        for person_id, full_name, aliases in Person.objects.values_list(
            "id", "full_name", "aliases"
        )
    }
    index = PeopleIndex(
        PersonEntry(
            person.pk,
            person.full_name,
            (person.full_name, *(line for line in person.aliases.splitlines() if line.strip())),
            tuple(titles[person.pk]),
        )
        for person in people.values()
    )
    return index, people


def load_resolution_index() -> ResolutionIndex:
    return _load_resolutions()[0]


def _load_resolutions() -> tuple[ResolutionIndex, dict[int, Resolution]]:
    rows = list(
        Resolution.objects.values_list("id", "kind", "number", "term", "title", "issuer__name")
    )
    index = ResolutionIndex(
        ResolutionEntry(rid, kind, number, term, title, issuer or "")
        for rid, kind, number, term, title, issuer in rows
    )
    return index, {
        rid: Resolution(id=rid, kind=kind, number=number) for rid, kind, number, *_ in rows
    }


def resolve_section(slug: str | None) -> Section:
    """The section named by ``slug``; without one, "Thời sự" if it exists, else the first."""
    if slug:
        section = Section.objects.filter(slug=slug).first()
        if section is None:
            known = ", ".join(Section.objects.values_list("slug", flat=True)[:20]) or "(chưa có)"
            raise WireImportError(
                f"Không có chuyên mục có đường dẫn “{slug}”. Các chuyên mục hiện có: {known}."
            )
        return section
    section = Section.objects.filter(slug=DEFAULT_SECTION_SLUG).first() or Section.objects.first()
    if section is None:
        raise WireImportError(
            "Chưa có chuyên mục nào để xếp bài nhập vào: hãy tạo một chuyên mục trong trang "
            "quản trị (hoặc chạy manage.py load_demo) rồi nhập lại."
        )
    return section


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


def _explain(exc: WireError) -> str:
    message = str(exc)
    if "no element found" in message or "unclosed token" in message:
        return f"{message} — tệp XML có vẻ bị cắt cụt (truncated)"
    return message


# --------------------------------------------------------------------------------------
# The story as data
# --------------------------------------------------------------------------------------


def story_fingerprint(story: WireStory) -> str:
    """SHA-256 of the story's normalised text: the same copy re-sent is recognised."""
    parts = [story.title or "", story.sapo, *(block.text for block in story.blocks)]
    canonical = "\n".join(" ".join(normalize_inline(part).casefold().split()) for part in parts)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def story_as_dict(story: WireStory) -> dict:
    return {
        "title": story.title,
        "sapo": story.sapo,
        "blocks": [{"kind": b.kind, "text": b.text} for b in story.blocks],
        "captions": [
            {"text": c.text, "credit": c.credit, "position": c.position} for c in story.captions
        ],
        "byline": story.byline,
        "dateline": story.dateline,
        "source": story.source,
        "guid": story.guid,
        "version": story.version,
        "published_at": story.published_at.isoformat() if story.published_at else None,
        "format": story.source_format,
        "encoding": story.encoding,
    }


def provisional_title(story: WireStory, *, words: int = 12) -> str:
    """``[Chưa có tiêu đề] <first words of the sapo>…`` for a story that came without a title."""
    basis = story.sapo or next((b.text for b in story.text_blocks), "")
    first = basis.split()
    text = " ".join(first[:words]) + ("…" if len(first) > words else "")
    return f"{PROVISIONAL_TITLE_PREFIX} {text}".strip()[:_TITLE_MAX]


def _texts(story: WireStory) -> list[str]:
    return [t for t in (story.title or "", story.sapo, *(b.text for b in story.blocks)) if t]


@dataclass
class _Links:
    officials: list[OfficialMatch]
    resolutions: list[ResolutionMatch]
    warnings: list[str]


def link_story(
    story: WireStory, *, people: PeopleIndex, resolutions: ResolutionIndex, rejected: set[str]
) -> _Links:
    """Officials and resolutions of ``story`` (pure apart from the indexes given)."""
    officials = find_officials(_texts(story), people)
    warnings = []
    for official in officials:
        if official.suggested and fold(official.name) in rejected:
            official.suggested = False
        if official.person_id is None and official.candidates:
            warnings.append(
                f"Tên “{official.name}” trùng với {len(official.candidates)} nhân vật "
                f"(#{', #'.join(map(str, official.candidates))}); chức danh trong tin không đủ "
                "để phân biệt, biên tập viên cần chọn."
            )
    found = find_resolutions(_texts(story), resolutions)
    return _Links(officials, found, warnings)


def _officials_report(links: _Links) -> list[dict]:
    return [
        {
            "name": o.name,
            "titles": o.titles,
            "person_id": o.person_id,
            "suggested": o.suggested,
        }
        for o in links.officials
    ]


def _resolutions_report(links: _Links) -> list[dict]:
    return [
        {"text": r.text, "number": r.number, "resolution_id": r.resolution_id}
        for r in links.resolutions
    ]


def _admin_url(article_id: int | None, batch: _Batch) -> str | None:
    """Where an editor opens the draft (drafts have no public page)."""
    if article_id is None:
        return None
    if batch.admin_path is None:
        return settings.SITE_URL + reverse("admin:articles_article_change", args=[article_id])
    return f"{settings.SITE_URL}{batch.admin_path[0]}{article_id}{batch.admin_path[1]}"


def _admin_path() -> tuple[str, str] | None:
    """The admin path of a draft around its id, resolved once per batch (``reverse`` costs
    more than an item's insert); None if the id cannot be told apart in it."""
    probe = reverse("admin:articles_article_change", args=[_PROBE_ID])
    if probe.count(str(_PROBE_ID)) != 1:
        return None
    before, after = probe.split(str(_PROBE_ID))
    return before, after


_PROBE_ID = 987654321


# --------------------------------------------------------------------------------------
# The batch
# --------------------------------------------------------------------------------------


@dataclass
class ImportReport:
    """What the import did: the JSON contract of docs/import.md, "JSON report"."""

    items: list[dict] = field(default_factory=list)
    counts: dict[str, int] = field(
        default_factory=lambda: {"created": 0, "updated": 0, "duplicate": 0, "failed": 0}
    )

    @property
    def failed(self) -> int:
        return self.counts["failed"]

    def as_dict(self) -> dict:
        return {"items": self.items, "counts": self.counts}


#: Report statuses, and the count each adds to (a dry run counts what it would do).
_COUNTED_AS = {
    "created": "created",
    "would-create": "created",
    "updated": "updated",
    "would-update": "updated",
    "duplicate": "duplicate",
    "failed": "failed",
}


@dataclass
class _Batch:
    section: Section | None
    source_name: str | None
    format: str
    encoding: str
    dry_run: bool
    max_bytes: int
    people: PeopleIndex
    resolutions: ResolutionIndex
    credits: dict
    rejected: set[str]
    # Bare rows (names, numbers) in their models' order, for the drafts' search documents.
    people_rows: dict[int, Person] = field(default_factory=dict)
    resolution_rows: dict[int, Resolution] = field(default_factory=dict)
    # A dry run writes nothing, so the duplicates within the batch are remembered here.
    seen_hashes: dict[str, str] = field(default_factory=dict)
    seen_guids: dict[str, tuple[int, str]] = field(default_factory=dict)
    admin_path: tuple[str, str] | None = field(default_factory=_admin_path)
    article_ids: _NewIds = field(default_factory=lambda: _NewIds())

    def __post_init__(self) -> None:
        self.rank = {pid: n for n, pid in enumerate(self.people_rows)}
        self.resolution_rank = {rid: n for n, rid in enumerate(self.resolution_rows)}


def wire_import(
    *,
    sources: Iterable[WireSource],
    section: Section | str | None = None,
    source_name: str | None = None,
    format: str = "auto",
    encoding: str = "auto",
    dry_run: bool = False,
    max_bytes: int | None = None,
    on_item: Callable[[dict], None] | None = None,
    keep_items: bool = True,
    jobs: int | None = None,
) -> ImportReport:
    """Import wire items as draft articles; one transaction per item; never publishes.

    ``section``: a Section, a slug, or None for the default (:func:`resolve_section`).
    ``source_name`` overrides the agency read from the copy (``Article.source``). With
    ``dry_run`` everything is parsed, linked and checked for duplicates, and nothing is written
    (statuses ``would-create`` / ``would-update``). ``on_item(item)`` is called after each
    item; with ``keep_items=False`` the report keeps only the counts, so memory stays flat
    however long the batch. Raises :class:`WireImportError` before any item when the section
    does not exist.

    ``jobs``: how many worker processes parse and link the items ahead while this process
    writes them, in order (0: everything here; None: :func:`default_jobs`, and none for a
    batch shorter than ``POOL_MIN_ITEMS``). The items, the report and the transactions are
    the same whatever the number.
    """
    if format != "auto" and format not in FORMATS:
        raise WireImportError(f"Định dạng không hợp lệ: {format}")
    if not isinstance(section, Section):
        section = resolve_section(section)
    people, people_rows = _load_people()
    resolutions, resolution_rows = _load_resolutions()
    batch = _Batch(
        section=section,
        source_name=normalize_inline(source_name or "")[:_SOURCE_MAX] or None,
        format=format,
        encoding=encoding or "auto",
        dry_run=dry_run,
        max_bytes=max_bytes or getattr(settings, "WIRE_IMPORT_MAX_BYTES", DEFAULT_MAX_BYTES),
        people=people,
        resolutions=resolutions,
        people_rows=people_rows,
        resolution_rows=resolution_rows,
        credits=Credit.objects.by_key(),
        rejected=set(
            PersonSuggestion.objects.filter(status=PersonSuggestion.Status.REJECTED).values_list(
                "name_key", flat=True
            )
        ),
    )
    if jobs is None:
        short = isinstance(sources, Sequence) and len(sources) < POOL_MIN_ITEMS
        jobs = 0 if short else default_jobs()
    report = ImportReport()
    for read, analysis in _read_and_analyse(sources, batch, jobs):
        item = _import_read(read, analysis, batch)
        report.counts[_COUNTED_AS[item["status"]]] += 1
        if keep_items:
            report.items.append(item)
        if on_item is not None:
            on_item(item)
    return report


def _empty_item(name: str) -> dict:
    return {
        "source": name,
        "status": "failed",
        "format": None,
        "encoding": None,
        "title": None,
        "sapo": "",
        "byline": None,
        "subheadings": [],
        "captions": [],
        "officials": [],
        "resolutions": [],
        "warnings": [],
        "error": None,
        "article_id": None,
        "url": None,
    }


def _read(source: WireSource, max_bytes: int) -> tuple[bytes, BinaryIO | None]:
    """The first ``max_bytes + 1`` bytes, and the still-open stream when there are more."""
    handle = source.open()
    data = handle.read(max_bytes + 1)
    if len(data) <= max_bytes:
        handle.close()
        return data, None
    return data, handle


@dataclass
class _Read:
    """An item as read in this process: its bytes, or why it fails before any parsing."""

    item: dict
    data: bytes = b""
    rest: BinaryIO | None = None  # still open: the file is larger than the limit
    problem: str | None = None

    @property
    def to_parse(self) -> bool:
        return self.rest is None and self.problem is None


#: What the pure stage gives: (story, links, fingerprint, draft, None), or (None, None, None,
#: None, error). The draft is None when preparing it failed: the writer tries again, in the
#: item's transaction, so that the failure is reported as one to save.
_Analysis = tuple[WireStory | None, _Links | None, str | None, "_Draft | None", str | None]


@dataclass(frozen=True)
class _Draft:
    """What a draft takes from its story, prepared in the pure stage (in a worker process
    with ``jobs``, off the writer's path): the title and the warning it needs, the article's
    text as ``Article.prepare_text`` stores it, and the search document of that text with
    the story's mentions (``articles.search.build_document``)."""

    title: str
    title_warning: str | None
    text: dict[str, str]
    document: PreparedDocument


def _draft(story: WireStory, links: _Links, batch: _Batch) -> _Draft:
    title, warning = _title_of(story)
    article = Article(**_article_fields(story, title, batch))
    article.prepare_text()
    mentions = _Mentions.of(links, batch)
    document = build_document(article, officials=mentions.people, resolutions=mentions.resolutions)
    text = {name: getattr(article, name) for name in _TEXT_FIELDS}
    return _Draft(title, warning, text, document)


def _title_of(story: WireStory) -> tuple[str, str | None]:
    """The draft's title, and the warning for the editor when it is not the story's own."""
    title = story.title
    if not title:
        title = provisional_title(story)
        return title, (
            f"Tiêu đề tạm “{title}”: biên tập viên cần đặt tiêu đề thật trước khi xuất bản."
        )
    if len(title) > _TITLE_MAX:
        return title[: _TITLE_MAX - 1] + "…", f"Tiêu đề dài quá {_TITLE_MAX} ký tự, đã bị cắt."
    return title, None


def _read_item(source: WireSource, batch: _Batch) -> _Read:
    item = _empty_item(source.name)
    try:
        data, rest = _read(source, batch.max_bytes)
    except OSError as exc:
        return _Read(item, problem=f"không đọc được tệp: {exc.strerror or exc}")
    item["format"] = _guess_format(data, source.name, batch.format)
    if rest is not None:
        return _Read(item, data, rest)
    problem = preflight_problem(
        data, size=len(data), max_bytes=batch.max_bytes, encoding=batch.encoding
    )
    return _Read(item, data, problem=problem)


def _analyse(data: bytes, name: str, batch: _Batch) -> _Analysis:
    """The pure stage: parse and link (no database; runs in a worker process with ``jobs``)."""
    try:
        story = parse(data, name=name, format=batch.format, encoding=batch.encoding)
        links = link_story(
            story, people=batch.people, resolutions=batch.resolutions, rejected=batch.rejected
        )
    except WireError as exc:
        return None, None, None, None, _explain(exc)
    except Exception as exc:  # a parser bug on odd input must not stop the batch
        logger.exception("Wire item %s could not be parsed", name)
        return None, None, None, None, f"lỗi không mong đợi khi đọc tin: {exc!r}"
    try:
        draft = _draft(story, links, batch)
    except Exception:  # the writer prepares it again and reports the failure as one to save
        draft = None
    return story, links, story_fingerprint(story), draft, None


def _import_one(source: WireSource, batch: _Batch) -> dict:
    read = _read_item(source, batch)
    analysis = _analyse(read.data, source.name, batch) if read.to_parse else None
    return _import_read(read, analysis, batch)


def _import_read(read: _Read, analysis: _Analysis | None, batch: _Batch) -> dict:
    """Everything after parsing, in this process: the item's transaction, or its failure."""
    item, data = read.item, read.data
    if read.rest is not None:
        try:
            return _failed_oversize(item, batch, head=data, rest=read.rest)
        finally:
            read.rest.close()
    if read.problem:
        return _failed(item, batch, data=data, error=read.problem)
    story, links, content_hash, draft, error = analysis
    if error is not None:
        return _failed(item, batch, data=data, error=error)
    _fit_metadata(story)
    _describe(item, story, links)
    try:
        with transaction.atomic():
            return _persist(
                item,
                batch,
                data=data,
                story=story,
                links=links,
                content_hash=content_hash,
                draft=draft or _draft(story, links, batch),
            )
    except Exception as exc:  # the item's savepoint is rolled back; record it as failed
        logger.exception("Wire item %s could not be saved", item["source"])
        item["article_id"] = item["url"] = None
        return _failed(item, batch, data=data, error=f"không lưu được bài: {exc}", story=story)


# --------------------------------------------------------------------------------------
# Parsing ahead in worker processes
# --------------------------------------------------------------------------------------

#: Below this many items (when the number is known) no worker process is started.
POOL_MIN_ITEMS = 50
#: Items handed to a worker at once, and chunks kept in flight per worker: enough to keep the
#: workers busy while this process writes, few enough for memory to stay flat.
CHUNK_ITEMS = 8
CHUNKS_AHEAD_PER_JOB = 2
#: Fresh pools a batch may start to find, one item at a time, the items that kill their worker;
#: past this many, the items in flight when a worker dies fail without being read again.
POOL_RESTARTS_MAX = 5

_WORKER_DIED = (
    "tiến trình đọc tin bị dừng đột ngột khi xử lý tin này (lỗi nghiêm trọng trong thư viện "
    "đọc tin, hết bộ nhớ hoặc bị hệ thống dừng); tin chưa được đọc (worker process died)"
)
_WORKERS_KEPT_DYING = (
    "tiến trình đọc tin bị dừng đột ngột nhiều lần trong đợt nhập này nên tin chưa được đọc; "
    "hãy nhập lại tin này (worker processes kept dying)"
)


def default_jobs() -> int:
    """One worker per core beyond the one this process writes with (at most 4)."""
    return max(0, min(4, (os.cpu_count() or 1) - 1))


def _read_and_analyse(
    sources: Iterable[WireSource], batch: _Batch, jobs: int
) -> Iterator[tuple[_Read, _Analysis | None]]:
    """Each item read, then parsed and linked, in the order given.

    With ``jobs``, parsing and linking (the costly pure stage) run in forked worker
    processes that inherit the batch's indexes, a bounded number of items ahead (memory
    stays flat), while this process writes: only this process touches the database, so each
    item keeps its own transaction and the report its order. A worker that dies outright
    fails only the item that killed it (:class:`_Workers`).
    """
    if jobs <= 0:
        for source in sources:
            read = _read_item(source, batch)
            yield read, _analyse(read.data, source.name, batch) if read.to_parse else None
        return
    workers = _Workers(batch, jobs)
    ahead: deque[tuple[list[_Read], list[tuple[bytes, str]], Future]] = deque()

    def submit(chunk: list[tuple[_Read, str]]) -> None:
        wanted = [(read.data, name) for read, name in chunk if read.to_parse]
        ahead.append(([read for read, _ in chunk], wanted, workers.submit(wanted)))

    def collect() -> Iterator[tuple[_Read, _Analysis | None]]:
        if isinstance(ahead[0][2].exception(), BrokenProcessPool):
            # The pool broke: the chunks it had not finished are read again, item by item.
            workers.restart("a worker process died")
            for n, (reads, wanted, future) in enumerate(ahead):
                if isinstance(future.exception(), BrokenProcessPool):
                    ahead[n] = (reads, wanted, _done(workers.analyse_alone(wanted)))
        reads, _, future = ahead.popleft()
        analyses = iter(future.result())
        for read in reads:
            yield read, next(analyses) if read.to_parse else None

    try:
        chunk: list[tuple[_Read, str]] = []
        for source in sources:
            chunk.append((_read_item(source, batch), source.name))
            if len(chunk) == CHUNK_ITEMS:
                submit(chunk)
                chunk = []
                if len(ahead) > jobs * CHUNKS_AHEAD_PER_JOB:
                    yield from collect()
        if chunk:
            submit(chunk)
        while ahead:
            yield from collect()
    finally:
        for reads, _, _ in ahead:  # stopped early: close what was opened
            for read in reads:
                if read.rest is not None:
                    read.rest.close()
        workers.pool.shutdown(wait=True, cancel_futures=True)


class _Workers:
    """The batch's pool of forked worker processes, started afresh when one dies outright
    (a crash in a C extension, the kernel's out-of-memory killer): the chunks it had not
    finished are read again one item at a time, never in this process, so that an item that
    kills a worker again on its own fails alone. Past ``POOL_RESTARTS_MAX`` fresh pools such
    chunks fail without another try (each chunk is sent once, so the batch always ends)."""

    def __init__(self, batch: _Batch, jobs: int) -> None:
        self.batch, self.jobs, self.restarts = batch, jobs, 0
        self.pool = self._start()

    def _start(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=self.jobs,
            mp_context=multiprocessing.get_context("fork"),
            initializer=_worker_start,
            initargs=(self.batch,),
        )

    def submit(self, items: list[tuple[bytes, str]]) -> Future:
        try:
            return self.pool.submit(_worker_analyse, items)
        except BrokenProcessPool as exc:  # it broke since the last chunk: handled on collect
            future = Future()
            future.set_exception(exc)
            return future

    def restart(self, why: str) -> None:
        self.pool.shutdown(wait=True)
        self.restarts += 1
        logger.warning(
            "Wire import: %s; starting a fresh worker pool (restart %d; items are read again "
            "one by one for the first %d)", why, self.restarts, POOL_RESTARTS_MAX,
        )  # fmt: skip
        self.pool = self._start()

    def analyse_alone(self, items: list[tuple[bytes, str]]) -> list[_Analysis]:
        """Each item in a task of its own, one at a time (so a death names its item)."""
        analyses: list[_Analysis] = []
        for data, name in items:
            if self.restarts > POOL_RESTARTS_MAX:
                analyses.append((None, None, None, None, _WORKERS_KEPT_DYING))
                continue
            try:
                analyses += self.pool.submit(_worker_analyse, [(data, name)]).result()
            except BrokenProcessPool:
                analyses.append((None, None, None, None, _WORKER_DIED))
                self.restart(f"a worker process died reading {name} on its own")
        return analyses


def _done(result: list[_Analysis]) -> Future:
    future = Future()
    future.set_result(result)
    return future


_worker_batch: _Batch | None = None


def _worker_start(batch: _Batch) -> None:
    """In a forked worker: keep the batch's indexes (inherited, not copied through a pipe).
    The database connection inherited from the parent is never used here."""
    global _worker_batch
    _worker_batch = batch


def _worker_analyse(items: list[tuple[bytes, str]]) -> list[_Analysis]:
    return [_analyse(data, name, _worker_batch) for data, name in items]


def _fit_metadata(story: WireStory) -> None:
    """Keep what the agency wrote within what the inbox stores (a version is a positive int)."""
    if story.version is not None and not 0 <= story.version <= 2_147_483_647:
        story.warnings.append(f"Số phiên bản “{story.version}” không hợp lệ, đã bỏ qua.")
        story.version = None
    if story.guid and len(story.guid) > 255:
        story.guid = story.guid[:255]


def _guess_format(data: bytes, name: str, requested: str) -> str | None:
    if requested != "auto":
        return requested
    try:
        return detect_format(data[:65536], name)
    except Exception:  # sniffing a header never decides whether an item fails
        return None


def _describe(item: dict, story: WireStory, links: _Links) -> None:
    item.update(
        format=story.source_format,
        encoding=story.encoding,
        title=story.title,
        sapo=story.sapo,
        byline=story.byline,
        subheadings=story.subheadings,
        captions=[{"text": c.text, "credit": c.credit} for c in story.captions],
        officials=_officials_report(links),
        resolutions=_resolutions_report(links),
        warnings=[*story.warnings, *links.warnings],
    )


def _failed(
    item: dict, batch: _Batch, *, data: bytes, error: str, story: WireStory | None = None
) -> dict:
    item["status"] = "failed"
    item["error"] = f"{item['source']}: {error}"
    if not batch.dry_run:
        with transaction.atomic():
            WireItem.objects.create(
                file_name=item["source"][:500],
                source=batch.source_name or "",
                raw=data,
                size=len(data),
                format=item["format"] or "",
                encoding=item["encoding"] or "",
                guid=(story.guid or "")[:255] if story else "",
                version=story.version if story else None,
                parsed=story_as_dict(story) if story else {},
                warnings=item["warnings"],
                error=item["error"],
                status=WireItem.Status.FAILED,
            )
    return item


def _failed_oversize(item: dict, batch: _Batch, *, head: bytes, rest: BinaryIO) -> dict:
    """Too big to parse, but kept whole: streamed into storage, never held in memory."""
    size = len(head)
    stored = None
    if not batch.dry_run:
        with tempfile.SpooledTemporaryFile(max_size=1024 * 1024) as spool:
            spool.write(head)
            while chunk := rest.read(1024 * 1024):
                spool.write(chunk)
                size += len(chunk)
            spool.seek(0)
            stored = File(spool, name=f"{uuid.uuid4().hex}-{Path(item['source']).name[:80]}")
            item["status"] = "failed"
            item["error"] = f"{item['source']}: " + (
                preflight_problem(head, size=size, max_bytes=batch.max_bytes, encoding="auto")
                or "tệp quá lớn"
            )
            with transaction.atomic():
                wire_item = WireItem(
                    file_name=item["source"][:500],
                    source=batch.source_name or "",
                    size=size,
                    format=item["format"] or "",
                    error=item["error"],
                    status=WireItem.Status.FAILED,
                )
                wire_item.raw_file.save(stored.name, stored, save=False)
                wire_item.save()
        return item
    while chunk := rest.read(1024 * 1024):
        size += len(chunk)
    item["status"] = "failed"
    item["error"] = f"{item['source']}: " + (
        preflight_problem(head, size=size, max_bytes=batch.max_bytes, encoding="auto")
        or "tệp quá lớn"
    )
    return item


# --------------------------------------------------------------------------------------
# One item, inside its transaction
# --------------------------------------------------------------------------------------


def _persist(
    item: dict,
    batch: _Batch,
    *,
    data: bytes,
    story: WireStory,
    links: _Links,
    content_hash: str,
    draft: _Draft,
) -> dict:
    if draft.title_warning:
        item["warnings"].append(draft.title_warning)

    slug = None if batch.dry_run else _first_slug(draft.text["title"])
    earlier = _Earlier(story.guid or "", content_hash, slug)
    previous = _previous_version(story, batch, earlier)
    duplicate_of = None
    target = None  # the article a newer version would update
    if previous is not None:
        if (story.version or 0) > (previous["version"] or 0) and previous["hash"] != content_hash:
            target = previous
        else:
            duplicate_of = previous
            if previous["hash"] != content_hash:
                item["warnings"].append(
                    f"Tin cùng mã đã nhận ở phiên bản {previous['version'] or 'không ghi'}; "
                    f"bản này (phiên bản {story.version or 'không ghi'}) không mới hơn mà nội "
                    "dung khác: giữ bản đã nhận, bản này chỉ được lưu trong hộp tin."
                )
    else:
        duplicate_of = _same_text(content_hash, batch, earlier)

    if duplicate_of is not None:
        item["status"] = "duplicate"
        item["article_id"] = duplicate_of["article_id"]
        item["url"] = _admin_url(duplicate_of["article_id"], batch)
        if not batch.dry_run:
            _record(
                item,
                batch,
                data=data,
                story=story,
                content_hash=content_hash,
                status=WireItem.Status.DUPLICATE,
                article_id=duplicate_of["article_id"],
                duplicate_of_id=duplicate_of["id"],
            )
        return item

    if target is not None and target["article_id"] is not None:
        return _update(item, batch, data, story, links, content_hash, draft, target, earlier)
    if target is not None and batch.dry_run and target["id"] is None:
        # A newer version of a story met earlier in this dry run: it would update that draft.
        _remember(batch, story, content_hash)
        item["status"] = "would-update"
        return item
    return _create(item, batch, data, story, links, content_hash, draft, earlier)


class _Earlier:
    """What was received before with the story's guid or text, read in one statement.

    The newest received version with the guid (by version, then arrival) and the first
    received item with the same text (``WireItem.objects.latest_for_guid`` and
    ``with_content_hash``), on first use: a story needs the second only when the first is
    missing, and both are usually missing, so one round trip instead of two. With ``slug``
    (the first one a new draft would take), the same statement tells whether an article
    has it: a new draft's slug needs no round trip of its own (:func:`_free_slug`).
    """

    def __init__(self, guid: str, content_hash: str, slug: str | None = None):
        self.guid, self.content_hash, self.slug = guid, content_hash, slug
        self._rows: dict[str, dict] | None = None

    def by_guid(self) -> dict | None:
        return self._read().get("guid")

    def by_text(self) -> dict | None:
        return self._read().get("text")

    def taken(self, slug: str) -> bool | None:
        """Whether an article has ``slug``, if the statement asked (None: not asked)."""
        if self._rows is None or slug != self.slug:
            return None
        return "slug" in self._rows

    def _read(self) -> dict[str, dict]:
        if self._rows is None:
            self._rows = {}
            with connection.cursor() as cursor:
                params = [WireItem.Status.FAILED, self.content_hash]
                if self.guid:
                    params = [WireItem.Status.FAILED, self.guid, *params]
                if self.slug is not None:
                    params.append(self.slug)
                sql = _earlier_sql(by_guid=bool(self.guid), by_slug=self.slug is not None)
                cursor.execute(sql, params)
                for found, pk, article_id, version, content_hash in cursor.fetchall():
                    self._rows[found] = {
                        "id": pk,
                        "article_id": article_id,
                        "version": version,
                        "hash": content_hash,
                    }
        return self._rows


def _earlier_sql(*, by_guid: bool, by_slug: bool) -> str:
    """The text branch, after the guid branch when the story has a guid (without one the
    guid branch found nothing, after reading every inbox row without a guid), then the slug
    branch when asked."""
    q = connection.ops.quote_name
    table = q(WireItem._meta.db_table)
    columns = ", ".join(q(c) for c in ("id", "article_id", "version", "content_hash"))
    by_text = (
        f"SELECT * FROM (SELECT 'text' AS found, {columns} FROM {table} "
        f"WHERE {q('status')} <> %s AND {q('content_hash')} = %s AND {q('content_hash')} <> '' "
        f"ORDER BY {q('id')} LIMIT 1) AS by_text"
    )
    sql = by_text
    if by_guid:
        sql = (
            f"SELECT * FROM (SELECT 'guid' AS found, {columns} FROM {table} "
            f"WHERE {q('status')} <> %s AND {q('guid')} = %s AND {q('guid')} <> '' "
            f"ORDER BY {q('version')} DESC NULLS LAST, {q('id')} DESC LIMIT 1) AS by_guid "
            f"UNION ALL {sql}"
        )
    if by_slug:  # an article's columns of the same types stand in for the inbox's
        sql += (
            f" UNION ALL SELECT * FROM (SELECT 'slug' AS found, {q('id')}, {q('id')}, "
            f"{q('version')}, {q('slug')} FROM {q(Article._meta.db_table)} "
            f"WHERE {q('slug')} = %s LIMIT 1) AS by_slug"
        )
    return sql


def _previous_version(story: WireStory, batch: _Batch, earlier: _Earlier) -> dict | None:
    if not story.guid:
        return None
    if batch.dry_run and story.guid in batch.seen_guids:
        version, content_hash = batch.seen_guids[story.guid]
        return {"id": None, "version": version, "hash": content_hash, "article_id": None}
    found = earlier.by_guid()
    if found is None:
        return None
    if found["article_id"] is None:  # an earlier version failed to save an article
        found["article_id"] = (
            WireItem.objects.received()
            .filter(guid=story.guid, article__isnull=False)
            .order_by("-id")
            .values_list("article_id", flat=True)
            .first()
        )
    return found


def _same_text(content_hash: str, batch: _Batch, earlier: _Earlier) -> dict | None:
    if batch.dry_run and content_hash in batch.seen_hashes:
        return {"id": None, "article_id": None}
    return earlier.by_text()


def _remember(batch: _Batch, story: WireStory, content_hash: str) -> None:
    batch.seen_hashes[content_hash] = story.guid or ""
    if story.guid:
        batch.seen_guids[story.guid] = (story.version or 0, content_hash)


def _article_fields(story: WireStory, title: str, batch: _Batch) -> dict:
    return {
        "title": title,
        "sapo": story.sapo,
        "body": story_body_html(story),
        "byline": (story.byline or "")[:_BYLINE_MAX],
        "source": (batch.source_name or story.source or "")[:_SOURCE_MAX],
    }


def _create(item, batch, data, story, links, content_hash, draft: _Draft, earlier) -> dict:
    if batch.dry_run:
        _remember(batch, story, content_hash)
        item["status"] = "would-create"
        return item
    # Reversion stays active (an article saved outside one gets its own revision,
    # articles.desk.revisions) while the revision is written here, with the links.
    with reversion.create_revision(manage_manually=True, atomic=False):
        # The text as Article.save stores it (Article.prepare_text), prepared with its
        # search document in the pure stage: the slug is taken from it.
        article = Article(
            section=batch.section, status=Article.Status.DRAFT, published_at=None, **draft.text
        )
        article.slug = _free_slug(article.title, earlier)
        mentions = _Mentions.of(links, batch)
        prepare_document(
            article,
            officials=mentions.people,
            resolutions=mentions.resolutions,
            built=draft.document,
        )
        article.pk = batch.article_ids.take()
        inserts = [_new_article(article)]
        if article.pk is None:  # not known ahead: the draft's row first, for its id
            article.pk = write(inserts)["article"]
            inserts = []
        transition = Transition(
            article_id=article.pk,
            action=Transition.Action.CREATE,
            from_status="",
            to_status=article.status,
            by=None,
            comment=f"Nhập tự động từ tin hãng: {item['source']}",
        )
        transition.comment = normalize(transition.comment)  # as Transition.save does
        wire_item = _inbox_row(
            item, batch, data=data, story=story, content_hash=content_hash,
            status=WireItem.Status.CREATED, article_id=article.pk,
            article_version=article.version,
        )  # fmt: skip
        revision, version = new_draft_revision(
            article,
            {"officials": mentions.people, "resolutions": mentions.resolutions, "related": []},
            comment=f"Nhập từ tin hãng: {item['source']}"[:190],
        )
        pre_revision_commit.send(sender=create_revision, revision=revision, versions=[version])
        ids = write(
            [
                *inserts,
                insert_of(transition),
                insert_of(wire_item, returns="wire_item"),
                *_link_rows(article, story, mentions, batch, Ref("wire_item")),
                insert_of(revision, returns="revision"),
                insert_of(version, returns="version", revision=Ref("revision")),
            ]
        )
        _saved(article)
        wire_item.pk, revision.pk = ids["wire_item"], ids["revision"]
        version.revision, version.pk = revision, ids["version"]
        post_revision_commit.send(sender=create_revision, revision=revision, versions=[version])
        _suggest([o for o in links.officials if o.suggested], article.pk, wire_item.pk)
    item["status"] = "created"
    item["article_id"] = article.pk
    item["url"] = _admin_url(article.pk, batch)
    return item


def _new_article(article: Article) -> Insert:
    """The row of a new draft whose text is prepared (``Article.prepare_text``, slug,
    ``search.prepare_document``) as ``Article.save`` inserts it: ``pre_save`` is sent (it
    puts the search document in the row), and ``post_save`` once written (:func:`_saved`)."""
    article._stored_status = None  # new: never public before (articles.site.page_cache)
    pre_save.send(Article, instance=article, raw=False, using=connection.alias, update_fields=None)
    return insert_of(article, returns="article")


def _saved(article: Article) -> None:
    article._state.adding, article._state.db = False, connection.alias
    post_save.send(
        Article, instance=article, created=True, update_fields=None, raw=False,
        using=connection.alias,
    )  # fmt: skip
    article._text_change_recorded = False


class _NewIds:
    """Ids of new drafts taken from the table's sequence ahead, a block at a time, on
    PostgreSQL: a draft's revision holds its id, and knowing it lets the draft and all its
    rows go in one statement. An id whose item failed goes to the next draft (the sequence
    never hands it out again). Elsewhere :meth:`take` gives None: the id comes on insert."""

    BLOCK = 64

    def __init__(self) -> None:
        self.free: deque[int] = deque()

    def take(self) -> int | None:
        if connection.vendor != "postgresql":
            return None
        if not self.free:
            with connection.cursor() as cursor:
                cursor.execute(
                    "SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
                    [Article._meta.db_table, Article._meta.pk.column, self.BLOCK],
                )
                self.free.extend(row[0] for row in cursor.fetchall())
        return self.free.popleft()


def _update(item, batch, data, story, links, content_hash, draft: _Draft, target, earlier) -> dict:
    article = Article.objects.select_for_update().filter(pk=target["article_id"]).first()
    if article is None:  # the draft was deleted: the newer version makes a new one
        return _create(item, batch, data, story, links, content_hash, draft, earlier)
    writer_version = (
        WireItem.objects.filter(
            article=article, status__in=[WireItem.Status.CREATED, WireItem.Status.UPDATED]
        )
        .order_by("-id")
        .values_list("article_version", flat=True)
        .first()
    )
    untouched = article.status == Article.Status.DRAFT and article.version == writer_version
    item["article_id"] = article.pk
    item["url"] = _admin_url(article.pk, batch)
    if not untouched:
        item["status"] = "duplicate"
        item["warnings"].append(
            f"Có phiên bản mới ({story.version}) của tin này nhưng bài #{article.pk} đã được "
            "biên tập sau lần nhập trước: bài được giữ nguyên, bản mới lưu trong hộp tin "
            "chờ biên tập viên đối chiếu."
        )
        if not batch.dry_run:
            _record(
                item,
                batch,
                data=data,
                story=story,
                content_hash=content_hash,
                status=WireItem.Status.DUPLICATE,
                article_id=article.pk,
                awaits_editor=True,
            )
        return item
    if batch.dry_run:
        _remember(batch, story, content_hash)
        item["status"] = "would-update"
        return item
    with reversion.create_revision(manage_manually=True, atomic=False):
        reversion.set_comment(f"Cập nhật từ phiên bản {story.version} của tin hãng")
        for name, value in _article_fields(story, draft.title, batch).items():
            setattr(article, name, value)
        mentions = _Mentions.of(links, batch)
        prepare_document(article, officials=mentions.people, resolutions=mentions.resolutions)
        article.save()
        article.photo_slots.all().delete()
        Article.officials.through.objects.filter(article=article).delete()
        Article.resolutions.through.objects.filter(article=article).delete()
        _record_written(
            item, batch, article, data, story, links, mentions, content_hash,
            WireItem.Status.UPDATED,
        )  # fmt: skip
        mentions.add_to_revision(article)
    item["status"] = "updated"
    return item


@dataclass
class _Mentions:
    """The officials and resolutions a draft is linked to, as the batch's bare rows in their
    models' order: the importer knows them, so neither the search document nor the revision
    reads them back from the database."""

    person_ids: set[int]
    resolution_ids: set[int]
    people: list[Person]
    resolutions: list[Resolution]

    @classmethod
    def of(cls, links: _Links, batch: _Batch) -> _Mentions:
        person_ids = {o.person_id for o in links.officials if o.person_id is not None}
        resolution_ids = {r.resolution_id for r in links.resolutions if r.resolution_id}
        return cls(
            person_ids,
            resolution_ids,
            [batch.people_rows[pid] for pid in sorted(person_ids, key=batch.rank.__getitem__)],
            [
                batch.resolution_rows[rid]
                for rid in sorted(resolution_ids, key=batch.resolution_rank.__getitem__)
            ],
        )

    def add_to_revision(self, article: Article) -> None:
        """The updated draft's version, serialised once its links are written, mentions
        included: Django's serialiser and reversion's ``follow`` read relations from the
        prefetch cache when it holds them (a draft just created has its own, cheaper path:
        ``articles.desk.revisions.new_draft_revision``)."""
        article._prefetched_objects_cache = {
            "officials": _prefetched(article.officials, self.people),
            "resolutions": _prefetched(article.resolutions, self.resolutions),
        }
        try:
            reversion.add_to_revision(article)
        finally:
            del article._prefetched_objects_cache


def _prefetched(manager, rows: list) -> QuerySet:
    """A queryset of ``manager`` holding ``rows`` as if prefetched (what Django stores)."""
    queryset = manager.get_queryset()
    queryset._result_cache = rows
    queryset._prefetch_done = True
    return queryset


def _record_written(
    item, batch, article, data, story, links, mentions, content_hash, status
) -> None:
    """Inbox row for an item that wrote ``article``, with the article's links from the story."""
    wire_item = _inbox_row(
        item, batch, data=data, story=story, content_hash=content_hash, status=status,
        article_id=article.pk, article_version=article.version,
    )  # fmt: skip
    ids = write(
        [
            insert_of(wire_item, returns="wire_item"),
            *_link_rows(article, story, mentions, batch, Ref("wire_item")),
        ]
    )
    _suggest([o for o in links.officials if o.suggested], article.pk, ids["wire_item"])


def _record(item, batch, *, data, story, content_hash, status, **extra) -> None:
    """The inbox row of a parsed item that wrote no article (a duplicate)."""
    wire_item = _inbox_row(
        item, batch, data=data, story=story, content_hash=content_hash, status=status, **extra
    )
    write([insert_of(wire_item)])


def _inbox_row(item, batch, *, data, story, content_hash, status, **extra) -> WireItem:
    """The (unsaved) WireItem of a parsed item: created, updated or duplicate."""
    return WireItem(
        file_name=item["source"][:500],
        source=(batch.source_name or story.source or "")[:200],
        raw=data,
        size=len(data),
        format=story.source_format,
        encoding=story.encoding or "",
        guid=(story.guid or "")[:255],
        version=story.version,
        dated=story.published_at,
        content_hash=content_hash,
        parsed=story_as_dict(story),
        links={"officials": item["officials"], "resolutions": item["resolutions"]},
        warnings=item["warnings"],
        status=status,
        **extra,
    )


def _link_rows(
    article: Article, story: WireStory, mentions: _Mentions, batch: _Batch, wire_item: Ref
) -> list[Insert]:
    """Photo slots, officials and resolutions of a newly written draft, ``wire_item`` the
    inbox row written with them (the suggestions come after it: :func:`_suggest`).

    Plain rows without per-row signals (as ``bulk_create``): the search document, with the
    names, was written with the article (``_Mentions``). The draft is not public, so no
    public page changes.
    """
    return [
        Insert(
            PhotoSlot,
            ["article", "wire_item", "text", "credit", "position", "order"],
            [
                (
                    article.pk,
                    wire_item,
                    normalize_inline(caption.text),
                    _expand_credit(caption.credit, batch)[:200],
                    min(caption.position, 32767),
                    order,
                )
                for order, caption in enumerate(story.captions)
            ],
        ),
        Insert(
            Article.officials.through,
            ["article", "person"],
            [(article.pk, pid) for pid in sorted(mentions.person_ids)],
        ),
        Insert(
            Article.resolutions.through,
            ["article", "resolution"],
            [(article.pk, rid) for rid in sorted(mentions.resolution_ids)],
        ),
    ]


def _insert_rows(model, fields: list[str], rows: list[tuple], *, ignore_conflicts=False) -> None:
    """One INSERT of ``rows`` (plain numbers and text, one value per field named) into
    ``model``'s table: what ``bulk_create`` writes for these rows, without the ORM's building
    and compiling of the statement, which costs ten times the insert itself (about 0.4 ms
    for each of a draft's relation tables). No signal is sent, as with ``bulk_create``."""
    if not rows:
        return
    quote = connection.ops.quote_name
    columns = ", ".join(quote(model._meta.get_field(name).column) for name in fields)
    row = "(" + ", ".join(["%s"] * len(fields)) + ")"
    values = ", ".join([row] * len(rows))
    sql = f"INSERT INTO {quote(model._meta.db_table)} ({columns}) VALUES {values}"
    if ignore_conflicts:
        sql += " ON CONFLICT DO NOTHING"
    with connection.cursor() as cursor:
        cursor.execute(sql, [value for values in rows for value in values])


def _first_slug(title: str) -> str:
    """The slug a new draft titled ``title`` takes when no article has it."""
    return free_slug(
        normalize_inline(title), lambda _: False, max_length=_SLUG_MAX, fallback="article"
    )


def _free_slug(title: str, earlier: _Earlier | None = None) -> str:
    """The slug ``Article.save`` would give a new draft (``people.models.free_slug``, as
    ``unique_slug`` does), each candidate checked by one plain statement rather than an ORM
    query (0.5 ms of building for a 0.05 ms lookup), or by ``earlier``'s if it asked."""
    quote = connection.ops.quote_name
    sql = (
        f"SELECT 1 FROM {quote(Article._meta.db_table)} "
        f"WHERE {quote(Article._meta.get_field('slug').column)} = %s LIMIT 1"
    )
    with connection.cursor() as cursor:

        def taken(candidate: str) -> bool:
            known = earlier.taken(candidate) if earlier is not None else None
            if known is not None:
                return known
            cursor.execute(sql, [candidate])
            return cursor.fetchone() is not None

        return free_slug(normalize_inline(title), taken, max_length=_SLUG_MAX, fallback="article")


def _expand_credit(credit: str | None, batch: _Batch) -> str:
    """ "AS" → "Anh Sơn" when the photo desk registered the short form (media.Credit)."""
    if not credit:
        return ""
    printed, _ = Credit.objects.resolve(credit, table=batch.credits)
    return printed


def _suggest(officials: list[OfficialMatch], article_id: int, wire_item_id: int) -> None:
    """A pending suggestion per unknown official (new, or the one waiting with that name,
    gathering the titles seen), each linked to the draft: the pending ones are read in one
    query and the links inserted in one (bookkeeping: no signal, no public page changes)."""
    if not officials:
        return
    wanted = {fold(official.name): official for official in officials}
    pending = {
        suggestion.name_key: suggestion
        for suggestion in PersonSuggestion.objects.filter(
            name_key__in=list(wanted), status=PersonSuggestion.Status.PENDING
        )
    }
    linked = []
    for key, official in wanted.items():
        suggestion = pending.get(key)
        if suggestion is None:
            suggestion = PersonSuggestion(name=official.name, titles=[], wire_item_id=wire_item_id)
            suggestion.add_titles(official.titles)
            suggestion.save()
        elif suggestion.add_titles(official.titles):
            suggestion.save(update_fields=["titles"])
        linked.append(suggestion)
    _insert_rows(
        PersonSuggestion.articles.through,
        ["personsuggestion", "article"],
        [(suggestion.pk, article_id) for suggestion in linked],
        ignore_conflicts=True,
    )


# --------------------------------------------------------------------------------------
# Publish check
# --------------------------------------------------------------------------------------


def wire_publish_problems(article: Article) -> list[str]:
    """Publish check (``ARTICLE_PUBLISH_CHECKS``): no provisional title, no empty photo slot."""
    problems = []
    if article.title.startswith(PROVISIONAL_TITLE_PREFIX):
        problems.append(
            "Bài nhập từ tin hãng còn tiêu đề tạm “[Chưa có tiêu đề] …”: hãy đặt tiêu đề thật."
        )
    waiting = article.photo_slots.count() if article.pk else 0
    if waiting:
        problems.append(
            f"Bài còn {waiting} ảnh chờ bổ sung: đặt ảnh vào bài hoặc xoá ô ảnh không dùng."
        )
    return problems
