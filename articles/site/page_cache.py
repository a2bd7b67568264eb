"""Empty the public page cache (newsroom/cache.py) whenever something readers see changes.

Any save or delete of a row in the apps that make up the public pages (stories, sections, tags,
corrections, officials, positions, resolutions, photos, captions) and any change to a story's
officials, resolutions or tags moves the cache generation on. It happens at once, so the
writing process sees its change, and again when the transaction commits, so that a page
rendered from the old rows by another request in between is not kept.

Stories that readers cannot see are left out: saving a draft (or a story in review, approved, or
already unpublished), changing its tags, officials or photos, or adding a correction to it keeps
the cache; publishing, unpublishing and any change to a published or scheduled story empty it.

A story saved as published with a publication time or an embargo still ahead changes the pages
later without any write; that moment is handed to the cache as ``also_at``.

``QuerySet.update`` and ``bulk_create`` send no signals: code that publishes that way must call
``newsroom.cache.invalidate_public_pages`` itself.
"""

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save

from articles.models import Article
from newsroom.cache import invalidate_public_pages

PUBLIC_APPS = frozenset({"articles", "people", "media", "taggit"})
#: Newsroom bookkeeping inside those apps that no public page shows: writing it (every wire item
#: imported, every workflow step logged) must not empty the cache.
INTERNAL_MODELS = frozenset(
    {
        "articles.wireitem",
        "articles.photoslot",
        "articles.personsuggestion",
        "articles.personsuggestion_articles",  # the stories a suggestion was seen in
        "articles.transition",
        "articles.editingsession",
    }
)


#: Rows that belong to one story (model -> its story's id): they matter only if that story does.
STORY_PARTS = {
    "media.caption": "article_id",
    "articles.correction": "article_id",
    "articles.taggedarticle": "content_object_id",
}


def is_public(model) -> bool:
    return model._meta.app_label in PUBLIC_APPS and model._meta.label_lower not in INTERNAL_MODELS


def story_is_private(story: Article) -> bool:
    """Neither published (or scheduled) now nor before this save: no page shows it."""
    published = Article.Status.PUBLISHED
    return story.status != published and getattr(story, "_stored_status", None) != published


def is_private_write(instance) -> bool:
    if isinstance(instance, Article):
        return story_is_private(instance)
    story_field = STORY_PARTS.get(instance._meta.label_lower)
    if story_field:
        story_id = getattr(instance, story_field)
        status = Article.objects.filter(pk=story_id).values_list("status", flat=True).first()
        return status != Article.Status.PUBLISHED
    return False


def _goes_live_at(instance):
    """When a published story saved now will appear by itself (publication time, embargo end)."""
    if not isinstance(instance, Article) or instance.status != Article.Status.PUBLISHED:
        return None
    moments = [moment for moment in (instance.published_at, instance.embargo_until) if moment]
    return max(moments, default=None)


def _invalidate(using, also_at=None):
    invalidate_public_pages(also_at=also_at)
    transaction.on_commit(invalidate_public_pages, using=using)


def _row_changed(sender, instance=None, raw=False, using=None, **kwargs):
    if raw or not is_public(sender) or is_private_write(instance):
        return
    _invalidate(using, _goes_live_at(instance))


def _relation_changed(sender, action, instance=None, using=None, **kwargs):
    if action not in ("post_add", "post_remove", "post_clear") or not is_public(sender):
        return
    if isinstance(instance, Article) and story_is_private(instance):
        return  # a draft's tags, officials, resolutions or picks
    _invalidate(using)


def connect() -> None:
    post_save.connect(_row_changed, dispatch_uid="public_pages_row_saved")
    post_delete.connect(_row_changed, dispatch_uid="public_pages_row_deleted")
    m2m_changed.connect(_relation_changed, dispatch_uid="public_pages_relation_changed")
