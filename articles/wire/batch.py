"""The wire import as a service: ``wire_import(sources=...)``.

It reads the people and resolution indexes once, then takes each item through the pure stage
(``articles.wire.analyse``, in worker processes with ``jobs``: ``articles.wire.workers``) and
writes it, all or nothing: consecutive new drafts together (``articles.wire.chunks``), anything
else in its own transaction (``articles.wire.persist``). It never publishes. The report
it returns is the JSON contract of ``manage.py import_wire --report json`` (docs/import.md).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from django.conf import settings

from articles.models import Section
from articles.wire.analyse import SOURCE_MAX, Batch
from articles.wire.chunks import DraftWriter
from articles.wire.models import PersonSuggestion
from articles.wire.read.detect import FORMATS
from articles.wire.report import COUNTED_AS, ImportReport
from articles.wire.sources import DEFAULT_MAX_BYTES, WireImportError, WireSource
from articles.wire.workers import POOL_MIN_ITEMS, default_jobs, read_and_analyse
from media.models import Credit
from newsroom.text import normalize_inline
from people.mentions.index import load_people, load_resolutions

__all__ = ["DEFAULT_SECTION_SLUG", "resolve_section", "wire_import"]

#: Section used when none is given, if it exists; else the first section.
DEFAULT_SECTION_SLUG = "thoi-su"


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
    """Import wire items as draft articles, each all or nothing; never publishes.

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
    the same whatever the number. Consecutive new drafts share a transaction (docs/import.md,
    "Written together"): an item is reported once it is committed.
    """
    if format != "auto" and format not in FORMATS:
        raise WireImportError(f"Định dạng không hợp lệ: {format}")
    if not isinstance(section, Section):
        section = resolve_section(section)
    people, people_rows = load_people()
    resolutions, resolution_rows = load_resolutions()
    batch = Batch(
        section=section,
        source_name=normalize_inline(source_name or "")[:SOURCE_MAX] or None,
        format=format,
        encoding=encoding or "auto",
        dry_run=dry_run,
        max_bytes=max_bytes or getattr(settings, "WIRE_IMPORT_MAX_BYTES", DEFAULT_MAX_BYTES),
        time_limit=settings.WIRE_ITEM_TIME_LIMIT,
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

    def done(item: dict) -> None:
        report.counts[COUNTED_AS[item["status"]]] += 1
        if keep_items:
            report.items.append(item)
        if on_item is not None:
            on_item(item)

    writer = DraftWriter(batch, done)
    for read, analysis in read_and_analyse(sources, batch, jobs):
        writer.add(read, analysis)
    writer.flush()
    return report
