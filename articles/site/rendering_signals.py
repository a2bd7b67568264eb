"""Make kept article renderings (articles.site.renderings) stale when a row they show changes.

Which stories show a row:

- a story: itself, and the stories that list it as related (stored ranking or editors' pick);
- a caption: its story and the stories listing it (the related teaser shows the lead photo);
  a photo: the stories with a caption of it, and the stories listing those;
- a correction or a tag link: its story; a tag: the stories tagged with it;
- an official or one of their positions: the stories that mention the official;
  a resolution: the stories that mention it;
- a change to a story's officials, resolutions, tags or picks, from either side: those stories;
- anything else readers see (a section, an organisation, a photo credit …): every story.

Writes readers cannot see (a draft, a story in review, their captions, corrections and links,
newsroom bookkeeping) change nothing, as for the page cache (``articles.site.page_cache``). Stories
are marked stale at once, so the writing process sees its change, and again when the transaction
commits, so that a rendering begun in between from the old rows is refused (``store``).
``QuerySet.update`` and ``bulk_create`` send no signals: code writing public rows that way calls
``renderings.invalidate`` itself (``articles.site.related`` does for the ranking).
"""

from __future__ import annotations

from django.db.models.signals import m2m_changed, post_save, pre_delete

from articles.models import (
    Article,
    ArticleRendering,
    Correction,
    RelatedStory,
    Tag,
    TaggedArticle,
)
from articles.site.page_cache import is_private_write, is_public, story_is_private
from articles.site.renderings import invalidate
from media.models import Caption, Photo
from people.models import Person, Position, Resolution

Picks = Article.related.through
Officials = Article.officials.through
Resolutions = Article.resolutions.through
EVERY_STORY = None


def listing(story_ids) -> set[int]:
    """``story_ids`` and the stories that list one of them as related."""
    ids = set(story_ids)
    if ids:
        ids.update(RelatedStory.objects.filter(story__in=ids).values_list("article", flat=True))
        ids.update(Picks.objects.filter(to_article__in=ids).values_list("from_article", flat=True))
    return ids


def stories_showing(instance) -> set[int] | None:
    """The stories whose page shows ``instance``; None for every story."""
    if isinstance(instance, Article):
        return listing([instance.pk])
    if isinstance(instance, Caption):
        return listing([instance.article_id])
    if isinstance(instance, Photo):
        return listing(Caption.objects.filter(photo=instance.pk).values_list("article", flat=True))
    if isinstance(instance, Correction | RelatedStory):
        return {instance.article_id}
    if isinstance(instance, TaggedArticle):
        return {instance.content_object_id}
    if isinstance(instance, Tag):
        return set(
            TaggedArticle.objects.filter(tag=instance.pk).values_list("content_object", flat=True)
        )
    if isinstance(instance, Person):
        return set(Officials.objects.filter(person=instance.pk).values_list("article", flat=True))
    if isinstance(instance, Position):
        return set(
            Officials.objects.filter(person=instance.person_id).values_list("article", flat=True)
        )
    if isinstance(instance, Resolution):
        return set(
            Resolutions.objects.filter(resolution=instance.pk).values_list("article", flat=True)
        )
    return EVERY_STORY


def _row_changed(sender, instance=None, raw=False, using=None, **kwargs):
    if raw or sender is ArticleRendering or not is_public(sender) or is_private_write(instance):
        return
    ids = stories_showing(instance)
    if kwargs.get("signal") is pre_delete and isinstance(instance, Article):
        ids.discard(instance.pk)  # its rendering goes with it
    invalidate(ids, using=using)


def _relation_changed(sender, instance, action, reverse, pk_set, using=None, **kwargs):
    if sender not in (Officials, Resolutions, TaggedArticle, Picks):
        return
    if action == "pre_clear" and reverse:  # the stories are about to be unknown
        instance._stories_before_clear = set(
            sender.objects.filter(**{_other_side(sender, instance): instance.pk}).values_list(
                _story_side(sender), flat=True
            )
        )
        return
    if action not in ("post_add", "post_remove", "post_clear"):
        return
    if isinstance(instance, Article) and not (reverse and sender is Picks):
        if story_is_private(instance):
            return
        ids = listing([instance.pk])
    elif action == "post_clear":
        ids = getattr(instance, "_stories_before_clear", set())
    else:
        ids = set(pk_set or ())
    invalidate(ids, using=using)


def _story_side(through) -> str:
    if through is Picks:
        return "from_article"
    if through is TaggedArticle:
        return "content_object"
    return "article"


def _other_side(through, instance) -> str:
    if through is Picks:
        return "to_article"
    if through is TaggedArticle:
        return "tag"
    return "person" if isinstance(instance, Person) else "resolution"


def connect() -> None:
    post_save.connect(_row_changed, dispatch_uid="renderings_row_saved")
    pre_delete.connect(_row_changed, dispatch_uid="renderings_row_deleted")
    m2m_changed.connect(_relation_changed, dispatch_uid="renderings_relation_changed")
