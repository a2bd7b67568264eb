"""Empty the public page cache (newsroom/cache.py) whenever something readers see changes.

Any save or delete of a row in the apps that make up the public pages (stories, sections, tags,
corrections, officials, positions, resolutions, photos, captions) and any change to a story's
officials, resolutions or tags moves the cache generation on. It happens at once, so the
writing process sees its change, and again when the transaction commits, so that a page
rendered from the old rows by another request in between is not kept.

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
        "articles.transition",
        "articles.editingsession",
    }
)


def _is_public(model) -> bool:
    return model._meta.app_label in PUBLIC_APPS and model._meta.label_lower not in INTERNAL_MODELS


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
    if raw or not _is_public(sender):
        return
    _invalidate(using, _goes_live_at(instance))


def _relation_changed(sender, action, using=None, **kwargs):
    if action in ("post_add", "post_remove", "post_clear") and _is_public(sender):
        _invalidate(using)


def connect() -> None:
    post_save.connect(_row_changed, dispatch_uid="public_pages_row_saved")
    post_delete.connect(_row_changed, dispatch_uid="public_pages_row_deleted")
    m2m_changed.connect(_relation_changed, dispatch_uid="public_pages_relation_changed")
