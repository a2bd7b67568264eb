"""The database end of an item: its inbox row, and the draft it creates or updates.

:func:`import_item` takes an item as read and analysed (``articles.wire.sources``,
``articles.wire.analyse``) and, in the item's own transaction, records a
:class:`~articles.wire.models.WireItem` (raw bytes, parse, warnings, error, status) and creates
or updates a *draft* article with its photo slots, mentions and revision. It never publishes.

Consecutive new drafts are written together by ``articles.wire.chunks``, with the helpers
here (``inbox_row``, ``link_rows``, ``suggest_all``); this path writes the others, and each item of
a run whose transaction failed. A new draft is written the one way an article is:
``Article.objects.create_drafts`` (the same preparation as ``Article.save``: text, slug), its
search document built by ``articles.search_index`` for the mentions the importer already
knows, its revision through reversion's models (``articles.revisions``). Every row goes
through the ORM.
"""

from __future__ import annotations

import logging
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import reversion
from django.core.files import File
from django.db import transaction

from articles.models import Article, Transition
from articles.revisions import NewDraftRevision, add_new_draft_revisions
from articles.search_index import KnownMentions, set_document
from articles.wire.analyse import (
    Analysis,
    Batch,
    Draft,
    Links,
    Mentions,
    article_fields,
    prepare_draft,
)
from articles.wire.models import PersonSuggestion, PhotoSlot, WireItem
from articles.wire.read.structure import WireStory
from articles.wire.report import admin_url, describe, story_as_dict
from articles.wire.sources import Read, preflight_problem
from media.models import Credit
from newsroom.text import fold
from people.mentions.officials import OfficialMatch

__all__ = ["fit_metadata", "import_item", "inbox_row", "link_rows", "suggest", "suggest_all"]

logger = logging.getLogger(__name__)


def import_item(read: Read, analysis: Analysis | None, batch: Batch) -> dict:
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
    fit_metadata(story)
    describe(item, story, links)
    try:
        with transaction.atomic():
            return _persist(
                item,
                batch,
                data=data,
                story=story,
                links=links,
                content_hash=content_hash,
                draft=draft or prepare_draft(story, links, batch),
            )
    except Exception as exc:  # the item's savepoint is rolled back; record it as failed
        logger.exception("Wire item %s could not be saved", item["source"])
        item["article_id"] = item["url"] = None
        return _failed(item, batch, data=data, error=f"không lưu được bài: {exc}", story=story)


def fit_metadata(story: WireStory) -> None:
    """Keep what the agency wrote within what the inbox stores (a version is a positive int)."""
    if story.version is not None and not 0 <= story.version <= 2_147_483_647:
        story.warnings.append(f"Số phiên bản “{story.version}” không hợp lệ, đã bỏ qua.")
        story.version = None
    if story.guid and len(story.guid) > 255:
        story.guid = story.guid[:255]


# --------------------------------------------------------------------------------------
# Failures: kept in the inbox with their bytes
# --------------------------------------------------------------------------------------


def _failed(
    item: dict, batch: Batch, *, data: bytes, error: str, story: WireStory | None = None
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


def _failed_oversize(item: dict, batch: Batch, *, head: bytes, rest: BinaryIO) -> dict:
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
    batch: Batch,
    *,
    data: bytes,
    story: WireStory,
    links: Links,
    content_hash: str,
    draft: Draft,
) -> dict:
    if draft.title_warning:
        item["warnings"].append(draft.title_warning)

    earlier = _Earlier(story.guid or "", content_hash)
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
        item["url"] = admin_url(duplicate_of["article_id"], batch.admin_path)
        if not batch.dry_run:
            inbox_row(
                item,
                batch,
                data=data,
                story=story,
                content_hash=content_hash,
                status=WireItem.Status.DUPLICATE,
                article_id=duplicate_of["article_id"],
                duplicate_of_id=duplicate_of["id"],
            ).save()
        return item

    if target is not None and target["article_id"] is not None:
        return _update(item, batch, data, story, links, content_hash, draft, target)
    if target is not None and batch.dry_run and target["id"] is None:
        # A newer version of a story met earlier in this dry run: it would update that draft.
        _remember(batch, story, content_hash)
        item["status"] = "would-update"
        return item
    return _create(item, batch, data, story, links, content_hash, draft)


#: What the duplicate checks read of an earlier inbox row.
_EARLIER_FIELDS = ("id", "article_id", "version", "content_hash")


class _Earlier:
    """What was received before with the story's guid or text, each read on first use: a
    story needs the second only when the first is missing (``WireItem.objects``'
    ``newest_for_guid`` and ``with_content_hash``)."""

    def __init__(self, guid: str, content_hash: str):
        self.guid, self.content_hash = guid, content_hash
        self._found: dict[str, dict | None] = {}

    def by_guid(self) -> dict | None:
        if "guid" not in self._found:
            self._found["guid"] = self._first(WireItem.objects.newest_for_guid(self.guid))
        return self._found["guid"]

    def by_text(self) -> dict | None:
        if "text" not in self._found:
            received = WireItem.objects.with_content_hash(self.content_hash).order_by("id")
            self._found["text"] = self._first(received)
        return self._found["text"]

    @staticmethod
    def _first(queryset) -> dict | None:
        row = queryset.values(*_EARLIER_FIELDS).first()
        if row is None:
            return None
        row["hash"] = row.pop("content_hash")
        return row


def _previous_version(story: WireStory, batch: Batch, earlier: _Earlier) -> dict | None:
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


def _same_text(content_hash: str, batch: Batch, earlier: _Earlier) -> dict | None:
    if batch.dry_run and content_hash in batch.seen_hashes:
        return {"id": None, "article_id": None}
    return earlier.by_text()


def _remember(batch: Batch, story: WireStory, content_hash: str) -> None:
    batch.seen_hashes[content_hash] = story.guid or ""
    if story.guid:
        batch.seen_guids[story.guid] = (story.version or 0, content_hash)


def _create(item, batch, data, story, links, content_hash, draft: Draft) -> dict:
    if batch.dry_run:
        _remember(batch, story, content_hash)
        item["status"] = "would-create"
        return item
    [article] = write_new_drafts([NewDraft(item, data, story, links, content_hash, draft)], batch)
    item["status"] = "created"
    item["article_id"] = article.pk
    item["url"] = admin_url(article.pk, batch.admin_path)
    return item


def _update(item, batch, data, story, links, content_hash, draft: Draft, target) -> dict:
    article = Article.objects.select_for_update().filter(pk=target["article_id"]).first()
    if article is None:  # the draft was deleted: the newer version makes a new one
        return _create(item, batch, data, story, links, content_hash, draft)
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
    item["url"] = admin_url(article.pk, batch.admin_path)
    if not untouched:
        item["status"] = "duplicate"
        item["warnings"].append(
            f"Có phiên bản mới ({story.version}) của tin này nhưng bài #{article.pk} đã được "
            "biên tập sau lần nhập trước: bài được giữ nguyên, bản mới lưu trong hộp tin "
            "chờ biên tập viên đối chiếu."
        )
        if not batch.dry_run:
            inbox_row(
                item,
                batch,
                data=data,
                story=story,
                content_hash=content_hash,
                status=WireItem.Status.DUPLICATE,
                article_id=article.pk,
                awaits_editor=True,
            ).save()
        return item
    if batch.dry_run:
        _remember(batch, story, content_hash)
        item["status"] = "would-update"
        return item
    with reversion.create_revision(manage_manually=True, atomic=False):
        reversion.set_comment(f"Cập nhật từ phiên bản {story.version} của tin hãng")
        for name, value in article_fields(story, draft.title, batch).items():
            setattr(article, name, value)
        mentions = Mentions.of(links, batch)
        article.save(mentions=KnownMentions(mentions.people, mentions.resolutions))
        article.photo_slots.all().delete()
        Article.officials.through.objects.filter(article=article).delete()
        Article.resolutions.through.objects.filter(article=article).delete()
        _record_written(
            item, batch, article, data, story, links, mentions, content_hash,
            WireItem.Status.UPDATED,
        )  # fmt: skip
        reversion.add_to_revision(article)  # once its links are written: they are in it
    item["status"] = "updated"
    return item


def _record_written(
    item, batch, article, data, story, links, mentions, content_hash, status
) -> None:
    """Inbox row for an item that wrote ``article``, with the article's links from the story,
    and the suggestions for the officials it did not know."""
    wire_item = inbox_row(
        item, batch, data=data, story=story, content_hash=content_hash, status=status,
        article_id=article.pk, article_version=article.version,
    )  # fmt: skip
    wire_item.save()
    _write_links(article, story, mentions, batch, wire_item)
    suggest([o for o in links.officials if o.suggested], article.pk, wire_item.pk)


def inbox_row(item, batch, *, data, story, content_hash, status, **extra) -> WireItem:
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


def _write_links(
    article: Article, story: WireStory, mentions: Mentions, batch: Batch, wire_item: WireItem
) -> None:
    """Photo slots, officials and resolutions of a newly written draft, ``wire_item`` the
    inbox row written with it.

    ``bulk_create``, without per-row signals: the search document, with the names, was
    written with the article (``Mentions``), and the draft is on no public page.
    """
    slots, officials, resolutions = link_rows(article, story, mentions, batch, wire_item)
    PhotoSlot.objects.bulk_create(slots)
    Article.officials.through.objects.bulk_create(officials)
    Article.resolutions.through.objects.bulk_create(resolutions)


def link_rows(
    article: Article, story: WireStory, mentions: Mentions, batch: Batch, wire_item: WireItem
) -> tuple[list[PhotoSlot], list, list]:
    """The (unsaved) photo slots, officials and resolutions rows of a new draft, in the order
    they are inserted; the photo slots' text prepared as ``PhotoSlot.save`` stores it."""
    slots = [
        PhotoSlot(
            article=article,
            wire_item=wire_item,
            text=caption.text,
            credit=_expand_credit(caption.credit, batch)[:200],
            position=min(caption.position, 32767),
            order=order,
        )
        for order, caption in enumerate(story.captions)
    ]
    for slot in slots:
        slot.prepare_text()  # what PhotoSlot.save stores
    Officials, Resolutions = Article.officials.through, Article.resolutions.through
    return (
        slots,
        [Officials(article=article, person_id=pid) for pid in sorted(mentions.person_ids)],
        [
            Resolutions(article=article, resolution_id=rid)
            for rid in sorted(mentions.resolution_ids)
        ],
    )


def _expand_credit(credit: str | None, batch: Batch) -> str:
    """ "AS" → "Anh Sơn" when the photo desk registered the short form (media.Credit)."""
    if not credit:
        return ""
    printed, _ = Credit.objects.resolve(credit, table=batch.credits)
    return printed


def suggest(officials: list[OfficialMatch], article_id: int, wire_item_id: int) -> None:
    """:func:`suggest_all` for one draft."""
    suggest_all([(officials, article_id, wire_item_id)])


def suggest_all(found: list[tuple[list[OfficialMatch], int, int]]) -> None:
    """A pending suggestion per unknown official (new, or the one waiting with that name,
    gathering the titles seen), each linked to its draft, for drafts written in this
    transaction (``found``: the unknown officials, the draft's id and its inbox row's id, in
    the order the drafts were written, as one draft after another would leave them): the
    pending ones read in one query, the new ones inserted in one, the ones with new titles
    updated in one, the links in one (bookkeeping: no signal, no public page changes)."""
    found = [entry for entry in found if entry[0]]
    if not found:
        return
    keys = {fold(official.name) for officials, _, _ in found for official in officials}
    pending = {
        suggestion.name_key: suggestion
        for suggestion in PersonSuggestion.objects.filter(
            name_key__in=list(keys), status=PersonSuggestion.Status.PENDING
        )
    }
    new, changed, linked = [], {}, []
    for officials, article_id, wire_item_id in found:
        wanted = {fold(official.name): official for official in officials}
        for key, official in wanted.items():
            suggestion = pending.get(key)
            if suggestion is None:
                suggestion = PersonSuggestion(
                    name=official.name, titles=[], wire_item_id=wire_item_id
                )
                suggestion.add_titles(official.titles)
                new.append(suggestion)
                pending[key] = suggestion
            elif suggestion.add_titles(official.titles) and suggestion.pk is not None:
                changed[suggestion.pk] = suggestion
            linked.append((suggestion, article_id))
    for suggestion in [*new, *changed.values()]:
        suggestion.prepare_for_save()  # what PersonSuggestion.save stores
    PersonSuggestion.objects.bulk_create(new)
    PersonSuggestion.objects.bulk_update(list(changed.values()), ["titles"])
    Seen = PersonSuggestion.articles.through
    Seen.objects.bulk_create(
        [
            Seen(personsuggestion=suggestion, article_id=article_id)
            for suggestion, article_id in linked
        ],
        ignore_conflicts=True,
    )


@dataclass(frozen=True)
class NewDraft:
    """An item that creates a draft: its report dict, bytes, story, links and prepared text."""

    item: dict
    data: bytes
    story: WireStory
    links: Links
    content_hash: str
    draft: Draft


def write_new_drafts(drafts: list[NewDraft], batch: Batch) -> list[Article]:
    """New drafts with their step, inbox rows, photo slots, mentions, suggestions and first
    revisions, inside the caller's transaction, one statement per table: one item alone
    (:func:`import_item`) or a run of them (``articles.wire.chunks``)."""
    articles, mentions = [], []
    for entry in drafts:
        found = Mentions.of(entry.links, batch)
        article = Article(
            section=batch.section,
            status=Article.Status.DRAFT,
            published_at=None,
            **entry.draft.text,
        )
        set_document(
            article, KnownMentions(found.people, found.resolutions, built=entry.draft.document)
        )
        articles.append(article)
        mentions.append(found)
    Article.objects.create_drafts(articles)
    Transition.objects.bulk_create(
        [
            Transition(
                article=article,
                action=Transition.Action.CREATE,
                from_status="",
                to_status=article.status,
                by=None,
                comment=f"Nhập tự động từ tin hãng: {entry.item['source']}",
            )
            for entry, article in zip(drafts, articles, strict=True)
        ]
    )
    wire_items = WireItem.objects.bulk_create(
        [
            inbox_row(
                entry.item,
                batch,
                data=entry.data,
                story=entry.story,
                content_hash=entry.content_hash,
                status=WireItem.Status.CREATED,
                article_id=article.pk,
                article_version=article.version,
            )
            for entry, article in zip(drafts, articles, strict=True)
        ]
    )
    slots, officials, resolutions = [], [], []
    for entry, article, found, wire_item in zip(
        drafts, articles, mentions, wire_items, strict=True
    ):
        rows = link_rows(article, entry.story, found, batch, wire_item)
        slots += rows[0]
        officials += rows[1]
        resolutions += rows[2]
    PhotoSlot.objects.bulk_create(slots)
    Article.officials.through.objects.bulk_create(officials)
    Article.resolutions.through.objects.bulk_create(resolutions)
    suggest_all(
        [
            ([o for o in entry.links.officials if o.suggested], article.pk, wire_item.pk)
            for entry, article, wire_item in zip(drafts, articles, wire_items, strict=True)
        ]
    )
    add_new_draft_revisions(
        [
            NewDraftRevision(
                article,
                {"officials": found.people, "resolutions": found.resolutions, "related": []},
                f"Nhập từ tin hãng: {entry.item['source']}"[:190],
            )
            for entry, article, found in zip(drafts, articles, mentions, strict=True)
        ]
    )
    return articles
