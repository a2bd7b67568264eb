"""Tags: one per folded form, spelled as first typed, listed in Vietnamese order.

taggit's models and manager with the project's rules (docs/vietnamese.md); loaded with
``articles.models``.
"""

from django.db import models
from django.urls import reverse
from taggit.managers import _TaggableManager
from taggit.models import TagBase, TaggedItemBase

from newsroom.text import fold, normalize_inline, slugify, sort_key


class TagQuerySet(models.QuerySet):
    def for_names(self, names) -> list["Tag"]:
        """The tags for ``names``, in order and each once, creating the missing ones.

        A name matches the tag whose folded form (``newsroom.text.fold``) it shares, whatever
        its case, tone marks, tone placement or Unicode form: "HÀ NỘI" is the tag "Hà Nội",
        which keeps the spelling it was first given. Tag instances pass through unchanged.
        """
        wanted = {}
        for name in names:
            if isinstance(name, Tag):
                wanted.setdefault(name.folded, name)
            elif (clean := normalize_inline(name)) and fold(clean):
                wanted.setdefault(fold(clean), clean)
        spelled = [key for key, value in wanted.items() if isinstance(value, str)]
        found = {tag.folded: tag for tag in self.filter(folded__in=spelled)} if spelled else {}
        tags = []
        for key, value in wanted.items():
            if isinstance(value, Tag):
                tags.append(value)
            elif key in found:
                tags.append(found[key])
            else:
                # get_or_create on the unique folded key: two editors adding the same new tag at
                # once get one row.
                tags.append(self.get_or_create(folded=key, defaults={"name": value})[0])
        return tags


class Tag(TagBase):
    """A taggit tag whose slug keeps Vietnamese meaning ("Đại hội Đảng" → dai-hoi-dang).

    Tags are one per folded form ("Hà Nội", "HÀ NỘI" and "Ha Noi" are one tag, spelled as first
    typed) and listed in Vietnamese order (``sort_key``: Đ after D, ă and â after a).
    """

    folded = models.CharField("dạng không dấu", max_length=100, unique=True, editable=False)
    sort_key = models.CharField(
        "khóa sắp xếp", max_length=400, editable=False, db_index=True, default=""
    )

    objects = TagQuerySet.as_manager()

    class Meta:
        verbose_name = "thẻ"
        verbose_name_plural = "thẻ"
        ordering = ["sort_key", "id"]

    def save(self, *args, **kwargs):
        self.name = normalize_inline(self.name)
        self.folded = fold(self.name)
        self.sort_key = sort_key(self.name)
        super().save(*args, **kwargs)

    def slugify(self, tag, i=None):
        slug = slugify(tag, max_length=90) or "the"
        return f"{slug}-{i}" if i is not None else slug

    def get_absolute_url(self):
        return reverse("articles:tag", kwargs={"slug": self.slug})


class ArticleTags(_TaggableManager):
    """``article.tags``: taggit's manager, with names matched to tags by folded form
    (``Tag.objects.for_names``) on every path that adds or sets tags by name: the admin form,
    the workflow services, the demo loader, the shell."""

    def add(self, *tags, **kwargs):
        return super().add(*Tag.objects.for_names(tags), **kwargs)

    def set(self, tags, **kwargs):
        return super().set(Tag.objects.for_names(tags), **kwargs)

    def remove(self, *tags):
        folded = [tag.folded if isinstance(tag, Tag) else fold(tag) for tag in tags]
        names = Tag.objects.filter(folded__in=folded).values_list("name", flat=True)
        return super().remove(*names)


class TaggedArticle(TaggedItemBase):
    tag = models.ForeignKey(Tag, on_delete=models.CASCADE, related_name="tagged_articles")
    content_object = models.ForeignKey("Article", on_delete=models.CASCADE)

    class Meta:
        verbose_name = "thẻ của bài"
        verbose_name_plural = "thẻ của bài"
        # A tag's stories from the index alone (the tag page's count and page).
        indexes = [models.Index(fields=["tag", "content_object"], name="tagged_article_by_tag")]
