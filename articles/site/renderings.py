"""Article pages rendered once and kept until something they show changes.

Readers mostly arrive on one story from a search engine or a social link, often its first reader
since the page cache was last emptied (and any public change empties it). Building the story's
part of the page takes five queries and its markup (``articles.site.article_page`` and
``story_markup``: about 4 ms of CPU, 20 ms with model instances and templates), while what it
shows changes rarely. So that part (the ``<head>`` tags and the story with its photos, tags,
officials and their titles, resolutions, corrections and related stories) is rendered once into
:class:`~articles.models.ArticleRendering`. A request reads it with the story in one query,
checks the story is public, and wraps it in the site's header and footer.

A rendering is shown only while it is current:

- every write to a row it shows empties it (``invalidate``, called from ``articles.stale``,
  which says which stories show which rows); the next request renders it again;
- ``version()`` digests the code, templates and settings that produce it: a deploy that changes
  any of them makes every rendering stale without a write (``manage.py render_article_pages``
  renders them again ahead of readers);
- a request stores what it rendered only if the story was not made stale after the request began
  reading (``invalidated_at`` stays on the emptied row), so a page built from rows that changed
  meanwhile is never kept.

Only published stories are rendered, and a rendering is read only through
``Article.objects.published()``: a story that is unpublished, scheduled or under embargo is not
shown, whatever is stored.
"""

from __future__ import annotations

import datetime
import functools
import hashlib
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.core.signals import setting_changed
from django.db import connection, transaction
from django.dispatch import receiver
from django.templatetags.static import static
from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe

from articles.models import Article, ArticleRendering
from articles.site import article_page, story_markup
from newsroom.statements import prepared_cursor

#: The apps whose code or templates shape the page (models, URLs, template tags, renditions).
SOURCE_PACKAGES = ("articles", "media", "people", "newsroom")
SOURCE_SUFFIXES = (".py", ".html")
#: Stories marked stale per statement (SQLite limits the parameters of one).
STALE_BATCH = 500
#: Stories rendered again by the writer of a change, when it commits (the story, then listers).
RENDER_AHEAD = 10


@functools.cache
def version() -> str:
    """Digest of what produces a rendering: the source and templates of the apps that shape
    it, the site's name and address, and the hashed names of the static files it links."""
    digest = hashlib.sha256()
    base = Path(settings.BASE_DIR)
    roots = [base / package for package in SOURCE_PACKAGES] + [
        Path(directory) for engine in settings.TEMPLATES for directory in engine.get("DIRS", [])
    ]
    for root in roots:
        for path in sorted(root.rglob("*")):
            if path.suffix in SOURCE_SUFFIXES and "migrations" not in path.parts:
                digest.update(str(path.relative_to(base)).encode())
                digest.update(path.read_bytes())
    for setting in (settings.SITE_URL, settings.SITE_NAME):
        digest.update(setting.encode())
    for asset in (article_page.LOGO["path"], article_page.DEFAULT_SOCIAL_IMAGE["path"]):
        digest.update(static(asset).encode())
    return digest.hexdigest()[:32]


@receiver(setting_changed)
def _forget_version(**kwargs):
    """Tests change the settings a rendering depends on (site address, static storage)."""
    version.cache_clear()


@dataclass(frozen=True)
class Section:
    name: str
    slug: str


@dataclass(frozen=True)
class StoredPage:
    """A public story as the page frame needs it, and its rendering if current."""

    pk: int
    title: str
    sapo: str
    section: Section
    head: SafeString | None
    content: SafeString | None
    last_modified: object

    @property
    def is_current(self) -> bool:
        return self.content is not None


#: Stand-ins for the two values ``read`` changes per request, to compile its query once.
_SLUG_MARK = "\x00slug"
_NOW_MARK = datetime.datetime(1901, 2, 3, 4, 5, 6, 789012, tzinfo=datetime.UTC)
_READ_COLUMNS = (
    "pk",
    "title",
    "sapo",
    "section__name",
    "section__slug",
    "rendering__head",
    "rendering__content",
    "rendering__version",
    "rendering__last_modified",
)


@functools.cache
def _read_query(vendor: str) -> tuple[str, list]:
    """SQL and parameters of the published story at a slug with its rendering, compiled once by
    the ORM from ``published()`` with stand-ins (compiling cost more than running it)."""
    query = (
        Article.objects.published(now=_NOW_MARK)
        .filter(slug=_SLUG_MARK)
        .order_by()  # the slug is unique
        .values_list(*_READ_COLUMNS)[:1]
        .query
    )
    return query.sql_with_params()


def read(slug: str) -> StoredPage | None:
    """The published story at ``slug`` with its current rendering, in one query; None if no
    published story has that address."""
    sql, marked = _read_query(connection.vendor)
    now_mark = connection.ops.adapt_datetimefield_value(_NOW_MARK)
    now = connection.ops.adapt_datetimefield_value(timezone.now())
    params = [
        slug if value == _SLUG_MARK else now if value == now_mark else value for value in marked
    ]
    with prepared_cursor(connection) as cursor:
        cursor.execute(sql, params)
        row = cursor.fetchone()
    if row is None:
        return None
    pk, title, sapo, section_name, section_slug, head, content, stored_version, modified = row
    current = bool(content) and stored_version == version()
    if current and modified is not None and not isinstance(modified, datetime.datetime):
        modified = Article._meta.get_field("updated_at").to_python(modified)  # SQLite: text
    return StoredPage(
        pk,
        title,
        sapo,
        Section(section_name, section_slug),
        mark_safe(head) if current else None,
        mark_safe(content) if current else None,
        modified if current else None,
    )


def render(article_id: int) -> StoredPage | None:
    """Render the published story ``article_id`` now and keep the rendering (unless it was made
    stale while this ran); None if it is not published."""
    started = timezone.now()
    page = article_page.read(article_id)
    if page is None:
        return None
    head = story_markup.head(page)
    content = story_markup.content(page)
    store(page.pk, head=head, content=content, modified=page.last_modified, started=started)
    return StoredPage(
        page.pk,
        page.title,
        page.sapo,
        Section(page.section_name, page.section_slug),
        mark_safe(head),
        mark_safe(content),
        page.last_modified,
    )


#: What ``store`` writes, in the order of ``_store_sql``'s parameters.
_STORED = ("head", "content", "last_modified", "version", "rendered_at")


@functools.cache
def _store_sql(vendor: str) -> str:
    """The one UPDATE of ``store``, written once (the ORM compiled it on every render)."""
    q = connection.ops.quote_name
    invalidated = q("invalidated_at")
    columns = ", ".join(f"{q(name)} = %s" for name in _STORED)
    return (
        f"UPDATE {q(ArticleRendering._meta.db_table)} SET {columns}"
        f" WHERE {q('article_id')} = %s AND ({invalidated} IS NULL OR {invalidated} < %s)"
    )


def store(article_id: int, *, head: str, content: str, modified, started) -> None:
    """Keep a rendering made from rows read after ``started``, unless the story was made stale
    at or after that moment: what was read may then be older than the change. One statement
    (prepared on PostgreSQL) when the story has a row, as every story read before has."""
    fields = {
        "head": head,
        "content": content,
        "last_modified": modified,
        "version": version(),
        "rendered_at": started,
    }
    moment = connection.ops.adapt_datetimefield_value
    params = [head, content, moment(modified), fields["version"], moment(started)]
    with prepared_cursor(connection) as cursor:
        cursor.execute(_store_sql(connection.vendor), [*params, article_id, moment(started)])
        updated = cursor.rowcount
    if not updated:
        # No row yet (a stale one exists since ``mark_stale``): then the insert does nothing.
        ArticleRendering.objects.bulk_create(
            [ArticleRendering(article_id=article_id, **fields)], ignore_conflicts=True
        )


def mark_stale(article_ids=None) -> None:
    """Empty the renderings of ``article_ids`` (every story's when None), and remember when:
    a rendering begun before this moment is not stored afterwards (``store``)."""
    now = timezone.now()
    stale = {"head": "", "content": "", "version": "", "invalidated_at": now}
    if article_ids is None:
        ArticleRendering.objects.update(**stale)
        return
    ids = sorted(set(article_ids))
    for start in range(0, len(ids), STALE_BATCH):
        batch = ids[start : start + STALE_BATCH]
        ArticleRendering.objects.filter(pk__in=batch).update(**stale)
        # Stories without a row get an empty one, so that a rendering begun before now is
        # refused; a story deleted meanwhile (its captions' signals name it) gets none.
        existing = Article.objects.filter(pk__in=batch).values_list("pk", flat=True)
        ArticleRendering.objects.bulk_create(
            [ArticleRendering(article_id=pk, invalidated_at=now) for pk in existing],
            ignore_conflicts=True,
        )


def invalidate(article_ids=None, *, using=None) -> None:
    """``mark_stale`` now, so that this process sees its change, and again when the current
    transaction commits, so that a rendering begun meanwhile from the old rows is refused."""
    ids = None if article_ids is None else set(article_ids)
    if ids is not None and not ids:
        return
    mark_stale(ids)
    transaction.on_commit(lambda: mark_stale(ids), using=using)


def render_after_commit(article_ids, *, using=None) -> None:
    """Render ``article_ids`` (the first ``RENDER_AHEAD``) again once the transaction commits,
    so that the first reader after a change is not the one who pays for the render; the
    others are rendered by their first reader."""
    ids = list(dict.fromkeys(article_ids))[:RENDER_AHEAD]

    def render_all():
        for pk in ids:
            render(pk)

    transaction.on_commit(render_all, using=using)


def without_current_rendering(stories):
    """``stories`` (a queryset of articles) that have no current rendering."""
    return stories.exclude(rendering__version=version(), rendering__content__gt="")


def render_missing(*, log_every: int = 500, limit: int | None = None, log=None) -> int:
    """Render every published story without a current rendering (after a deploy, or ahead of
    readers), newest first; returns how many were rendered."""
    stale = (
        without_current_rendering(Article.objects.published())
        .order_by("-published_at", "-pk")
        .values_list("pk", flat=True)
    )
    ids = list(stale[:limit] if limit else stale)
    done = 0
    for count, pk in enumerate(ids, start=1):
        done += render(pk) is not None
        if log and (count % log_every == 0 or count == len(ids)):
            log(done, len(ids))
    return done
