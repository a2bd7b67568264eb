"""What an import reports: the JSON contract of ``manage.py import_wire --report json``.

One dict per item, in the order given (docs/import.md, "JSON report"), and the counts. The
item dicts are filled as the item goes through the import: :func:`empty_item` when it is read,
:func:`describe` once it is parsed and linked, then its status, article and admin URL.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.conf import settings
from django.urls import reverse

from articles.wire.read.structure import WireStory

__all__ = [
    "COUNTED_AS",
    "STATUS_LABELS",
    "ImportReport",
    "ParseSummary",
    "admin_path",
    "admin_url",
    "describe",
    "empty_item",
    "found_in",
    "parse_summary",
    "story_as_dict",
    "summary_line",
]


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
COUNTED_AS = {
    "created": "created",
    "would-create": "created",
    "updated": "updated",
    "would-update": "updated",
    "duplicate": "duplicate",
    "failed": "failed",
}


#: How the command's text report and the admin's report page name each status.
STATUS_LABELS = {
    "created": "đã tạo",
    "updated": "đã cập nhật",
    "duplicate": "trùng",
    "failed": "lỗi",
    "would-create": "sẽ tạo",
    "would-update": "sẽ cập nhật",
}


def summary_line(counts: dict[str, int], *, dry_run: bool) -> str:
    """The last line of a report: how many items, and what became of them."""
    return (
        f"{'Chạy thử (không ghi gì): ' if dry_run else ''}{sum(counts.values())} tin — "
        f"{'sẽ tạo' if dry_run else 'tạo'} {counts['created']}, "
        f"{'sẽ cập nhật' if dry_run else 'cập nhật'} {counts['updated']}, "
        f"trùng {counts['duplicate']}, lỗi {counts['failed']}."
    )


def found_in(item: dict) -> list[str]:
    """What an item's report says was found, counted: "2 nhân vật", "1 văn bản"…"""
    found = []
    known = sum(1 for o in item["officials"] if o["person_id"])
    suggested = sum(1 for o in item["officials"] if o["suggested"])
    if known:
        found.append(f"{known} nhân vật")
    if suggested:
        found.append(f"{suggested} gợi ý nhân vật mới")
    if item["resolutions"]:
        found.append(f"{len(item['resolutions'])} văn bản")
    if item["captions"]:
        found.append(f"{len(item['captions'])} ảnh chờ bổ sung")
    return found


def empty_item(name: str) -> dict:
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


def describe(item: dict, story: WireStory, links) -> None:
    """What the item says once parsed and linked (``links``: ``articles.wire.analyse.Links``)."""
    item.update(
        format=story.source_format,
        encoding=story.encoding,
        title=story.title,
        sapo=story.sapo,
        byline=story.byline,
        subheadings=story.subheadings,
        captions=[{"text": c.text, "credit": c.credit} for c in story.captions],
        officials=[
            {
                "name": o.name,
                "titles": o.titles,
                "person_id": o.person_id,
                "suggested": o.suggested,
                "rank": o.rank,
                "rule": o.rule,
            }
            for o in links.officials
        ],
        resolutions=[
            {"text": r.text, "number": r.number, "resolution_id": r.resolution_id}
            for r in links.resolutions
        ],
        warnings=[*story.warnings, *links.warnings],
    )


def story_as_dict(story: WireStory) -> dict:
    """The parse as the inbox keeps it (``WireItem.parsed``)."""
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


@dataclass(frozen=True)
class ParseSummary:
    """The stored parse (``WireItem.parsed``, :func:`story_as_dict`) as an editor reads it."""

    title: str | None
    sapo_start: str
    byline: str | None
    dateline: str | None
    paragraphs: int
    subheadings: int
    captions: int
    officials: int
    officials_unlinked: int
    resolutions: int


#: How much of the sapo the summary quotes.
SAPO_START_CHARS = 200


def parse_summary(parsed: dict | None, links: dict | None) -> ParseSummary | None:
    """Counts and openings of a stored parse; None when there is none (a failed item)."""
    if not parsed:
        return None
    links = links or {}
    kinds = [block.get("kind") for block in parsed.get("blocks") or []]
    sapo = parsed.get("sapo") or ""
    if len(sapo) > SAPO_START_CHARS:
        sapo = sapo[:SAPO_START_CHARS].rsplit(" ", 1)[0] + "…"
    officials = links.get("officials") or []
    return ParseSummary(
        title=parsed.get("title") or None,
        sapo_start=sapo,
        byline=parsed.get("byline") or None,
        dateline=parsed.get("dateline") or None,
        paragraphs=kinds.count("paragraph"),
        subheadings=kinds.count("subheading"),
        captions=len(parsed.get("captions") or []),
        officials=sum(1 for o in officials if o.get("person_id")),
        officials_unlinked=sum(1 for o in officials if not o.get("person_id")),
        resolutions=len(links.get("resolutions") or []),
    )


def admin_url(article_id: int | None, path: tuple[str, str] | None) -> str | None:
    """Where an editor opens the draft (drafts have no public page); ``path`` from
    :func:`admin_path`."""
    if article_id is None:
        return None
    if path is None:
        return settings.SITE_URL + reverse("admin:articles_article_change", args=[article_id])
    return f"{settings.SITE_URL}{path[0]}{article_id}{path[1]}"


def admin_path() -> tuple[str, str] | None:
    """The admin path of a draft around its id, resolved once per batch (``reverse`` costs
    more than an item's insert); None if the id cannot be told apart in it."""
    probe = reverse("admin:articles_article_change", args=[_PROBE_ID])
    if probe.count(str(_PROBE_ID)) != 1:
        return None
    before, after = probe.split(str(_PROBE_ID))
    return before, after


_PROBE_ID = 987654321
