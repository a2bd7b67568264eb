"""What the wire import keeps: every item received, the photo slots it found, the officials it
could not match. Imported into ``articles.models``; the pipeline itself is ``articles.wire``
(docs/import.md).
"""

from django.conf import settings
from django.db import models
from django.urls import reverse

from newsroom.text import fold, normalize_inline

#: First words of the title given to a story that arrives without one (docs/import.md).
PROVISIONAL_TITLE_PREFIX = "[Chưa có tiêu đề]"


class WireItemQuerySet(models.QuerySet):
    def received(self):
        """Items that were read and parsed (not failed): what duplicates are checked against."""
        return self.exclude(status=WireItem.Status.FAILED)

    def latest_for_guid(self, guid: str):
        """The newest version received of the story ``guid`` (None when never received)."""
        return self.newest_for_guid(guid).first()

    def newest_for_guid(self, guid: str):
        """The items received of the story ``guid``, newest version first (by version, then
        arrival); none without a guid."""
        if not guid:
            return self.none()
        return (
            self.received()
            .filter(guid=guid)
            .order_by(models.F("version").desc(nulls_last=True), "-id")
        )

    def with_content_hash(self, content_hash: str):
        return self.received().filter(content_hash=content_hash) if content_hash else self.none()


class WireItem(models.Model):
    """One file received from a news agency, kept whatever happened to it."""

    class Status(models.TextChoices):
        CREATED = "created", "Đã tạo bài nháp"
        UPDATED = "updated", "Đã cập nhật bài nháp"
        DUPLICATE = "duplicate", "Trùng, bỏ qua"
        FAILED = "failed", "Lỗi"

    file_name = models.CharField("tệp", max_length=500)
    source = models.CharField("nguồn tin", max_length=200, blank=True)
    raw = models.BinaryField("dữ liệu gốc", default=b"", editable=False)
    raw_file = models.FileField(
        "tệp gốc (quá cỡ)",
        upload_to="tin-hang/qua-co/%Y/%m/",
        blank=True,
        editable=False,
        help_text="Tệp vượt giới hạn kích thước được lưu nguyên vẹn ở kho tệp thay vì trong CSDL.",
    )
    size = models.PositiveBigIntegerField("kích thước (byte)", default=0)
    format = models.CharField("định dạng", max_length=10, blank=True)
    encoding = models.CharField("bảng mã", max_length=40, blank=True)
    guid = models.CharField("mã tin (guid/doc-id)", max_length=255, blank=True, db_index=True)
    version = models.PositiveIntegerField("phiên bản tin", null=True, blank=True)
    dated = models.DateTimeField("giờ phát tin", null=True, blank=True)
    content_hash = models.CharField(
        "mã băm nội dung (SHA-256)", max_length=64, blank=True, db_index=True, editable=False
    )
    parsed = models.JSONField("kết quả phân tích", default=dict, blank=True)
    links = models.JSONField("nhân vật và văn bản", default=dict, blank=True)
    warnings = models.JSONField("cảnh báo", default=list, blank=True)
    error = models.TextField("lỗi", blank=True)
    status = models.CharField("kết quả", max_length=20, choices=Status.choices)
    awaits_editor = models.BooleanField(
        "bản mới chờ biên tập viên",
        default=False,
        help_text="Phiên bản mới của một tin mà bài nháp đã được sửa: chưa áp dụng vào bài.",
    )
    article = models.ForeignKey(
        "articles.Article",
        verbose_name="bài viết",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="wire_items",
    )
    # Article.version right after this item wrote the article: a later edit changes it.
    article_version = models.PositiveIntegerField(
        "phiên bản bài khi nhập", null=True, blank=True, editable=False
    )
    duplicate_of = models.ForeignKey(
        "self",
        verbose_name="trùng với",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="duplicates",
    )
    received_at = models.DateTimeField("thời điểm nhận", auto_now_add=True, db_index=True)

    objects = WireItemQuerySet.as_manager()

    class Meta:
        verbose_name = "tin hãng"
        verbose_name_plural = "hộp tin hãng"
        ordering = ["-received_at", "-id"]
        indexes = [
            models.Index(fields=["status", "received_at"]),
            models.Index(fields=["guid", "version"]),
        ]

    def __str__(self):
        title = (self.parsed or {}).get("title") or self.file_name
        return f"{title} ({self.get_status_display()})"

    def get_admin_url(self) -> str:
        return reverse("admin:articles_wireitem_change", args=[self.pk])

    def raw_bytes(self) -> bytes:
        """The file exactly as received, from the row or, when oversized, from storage."""
        if self.raw_file:
            with self.raw_file.open("rb") as handle:
                return handle.read()
        return bytes(self.raw)


class PhotoSlot(models.Model):
    """A photo the wire copy described (caption, credit, place in the story) but did not send.

    Wire text carries captions without image files; ``media.Caption`` needs a photo, so the
    slot waits here until an editor places a photo (then deletes the slot).
    """

    article = models.ForeignKey(
        "articles.Article",
        verbose_name="bài viết",
        on_delete=models.CASCADE,
        related_name="photo_slots",
    )
    wire_item = models.ForeignKey(
        WireItem,
        verbose_name="tin hãng",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="photo_slots",
    )
    text = models.TextField("chú thích", blank=True)
    credit = models.CharField("nguồn ảnh", max_length=200, blank=True)
    position = models.PositiveSmallIntegerField(
        "vị trí", default=0, help_text="Số đoạn văn đứng trước ảnh; 0 là ảnh đầu bài."
    )
    order = models.PositiveSmallIntegerField("thứ tự", default=0)

    class Meta:
        verbose_name = "ảnh chờ bổ sung"
        verbose_name_plural = "ảnh chờ bổ sung"
        ordering = ["article", "order", "id"]

    def __str__(self):
        return self.text[:80] or f"Ảnh chờ bổ sung #{self.pk}"

    def save(self, *args, **kwargs):
        self.prepare_text()
        super().save(*args, **kwargs)

    def prepare_text(self):
        """Normalise the text in place: what ``save`` stores (the import's bulk path too)."""
        self.text = normalize_inline(self.text)
        self.credit = normalize_inline(self.credit)


class PersonSuggestion(models.Model):
    """A person named with an official title in wire copy who is not among ``people.Person``.

    Never a silent new official: an editor confirms it in the admin ("Tạo nhân vật"), which
    creates the person with positions from the titles seen and links the articles, or links
    the name to a person already recorded ("Gắn vào nhân vật có sẵn").
    """

    class Status(models.TextChoices):
        PENDING = "pending", "Chờ xác nhận"
        ACCEPTED = "accepted", "Đã tạo nhân vật"
        LINKED = "linked", "Đã gắn nhân vật có sẵn"
        REJECTED = "rejected", "Đã bỏ qua"

    name = models.CharField("họ và tên", max_length=150)
    name_key = models.CharField("tên không dấu", max_length=150, db_index=True, editable=False)
    titles = models.JSONField("chức danh trong tin", default=list, blank=True)
    status = models.CharField(
        "trạng thái", max_length=20, choices=Status.choices, default=Status.PENDING
    )
    wire_item = models.ForeignKey(
        WireItem,
        verbose_name="tin hãng đầu tiên",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="person_suggestions",
    )
    articles = models.ManyToManyField(
        "articles.Article",
        verbose_name="bài nhắc đến",
        blank=True,
        related_name="person_suggestions",
    )
    person = models.ForeignKey(
        "people.Person",
        verbose_name="nhân vật",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField("ngày gợi ý", auto_now_add=True)
    decided_at = models.DateTimeField("ngày xử lý", null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="người xử lý",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = "gợi ý nhân vật"
        verbose_name_plural = "gợi ý nhân vật"
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["name_key"],
                condition=models.Q(status="pending"),
                name="one_pending_suggestion_per_name",
            )
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.prepare_for_save()
        super().save(*args, **kwargs)

    def prepare_for_save(self):
        """What ``save`` stores: the name and titles normalised, the key to find the name by
        (the import's bulk path calls it too)."""
        self.name = normalize_inline(self.name)
        self.name_key = fold(self.name)
        self.titles = [normalize_inline(title) for title in self.titles]

    def add_titles(self, titles) -> bool:
        """Add the titles not yet recorded (compared folded); whether any was new."""
        known = {fold(title) for title in self.titles}
        new = [title for title in titles if fold(title) not in known]
        self.titles = [*self.titles, *new]
        return bool(new)
