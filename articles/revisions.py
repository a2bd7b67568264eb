"""What a revision of a story holds, and the one fast path that writes one.

Storage is django-reversion's (``Revision``, ``Version``). A story is registered with its fields
but the search document, following its captions and tags; every save gets a revision (the admin
and the workflow services open their own, any other save gets one here). Reading and comparing
revisions for editors is ``articles.desk.revisions``.

The wire import writes thousands of new drafts; reversion's ``add_to_revision`` would serialise
each by reading back its officials, resolutions and picks and the relations it follows (on
PostgreSQL through server-side cursors), which the importer already holds. For a new draft (no
captions, no tags, no picks yet), :func:`add_new_draft_revisions` writes the same two rows
through reversion's models (for several drafts at once, one statement per model), serialised
by Django's serialiser with the registration below and the relations given (bench/README.md,
"One way to write a draft", has the figures). A test holds it equal to what
``reversion.add_to_revision`` stores.
"""

import json
from dataclasses import dataclass

import reversion
from django.contrib.contenttypes.models import ContentType
from django.core import serializers
from django.core.serializers.json import DjangoJSONEncoder
from django.db import router
from django.db.models.signals import post_save
from django.utils import timezone
from reversion.models import Revision, Version

from articles.models import Article, TaggedArticle
from media.models import Caption

#: Not in a revision: derived from the rest, rebuilt on restore.
EXCLUDED = ("search_text", "search_vector", "rank_vector")
#: Rows that belong to a story and are restored with it.
FOLLOWED = ("captions", "taggedarticle_set")
#: A revision's format: Django's JSON serialisation, without natural keys.
FORMAT = "json"
#: The many-to-many relations a story's version lists (pks, in each model's order); tags are
#: not among them (taggit's manager is not serialised: the followed tag rows hold them).
RELATIONS = tuple(
    field.name
    for field in Article._meta.local_many_to_many
    if field.name not in EXCLUDED and field.serialize
)
#: The fields a story's version holds: reversion's own default (local fields, then
#: many-to-many ones) less :data:`EXCLUDED`, given to ``reversion.register`` explicitly so that
#: :func:`add_new_draft_revisions` writes exactly these.
FIELDS = tuple(
    field.name
    for field in (*Article._meta.local_fields, *Article._meta.local_many_to_many)
    if field.name not in EXCLUDED
)


def register() -> None:
    if not reversion.is_registered(Caption):
        reversion.register(Caption)
    if not reversion.is_registered(TaggedArticle):
        reversion.register(TaggedArticle)
    if not reversion.is_registered(Article):
        reversion.register(Article, fields=FIELDS, follow=FOLLOWED, format=FORMAT)
    post_save.connect(_revision_outside_admin, sender=Article, dispatch_uid="article_revision")


def _revision_outside_admin(sender, instance, raw=False, **kwargs):
    """Shell and import saves get a revision too; admin and services open their own."""
    if raw or reversion.is_active():
        return
    with reversion.create_revision():
        reversion.add_to_revision(instance)
        reversion.set_comment("Lưu ngoài giao diện biên tập (dòng lệnh hoặc nhập tin)")


def serialized_draft(article: Article, relations: dict[str, list]) -> str:
    """The ``serialized_data`` reversion stores for ``article``, with its many-to-many rows
    given (``relations``: each name of :data:`RELATIONS` to its rows, in the model's order)
    instead of read back: the other fields through Django's serialiser, the relations as the
    lists of primary keys that serialiser writes for them."""
    plain = [name for name in FIELDS if name not in RELATIONS]
    [record] = json.loads(serializers.serialize(FORMAT, [article], fields=plain))
    for name in RELATIONS:
        record["fields"][name] = [row.pk for row in relations[name]]
    return json.dumps([record], cls=DjangoJSONEncoder, ensure_ascii=False)


@dataclass(frozen=True)
class NewDraftRevision:
    """What :func:`add_new_draft_revisions` writes for one draft: the draft, its many-to-many
    rows (``relations``, as :func:`serialized_draft` takes them), the comment and the user."""

    article: Article
    relations: dict[str, list]
    comment: str
    user: object = None


def add_new_draft_revisions(entries: list[NewDraftRevision]) -> list[Revision]:
    """The first revision of each draft just written in this transaction, with no captions,
    tags or other rows that :data:`FOLLOWED` would add: a ``Revision`` and the draft's
    ``Version`` each, as ``reversion.add_to_revision`` in a ``create_revision`` block per
    draft would write them, inserted in the order given, one statement per model."""
    if not entries:
        return []
    using = router.db_for_write(Revision)
    content_type = ContentType.objects.db_manager(using).get_for_model(Article)
    revisions = Revision.objects.using(using).bulk_create(
        [
            Revision(date_created=timezone.now(), user=entry.user, comment=entry.comment)
            for entry in entries
        ]
    )
    Version.objects.using(using).bulk_create(
        [
            Version(
                revision=revision,
                content_type=content_type,
                object_id=str(entry.article.pk),
                db=router.db_for_write(Article, instance=entry.article),
                format=FORMAT,
                serialized_data=serialized_draft(entry.article, entry.relations),
                object_repr=str(entry.article),
            )
            for revision, entry in zip(revisions, entries, strict=True)
        ]
    )
    return revisions
