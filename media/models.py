"""Photos, and the caption and credit a photo carries inside one article."""

import hashlib
import uuid

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone

from media.validators import ALLOWED_FORMATS, inspect_image
from newsroom.text import normalize_inline


def photo_upload_to(instance, filename: str) -> str:
    """Generated name in a dated folder; the uploader's file name is kept as data only."""
    ext = ALLOWED_FORMATS.get(instance._detected_format or "", "bin")
    return f"anh/{timezone.now():%Y/%m}/{uuid.uuid4().hex}.{ext}"


class Photo(models.Model):
    image = models.ImageField(
        "tệp ảnh", upload_to=photo_upload_to, width_field="width", height_field="height"
    )
    original_filename = models.CharField("tên tệp gốc", max_length=255, blank=True, editable=False)
    caption = models.TextField("chú thích mặc định", blank=True)
    credit = models.CharField(
        "nguồn ảnh", max_length=200, blank=True, help_text="Tác giả hoặc hãng ảnh, ví dụ: TTXVN"
    )
    alt_text = models.CharField(
        "mô tả ảnh (alt)",
        max_length=300,
        blank=True,
        help_text="Mô tả ngắn cho người dùng trình đọc màn hình; để trống sẽ dùng chú thích.",
    )
    width = models.PositiveIntegerField(editable=False, null=True)
    height = models.PositiveIntegerField(editable=False, null=True)
    content_hash = models.CharField(max_length=64, editable=False, db_index=True, default="")
    taken_at = models.DateTimeField("thời điểm chụp", null=True, blank=True)
    uploaded_at = models.DateTimeField("ngày tải lên", auto_now_add=True)

    _detected_format: str | None = None

    class Meta:
        verbose_name = "ảnh"
        verbose_name_plural = "ảnh"
        ordering = ["-uploaded_at", "-id"]
        indexes = [models.Index(fields=["credit"])]

    def __str__(self):
        label = self.caption[:60] or self.original_filename or f"Ảnh #{self.pk}"
        return f"{label} ({self.credit})" if self.credit else label

    def save(self, *args, **kwargs):
        self.caption = normalize_inline(self.caption)
        self.credit = normalize_inline(self.credit)
        self.alt_text = normalize_inline(self.alt_text)
        if self.image and not self.image._committed:
            # Whatever path saves a photo, it is validated here, before storage is touched.
            self._detected_format, _, _ = inspect_image(self.image.file)
            if not self.original_filename:
                self.original_filename = self.image.name.rsplit("/", 1)[-1][:255]
            self.content_hash = file_sha256(self.image.file)
        super().save(*args, **kwargs)

    def clean(self):
        if self.image and not self.image._committed:
            try:
                self._detected_format, _, _ = inspect_image(self.image.file)
            except ValidationError as exc:
                raise ValidationError({"image": exc.messages}) from exc

    @property
    def alt(self) -> str:
        return self.alt_text or self.caption


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
        self.credit = normalize_inline(self.credit)
        super().save(*args, **kwargs)

    @property
    def display_credit(self) -> str:
        return self.credit or self.photo.credit
