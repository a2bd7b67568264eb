"""The pure stage of an item, and the batch it runs in.

:func:`analyse` parses an item's bytes (``articles.wire.read``), links the officials and
resolutions it names against the batch's indexes (``people.mentions``), and prepares what its
draft takes from the story (:class:`Draft`: its title, its text as ``Article.prepare_text``
stores it, its search document). No database: with ``jobs`` it runs in forked worker
processes (``articles.wire.workers``) that inherit the :class:`Batch`.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, field

from articles.models import Article, Section
from articles.search_index import PreparedDocument, build_document
from articles.wire.models import PROVISIONAL_TITLE_PREFIX
from articles.wire.read.detect import parse
from articles.wire.read.errors import WireError
from articles.wire.read.lone_lines import join_split_designations
from articles.wire.read.structure import WireStory, story_body_html
from articles.wire.report import admin_path
from articles.wire.time_limit import ItemOverTime, item_time_limit
from newsroom.text import fold, normalize_inline
from people.mentions.officials import OfficialMatch, PeopleIndex, find_officials
from people.mentions.resolutions import ResolutionIndex, ResolutionMatch, find_resolutions
from people.models import Person, Resolution

__all__ = [
    "Analysis",
    "Batch",
    "Draft",
    "Links",
    "Mentions",
    "analyse",
    "article_fields",
    "link_story",
    "prepare_draft",
    "provisional_title",
    "story_fingerprint",
]

logger = logging.getLogger(__name__)

TITLE_MAX = Article._meta.get_field("title").max_length
BYLINE_MAX = Article._meta.get_field("byline").max_length
SOURCE_MAX = Article._meta.get_field("source").max_length
#: The fields ``Article.prepare_text`` prepares: what a draft takes from its story.
TEXT_FIELDS = ("title", "sapo", "body", "byline", "source")


@dataclass
class Batch:
    """One import's options and what it reads once: the people and resolution indexes (with
    their bare rows, for the drafts' search documents), the photo desk's credits, the names
    editors rejected, the section. Worker processes inherit it when they are forked."""

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
    admin_path: tuple[str, str] | None = field(default_factory=admin_path)
    #: Seconds of processor time one item may take in the pure stage (0: no limit).
    time_limit: float = 0

    def __post_init__(self) -> None:
        self.rank = {pid: n for n, pid in enumerate(self.people_rows)}
        self.resolution_rank = {rid: n for n, rid in enumerate(self.resolution_rows)}


# --------------------------------------------------------------------------------------
# Linking
# --------------------------------------------------------------------------------------


@dataclass
class Links:
    officials: list[OfficialMatch]
    resolutions: list[ResolutionMatch]
    warnings: list[str]


def _texts(story: WireStory) -> list[str]:
    texts = [t for t in (story.title or "", story.sapo, *(b.text for b in story.blocks)) if t]
    return join_split_designations(texts)


def link_story(
    story: WireStory, *, people: PeopleIndex, resolutions: ResolutionIndex, rejected: set[str]
) -> Links:
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
    return Links(officials, found, warnings)


@dataclass
class Mentions:
    """The officials and resolutions a draft is linked to, as the batch's bare rows in their
    models' order: the importer knows them, so the search document does not read them back
    from the database."""

    person_ids: set[int]
    resolution_ids: set[int]
    people: list[Person]
    resolutions: list[Resolution]

    @classmethod
    def of(cls, links: Links, batch: Batch) -> Mentions:
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


# --------------------------------------------------------------------------------------
# The story as data
# --------------------------------------------------------------------------------------


def story_fingerprint(story: WireStory) -> str:
    """SHA-256 of the story's normalised text: the same copy re-sent is recognised."""
    parts = [story.title or "", story.sapo, *(block.text for block in story.blocks)]
    canonical = "\n".join(" ".join(normalize_inline(part).casefold().split()) for part in parts)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def provisional_title(story: WireStory, *, words: int = 12) -> str:
    """``[Chưa có tiêu đề] <first words of the sapo>…`` for a story that came without a title."""
    basis = story.sapo or next((b.text for b in story.text_blocks), "")
    first = basis.split()
    text = " ".join(first[:words]) + ("…" if len(first) > words else "")
    return f"{PROVISIONAL_TITLE_PREFIX} {text}".strip()[:TITLE_MAX]


def title_of(story: WireStory) -> tuple[str, str | None]:
    """The draft's title, and the warning for the editor when it is not the story's own."""
    title = story.title
    if not title:
        title = provisional_title(story)
        return title, (
            f"Tiêu đề tạm “{title}”: biên tập viên cần đặt tiêu đề thật trước khi xuất bản."
        )
    if len(title) > TITLE_MAX:
        return title[: TITLE_MAX - 1] + "…", f"Tiêu đề dài quá {TITLE_MAX} ký tự, đã bị cắt."
    return title, None


def article_fields(story: WireStory, title: str, batch: Batch) -> dict:
    """The article's fields the story gives, as written (``Article.save`` prepares them)."""
    return {
        "title": title,
        "sapo": story.sapo,
        "body": story_body_html(story),
        "byline": (story.byline or "")[:BYLINE_MAX],
        "source": (batch.source_name or story.source or "")[:SOURCE_MAX],
    }


@dataclass(frozen=True)
class Draft:
    """What a draft takes from its story, prepared in the pure stage (in a worker process
    with ``jobs``, off the writer's path): the title and the warning it needs, the article's
    text as ``Article.prepare_text`` stores it, and the search document of that text with
    the story's mentions (``articles.search_index.build_document``)."""

    title: str
    title_warning: str | None
    text: dict[str, str]
    document: PreparedDocument


def prepare_draft(story: WireStory, links: Links, batch: Batch) -> Draft:
    title, warning = title_of(story)
    article = Article(**article_fields(story, title, batch))
    article.prepare_text()
    mentions = Mentions.of(links, batch)
    document = build_document(article, officials=mentions.people, resolutions=mentions.resolutions)
    text = {name: getattr(article, name) for name in TEXT_FIELDS}
    return Draft(title, warning, text, document)


# --------------------------------------------------------------------------------------
# The stage
# --------------------------------------------------------------------------------------

#: What the pure stage gives: (story, links, fingerprint, draft, None), or (None, None, None,
#: None, error). The draft is None when preparing it failed: the writer tries again, in the
#: item's transaction, so that the failure is reported as one to save.
Analysis = tuple[WireStory | None, Links | None, str | None, Draft | None, str | None]


def analyse(data: bytes, name: str, batch: Batch) -> Analysis:
    """Parse and link (no database; runs in a worker process with ``jobs``). An item that
    takes longer than ``batch.time_limit`` fails with its own error (``item_time_limit``)."""
    try:
        with item_time_limit(batch.time_limit):
            return _analyse(data, name, batch)
    except ItemOverTime as exc:
        logger.warning("Wire item %s: %s", name, exc)
        return None, None, None, None, str(exc)


def _analyse(data: bytes, name: str, batch: Batch) -> Analysis:
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
        draft = prepare_draft(story, links, batch)
    except Exception:  # the writer prepares it again and reports the failure as one to save
        draft = None
    return story, links, story_fingerprint(story), draft, None


def _explain(exc: WireError) -> str:
    message = str(exc)
    if "no element found" in message or "unclosed token" in message:
        return f"{message} — tệp XML có vẻ bị cắt cụt (truncated)"
    return message
