"""What other apps call: the wire importer, the publishing workflow, the admin."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction

from media.models import Caption, Credit, Photo, file_sha256


def expand_credit(text: str, *, table: dict | None = None) -> str:
    """The credit as the paper prints it: ``"(Ảnh: AS)"`` -> ``"Anh Sơn"`` when AS is recorded.

    Unknown parts are kept (``"AS/TTXVN"`` -> ``"Anh Sơn/TTXVN"``). An importer handling many
    items can pass ``table=Credit.objects.by_key()`` to read the credits once.
    """
    return Credit.objects.resolve(text, table=table)[0]


def photos_missing_credit(article) -> list[Photo]:
    """Photos in ``article`` that would run without a credit; publishing must wait for them.

    A caption's own credit counts, else the photo's. Uses prefetched captions when present.
    """
    missing = []
    for caption in _captions_of(article):
        if not caption.display_credit and caption.photo not in missing:
            missing.append(caption.photo)
    return missing


def credit_problems(article) -> list[str]:
    """Publish check (``ARTICLE_PUBLISH_CHECKS``): one Vietnamese sentence per uncredited photo."""
    return [
        f"Ảnh #{photo.pk} “{(photo.caption or photo.original_filename)[:60]}” chưa ghi nguồn ảnh; "
        "thêm nguồn trong bài hoặc trên ảnh trước khi xuất bản."
        for photo in photos_missing_credit(article)
    ]


def _captions_of(article) -> list[Caption]:
    if "captions" in getattr(article, "_prefetched_objects_cache", {}):
        return list(article.captions.all())
    return list(Caption.objects.filter(article=article).select_related("photo"))


@transaction.atomic
def photo_upload(
    *, file, caption: str = "", credit: str = "", alt_text: str = "", credited_to=None
) -> tuple[Photo, bool]:
    """Store ``file`` as a new photo, or return the photo that already holds the same bytes.

    Returns ``(photo, created)``. Raises ``ValidationError`` (Vietnamese message) for a file the
    validator rejects; nothing is written to storage then. The alt text starts from the caption.
    """
    existing = Photo.objects.with_content_hash(file_sha256(file)).first()
    if existing is not None:
        return existing, False
    photo = Photo(
        image=file,
        caption=caption,
        credit=credit,
        alt_text=alt_text or caption,
        credited_to=credited_to,
    )
    photo.save()
    return photo, True


@dataclass
class BatchUpload:
    """What happened to each file of a multiple upload."""

    saved: list[Photo] = field(default_factory=list)
    duplicates: list[tuple[str, Photo]] = field(default_factory=list)  # (file name, existing)
    rejected: list[tuple[str, list[str]]] = field(default_factory=list)  # (file name, messages)


def photo_upload_batch(
    *, files, caption: str, credit: str = "", credited_to=None, alt_text: str = ""
) -> BatchUpload:
    """Validate and store each file on its own: one bad file never costs the good ones.

    Every file goes through ``Photo.full_clean`` (the one validator); a rejected file leaves
    nothing in storage, a file already in the library is reported with the existing photo.
    """
    result = BatchUpload()
    for upload in files:
        existing = Photo.objects.with_content_hash(file_sha256(upload)).first()
        if existing is not None:
            result.duplicates.append((upload.name, existing))
            continue
        photo = Photo(
            image=upload,
            caption=caption,
            credit=credit,
            credited_to=credited_to,
            alt_text=alt_text or caption,
        )
        try:
            with transaction.atomic():
                photo.full_clean()
                photo.save()
        except ValidationError as exc:
            result.rejected.append((upload.name, exc.messages))
        else:
            result.saved.append(photo)
    return result
