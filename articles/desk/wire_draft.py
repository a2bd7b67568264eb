"""What an imported draft leaves for the editor, gathered for the draft's own page, and the two
things done to its photo slots: fill one with a photo, or drop it.

The importer (``articles.wire``) keeps its findings on the inbox row (``WireItem``: warnings,
officials and resolutions found), as suggestions (``PersonSuggestion``) and as photo slots
(``PhotoSlot``); :func:`wire_review` reads them back for the change form, so the editor acts on
them where the story is edited (docs/editors.md, "Bài nhập từ tin hãng"). Suggested officials
are decided by ``articles.wire.suggestions``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import reversion
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction

from articles.models import Article, PersonSuggestion, PhotoSlot, WireItem
from articles.wire.models import PROVISIONAL_TITLE_PREFIX
from articles.wire.suggestions import OfficeConflict, office_conflicts, seen_on_dates
from media.models import Caption, Credit, Photo
from media.services import photo_upload
from newsroom.text import fold
from people.models import Person, Resolution

__all__ = ["WireReview", "photo_slot_drop", "photo_slot_fill", "wire_review"]


#: How the warnings about a missing title open (``articles.wire.read.assemble``,
#: ``articles.wire.analyse``): settled once the editor has set a title.
TITLE_WARNINGS = ("Thiếu tiêu đề:", "Tiêu đề tạm ")


@dataclass
class WireWarning:
    text: str
    settled: bool  # what it asked for is done (a title was set)


@dataclass
class FoundOfficial:
    """An official the importer read in the copy: linked (``person``), suggested, or neither."""

    name: str
    titles: list[str]
    person: Person | None
    suggestion: PersonSuggestion | None


@dataclass
class PendingSuggestion:
    suggestion: PersonSuggestion
    titles: list[tuple[str, object]]  # (title, the day of the story that gave it)
    conflicts: list[OfficeConflict]


def _pending(suggestion: PersonSuggestion) -> PendingSuggestion:
    days = seen_on_dates(suggestion)
    return PendingSuggestion(
        suggestion,
        [(title, days[fold(title)]) for title in suggestion.titles],
        office_conflicts(suggestion, days=days),
    )


@dataclass
class FoundResolution:
    text: str
    resolution: Resolution | None


@dataclass
class Slot:
    slot: PhotoSlot
    credit: str  # the credit as it will be printed: short forms expanded

    @property
    def place(self) -> str:
        if self.slot.position == 0:
            return "Ảnh đầu bài"
        return f"Sau đoạn {self.slot.position}"


@dataclass
class WireReview:
    """Everything the import left on one draft for an editor to act on."""

    item: WireItem | None
    warnings: list[WireWarning] = field(default_factory=list)
    officials: list[FoundOfficial] = field(default_factory=list)
    pending: list[PendingSuggestion] = field(default_factory=list)
    resolutions: list[FoundResolution] = field(default_factory=list)
    slots: list[Slot] = field(default_factory=list)

    @property
    def file_label(self) -> str:
        """The received file's name without the folder it was read from."""
        return self.item.file_name.replace("\\", "/").rsplit("/", 1)[-1] if self.item else ""

    @property
    def to_do(self) -> int:
        """How many things still wait for the editor: suggestions to decide, slots to fill."""
        return len(self.pending) + len(self.slots)


def wire_review(article: Article) -> WireReview | None:
    """The import's findings on ``article`` (None for a story that did not come from the wire
    and has nothing waiting): the newest inbox row that wrote it, its warnings, the officials
    and resolutions it found with what became of each, the suggestions still pending (with the
    day each title was seen and any other holder of the same office then), the photo slots."""
    item = (
        WireItem.objects.filter(
            article=article, status__in=[WireItem.Status.CREATED, WireItem.Status.UPDATED]
        )
        .order_by("-id")
        .first()
    )
    slots = list(article.photo_slots.order_by("order", "id"))
    suggestions = list(article.person_suggestions.select_related("person", "wire_item"))
    if item is None and not slots and not suggestions:
        return None
    links = (item.links if item else None) or {}
    titled = not article.title.startswith(PROVISIONAL_TITLE_PREFIX)
    found = links.get("officials", [])
    people = Person.objects.in_bulk([o["person_id"] for o in found if o.get("person_id")])
    by_name = {s.name_key: s for s in suggestions}
    resolutions = Resolution.objects.in_bulk(
        [r["resolution_id"] for r in links.get("resolutions", []) if r.get("resolution_id")]
    )
    table = Credit.objects.by_key() if any(slot.credit for slot in slots) else {}
    return WireReview(
        item=item,
        warnings=[
            WireWarning(text, titled and text.startswith(TITLE_WARNINGS))
            for text in (item.warnings if item else [])
        ],
        officials=[
            FoundOfficial(
                o["name"],
                o.get("titles", []),
                people.get(o.get("person_id")),
                by_name.get(fold(o["name"])),
            )
            for o in found
        ],
        pending=[_pending(s) for s in suggestions if s.status == PersonSuggestion.Status.PENDING],
        resolutions=[
            FoundResolution(r["text"], resolutions.get(r.get("resolution_id")))
            for r in links.get("resolutions", [])
        ],
        slots=[
            Slot(slot, Credit.objects.resolve(slot.credit, table=table)[0] if slot.credit else "")
            for slot in slots
        ],
    )


def _require_slot_edit(slot: PhotoSlot, by) -> Article:
    article = Article.objects.select_for_update(of=("self",)).get(pk=slot.article_id)
    if not (article.can_edit(by) and by.has_perm("articles.delete_photoslot")):
        raise PermissionDenied("Bạn không có quyền sửa ảnh của bài này.")
    return article


def photo_slot_fill(*, slot: PhotoSlot, by, photo: Photo | None = None, upload=None) -> Caption:
    """Place a photo in ``slot``: a library photo, or a file uploaded now (kept in the library;
    one already there is reused). The photo runs with the slot's caption, credit (short forms
    expanded, ``Caption.save``) and place in the story; the slot is gone.

    A refused file raises ``ValidationError`` and changes nothing: the slot stays as it was.
    """
    if (photo is None) == (upload is None):
        raise ValidationError("Chọn một ảnh trong thư viện hoặc tải lên một tệp ảnh.")
    with transaction.atomic(), reversion.create_revision():
        article = _require_slot_edit(slot, by)
        current = PhotoSlot.objects.select_for_update().filter(pk=slot.pk).first()
        if current is None:
            raise ValidationError("Ô ảnh này đã được xử lý.")
        if upload is not None:
            if not by.has_perm("media.add_photo"):
                raise PermissionDenied("Bạn không có quyền tải ảnh lên thư viện.")
            photo, _ = photo_upload(
                file=upload,
                caption=current.text,
                credit=current.credit,
                alt_text=current.text or article.title,
            )
        caption = Caption.objects.create(
            article=article,
            photo=photo,
            text=current.text,
            credit=current.credit,
            position=current.position,
            order=current.order,
        )
        current.delete()
        reversion.add_to_revision(article)
        reversion.set_user(by)
        reversion.set_comment(f"Đặt ảnh vào ô ảnh chờ: {current.text[:120]}")
    return caption


def photo_slot_drop(*, slot: PhotoSlot, by) -> None:
    """The story runs without this photo: the slot is removed."""
    with transaction.atomic():
        _require_slot_edit(slot, by)
        PhotoSlot.objects.filter(pk=slot.pk).delete()
