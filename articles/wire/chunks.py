"""Consecutive new drafts written together: the bulk form of ``articles.wire.persist``'s create.

The items of a batch come in order (``articles.wire.workers``). A run of consecutive items that
each turn out to be a plain *create* — parsed, its draft prepared, no earlier copy in the inbox
by guid or by text, no earlier item of the run with its guid or text — is written in one
transaction with one statement per table: the earlier copies of the whole run read at once,
``Article.objects.create_drafts`` (slugs read at once), the editorial steps, the inbox rows,
photo slots, officials and resolutions with ``bulk_create``, the revisions with
``articles.revisions.add_new_draft_revisions``. The rows are those the per-item path writes,
inserted in the order of the items, so ids come out the same.

Anything else (a failure, an oversize file, a duplicate, a newer version, a dry run) goes
through the per-item path (``articles.wire.persist.import_item``) after the run before it is
written, so the report keeps its order. If anything in a run's transaction fails, the run is
rolled back and its items are written again one at a time through the per-item path: a bad
item fails alone with its message, the others are written (docs/import.md, "Saving").
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from django.db import connections, router, transaction
from django.db.models import Q

from articles.models import Article
from articles.wire.analyse import Analysis, Batch, Draft, Links
from articles.wire.models import WireItem
from articles.wire.persist import NewDraft, fit_metadata, import_item, write_new_drafts
from articles.wire.read.structure import WireStory
from articles.wire.report import admin_url, describe
from articles.wire.sources import Read

__all__ = ["CHUNK_ITEMS", "DraftWriter"]

logger = logging.getLogger(__name__)

#: Items gathered before their earlier copies are read and the new drafts among them written
#: together: fewer transactions and statements per item, while a run rolled back and written
#: again one by one, or lost when the import is stopped, stays short.
CHUNK_ITEMS = 16


@dataclass
class _Entry:
    """An item that may be written with others: read, parsed, its draft prepared."""

    read: Read
    analysis: Analysis
    story: WireStory
    links: Links
    content_hash: str
    draft: Draft


class DraftWriter:
    """Takes the items of a batch in order and hands each one's report dict to ``done`` in
    the same order, once it is committed (or failed)."""

    def __init__(self, batch: Batch, done: Callable[[dict], None], *, size: int = CHUNK_ITEMS):
        self.batch, self.done, self.size = batch, done, size
        connection = connections[router.db_for_write(Article)]
        # Ids must come back from one insert of several rows (PostgreSQL, SQLite >= 3.35);
        # elsewhere every item goes the per-item way.
        self.together = not batch.dry_run and connection.features.can_return_rows_from_bulk_insert
        self.pending: list[_Entry] = []

    def add(self, read: Read, analysis: Analysis | None) -> None:
        if self.together and read.to_parse and analysis is not None:
            story, links, content_hash, draft, error = analysis
            if error is None and draft is not None:
                self.pending.append(_Entry(read, analysis, story, links, content_hash, draft))
                if len(self.pending) >= self.size:
                    self.flush()
                return
        self.flush()
        self.done(import_item(read, analysis, self.batch))

    def flush(self) -> None:
        """Write what is pending: runs of plain creates together, anything else alone."""
        pending, self.pending = self.pending, []
        if not pending:
            return
        for entry in pending:
            fit_metadata(entry.story)
        try:
            received_guids, received_hashes = _received(pending)
        except Exception:  # each item reads its earlier copies again, alone, and fails alone
            logger.warning("Wire import: earlier copies not read at once", exc_info=True)
            for entry in pending:
                self.done(import_item(entry.read, entry.analysis, self.batch))
            return
        run: list[_Entry] = []
        for entry in pending:
            guid = entry.story.guid or ""
            if (guid and guid in received_guids) or entry.content_hash in received_hashes:
                self._write(run)
                run = []
                self.done(import_item(entry.read, entry.analysis, self.batch))
            else:
                run.append(entry)
            # a later item with this guid or text is not a plain create: the per-item path
            # decides (duplicate, newer version) once this one is written
            if guid:
                received_guids.add(guid)
            received_hashes.add(entry.content_hash)
        self._write(run)

    def _write(self, run: list[_Entry]) -> None:
        if not run:
            return
        try:
            with transaction.atomic():
                articles = write_drafts(run, self.batch)
        except Exception:  # the run is rolled back: each item again, alone
            logger.warning(
                "Wire import: %d new drafts written together failed; writing them one at a "
                "time", len(run), exc_info=True,
            )  # fmt: skip
            for entry in run:
                self.done(import_item(entry.read, entry.analysis, self.batch))
            return
        for entry, article in zip(run, articles, strict=True):
            item = entry.read.item
            item["status"] = "created"
            item["article_id"] = article.pk
            item["url"] = admin_url(article.pk, self.batch.admin_path)
            self.done(item)


def _received(entries: list[_Entry]) -> tuple[set[str], set[str]]:
    """The guids and texts (content hashes) of ``entries`` already received, in one query
    (``WireItem.objects.received()``: what the per-item duplicate checks read)."""
    guids = {entry.story.guid for entry in entries if entry.story.guid}
    hashes = {entry.content_hash for entry in entries}
    rows = (
        WireItem.objects.received()
        .filter(Q(guid__in=guids) | Q(content_hash__in=hashes))
        .order_by()
        .values_list("guid", "content_hash")
    )
    found_guids, found_hashes = set(), set()
    for guid, content_hash in rows:
        found_guids.add(guid)
        found_hashes.add(content_hash)
    return found_guids, found_hashes


def write_drafts(run: list[_Entry], batch: Batch) -> list[Article]:
    """The new drafts of ``run`` and their rows, inside the caller's transaction, one
    statement per table (``articles.wire.persist.write_new_drafts``). The items' report dicts
    get their warnings here, their status once committed."""
    for entry in run:
        describe(entry.read.item, entry.story, entry.links)
        if entry.draft.title_warning:
            entry.read.item["warnings"].append(entry.draft.title_warning)
    return write_new_drafts(
        [
            NewDraft(e.read.item, e.read.data, e.story, e.links, e.content_hash, e.draft)
            for e in run
        ],
        batch,
    )
