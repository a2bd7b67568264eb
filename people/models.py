"""Officials, the organisations they serve in, their positions over time, and resolutions.

Resolutions live here rather than in ``articles`` because they are issued by an
``Organization`` and outlive any story that mentions them (docs/architecture.md).
"""

import datetime

from django.db import models
from django.db.models import Q
from django.db.models.functions import Coalesce
from django.urls import reverse

from newsroom.sanitize import clean_html
from newsroom.slugs import unique_slug
from newsroom.text import AS_WRITTEN, fold, given_name_key, normalize, normalize_inline


def include_derived(save_kwargs: dict, *fields: str) -> None:
    """Keep columns computed in ``save`` current when a caller saves only ``update_fields``."""
    if save_kwargs.get("update_fields") is not None:
        save_kwargs["update_fields"] = {*save_kwargs["update_fields"], *fields}


class Organization(models.Model):
    class Kind(models.TextChoices):
        PARTY = "party", "Cơ quan Đảng"
        LEGISLATURE = "legislature", "Quốc hội / HĐND"
        GOVERNMENT = "government", "Chính phủ / UBND"
        FRONT = "front", "Mặt trận và đoàn thể"
        JUDICIAL = "judicial", "Tư pháp"
        MINISTRY = "ministry", "Bộ, ngành"
        OTHER = "other", "Khác"

    name = models.CharField("tên", max_length=255, unique=True)
    short_name = models.CharField(
        "tên viết tắt", max_length=100, blank=True, help_text="Ví dụ: UBND TP Hà Nội"
    )
    slug = models.SlugField("đường dẫn", max_length=120, unique=True, blank=True)
    kind = models.CharField("loại", max_length=20, choices=Kind.choices, default=Kind.OTHER)
    parent = models.ForeignKey(
        "self",
        verbose_name="trực thuộc",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="children",
    )

    class Meta:
        verbose_name = "cơ quan, tổ chức"
        verbose_name_plural = "cơ quan, tổ chức"
        ordering = ["name"]

    def __str__(self):
        return self.short_name or self.name

    def save(self, *args, **kwargs):
        self.name = normalize_inline(self.name)
        self.short_name = normalize_inline(self.short_name)
        if not self.slug:
            self.slug = unique_slug(self, self.short_name or self.name, max_length=120)
        super().save(*args, **kwargs)


class Person(models.Model):
    """An official. Titles are not stored here: they change, see ``Position``."""

    full_name = models.CharField("họ và tên", max_length=150)
    slug = models.SlugField("đường dẫn", max_length=80, unique=True, blank=True)
    aliases = models.TextField(
        "tên gọi khác",
        blank=True,
        help_text="Mỗi dòng một tên: tên thường gọi, bí danh, cách viết khác.",
    )
    birth_year = models.PositiveSmallIntegerField("năm sinh", null=True, blank=True)
    biography = models.TextField("tiểu sử", blank=True)
    portrait = models.ForeignKey(
        "media.Photo",
        verbose_name="ảnh chân dung",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # Derived on save: Vietnamese list order (given name first) and accent-folded names.
    sort_key = models.CharField(
        "khóa sắp xếp theo tên", max_length=400, editable=False, db_index=True, default=""
    )
    search_names = models.TextField("tên không dấu", editable=False, default="")
    created_at = models.DateTimeField("ngày tạo", auto_now_add=True)
    updated_at = models.DateTimeField("cập nhật", auto_now=True)

    class Meta:
        verbose_name = "nhân vật"
        verbose_name_plural = "nhân vật"
        ordering = ["sort_key", "id"]

    def __str__(self):
        return self.full_name

    def save(self, *args, **kwargs):
        # A name is spelled as its bearer spells it ("Thúy" or "Thuý"): tones stay where they
        # were typed. Matching, slugs and sort keys do not depend on it (docs/vietnamese.md).
        self.full_name = normalize_inline(self.full_name, tone_placement=AS_WRITTEN)
        self.aliases = "\n".join(self.alias_list())
        self.biography = clean_html(normalize(self.biography))
        self.sort_key = given_name_key(self.full_name)
        self.search_names = "\n".join(fold(name) for name in self.names())
        if not self.slug:
            self.slug = unique_slug(self, self.full_name)
        include_derived(kwargs, "sort_key", "search_names")
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("people:person_detail", kwargs={"slug": self.slug})

    def alias_list(self) -> list[str]:
        seen, result = set(), []
        for line in self.aliases.splitlines():
            alias = normalize_inline(line, tone_placement=AS_WRITTEN)
            if alias and fold(alias) not in seen:
                seen.add(fold(alias))
                result.append(alias)
        return result

    def names(self) -> list[str]:
        """Full name first, then every alias."""
        return [self.full_name, *self.alias_list()]

    def positions_on(self, day: datetime.date):
        return self.positions.held_on(day)

    def title_on(self, day: datetime.date | datetime.datetime) -> list[str]:
        """Titles held on ``day``, most senior (lowest rank number) first.

        A story from 2021 shows the titles its subject held in 2021, not today's.
        Uses prefetched positions when available so list pages stay at one query.
        """
        return titles_held_on(self.positions.all(), day)

    def current_titles(self) -> list[str]:
        return self.title_on(datetime.date.today())


def seniority(rank: int, start_date: datetime.date | None) -> tuple[int, int]:
    """Sort key of a position: most senior rank first, then the most recently started."""
    return (rank, -(start_date or datetime.date.min).toordinal())


def is_held(start_date, end_date, day: datetime.date, seen_on=None) -> bool:
    """Whether a position running from ``start_date`` to ``end_date`` is held on ``day``.

    An open date means "always" or "still" for a position an editor entered; for one known only
    from a story of ``seen_on`` (``Position.seen_on``) an open date is unknown, so it is held
    from ``seen_on`` to ``seen_on`` as far as it is known, never "until now".
    """
    start, end = start_date or seen_on, end_date or seen_on
    return (start is None or start <= day) and (end is None or day <= end)


def titles_held_on(positions, day: datetime.date | datetime.datetime) -> list[str]:
    """The titles of ``positions`` held on ``day``, most senior first (``Person.title_on``)."""
    if isinstance(day, datetime.datetime):
        day = day.date()
    return [p.title for p in sorted_positions(positions) if p.is_held_on(day)]


def sorted_positions(positions) -> list["Position"]:
    return sorted(positions, key=lambda p: seniority(p.rank, p.start_date or p.seen_on))


class PositionQuerySet(models.QuerySet):
    def held_on(self, day: datetime.date):
        """Positions held on ``day`` (``is_held``'s rule, in SQL)."""
        return self.alias(
            held_from=Coalesce("start_date", "seen_on"), held_to=Coalesce("end_date", "seen_on")
        ).filter(
            Q(held_from__isnull=True) | Q(held_from__lte=day),
            Q(held_to__isnull=True) | Q(held_to__gte=day),
        )


class Position(models.Model):
    person = models.ForeignKey(
        Person, verbose_name="nhân vật", on_delete=models.CASCADE, related_name="positions"
    )
    title = models.CharField("chức vụ", max_length=255, help_text="Ví dụ: Bí thư Thành ủy Hà Nội")
    organization = models.ForeignKey(
        Organization,
        verbose_name="cơ quan",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="positions",
    )
    start_date = models.DateField("từ ngày", null=True, blank=True)
    end_date = models.DateField(
        "đến ngày", null=True, blank=True, help_text="Để trống nếu đang giữ chức vụ."
    )
    seen_on = models.DateField(
        "biết giữ chức ngày",
        null=True,
        blank=True,
        help_text="Chức vụ chỉ biết qua một bài (ngày của bài): ngày bắt đầu, kết thúc để trống "
        "là chưa biết, không phải “đến nay”. Xóa ngày này khi đã xác nhận chức vụ còn giữ.",
    )
    term = models.CharField(
        "nhiệm kỳ / khóa", max_length=100, blank=True, help_text="Ví dụ: khóa XVII"
    )
    rank = models.PositiveSmallIntegerField(
        "thứ tự hiển thị",
        default=100,
        help_text="Số nhỏ hơn hiển thị trước khi một người giữ nhiều chức vụ cùng lúc.",
    )

    objects = PositionQuerySet.as_manager()

    class Meta:
        verbose_name = "chức vụ"
        verbose_name_plural = "quá trình công tác"
        ordering = ["person", "rank", "-start_date"]
        indexes = [models.Index(fields=["person", "start_date", "end_date"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(end_date__isnull=True)
                | Q(start_date__isnull=True)
                | Q(end_date__gte=models.F("start_date")),
                name="position_ends_after_start",
                violation_error_message="Ngày kết thúc phải sau ngày bắt đầu.",
            ),
            models.CheckConstraint(
                condition=Q(seen_on__isnull=True)
                | (
                    (Q(start_date__isnull=True) | Q(start_date__lte=models.F("seen_on")))
                    & (Q(end_date__isnull=True) | Q(end_date__gte=models.F("seen_on")))
                ),
                name="position_seen_within_its_dates",
                violation_error_message="Ngày biết giữ chức phải nằm trong khoảng từ ngày "
                "bắt đầu đến ngày kết thúc.",
            ),
        ]

    def __str__(self):
        return f"{self.title} ({self.span_label()})"

    def save(self, *args, **kwargs):
        self.title = normalize_inline(self.title)
        self.term = normalize_inline(self.term)
        super().save(*args, **kwargs)

    def span_label(self) -> str:
        """When the position was held, as the admin and the profile print it: "10/10/2020 –
        nay", "? – 17/10/2025", or "2021" for one known only from a story of 2021."""
        if self.seen_on and not self.start_date and not self.end_date:
            return f"{self.seen_on:%Y}"
        start = f"{self.start_date:%d/%m/%Y}" if self.start_date else "?"
        if self.end_date:
            return f"{start} – {self.end_date:%d/%m/%Y}"
        if self.seen_on:
            return f"{start} – ?"
        return f"{start} – nay"

    @property
    def known_only_from_a_story(self) -> bool:
        return self.seen_on is not None and not self.start_date and not self.end_date

    def is_held_on(self, day: datetime.date) -> bool:
        return is_held(self.start_date, self.end_date, day, self.seen_on)

    def is_current(self, today: datetime.date) -> bool:
        """Held today by an editor's word: a position known only from a story of today is held
        today, but is not "current" on a profile until an editor gives its dates."""
        return self.is_held_on(today) and (self.seen_on is None or self.end_date is not None)


class ResolutionQuerySet(models.QuerySet):
    def public(self):
        """Resolutions readers may see: drafts stay internal."""
        return self.exclude(status=Resolution.Status.DRAFT)


class Resolution(models.Model):
    """A Nghị quyết (or Chỉ thị, Kết luận, Quyết định) issued by an organisation."""

    class Kind(models.TextChoices):
        RESOLUTION = "nghi-quyet", "Nghị quyết"
        DIRECTIVE = "chi-thi", "Chỉ thị"
        CONCLUSION = "ket-luan", "Kết luận"
        DECISION = "quyet-dinh", "Quyết định"
        PROGRAMME = "chuong-trinh", "Chương trình"

    class Status(models.TextChoices):
        DRAFT = "draft", "Dự thảo"
        ADOPTED = "adopted", "Đã thông qua"
        SUPERSEDED = "superseded", "Đã được thay thế"

    kind = models.CharField(
        "loại văn bản", max_length=20, choices=Kind.choices, default=Kind.RESOLUTION
    )
    number = models.CharField(
        "số hiệu", max_length=60, blank=True, help_text="Ví dụ: 15-NQ/TU hoặc 27/2022/QH15"
    )
    title = models.CharField("trích yếu", max_length=500)
    slug = models.SlugField("đường dẫn", max_length=120, unique=True, blank=True)
    issuer = models.ForeignKey(
        Organization,
        verbose_name="cơ quan ban hành",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="resolutions",
    )
    term = models.CharField(
        "đại hội / khóa", max_length=100, blank=True, help_text="Ví dụ: Đại hội XIII, khóa XV"
    )
    adopted_on = models.DateField("ngày thông qua", null=True, blank=True)
    effective_on = models.DateField("ngày hiệu lực", null=True, blank=True)
    status = models.CharField(
        "tình trạng", max_length=20, choices=Status.choices, default=Status.ADOPTED
    )
    superseded_by = models.ForeignKey(
        "self",
        verbose_name="được thay thế bởi",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="supersedes",
    )
    summary = models.TextField("tóm tắt", blank=True)
    document = models.FileField("toàn văn", upload_to="van-ban/%Y/", blank=True)
    number_folded = models.CharField(
        "số hiệu không dấu", max_length=60, editable=False, default="", db_index=True
    )
    created_at = models.DateTimeField("ngày tạo", auto_now_add=True)
    updated_at = models.DateTimeField("cập nhật", auto_now=True)

    objects = ResolutionQuerySet.as_manager()

    class Meta:
        verbose_name = "nghị quyết, văn bản"
        verbose_name_plural = "nghị quyết, văn bản"
        ordering = ["-adopted_on", "-id"]
        indexes = [
            models.Index(fields=["issuer", "adopted_on"]),
            models.Index(fields=["status"]),
        ]

    def __str__(self):
        label = self.get_kind_display()
        return f"{label} {self.number}: {self.title}" if self.number else f"{label} {self.title}"

    def save(self, *args, **kwargs):
        self.number = normalize_inline(self.number).replace(" ", "")
        self.title = normalize_inline(self.title)
        self.term = normalize_inline(self.term)
        self.summary = clean_html(normalize(self.summary))
        self.number_folded = fold(self.number)
        if not self.slug:
            basis = f"{self.get_kind_display()} {self.number or self.title}"
            self.slug = unique_slug(self, basis, max_length=120)
        include_derived(kwargs, "number_folded")
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("people:resolution_detail", kwargs={"slug": self.slug})

    def is_public(self) -> bool:
        """Whether readers may see it (``ResolutionQuerySet.public``): a draft stays internal."""
        return self.status != self.Status.DRAFT
