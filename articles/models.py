"""Sections, tags, articles, and the editorial record around them (corrections, transitions)."""

import re
from html import unescape
from typing import NamedTuple

from django.apps import apps
from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.core.exceptions import ValidationError
from django.db import models, router
from django.urls import reverse
from django.utils import timezone
from django.utils.html import strip_tags
from taggit.managers import TaggableManager

# Tags and the wire inbox's models have modules of their own; Django loads an app's models from
# here.
from articles.tags import ArticleTags, Tag, TaggedArticle  # noqa: F401
from articles.wire.models import PersonSuggestion, PhotoSlot, WireItem  # noqa: F401
from media.models import Caption
from newsroom.html_blocks import split_blocks
from newsroom.sanitize import clean_html
from newsroom.slugs import first_candidates, slug_made_from, unique_slug
from newsroom.text import normalize, normalize_inline
from people.models import Person, is_held, seniority

#: Length of an article's slug (``Article.slug``).
SLUG_MAX = 120


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
        self.description = normalize(self.description)
        if not self.slug:
            self.slug = unique_slug(self, self.name, max_length=100)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("articles:section", kwargs={"slug": self.slug})


class ArticleQuerySet(models.QuerySet):
    def published(self, now=None):
        """What readers may see. Every public view, feed, sitemap and search starts here.

        Published, its publication time reached, and no embargo still running
        (``public_condition``, which ``Article.is_live`` checks on one row).
        """
        return self.filter(public_condition(now or timezone.now()))

    def with_corrections(self):
        """Prefetch the public corrections (oldest first) that the article page lists."""
        return self.prefetch_related(public_corrections_prefetch())

    def scheduled(self, now=None):
        """Published with a publication time still ahead."""
        now = now or timezone.now()
        return self.filter(status=Article.Status.PUBLISHED, published_at__gt=now)

    def embargoed(self, now=None):
        now = now or timezone.now()
        return self.filter(embargo_until__gt=now)

    def delete(self):
        """Delete the stories, emptying what showed the published ones (``articles.stale``)."""
        stale, using = _stale(), self.db
        published = stale.articles_deleting(self, using=using)
        deleted = super().delete()
        stale.articles_deleted(published, using=using)
        return deleted

    def visible_in_admin_to(self, user):
        """Reporters see their own articles; editors and publishers see every article."""
        if user.has_perm("articles.edit_others_article"):
            return self
        return self.filter(created_by=user)

    def linkable_by(self, user):
        """Stories ``user`` may pick as related: editors any; a reporter the stories readers
        see and their own (never another's draft or an embargoed story, whose title the
        widget would show)."""
        if user.has_perm("articles.edit_others_article"):
            return self
        mine_or_public = models.Q(created_by=user) | models.Q(pk__in=self.published().values("pk"))
        return self.filter(mine_or_public)

    def in_section(self, section):
        return self.filter(section=section)

    def newest_first(self):
        return self.order_by("-published_at", "-id")

    def create_drafts(self, articles):
        """Insert new drafts, each row as ``save()`` writes it (``Article.prepare_for_save``:
        text, slug), in one statement per call (``bulk_create``, ids set on both databases, in
        the order given). The slugs are read in one query (equal titles in one call get -2,
        -3 ... as successive saves would): with distinct free slugs a call costs two queries
        whatever its length.

        Without ``pre_save``/``post_save``: a draft is on no public page, so nothing becomes
        stale, and the caller writes what a save's listeners would add: the search document
        (``articles.search_index.set_document``, before this call) and the revision
        (``articles.revisions.add_new_draft_revisions`` once the links are written).
        The wire import's fast path (``articles.wire.chunks``, ``articles.wire.persist``).
        """
        articles = list(articles)
        for article in articles:
            if article.pk is not None or article.status != Article.Status.DRAFT:
                raise ValueError("create_drafts writes new drafts only")
            if article.published_at is not None:
                raise ValueError("a draft has no publication time")
        candidates = first_candidates(
            [article.title for article in articles if not article.slug],
            max_length=SLUG_MAX,
            fallback=Article._meta.model_name,
        )
        taken = set(self.filter(slug__in=candidates).values_list("slug", flat=True))
        known = {candidate: candidate in taken for candidate in candidates}
        for article in articles:
            article.prepare_for_save(slugs_known=known)
            known[article.slug] = True  # taken by this call for the drafts after it
        self.bulk_create(articles)
        return articles

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
        SENT_BACK = "sent_back", "Bị trả lại"
        APPROVED = "approved", "Đã duyệt"
        PUBLISHED = "published", "Đã xuất bản"
        UNPUBLISHED = "unpublished", "Đã gỡ"

    title = models.CharField("tiêu đề", max_length=300)
    slug = models.SlugField("đường dẫn", max_length=SLUG_MAX, unique=True, blank=True)
    sapo = models.TextField("sapo", blank=True, help_text="Đoạn dẫn in đậm ở đầu bài.")
    body = models.TextField("nội dung", blank=True)
    section = models.ForeignKey(
        Section, verbose_name="chuyên mục", on_delete=models.PROTECT, related_name="articles"
    )
    tags = TaggableManager(
        "thẻ", through=TaggedArticle, blank=True, manager=ArticleTags, ordering=["sort_key", "id"]
    )
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
    related = models.ManyToManyField(
        "self",
        verbose_name="bài liên quan",
        blank=True,
        symmetrical=False,
        related_name="related_from",
        help_text="Bài do biên tập viên chọn, hiện ở cuối bài.",
    )
    embargo_until = models.DateTimeField(
        "cấm đăng đến",
        null=True,
        blank=True,
        help_text="Bài không xuất hiện ở bất kỳ đâu trên trang công khai trước thời điểm này, "
        "kể cả khi đã xuất bản.",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="người tạo",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="articles_created",
        editable=False,
    )
    # Optimistic concurrency: every save of an existing row increments it (see save()).
    version = models.PositiveIntegerField("phiên bản", default=1, editable=False)
    # Search document, written by articles.search_index (signals), never by hand: folded tokens of
    # title, sapo, names of officials and resolution numbers, body; and on PostgreSQL the
    # weighted tsvector of the same (GIN-indexed by migration 0005_search), and its head (title,
    # sapo, names: small enough to stay in the row) that reader search ranks with.
    search_text = models.TextField("văn bản tìm kiếm", editable=False, default="")
    search_vector = SearchVectorField("chỉ mục tìm kiếm", null=True, editable=False)
    rank_vector = SearchVectorField("chỉ mục xếp hạng", null=True, editable=False)
    created_at = models.DateTimeField("ngày tạo", auto_now_add=True)
    updated_at = models.DateTimeField("cập nhật", auto_now=True)

    objects = ArticleQuerySet.as_manager()

    #: Fields whose change on a story readers have seen needs a correction or a minor-edit flag.
    TEXT_FIELDS = ("title", "sapo", "body")

    class Meta:
        verbose_name = "bài viết"
        verbose_name_plural = "bài viết"
        ordering = ["-published_at", "-id"]
        indexes = [
            models.Index(fields=["status", "published_at"]),
            models.Index(fields=["section", "status", "published_at"]),
            # What a list's count checks of each story, read from the index alone: a tag's or an
            # official's count probes thousands of stories by id (issue 14).
            models.Index(
                fields=["id", "published_at", "embargo_until"],
                condition=models.Q(status="published"),
                name="article_published_by_id",
            ),
        ]
        permissions = [
            ("submit_article", "Gửi bài để duyệt"),
            ("edit_others_article", "Sửa bài của người khác"),
            ("review_article", "Duyệt hoặc trả lại bài"),
            ("publish_article", "Xuất bản, hẹn giờ, gỡ bài và sửa bài đã đăng"),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, text_change_recorded: bool = False, mentions=None, **kwargs):
        """Store the story and make stale what showed it (``articles.stale``).

        ``text_change_recorded``: the caller recorded a correction or a minor-edit flag for a
        change to text readers have seen (only ``articles.desk.workflow.article_edit`` does);
        without it such a change is refused (``CorrectionRequired``).
        ``mentions``: the officials and resolutions the story will be linked to, when the writer
        knows them (``articles.search_index.KnownMentions``): its search document is written
        with the row rather than read back and written again after.
        """
        using = kwargs.get("using") or router.db_for_write(type(self), instance=self)
        stored = None  # the row as stored before this save; None for a new story
        if self.pk is not None and not kwargs.get("force_insert"):
            stored = self._stored_values()
        self.prepare_for_save(stored=stored)
        if stored is not None:
            self._check_and_bump_version(stored, kwargs, text_change_recorded)
        stale = _stale()
        document_written = stale.article_saving(self, mentions=mentions, using=using)
        super().save(*args, **kwargs)
        if stored is not None and stored["slug"] != self.slug:
            self._keep_old_address(stored)
        stale.article_saved(
            self,
            status_before=stored["status"] if stored else None,
            section_before=stored["section_id"] if stored else None,
            slug_before=stored["slug"] if stored else None,
            update_fields=kwargs.get("update_fields"),
            document_written=document_written,
            using=using,
        )

    def get_absolute_url(self):
        return reverse("articles:detail", kwargs={"slug": self.slug})

    def delete(self, *args, **kwargs):
        stale = _stale()
        using = kwargs.get("using") or router.db_for_write(type(self), instance=self)
        stale.article_deleting(self, using=using)
        deleted = super().delete(*args, **kwargs)
        stale.article_deleted(self, using=using)
        return deleted

    def prepare_for_save(self, *, slugs_known=None, stored=None):
        """What ``save`` computes from the fields before writing the row: the text
        normalised and sanitised (:meth:`prepare_text`) and the slug (:meth:`slug_follows_title`
        says when it is made again from the title). ``stored``: the row as stored before
        this save (``_stored_values``), None for a new story.
        The bulk path (``Article.objects.create_drafts``) calls it too, with ``slugs_known``:
        the slugs it read at once, taken (True) or free (``newsroom.slugs.unique_slug``)."""
        self.prepare_text()
        if not self.slug and stored is not None and has_been_public(stored):
            self.slug = stored["slug"]  # a public story's address is never emptied
        if not self.slug or self.slug_follows_title(stored):
            self.slug = unique_slug(self, self.title, max_length=SLUG_MAX, known=slugs_known)

    def slug_follows_title(self, stored) -> bool:
        """Whether this save makes the slug again from a changed title. Until a story has
        been public its address follows its title (a draft imported without one first gets
        the placeholder's slug, "chua-co-tieu-de-…"), unless an editor set the slug by hand:
        now (it differs from the stored one) or before (the stored one is not the stored
        title's). From its first publication the address is frozen; a slug changed by hand
        after that keeps the old address redirecting (``OldSlug``)."""
        return (
            stored is not None
            and not has_been_public(stored)
            and stored["title"] != self.title
            and stored["slug"] == self.slug
            and slug_made_from(
                self.slug, stored["title"], max_length=SLUG_MAX, fallback=self._meta.model_name
            )
        )

    def _keep_old_address(self, stored: dict):
        """The slug changed: a public story's old address redirects to the new one."""
        OldSlug.objects.filter(slug=self.slug).delete()  # back to an address it had
        if has_been_public(stored):
            OldSlug.objects.update_or_create(slug=stored["slug"], defaults={"article": self})

    def prepare_text(self):
        """Normalise and sanitise the text fields in place: exactly what ``save`` stores."""
        self.title = normalize_inline(self.title)
        self.sapo = normalize(self.sapo)
        self.byline = normalize_inline(self.byline)
        self.source = normalize_inline(self.source)
        self.body = clean_html(normalize(self.body))

    def _stored_values(self) -> dict | None:
        return (
            type(self)
            .objects.filter(pk=self.pk)
            .values(
                "status",
                "published_at",
                "embargo_until",
                "version",
                "slug",
                "section_id",
                *self.TEXT_FIELDS,
            )
            .first()
        )

    def _check_and_bump_version(self, stored: dict, save_kwargs, text_change_recorded: bool):
        """Refuse a silent text change to a story readers have seen; bump ``version``."""
        if (
            has_been_public(stored)
            and reader_text(stored) != reader_text(self.__dict__)
            and not text_change_recorded
        ):
            raise CorrectionRequired(
                "Bài đã đăng: sửa tiêu đề, sapo hoặc nội dung phải kèm đính chính công khai "
                "hoặc đánh dấu “sửa nhỏ” (dùng articles.desk.workflow.article_edit)."
            )
        self.version = stored["version"] + 1
        if save_kwargs.get("update_fields") is not None:
            save_kwargs["update_fields"] = {*save_kwargs["update_fields"], "version", "updated_at"}

    def is_live(self, now=None) -> bool:
        """Whether readers may see this story: it is in ``Article.objects.published(now)``."""
        return _holds(public_condition(now or timezone.now()), lambda field: getattr(self, field))

    def is_scheduled(self, now=None) -> bool:
        now = now or timezone.now()
        return (
            self.status == self.Status.PUBLISHED
            and self.published_at is not None
            and self.published_at > now
        )

    def is_embargoed(self, now=None) -> bool:
        now = now or timezone.now()
        return self.embargo_until is not None and self.embargo_until > now

    def has_been_public(self, now=None) -> bool:
        """Whether readers may have seen this story (live now, or unpublished since)."""
        return has_been_public(self.__dict__, now)

    def can_edit(self, user) -> bool:
        """Whether ``user`` may change this article's text and links in its current state.

        Reporters: their own drafts (and drafts sent back to them). Editors: any article
        not yet published. Publishers: any article, published ones with a correction rule.
        """
        if not user.has_perm("articles.change_article"):
            return False
        if self.status in (self.Status.PUBLISHED, self.Status.UNPUBLISHED):
            return user.has_perm("articles.publish_article")
        if user.has_perm("articles.edit_others_article"):
            return True
        own = self.created_by_id is not None and self.created_by_id == user.pk
        return own and self.status in (self.Status.DRAFT, self.Status.SENT_BACK)

    @property
    def corrections_for_readers(self):
        """Public corrections, oldest first; from ``with_corrections()``'s prefetch when present."""
        if hasattr(self, "public_corrections"):
            return self.public_corrections
        if self.pk is None:
            return []
        return list(self.corrections.public().order_by("created_at", "id"))

    @property
    def lead_caption(self):
        """First photo of the story, using prefetched captions when present."""
        captions = list(self.captions.all())
        return captions[0] if captions else None

    def body_with_figures(self) -> list[tuple[str, object]]:
        """The body as ("html", block) and ("figure", caption) parts in reading order.

        ``Caption.position`` counts the body blocks (newsroom.html_blocks) before the photo:
        0 puts it at the top, a number past the last block at the end. Uses prefetched captions.
        """
        blocks = split_blocks(self.body)
        captions = sorted(self.captions.all(), key=lambda c: (c.position, c.order, c.pk or 0))
        parts: list[tuple[str, object]] = []
        pending = iter(captions)
        caption = next(pending, None)
        for index, block in enumerate(blocks):
            while caption is not None and caption.position <= index:
                parts.append(("figure", caption))
                caption = next(pending, None)
            parts.append(("html", block))
        while caption is not None:
            parts.append(("figure", caption))
            caption = next(pending, None)
        return parts

    #: The columns of ``officials_from_rows``, read from ``Person`` ordered by ``sort_key``,
    #: ``id`` and ``positions__id``.
    OFFICIAL_COLUMNS = (
        "id", "slug", "full_name", "updated_at", "positions__title", "positions__rank",
        "positions__start_date", "positions__end_date", "positions__seen_on",
    )  # fmt: skip

    def officials_with_titles(self) -> list[tuple["Official", list[str]]]:
        """(official, titles held on the story's date) for every official the story mentions,
        in name order (``Person`` ordering); today's titles for a story not yet dated.

        ``Person.title_on``'s rule (``is_held``, most senior first by ``seniority``), read in
        one query of values rather than a Person and a Position instance per row: the public
        article page and the preview both show this list.
        """
        day = timezone.localdate(self.published_at) if self.published_at else timezone.localdate()
        rows = (
            Person.objects.filter(articles=self.pk)
            .order_by("sort_key", "id", "positions__id")
            .values_list(*self.OFFICIAL_COLUMNS)
        )
        return officials_from_rows(rows, day)


def officials_from_rows(rows, day) -> list[tuple["Official", list[str]]]:
    """``Article.officials_with_titles`` from its rows (``Article.OFFICIAL_COLUMNS``): each
    official once, with the titles held on ``day``, most senior first."""
    officials: dict[int, tuple[Official, list]] = {}
    for pk, slug, full_name, updated_at, title, rank, start, end, seen_on in rows:
        if pk not in officials:
            officials[pk] = (Official(pk, slug, full_name, updated_at), [])
        if title is not None and is_held(start, end, day, seen_on):
            officials[pk][1].append((seniority(rank, start or seen_on), title))
    return [
        (official, [title for _, title in sorted(held, key=lambda pair: pair[0])])
        for official, held in officials.values()
    ]


class Official(NamedTuple):
    """An official a story mentions (``Article.officials_with_titles``): what a page links and
    dates."""

    pk: int
    slug: str
    full_name: str
    updated_at: object

    def get_absolute_url(self) -> str:
        return reverse("people:person_detail", kwargs={"slug": self.slug})


class RelatedStory(models.Model):
    """One of the stories ranked as related to a story (kept current by articles.site.related)."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="ranked_related")
    story = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="ranked_in")
    shared = models.PositiveSmallIntegerField("số thẻ và nhân vật chung")

    class Meta:
        verbose_name = "bài liên quan (tự động)"
        verbose_name_plural = "bài liên quan (tự động)"
        constraints = [
            models.UniqueConstraint(fields=["article", "story"], name="one_related_row_per_pair")
        ]

    def __str__(self):
        return f"{self.article_id} → {self.story_id} ({self.shared})"


class OldSlug(models.Model):
    """An address a story had when readers could see it, before its slug was changed by
    hand: the story page answers it with a permanent redirect to the story's address."""

    article = models.ForeignKey(
        Article, verbose_name="bài viết", on_delete=models.CASCADE, related_name="old_slugs"
    )
    slug = models.SlugField("đường dẫn cũ", max_length=SLUG_MAX, unique=True)
    created_at = models.DateTimeField("ngày đổi", auto_now_add=True)

    class Meta:
        verbose_name = "đường dẫn cũ"
        verbose_name_plural = "đường dẫn cũ"

    def __str__(self):
        return self.slug


class ArticleRendering(models.Model):
    """The part of a story's public page that is the story's own, rendered and kept
    (articles.site.renderings): emptied, with ``invalidated_at`` set, when something it shows
    changes."""

    article = models.OneToOneField(
        Article, on_delete=models.CASCADE, primary_key=True, related_name="rendering"
    )
    head = models.TextField("thẻ trong <head>", blank=True)
    content = models.TextField("nội dung trang", blank=True)
    last_modified = models.DateTimeField("thay đổi gần nhất của nội dung hiển thị", null=True)
    version = models.CharField("phiên bản mã và mẫu trang", max_length=64, blank=True)
    rendered_at = models.DateTimeField("bắt đầu dựng lúc", null=True)
    invalidated_at = models.DateTimeField("hết hiệu lực lúc", null=True)

    class Meta:
        verbose_name = "trang bài viết dựng sẵn"
        verbose_name_plural = "trang bài viết dựng sẵn"

    def __str__(self):
        return f"{self.article_id} ({'sẵn' if self.content else 'cần dựng lại'})"


class ArticleTeaser(models.Model):
    """What a list shows of a story (articles.site.teasers), and what a search result cuts its
    snippet from, prepared once per change: current while ``stamp`` is the story's
    ``updated_at`` and ``version`` the code's."""

    article = models.OneToOneField(
        Article, on_delete=models.CASCADE, primary_key=True, related_name="teaser"
    )
    parts = models.JSONField("các phần đã dựng")
    #: What a search result's snippet is cut from (``newsroom.search_text.snippet_text``) and
    #: that text folded (``search_fold_chars``), so that search reads them instead of the body.
    #: (A default in the database too: app servers of the previous release, during a deploy,
    #: write teasers without them.)
    text = models.TextField("chữ của sapo và thân bài", blank=True, default="", db_default="")
    folded = models.TextField("chữ đã bỏ dấu", blank=True, default="", db_default="")
    #: How much of ``text`` is the sapo (``newsroom.search_text.sapo_length``).
    sapo_length = models.PositiveIntegerField("độ dài sapo", default=0, db_default=0)
    stamp = models.DateTimeField("lần sửa bài được dựng")
    version = models.CharField("phiên bản mã", max_length=64)

    class Meta:
        verbose_name = "tóm tắt bài dựng sẵn"
        verbose_name_plural = "tóm tắt bài dựng sẵn"

    def __str__(self):
        return str(self.article_id)


def _stale():
    """``articles.stale``, which says what a write makes stale and makes it so. It ranks,
    renders and indexes stories, so it imports this module, which cannot import it back: the
    app registry hands it over once every model is loaded (``ArticlesConfig.ready``)."""
    return apps.get_app_config("articles").stale


class CorrectionRequired(ValidationError):
    """A change to the text of a story readers have seen, without a correction or minor flag."""


def public_condition(now) -> models.Q:
    """What readers may see at ``now``, the one definition: published, its publication time
    reached, and no embargo still running. ``published()`` filters on it; ``is_live`` and
    ``has_been_public`` check it on one row's values (``_holds``)."""
    return models.Q(
        models.Q(embargo_until__isnull=True) | models.Q(embargo_until__lte=now),
        status=Article.Status.PUBLISHED,
        published_at__lte=now,
    )


# The lookups ``public_condition`` uses, as the database decides them (NULL is never <= now).
_LOOKUPS = {
    "exact": lambda value, wanted: value == wanted,
    "lte": lambda value, wanted: value is not None and value <= wanted,
    "isnull": lambda value, wanted: (value is None) == wanted,
}


def _holds(condition: models.Q, value_of) -> bool:
    """Whether a row whose field values ``value_of(name)`` gives meets ``condition``, ANDs and
    ORs of the lookups in ``_LOOKUPS``: the row's answer to the query's WHERE, without a query.
    (No negation: under SQL's NULL logic ``NOT`` of an unknown is not true.)"""
    if condition.negated:
        raise ValueError("_holds does not evaluate negated conditions")
    met = []
    for child in condition.children:
        if isinstance(child, models.Q):
            met.append(_holds(child, value_of))
        else:
            lookup, wanted = child
            field, _, kind = lookup.partition("__")
            met.append(_LOOKUPS[kind or "exact"](value_of(field), wanted))
    return all(met) if condition.connector == models.Q.AND else any(met)


def has_been_public(values: dict, now=None) -> bool:
    """Whether readers may have seen the story described by ``values`` (field name → value):
    public now (``public_condition``), or taken down after it was."""
    if values["status"] == Article.Status.UNPUBLISHED:
        return True
    return _holds(public_condition(now or timezone.now()), values.get)


_HREF_RE = re.compile(r"""href\s*=\s*["']([^"']*)["']""")
_BLOCK_TAG_RE = re.compile(
    r"</?(?:p|h[1-6]|li|ul|ol|blockquote|table|thead|tbody|tr|td|th|figure|figcaption|br|hr)\b[^>]*>",
    re.IGNORECASE,
)


def reader_text(values: dict) -> tuple[str, str, str]:
    """What a reader sees of title, sapo and body: text and link targets, not markup.

    Re-saving a story through the editor may turn ``<b>`` into ``<strong>``; that is not a
    change readers need to be told about. Changed words or links are.
    """
    body = values.get("body") or ""
    visible = " ".join(unescape(strip_tags(_BLOCK_TAG_RE.sub(" ", body))).split())
    links = " ".join(_HREF_RE.findall(body))
    return (
        " ".join((values.get("title") or "").split()),
        " ".join((values.get("sapo") or "").split()),
        f"{visible}|{links}",
    )


class CorrectionQuerySet(models.QuerySet):
    def public(self):
        return self.filter(public=True)


class Correction(models.Model):
    """A correction note (đính chính) attached to a published story."""

    article = models.ForeignKey(
        Article, verbose_name="bài viết", on_delete=models.CASCADE, related_name="corrections"
    )
    text = models.TextField(
        "nội dung đính chính",
        help_text="Hiện công khai cuối bài, ví dụ: “Bài đã sửa chức danh của ông Nguyễn Văn A.”",
    )
    created_at = models.DateTimeField("thời điểm", default=timezone.now)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="người ghi",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    public = models.BooleanField("công khai", default=True)

    objects = CorrectionQuerySet.as_manager()

    class Meta:
        verbose_name = "đính chính"
        verbose_name_plural = "đính chính"
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["public", "created_at"])]

    def __str__(self):
        return f"{self.article}: {self.text[:60]}"

    def save(self, *args, **kwargs):
        self.text = normalize(self.text)
        super().save(*args, **kwargs)


def public_corrections_prefetch() -> models.Prefetch:
    """Public corrections, oldest first, as ``public_corrections`` (``corrections_for_readers``)."""
    return models.Prefetch(
        "corrections",
        queryset=Correction.objects.public().order_by("created_at", "id"),
        to_attr="public_corrections",
    )


class Transition(models.Model):
    """One entry of an article's editorial record: who did what, when, from which state."""

    class Action(models.TextChoices):
        CREATE = "create", "Tạo bài"
        SUBMIT = "submit", "Gửi duyệt"
        SEND_BACK = "send_back", "Trả lại"
        APPROVE = "approve", "Duyệt"
        PUBLISH = "publish", "Xuất bản"
        SCHEDULE = "schedule", "Hẹn giờ đăng"
        UNPUBLISH = "unpublish", "Gỡ bài"
        MOVE_SECTION = "move_section", "Chuyển chuyên mục"
        CORRECT = "correct", "Đính chính"
        MINOR_EDIT = "minor_edit", "Sửa nhỏ bài đã đăng"
        RESTORE = "restore", "Khôi phục phiên bản"

    article = models.ForeignKey(
        Article, verbose_name="bài viết", on_delete=models.CASCADE, related_name="transitions"
    )
    action = models.CharField("thao tác", max_length=20, choices=Action.choices)
    from_status = models.CharField(
        "từ trạng thái", max_length=20, choices=Article.Status.choices, blank=True
    )
    to_status = models.CharField("sang trạng thái", max_length=20, choices=Article.Status.choices)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="người thực hiện",
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    at = models.DateTimeField("thời điểm", default=timezone.now)
    comment = models.TextField("ghi chú", blank=True)
    bulk = models.BooleanField("thao tác hàng loạt", default=False)

    class Meta:
        verbose_name = "nhật ký biên tập"
        verbose_name_plural = "nhật ký biên tập"
        ordering = ["-at", "-id"]
        indexes = [models.Index(fields=["article", "at"])]

    def __str__(self):
        return f"{self.get_action_display()}: {self.article}"

    def save(self, *args, **kwargs):
        self.comment = normalize(self.comment)
        super().save(*args, **kwargs)


class EditingSession(models.Model):
    """Who has an article's change form open: refreshed on each change-form GET."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="editing_sessions")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    seen_at = models.DateTimeField("lần mở gần nhất", default=timezone.now)

    class Meta:
        verbose_name = "đang mở bài"
        verbose_name_plural = "đang mở bài"
        constraints = [
            models.UniqueConstraint(fields=["article", "user"], name="one_editing_session_per_user")
        ]

    def __str__(self):
        return f"{self.user} — {self.article}"
