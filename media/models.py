"""Photos, and the caption and credit a photo carries inside one article."""

import hashlib
import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone
from imagekit.models import ImageSpecField

from media import renditions, tasks
from media.credits import credit_key, credit_parts, expand_credit_text
from media.imaging import prepare_image
from media.validators import ALLOWED_FORMATS, inspect_image
from newsroom.text import normalize_inline


def photo_upload_to(instance, filename: str) -> str:
    """Generated name in a dated folder; the uploader's file name is kept as data only."""
    ext = ALLOWED_FORMATS.get(instance._detected_format or "", "bin")
    return f"anh/{timezone.now():%Y/%m}/{uuid.uuid4().hex}.{ext}"


class CreditQuerySet(models.QuerySet):
    def by_key(self) -> dict[str, "Credit"]:
        """Every credit under its name and its short form (credit_key), short forms winning.

        The table is small (the newsroom's photographers and agencies), so it is read whole:
        one query, and matching works the same for "Đ" on SQLite and PostgreSQL.
        """
        table = {}
        credits = list(self)
        for credit in credits:
            table.setdefault(credit_key(credit.name), credit)
        for credit in credits:
            if credit.short_name:
                table[credit_key(credit.short_name)] = credit
        return table

    def resolve(self, text: str, *, table=None) -> tuple[str, list["Credit"]]:
        """(printed credit, recorded credits it names): ``"(Ảnh: AS)"`` -> ``"Anh Sơn"``."""
        if not credit_parts(text):
            return expand_credit_text(text, {})[0], []
        table = self.by_key() if table is None else table
        printed, keys = expand_credit_text(
            text, {key: credit.name for key, credit in table.items()}
        )
        return printed, [table[key] for key in keys]


class Credit(models.Model):
    """A photographer or agency the newsroom credits again and again.

    ``short_name`` is the form a wire caption uses: in ``(Ảnh: AS)`` the ``AS`` expands to the
    photographer's ``name`` (media.services.expand_credit). See docs/media.md, "Credits".
    """

    class Kind(models.TextChoices):
        PHOTOGRAPHER = "photographer", "Phóng viên ảnh"
        AGENCY = "agency", "Hãng ảnh, cơ quan"

    name = models.CharField(
        "tên in trên báo", max_length=200, help_text="Ví dụ: Anh Sơn, TTXVN, VGP/Nhật Bắc"
    )
    short_name = models.CharField(
        "viết tắt",
        max_length=30,
        blank=True,
        help_text="Dạng viết tắt trong chú thích, ví dụ AS trong “(Ảnh: AS)”.",
    )
    kind = models.CharField("loại", max_length=20, choices=Kind.choices, default=Kind.PHOTOGRAPHER)

    objects = CreditQuerySet.as_manager()

    class Meta:
        verbose_name = "nguồn ảnh"
        verbose_name_plural = "nguồn ảnh"
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                Lower("short_name"),
                condition=~models.Q(short_name=""),
                name="media_credit_unique_short_name",
                violation_error_message="Đã có nguồn ảnh khác dùng dạng viết tắt này.",
            )
        ]

    def __str__(self):
        return f"{self.name} ({self.short_name})" if self.short_name else self.name

    def save(self, *args, **kwargs):
        self.name = normalize_inline(self.name)
        self.short_name = normalize_inline(self.short_name)
        super().save(*args, **kwargs)


class PhotoQuerySet(models.QuerySet):
    def with_content_hash(self, content_hash: str):
        return self.filter(content_hash=content_hash) if content_hash else self.none()


class DuplicatePhotoError(ValidationError):
    """The uploaded bytes are already in the library as ``existing``."""

    def __init__(self, existing: "Photo"):
        self.existing = existing
        super().__init__(
            "Ảnh này đã có trong kho: %(photo)s (tải lên ngày %(date)s). "
            "Hãy dùng lại ảnh đó thay vì tải lên lần nữa.",
            code="duplicate",
            params={
                "photo": f"ảnh #{existing.pk} “{existing}”",
                "date": timezone.localtime(existing.uploaded_at).strftime("%d/%m/%Y"),
            },
        )


class Photo(models.Model):
    # No width_field/height_field: Django would parse the header on assignment, before the
    # validator runs (a decompression bomb would crash there). _prepare_upload sets them.
    image = models.ImageField("tệp ảnh", upload_to=photo_upload_to)
    original_filename = models.CharField("tên tệp gốc", max_length=255, blank=True, editable=False)
    caption = models.TextField("chú thích mặc định", blank=True)
    credit = models.CharField(
        "nguồn ảnh",
        max_length=200,
        blank=True,
        help_text="Tác giả hoặc hãng ảnh, ví dụ: TTXVN. Viết tắt đã đăng ký (AS) được tự mở rộng.",
    )
    credited_to = models.ForeignKey(
        Credit,
        verbose_name="nguồn ảnh trong danh mục",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="photos",
    )
    alt_text = models.CharField(
        "mô tả ảnh (alt)",
        max_length=300,
        help_text="Mô tả ngắn cho người dùng trình đọc màn hình; bắt đầu từ chú thích rồi sửa lại.",
    )
    width = models.PositiveIntegerField("chiều rộng (px)", editable=False, null=True)
    height = models.PositiveIntegerField("chiều cao (px)", editable=False, null=True)
    content_hash = models.CharField(
        "mã băm nội dung (SHA-256)", max_length=64, editable=False, db_index=True, default=""
    )
    #: Rendition file names and widths (media.renditions.describe), kept so that pages never
    #: ask imagekit for them.
    renditions = models.JSONField("các cỡ ảnh", default=dict, blank=True, editable=False)
    taken_at = models.DateTimeField("thời điểm chụp", null=True, blank=True)
    uploaded_at = models.DateTimeField("ngày tải lên", auto_now_add=True)

    _detected_format: str | None = None
    _prepared_file = None

    objects = PhotoQuerySet.as_manager()

    class Meta:
        verbose_name = "ảnh"
        verbose_name_plural = "ảnh"
        ordering = ["-uploaded_at", "-id"]
        indexes = [models.Index(fields=["credit"])]
        constraints = [
            models.UniqueConstraint(
                fields=["content_hash"],
                condition=~models.Q(content_hash=""),
                name="media_photo_unique_content",
            )
        ]

    def __str__(self):
        label = self.caption[:60] or self.original_filename or f"Ảnh #{self.pk}"
        return f"{label} ({self.credit})" if self.credit else label

    def save(self, *args, **kwargs):
        self.caption = normalize_inline(self.caption)
        self.alt_text = normalize_inline(self.alt_text)
        self.credit, found = Credit.objects.resolve(self.credit)
        if self.credited_to_id is None and len(found) == 1:
            self.credited_to = found[0]
        if not self.credit and self.credited_to_id:
            self.credit = self.credited_to.name
        new_upload = self._has_new_upload()
        if new_upload:
            # Whatever path saves a photo, it is validated here, before storage is touched.
            self._prepare_upload()
        try:
            if new_upload:
                # Stored now rather than by the field's pre_save, so that its final name (and
                # so the renditions' names) is known before the row is written.
                self.image.save(self.image.name, self.image.file, save=False)
            if self.image and (self.renditions or {}).get("source") != self.image.name:
                self.renditions = renditions.describe(self)
                if kwargs.get("update_fields") is not None:
                    kwargs["update_fields"] = {*kwargs["update_fields"], "renditions"}
            super().save(*args, **kwargs)
        except BaseException:
            if new_upload and self.image._committed:
                self.image.storage.delete(self.image.name)  # nothing left behind
            raise

    def clean(self):
        if self._has_new_upload():
            try:
                self._prepare_upload()
            except ValidationError as exc:
                raise ValidationError({"image": exc.error_list}) from exc

    def _has_new_upload(self) -> bool:
        return bool(self.image) and not self.image._committed

    def _prepare_upload(self) -> None:
        """Validate, fingerprint and clean the attached file, once; storage is not touched.

        The stored file is the re-encoded one (upright, no private metadata); the content hash
        is of the bytes as uploaded, so the same file uploaded again is recognised.
        """
        upload = self.image.file
        if upload is self._prepared_file:
            return
        self._detected_format, _, _ = inspect_image(upload)
        content_hash = file_sha256(upload)
        existing = Photo.objects.with_content_hash(content_hash).exclude(pk=self.pk).first()
        if existing is not None:
            raise DuplicatePhotoError(existing)
        prepared = prepare_image(upload, fmt=self._detected_format, default_tz=settings.TIME_ZONE)
        if not self.original_filename:
            self.original_filename = self.image.name.rsplit("/", 1)[-1][:255]
        self.content_hash = content_hash
        if self.taken_at is None:
            self.taken_at = prepared.taken_at
        self.width, self.height = prepared.width, prepared.height
        self.image = ContentFile(prepared.data, name=self.original_filename)
        self._prepared_file = self.image.file

    @property
    def alt(self) -> str:
        return self.alt_text or self.caption

    @property
    def src(self) -> str:
        return renditions.default_url(self)

    @property
    def srcset_jpeg(self) -> str:
        return renditions.srcset(self, "jpeg")

    @property
    def srcset_webp(self) -> str:
        return renditions.srcset(self, "webp")


# One ImageSpecField per (format, width): rendition_jpeg_480 ... rendition_webp_1600. The first
# one's strategy queues the task that builds them all (media/tasks.py).
_FIRST = renditions.field_name(
    next(iter(renditions.RENDITION_FORMATS)), renditions.RENDITION_WIDTHS[0]
)
for _fmt, (_pil_format, _options) in renditions.RENDITION_FORMATS.items():
    for _width in renditions.RENDITION_WIDTHS:
        _name = renditions.field_name(_fmt, _width)
        Photo.add_to_class(
            _name,
            ImageSpecField(
                source="image",
                processors=renditions.processors_for(_width),
                format=_pil_format,
                options=_options,
                cachefile_strategy=tasks.BuildOnQueue
                if _name == _FIRST
                else tasks.BuiltWithTheFirst,
            ),
        )


def file_sha256(file) -> str:
    file.seek(0)
    digest = hashlib.sha256()
    for chunk in iter(lambda: file.read(64 * 1024), b""):
        digest.update(chunk)
    file.seek(0)
    return digest.hexdigest()


class Caption(models.Model):
    """The caption and credit a photo carries in one article, and where it stands in the story.

    The same photo can run with different captions in different stories; editing one
    never changes another.
    """

    article = models.ForeignKey(
        "articles.Article",
        verbose_name="bài viết",
        on_delete=models.CASCADE,
        related_name="captions",
    )
    photo = models.ForeignKey(
        Photo, verbose_name="ảnh", on_delete=models.PROTECT, related_name="captions"
    )
    text = models.TextField("chú thích", blank=True)
    credit = models.CharField("nguồn ảnh", max_length=200, blank=True)
    position = models.PositiveSmallIntegerField(
        "vị trí",
        default=0,
        help_text="Số đoạn văn đứng trước ảnh; 0 là ảnh đầu bài.",
    )
    order = models.PositiveSmallIntegerField("thứ tự", default=0)

    class Meta:
        verbose_name = "ảnh trong bài"
        verbose_name_plural = "ảnh trong bài"
        ordering = ["article", "order", "id"]
        indexes = [models.Index(fields=["article", "order"])]

    def __str__(self):
        return self.text[:80] or str(self.photo)

    def save(self, *args, **kwargs):
        self.text = normalize_inline(self.text)
        self.credit, _ = Credit.objects.resolve(self.credit)
        super().save(*args, **kwargs)

    @property
    def display_text(self) -> str:
        return self.text or self.photo.caption

    @property
    def display_credit(self) -> str:
        return self.credit or self.photo.credit

    @property
    def alt(self) -> str:
        return self.photo.alt_text or self.display_text

    @property
    def is_lead(self) -> bool:
        return self.position == 0 and self.order == 0
