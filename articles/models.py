"""Sections, tags and articles."""

from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.html import strip_tags
from taggit.managers import TaggableManager
from taggit.models import TagBase, TaggedItemBase

from media.models import Caption
from newsroom.sanitize import clean_html
from newsroom.text import fold, normalize, normalize_inline, slugify
from people.models import unique_slug


class Section(models.Model):
    name = models.CharField("tên chuyên mục", max_length=100, unique=True)
    slug = models.SlugField("đường dẫn", max_length=100, unique=True, blank=True)
    description = models.TextField("giới thiệu", blank=True)
    order = models.PositiveSmallIntegerField("thứ tự", default=0)
    in_menu = models.BooleanField("hiện trên thanh chuyên mục", default=True)

    class Meta:
        verbose_name = "chuyên mục"
        verbose_name_plural = "chuyên mục"
        ordering = ["order", "name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.name = normalize_inline(self.name)
        if not self.slug:
            self.slug = unique_slug(self, self.name, max_length=100)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("articles:section", kwargs={"slug": self.slug})


class Tag(TagBase):
    """A taggit tag whose slug keeps Vietnamese meaning ("Đại hội Đảng" → dai-hoi-dang)."""

    class Meta:
        verbose_name = "thẻ"
        verbose_name_plural = "thẻ"
        ordering = ["name"]

    def save(self, *args, **kwargs):
        self.name = normalize_inline(self.name)
        super().save(*args, **kwargs)

    def slugify(self, tag, i=None):
        slug = slugify(tag, max_length=90) or "the"
        return f"{slug}-{i}" if i is not None else slug

    def get_absolute_url(self):
        return reverse("articles:tag", kwargs={"slug": self.slug})


class TaggedArticle(TaggedItemBase):
    tag = models.ForeignKey(Tag, on_delete=models.CASCADE, related_name="tagged_articles")
    content_object = models.ForeignKey("Article", on_delete=models.CASCADE)

    class Meta:
        verbose_name = "thẻ của bài"
        verbose_name_plural = "thẻ của bài"


class ArticleQuerySet(models.QuerySet):
    def published(self, now=None):
        """What readers may see. Every public view, feed and sitemap starts here."""
        now = now or timezone.now()
        return self.filter(status=Article.Status.PUBLISHED, published_at__lte=now)

    def in_section(self, section):
        return self.filter(section=section)

    def newest_first(self):
        return self.order_by("-published_at", "-id")

    def for_listing(self):
        """Columns and joins a teaser needs, without N+1 queries on the lead photo."""
        return self.select_related("section").prefetch_related(
            models.Prefetch(
                "captions",
                queryset=Caption.objects.select_related("photo").order_by("order", "id"),
            )
        )


class Article(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", "Bản nháp"
        REVIEW = "review", "Chờ duyệt"
        APPROVED = "approved", "Đã duyệt"
        PUBLISHED = "published", "Đã xuất bản"
        UNPUBLISHED = "unpublished", "Đã gỡ"

    title = models.CharField("tiêu đề", max_length=300)
    slug = models.SlugField("đường dẫn", max_length=120, unique=True, blank=True)
    sapo = models.TextField("sapo", blank=True, help_text="Đoạn dẫn in đậm ở đầu bài.")
    body = models.TextField("nội dung", blank=True)
    section = models.ForeignKey(
        Section, verbose_name="chuyên mục", on_delete=models.PROTECT, related_name="articles"
    )
    tags = TaggableManager("thẻ", through=TaggedArticle, blank=True)
    byline = models.CharField("tác giả", max_length=200, blank=True)
    source = models.CharField(
        "nguồn", max_length=200, blank=True, help_text="Hãng tin hoặc báo gốc, ví dụ: TTXVN"
    )
    status = models.CharField(
        "trạng thái", max_length=20, choices=Status.choices, default=Status.DRAFT
    )
    published_at = models.DateTimeField(
        "thời điểm xuất bản",
        null=True,
        blank=True,
        help_text="Thời điểm trong tương lai nghĩa là hẹn giờ đăng.",
    )
    is_featured = models.BooleanField("tin nổi bật", default=False)
    officials = models.ManyToManyField(
        "people.Person",
        verbose_name="nhân vật được nhắc đến",
        blank=True,
        related_name="articles",
    )
    resolutions = models.ManyToManyField(
        "people.Resolution",
        verbose_name="văn bản được nhắc đến",
        blank=True,
        related_name="articles",
    )
    search_text = models.TextField(editable=False, default="")
    created_at = models.DateTimeField("ngày tạo", auto_now_add=True)
    updated_at = models.DateTimeField("cập nhật", auto_now=True)

    objects = ArticleQuerySet.as_manager()

    class Meta:
        verbose_name = "bài viết"
        verbose_name_plural = "bài viết"
        ordering = ["-published_at", "-id"]
        indexes = [
            models.Index(fields=["status", "published_at"]),
            models.Index(fields=["section", "status", "published_at"]),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        self.title = normalize_inline(self.title)
        self.sapo = normalize(self.sapo)
        self.byline = normalize_inline(self.byline)
        self.source = normalize_inline(self.source)
        self.body = clean_html(normalize(self.body))
        if not self.slug:
            self.slug = unique_slug(self, self.title, max_length=120)
        self.search_text = fold(f"{self.title}\n{self.sapo}\n{strip_tags(self.body)}")
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("articles:detail", kwargs={"slug": self.slug})

    def is_live(self, now=None) -> bool:
        now = now or timezone.now()
        return (
            self.status == self.Status.PUBLISHED
            and self.published_at is not None
            and self.published_at <= now
        )

    @property
    def lead_caption(self):
        """First photo of the story, using prefetched captions when present."""
        captions = list(self.captions.all())
        return captions[0] if captions else None

    def officials_with_titles(self):
        """(person, titles held on the story's date) for every official mentioned."""
        day = timezone.localdate(self.published_at) if self.published_at else timezone.localdate()
        return [(person, person.title_on(day)) for person in self.officials.all()]
