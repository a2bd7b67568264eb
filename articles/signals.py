"""Keep the search index current whatever path writes: admin, services, wire import, shell.

An article's search document holds its own text and the names of the officials and the
numbers of the resolutions it mentions, so it is refreshed when the article is saved, when its
mentions change (from either side of the relation), and when a mentioned official's names or
a resolution's number change. Bulk writes (``QuerySet.update``, ``bulk_create``) send no
signals: follow them with ``articles.search.index_articles`` or ``manage.py
rebuild_search_index``. A writer that knows an article's mentions before saving it (the wire
import) calls ``articles.search.prepare_document``: the document is then built just before the
row is written (``pre_save``) and written with it, and that save's ``post_save`` does nothing.
"""

from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete, pre_save

from articles.models import Article
from articles.search import fill_prepared_document, index_article, index_articles
from people.models import Person, Resolution

#: Saving only other fields (a status change, a version bump) leaves the document as it is.
INDEXED_FIELDS = frozenset({"title", "sapo", "body"})
#: Field holding the searchable form of what an article takes from a mentioned object.
FOLDED_FIELD = {Person: "search_names", Resolution: "number_folded"}


def _article_saving(sender, instance, raw=False, using=None, **kwargs):
    """After ``Article.save`` prepared the text: the document of ``search.prepare_document``."""
    instance._search_document_ready = not raw and fill_prepared_document(instance, using=using)


def _article_saved(sender, instance, raw=False, update_fields=None, using=None, **kwargs):
    if getattr(instance, "_search_document_ready", False):  # written with the row
        instance._search_document_ready = False
        return
    if raw or (update_fields is not None and not INDEXED_FIELDS & set(update_fields)):
        return
    index_article(instance, using=using)


def _mentions_changed(sender, instance, action, reverse, pk_set, using, **kwargs):
    if not reverse:  # article.officials.add(...): ``instance`` is the article
        if action in ("post_add", "post_remove", "post_clear"):
            index_article(instance, using=using)
        return
    # person.articles.add(...): ``instance`` is the person or resolution, ``pk_set`` articles
    if action == "pre_clear":
        instance._articles_before_clear = list(
            instance.articles.using(using).values_list("pk", flat=True)
        )
    elif action in ("post_add", "post_remove"):
        index_articles(pk_set, using=using)
    elif action == "post_clear":
        index_articles(getattr(instance, "_articles_before_clear", []), using=using)


def _mentioned_before_save(sender, instance, raw=False, using=None, **kwargs):
    field = FOLDED_FIELD[sender]
    if raw or instance.pk is None:
        instance._search_names_changed = False
        return
    stored = sender.objects.using(using).filter(pk=instance.pk).values_list(field, flat=True)
    instance._search_names_changed = list(stored) != [getattr(instance, field)]


def _mentioned_saved(sender, instance, created, raw=False, using=None, **kwargs):
    if not raw and not created and getattr(instance, "_search_names_changed", False):
        index_articles(instance.articles.using(using).all(), using=using)


def _mentioned_before_delete(sender, instance, using=None, **kwargs):
    instance._articles_before_delete = list(
        instance.articles.using(using).values_list("pk", flat=True)
    )


def _mentioned_deleted(sender, instance, using=None, **kwargs):
    index_articles(getattr(instance, "_articles_before_delete", []), using=using)


def connect() -> None:
    pre_save.connect(_article_saving, sender=Article, dispatch_uid="search_article_saving")
    post_save.connect(_article_saved, sender=Article, dispatch_uid="search_article_saved")
    for through in (Article.officials.through, Article.resolutions.through):
        m2m_changed.connect(
            _mentions_changed, sender=through, dispatch_uid=f"search_mentions_{through.__name__}"
        )
    for model in (Person, Resolution):
        name = model.__name__
        pre_save.connect(_mentioned_before_save, sender=model, dispatch_uid=f"search_pre_{name}")
        post_save.connect(_mentioned_saved, sender=model, dispatch_uid=f"search_post_{name}")
        pre_delete.connect(
            _mentioned_before_delete, sender=model, dispatch_uid=f"search_pre_delete_{name}"
        )
        post_delete.connect(
            _mentioned_deleted, sender=model, dispatch_uid=f"search_post_delete_{name}"
        )
