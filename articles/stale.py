"""What a change makes stale, said once, and making it so.

Five things readers get are derived from the rows and kept: the **page cache** (every public
page, under a site-wide generation and the scopes it shows: ``newsroom.cache``), the **kept
renderings** of story pages (``ArticleRendering``, per story: ``articles.site.renderings``), the
**kept teasers** lists show (``ArticleTeaser``, per story: ``articles.site.teasers``; current
while stamped with the story's ``updated_at``, emptied below when its section or lead photo
changes), the **related ranking** (``RelatedStory`` rows: ``articles.site.related``) and the
**search document** of a story (``Article.search_text``, ``search_vector`` and
``rank_vector``: ``articles.search_index``).

Pages: "its" is the scopes of the pages showing the story (:func:`scopes_of_stories`): the
newest stories (home, site feed), its sections before and after, its tags, officials and
resolutions, its own page and those of the stories listing it [11]; "yes" is every page (the
generation moves on).

================================  =====  ===============================  =======  ==========
change                            pages  kept renderings: which stories   related  search doc
================================  =====  ===============================  =======  ==========
story saved, published before     its    it, and the stories listing it   it [2]   it [3]
or after [1]                             [1]
story saved, unpublished before   no     none                             none     it [3]
and after
story deleted, published          yes    the stories listing it           none     none
story's officials [4]             [12]   it, and the stories listing it   it [2]   it
story's resolutions [4]           [12]   it, and the stories listing it   none     it
story's tags                      [12]   it, and the stories listing it   it [2]   none
story's picks (``related``) [4]   [12]   it, and the stories listing it   none     none
caption                           [6]    its story, and those listing it  none     none
correction, tag link              [6]    its story                        none     none
photo                             yes    the stories with a caption of    none     none
                                         it, and those listing them
tag                               yes    the stories tagged with it       none     none
official (``Person``)             yes    the stories mentioning them      none     theirs [7]
position                          yes    the stories mentioning its       none     none
                                         official
resolution                        yes    the stories mentioning it        none     theirs [7]
a ranking stored [8]              [13]   the stories whose rows changed   -        none
anything else readers see [9]     yes    every story                      none     none
newsroom bookkeeping [10]         no     none                             none     none
================================  =====  ===============================  =======  ==========

A row is saved or deleted, or a relation added to, removed from or cleared.

[1] "Listing it": ranked as related (``RelatedStory``) or picked by an editor (``related``).
    "Published" is the status, scheduled and embargoed stories included: a story saved as
    published with its time or embargo ahead also hands that moment to the page cache.
[2] Only while the story is published; after the transaction commits, once per transaction.
    From the official's side (``person.articles.add``) the stories added are ranked.
[3] Unless only fields outside title, sapo and body were saved (``update_fields``), or the
    writer knew the mentions and the document was written with the row (``save(mentions=…)``).
[4] From either side: ``story.officials.add(...)`` or ``official.articles.add(...)``;
    from the other side of the picks, the stories picking it.
[5] Unless changed through a story that is not published (a draft's links; a draft picked, from
    its side).
[6] Unless its story is not published.
[7] When their names (``Person.search_names``), its number (``Resolution.number_folded``) or
    whether it is a draft (``Resolution.status``: a draft's number is not searchable) changed,
    or the row was deleted.
[8] After a story is ranked (publish, links changed) or every story is (``manage.py
    refresh_related_stories``): the stories whose rows were replaced.
[9] A section, an organisation, a photo credit record, anything else of ``articles``,
    ``people``, ``media`` and ``taggit``.
[10] The wire inbox, photo slots, person suggestions, transitions, editing sessions, the kept
     renderings and teasers themselves.
[11] Every page when they are more than ``MAX_SCOPES``. A story's teaser is built again when
     its save commits; a caption's, a photo's or a section's change empties the teasers that
     show it (:func:`teasers_showing`).
[12] Changed from the story: its scopes, and the pages of the officials, resolutions or tags
     removed from it; from the other side, or cleared: every page. Nothing for a draft's links
     (a draft picked, from its side) [5].
[13] After a publish: the pages of the stories whose rows changed; ``refresh_related_stories``:
     every page.

Pages and renderings are made stale at once, so that the writing process sees its change, and
again when the transaction commits, so that a page begun meanwhile from the old rows is not
kept.

Who calls what: ``Article.save`` and ``Article.delete`` (and so the workflow services in
``articles.desk.workflow``, the admin and every other writer of a story) call
:func:`article_saved` and :func:`article_deleting` / :func:`article_deleted` explicitly. Writes
the project does not control reach this module through signals, connected per sender
(:func:`connect`): relation changes (``m2m_changed``: Django and taggit write those rows), and
rows of the other apps and of ``articles`` written by admin forms, inlines and taggit
(``people``, ``media`` and ``taggit`` must never import ``articles``, so ``articles`` listens).
``QuerySet.update`` and ``bulk_create`` send nothing: code writing public rows that way calls
``newsroom.cache.invalidate_public_pages``, ``articles.site.renderings.invalidate`` and
``articles.search_index.index_articles`` itself.
"""

from __future__ import annotations

import datetime
import weakref

from django.apps import apps
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete, pre_save

from articles.models import Article, Correction, RelatedStory, Section, Tag, TaggedArticle
from articles.search_index import KnownMentions, index_article, index_articles, set_document
from articles.site import related, renderings, teasers
from media.models import Caption, Photo
from newsroom.cache import invalidate_public_pages, invalidate_scopes, scope
from people.models import Person, Position, Resolution

PUBLISHED = Article.Status.PUBLISHED
#: The apps whose rows make up the public pages.
PUBLIC_APPS = ("articles", "people", "media", "taggit")
#: Rows of those apps that no public page shows (newsroom bookkeeping, and the renderings).
INTERNAL_MODELS = frozenset(
    {
        "articles.wireitem",
        "articles.photoslot",
        "articles.personsuggestion",
        "articles.personsuggestion_articles",  # the stories a suggestion was seen in
        "articles.transition",
        "articles.editingsession",
        "articles.articlerendering",
    }
)
#: Rows that belong to one story (model -> its story's id): they matter only if that story does.
STORY_PARTS = {
    "media.caption": "article_id",
    "articles.correction": "article_id",
    "articles.taggedarticle": "content_object_id",
}
#: Saving only other fields (a status change, a version bump) leaves the search document as is.
INDEXED_FIELDS = frozenset({"title", "sapo", "body"})
#: Fields of a mentioned row that its stories' search documents take: the searchable form of
#: names and numbers, and whether a resolution is public (a draft's number is left out).
FOLDED_FIELD = {Person: ("search_names",), Resolution: ("number_folded", "status")}

Officials = Article.officials.through
Resolutions = Article.resolutions.through
Picks = Article.related.through
#: Relations whose change shows on the story's page, and which of them feed which output.
STORY_RELATIONS = (Officials, Resolutions, TaggedArticle, Picks)
RANKED_RELATIONS = (Officials, TaggedArticle)
INDEXED_RELATIONS = (Officials, Resolutions)
EVERY_STORY = None
#: The pages listing the newest stories: home, the site's feed.
STORIES = scope("stories")
#: A change that would name more page scopes than this empties every page instead.
MAX_SCOPES = 2000


# --- The stories a row shows on ----------------------------------------------------------------


def listing(story_ids) -> set[int]:
    """``story_ids`` and the stories that list one of them as related (ranked or picked)."""
    ids = set(story_ids)
    if ids:
        ids.update(RelatedStory.objects.filter(story__in=ids).values_list("article", flat=True))
        ids.update(Picks.objects.filter(to_article__in=ids).values_list("from_article", flat=True))
    return ids


def stories_showing(instance) -> set[int] | None:
    """The stories whose page shows ``instance`` (a row other than a story); None: every one."""
    if isinstance(instance, Caption):
        return listing([instance.article_id])
    if isinstance(instance, Photo):
        return listing(Caption.objects.filter(photo=instance.pk).values_list("article", flat=True))
    if isinstance(instance, Correction):
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


def teasers_showing(instance) -> set[int]:
    """The stories whose teaser shows ``instance``: its section, its lead photo."""
    if isinstance(instance, Caption):
        return {instance.article_id}
    if isinstance(instance, Photo):
        return set(Caption.objects.filter(photo=instance.pk).values_list("article", flat=True))
    if isinstance(instance, Section):
        return set(Article.objects.filter(section=instance.pk).values_list("pk", flat=True))
    return set()


def label(instance) -> str:
    return instance._meta.label_lower


def is_public(model) -> bool:
    return model._meta.app_label in PUBLIC_APPS and model._meta.label_lower not in INTERNAL_MODELS


def is_part_of_unpublished_story(instance) -> bool:
    """A caption, correction or tag link of a story that is not published: no page shows it."""
    story_field = STORY_PARTS.get(label(instance))
    if story_field is None:
        return False
    story_id = getattr(instance, story_field)
    status = Article.objects.filter(pk=story_id).values_list("status", flat=True).first()
    return status != PUBLISHED


def goes_live_at(article: Article) -> datetime.datetime | None:
    """When a published story saved now will appear by itself (publication time, embargo end)."""
    if article.status != PUBLISHED:
        return None
    moments = [moment for moment in (article.published_at, article.embargo_until) if moment]
    return max(moments, default=None)


# --- The pages a story shows on ----------------------------------------------------------------


def story_page_scopes(story_ids) -> set[str]:
    """The story pages of ``story_ids`` (``newsroom.cache`` scopes: by address)."""
    slugs = Article.objects.filter(pk__in=set(story_ids)).values_list("slug", flat=True)
    return {scope("story", slug) for slug in slugs}


def scopes_of_stories(story_ids, *, sections=(), slugs=()) -> set[str]:
    """Every page showing one of ``story_ids``: the newest stories (home, feed), their
    sections, tags, officials and resolutions, their own pages and those of the stories listing
    them; ``sections`` and ``slugs``: where they were before this change."""
    ids = set(story_ids)
    section_ids = {*sections, *Article.objects.filter(pk__in=ids).values_list("section", flat=True)}
    names = {STORIES, *(scope("story", slug) for slug in slugs if slug)}
    names.update(
        scope("section", slug)
        for slug in Section.objects.filter(pk__in=section_ids).values_list("slug", flat=True)
    )
    tags = TaggedArticle.objects.filter(content_object__in=ids).values_list("tag__slug", flat=True)
    names.update(scope("tag", slug) for slug in tags)
    officials = Officials.objects.filter(article__in=ids).values_list("person__slug", flat=True)
    names.update(scope("official", slug) for slug in officials)
    resolutions = Resolutions.objects.filter(article__in=ids).values_list(
        "resolution__slug", flat=True
    )
    names.update(scope("resolution", slug) for slug in resolutions)
    names.update(story_page_scopes(listing(ids)))
    return names


def linked_scopes(through, ids) -> set[str]:
    """The pages of the officials, resolutions or tags ``ids`` (a relation's other side)."""
    if not ids:
        return set()
    if through is Officials:
        kind, rows = "official", Person.objects.filter(pk__in=ids)
    elif through is Resolutions:
        kind, rows = "resolution", Resolution.objects.filter(pk__in=ids)
    elif through is TaggedArticle:
        kind, rows = "tag", Tag.objects.filter(pk__in=ids)
    else:
        return set()  # a pick shows on the picking story's page only
    return {scope(kind, slug) for slug in rows.values_list("slug", flat=True)}


# --- Making things stale -----------------------------------------------------------------------


def pages_showing(names, *, using=None, also_at=None) -> None:
    """The cached pages of the scopes ``names``, now and when the transaction commits; every
    page when they are too many to name."""
    if len(names) > MAX_SCOPES:
        pages(using=using, also_at=also_at)
        return
    invalidate_scopes(names, also_at=also_at)
    connection = transaction.get_connection(using)
    if not connection.in_atomic_block:
        return
    # Once per transaction at its commit, for every scope its writes named (a story saved with
    # its officials empties the home page once, not once per write).
    _pending_scopes.setdefault(connection, set()).update(names)
    transaction.on_commit(lambda: _invalidate_pending(connection), using=using)


def _invalidate_pending(connection) -> None:
    pending = _pending_scopes.pop(connection, set())
    if pending:
        invalidate_scopes(pending)


#: Per database connection: the page scopes its open transaction empties again on commit.
_pending_scopes: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def pages(*, using=None, also_at=None) -> None:
    """Every cached page, now and when the transaction commits (``also_at``: a future moment)."""
    invalidate_public_pages(also_at=also_at)
    transaction.on_commit(invalidate_public_pages, using=using)


def rank_after_commit(article_ids, *, using=None) -> None:
    """Rank the published ones among ``article_ids`` again once the transaction commits, each
    once per transaction (a story saved with its tags and officials in one admin save is ranked
    once). Outside a transaction: now.

    Every call asks for a callback on commit; the first to run ranks everything pending and
    the others find nothing left. A rolled back savepoint drops its callbacks but not its ids:
    they are ranked with the rest, which costs a ranking and changes nothing (a ranking is
    computed from the rows as they are)."""
    connection = transaction.get_connection(using)
    if not connection.in_atomic_block:
        rank(article_ids)
        return
    _pending_ranking.setdefault(connection, set()).update(article_ids)
    transaction.on_commit(lambda: _rank_pending(connection), using=using)


def _rank_pending(connection) -> None:
    pending = _pending_ranking.pop(connection, set())
    if pending:
        rank(pending)


#: Per database connection: the stories its open transaction will rank on commit.
_pending_ranking: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def rank(article_ids) -> None:
    """Rank the published ones among ``article_ids`` now, each in its own transaction (readers
    never see a story without its rows), empty what shows the rows that changed, and render
    their pages again (``renderings.render_after_commit``: the story, then up to nine more)."""
    for article in related.rankable(article_ids):
        with transaction.atomic():
            changed = related.store_ranking(article)
            renderings.invalidate(changed)
            # Its first reader after the change gets a kept page (it first, then the others).
            renderings.render_after_commit([article.pk, *sorted(changed - {article.pk})])
        pages_showing(story_page_scopes(changed))


def rank_every_story(*, batch_size: int = 5000, log=None) -> int:
    """Rank every published story again (``manage.py refresh_related_stories``), and empty
    what shows the rankings that changed; returns the number of stories ranked."""
    with transaction.atomic():
        done, changed = related.rank_all(batch_size=batch_size, log=log)
        renderings.invalidate(changed)
    related.analyze()
    invalidate_public_pages()
    return done


# --- Stories: called by Article.save and Article.delete ----------------------------------------


def article_saving(article: Article, *, mentions: KnownMentions | None, using=None) -> bool:
    """Just before a story's row is written: put in the search document from the mentions its
    writer knows (``Article.save(mentions=…)``, the wire import); whether it did."""
    if mentions is None:
        return False
    set_document(article, mentions, using=using)
    return True


def article_saved(
    article: Article,
    *,
    status_before: str | None,
    section_before: int | None = None,
    slug_before: str | None = None,
    update_fields=None,
    document_written: bool = False,
    using=None,
) -> None:
    """After ``article`` was written; ``status_before``, ``section_before``, ``slug_before``:
    as stored before (None: new)."""
    if not document_written and (update_fields is None or INDEXED_FIELDS & set(update_fields)):
        index_article(article, using=using)
    if article.status != PUBLISHED and status_before != PUBLISHED:
        return  # a draft, in review, approved, or already unpublished: no page shows it
    pages_showing(
        scopes_of_stories(
            [article.pk],
            sections=[section_before] if section_before else [],
            slugs=[slug_before, article.slug],
        ),
        using=using,
        also_at=goes_live_at(article),
    )
    if article.status == PUBLISHED:
        rank_after_commit([article.pk], using=using)
        if update_fields is not None and "updated_at" not in update_fields:
            teasers.invalidate([article.pk], using=using)  # its stamp did not move
        teasers.build_after_commit(article.pk, using=using)
    renderings.invalidate(listing([article.pk]), using=using)


def article_deleting(article: Article, *, using=None) -> None:
    """Before a story's row is deleted: the stories listing it (its own rendering goes too)."""
    if article.status == PUBLISHED:
        renderings.invalidate(listing([article.pk]) - {article.pk}, using=using)


def article_deleted(article: Article, *, using=None) -> None:
    if article.status == PUBLISHED:
        pages(using=using)


def articles_deleting(stories, *, using=None) -> list[int]:
    """Before a queryset of stories is deleted (``QuerySet.delete``): as ``article_deleting``
    for each; returns the published ones' ids for :func:`articles_deleted`."""
    published = list(stories.filter(status=PUBLISHED).values_list("pk", flat=True))
    if published:
        renderings.invalidate(listing(published) - set(published), using=using)
    return published


def articles_deleted(published_ids, *, using=None) -> None:
    if published_ids:
        pages(using=using)


# --- Writes the project does not control: signals, per sender ----------------------------------

#: State between the two signals of one write (a row being saved or deleted, a relation being
#: cleared from the other side), keyed by the instance being written.
_names_changed: weakref.WeakSet = weakref.WeakSet()
_stories_before: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _row_saving(sender, instance, raw=False, using=None, **kwargs):
    fields = FOLDED_FIELD.get(sender)
    if fields is None or raw or instance.pk is None:
        return
    stored = sender.objects.using(using).filter(pk=instance.pk).values_list(*fields)
    if list(stored) != [tuple(getattr(instance, field) for field in fields)]:
        _names_changed.add(instance)


def _row_saved(sender, instance, created, raw=False, using=None, **kwargs):
    if raw:
        return
    if instance in _names_changed:
        _names_changed.discard(instance)
        if not created:
            index_articles(instance.articles.using(using).all(), using=using)
    if is_part_of_unpublished_story(instance):
        return
    pages(using=using)
    renderings.invalidate(stories_showing(instance), using=using)
    teasers.invalidate(teasers_showing(instance), using=using)


def _row_deleting(sender, instance, using=None, **kwargs):
    if sender in FOLDED_FIELD:
        _stories_before[instance] = list(
            instance.articles.using(using).values_list("pk", flat=True)
        )
    if not is_part_of_unpublished_story(instance):
        renderings.invalidate(stories_showing(instance), using=using)
        teasers.invalidate(teasers_showing(instance), using=using)


def _row_deleted(sender, instance, using=None, **kwargs):
    if sender in FOLDED_FIELD:
        index_articles(_stories_before.pop(instance, []), using=using)
    if not is_part_of_unpublished_story(instance):
        pages(using=using)


def _relation_changed(sender, instance, action, reverse, pk_set, using=None, **kwargs):
    """A story's officials, resolutions, tags or picks changed, from either side."""
    from_story = isinstance(instance, Article) and not (reverse and sender is Picks)
    if action == "pre_clear" and not from_story:  # the stories are about to be unknown
        _stories_before[instance] = set(
            sender.objects.filter(**{_other_side(sender, instance): instance.pk}).values_list(
                _story_side(sender), flat=True
            )
        )
        return
    if action not in ("post_add", "post_remove", "post_clear"):
        return
    if from_story:
        stories = {instance.pk}
    elif action == "post_clear":
        stories = _stories_before.pop(instance, set())
    else:
        stories = set(pk_set or ())
    if sender in INDEXED_RELATIONS:
        if from_story:
            index_article(instance, using=using)
        else:
            index_articles(stories, using=using)
    # A draft's officials, resolutions, tags or picks show nowhere (nor does a draft picked).
    unpublished = isinstance(instance, Article) and instance.status != PUBLISHED
    if not unpublished and from_story and action != "post_clear":
        # As the story saved, and the pages of what was removed from it.
        pages_showing(scopes_of_stories(stories) | linked_scopes(sender, pk_set), using=using)
    elif not unpublished:
        pages(using=using)
    if sender in RANKED_RELATIONS:
        if from_story and not unpublished:
            rank_after_commit(stories, using=using)
        elif not from_story and pk_set:  # official.articles.add(...): the stories added
            rank_after_commit(pk_set, using=using)
    if not from_story:
        renderings.invalidate(stories, using=using)
    elif not unpublished:
        renderings.invalidate(listing(stories), using=using)


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


def _rows_written_elsewhere():
    """Every public model but ``Article`` (whose ``save`` and ``delete`` call this module) and
    ``RelatedStory`` (written only by ``articles.site.related``, called from here)."""
    for app_label in PUBLIC_APPS:
        for model in apps.get_app_config(app_label).get_models():
            if model not in (Article, RelatedStory) and is_public(model):
                yield model


def connect() -> None:
    for model in _rows_written_elsewhere():
        name = model._meta.label_lower
        pre_save.connect(_row_saving, sender=model, dispatch_uid=f"stale_saving_{name}")
        post_save.connect(_row_saved, sender=model, dispatch_uid=f"stale_saved_{name}")
        pre_delete.connect(_row_deleting, sender=model, dispatch_uid=f"stale_deleting_{name}")
        post_delete.connect(_row_deleted, sender=model, dispatch_uid=f"stale_deleted_{name}")
    for through in STORY_RELATIONS:
        name = through._meta.label_lower
        m2m_changed.connect(_relation_changed, sender=through, dispatch_uid=f"stale_links_{name}")
