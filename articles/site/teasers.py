"""What readers see of a story in a list (a teaser), prepared once per story change.

Every list (home, section, tag, official, resolution, the related stories of a story page)
shows stories as teasers: title, sapo, photo, time, section. Building one from the models took
the story's row, its section, its captions and their photos as model instances and about
0.4 ms of escaping, date formatting and URL reversing, per row, per request. The pieces are now
built once, escaped, and kept in :class:`~articles.models.ArticleTeaser`; a list reads them with
the story's id and ``updated_at`` in its one query (:class:`TeaserList`, :func:`rows`) and puts
them together with plain string formatting (:func:`assemble`, the same markup for a story read
from its model: ``{% teaser %}`` uses the same function). A search result is a teaser too: its
section, address and time come from the kept pieces, and its snippet is cut from the text and
fold of the sapo and body kept beside them (``ArticleTeaser.text``, ``folded``).

A kept teaser is current while its ``stamp`` is the story's ``updated_at`` (any save of the
story moves it) and its ``version`` digests the code below. What else a teaser shows, the
section's name and address and the lead photo, empties it (:func:`invalidate`, called from
``articles.stale``). A list that meets a teaser that is not current builds the missing ones in
two queries whatever their number and keeps them; a published story's own is built when its
save commits, so readers seldom do.
"""

from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.core.signals import setting_changed
from django.db import transaction
from django.db.models import Prefetch
from django.dispatch import receiver
from django.template.defaultfilters import truncatewords
from django.utils import timezone
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

from articles.models import Article, ArticleTeaser
from media.models import Caption
from newsroom.cache import current_generation, stamps_of
from newsroom.search_text import sapo_length, snippet_text
from newsroom.templatetags.vietnamese import vn_datetime
from newsroom.text import search_fold_chars

DEFAULT_SIZES = "(min-width: 760px) 240px, 100vw"
#: Columns a list reads per story (after ``pk`` and ``updated_at``) to show its teaser.
COLUMNS = ("pk", "updated_at", "teaser__parts", "teaser__stamp", "teaser__version")
#: The code whose output a kept teaser is (besides the settings in ``version``).
SOURCES = (
    "articles/site/teasers.py",
    "media/renditions.py",
    "newsroom/templatetags/vietnamese.py",
    "articles/urls.py",
    # the snippet's text and its folding
    "newsroom/search_text.py",
    "newsroom/text.py",
)
#: The story's columns a teaser shows.
LOADED = (
    "pk", "slug", "title", "sapo", "body", "published_at", "updated_at", "section__name",
    "section__slug",
)  # fmt: skip
SAPO_WORDS = 50
BUILD_BATCH = 500
#: A kept count is exact while its scope's stamp stands; this only bounds an unused one's life.
COUNT_SECONDS = 3600


@functools.cache
def version() -> str:
    digest = hashlib.sha256()
    for name in SOURCES:
        digest.update((Path(settings.BASE_DIR) / name).read_bytes())
    for setting in (settings.MEDIA_URL, settings.TIME_ZONE):
        digest.update(str(setting).encode())
    return digest.hexdigest()[:16]


@receiver(setting_changed)
def _forget_version(**kwargs):
    version.cache_clear()


@dataclass(frozen=True, slots=True)
class Teaser:
    """A story in a list: its id, ``updated_at`` (Last-Modified) and its prepared pieces."""

    pk: int
    updated_at: object
    parts: dict

    def html(self, **options) -> SafeString:
        return assemble(self.parts, **options)


def parts_of(article: Article) -> dict:
    """The escaped pieces of ``article``'s teaser (its section and captions with their photos
    loaded, as ``Article.objects.for_listing()`` does)."""
    caption = article.lead_caption
    image = None
    if caption is not None:
        photo = caption.photo
        image = [
            escape(photo.src or photo.image.url),
            escape(photo.srcset_jpeg),
            "" if photo.width is None else str(photo.width),
            "" if photo.height is None else str(photo.height),
        ]
    section = article.section
    published = article.published_at
    return {
        "url": escape(article.get_absolute_url()),
        "title": escape(article.title),
        "kicker": format_html(
            '<p class="kicker"><a href="{}">{}</a></p>', section.get_absolute_url(), section.name
        ),
        "time": format_html(
            '<time datetime="{}">{}</time>',
            timezone.localtime(published).isoformat() if published else "",
            vn_datetime(published),
        ),
        "sapo": (
            format_html('<p class="teaser-sapo">{}</p>', truncatewords(article.sapo, SAPO_WORDS))
            if article.sapo
            else ""
        ),
        "image": image,
    }


def assemble(
    parts: dict,
    *,
    level="2",
    large=False,
    show_section=False,
    show_sapo=False,
    no_image=False,
    sizes="",
) -> SafeString:
    """The teaser's markup from its pieces; the options are ``{% teaser %}``'s."""
    url = parts["url"]
    image = ""
    if not no_image and parts["image"]:
        src, srcset, width, height = parts["image"]
        if srcset:
            srcset = f' srcset="{srcset}" sizes="{escape(sizes or DEFAULT_SIZES)}"'
        priority = 'fetchpriority="high"' if large else 'loading="lazy"'
        image = (
            f'\n  <a class="teaser-image" href="{url}" tabindex="-1" aria-hidden="true">\n'
            f'    <img src="{src}"{srcset} alt="" width="{width}" height="{height}" {priority}'
            ' decoding="async">\n  </a>\n  '
        )
    classes = "teaser" + (" teaser--lead" if large else "") + (" teaser--text" if no_image else "")
    level = escape(level or "2")
    return mark_safe(
        f'<article class="{classes}">\n  {image}\n  <div class="teaser-text">\n'
        f"    {parts['kicker'] if show_section else ''}\n"
        f'    <h{level} class="teaser-title"><a href="{url}">{parts["title"]}</a></h{level}>\n'
        f'    <p class="meta">{parts["time"]}</p>\n'
        f"    {parts['sapo'] if large or show_sapo else ''}\n  </div>\n</article>"
    )


def joined(stories, *, first=None, **options) -> SafeString:
    """The markup of a list of teasers, one after the other (what the list pages show instead of
    a template tag per row); ``first``: other options for the first one (its photo)."""
    return mark_safe(
        "\n    ".join(
            assemble(story.parts, **(first if first is not None and n == 0 else options))
            for n, story in enumerate(stories)
        )
    )


# --- Reading and keeping -------------------------------------------------------------------------


def _loaded(ids):
    return (
        Article.objects.filter(pk__in=ids)
        .select_related("section")
        .only(*LOADED)
        .prefetch_related(
            Prefetch(
                "captions",
                queryset=Caption.objects.select_related("photo").order_by("order", "id"),
            )
        )
    )


def build(article_ids) -> dict[int, ArticleTeaser]:
    """Build and keep the teasers of ``article_ids`` (two queries and one write per
    ``BUILD_BATCH``); returns them by story id."""
    ids = sorted(set(article_ids))
    built: dict[int, ArticleTeaser] = {}
    for start in range(0, len(ids), BUILD_BATCH):
        for article in _loaded(ids[start : start + BUILD_BATCH]):
            text = snippet_text(article.sapo, article.body)
            built[article.pk] = ArticleTeaser(
                article_id=article.pk,
                parts=parts_of(article),
                text=text,
                folded=search_fold_chars(text),
                sapo_length=sapo_length(article.sapo),
                stamp=article.updated_at,
                version=version(),
            )
        ArticleTeaser.objects.bulk_create(
            [built[pk] for pk in ids[start : start + BUILD_BATCH] if pk in built],
            update_conflicts=True,
            unique_fields=["article"],
            update_fields=["parts", "text", "folded", "sapo_length", "stamp", "version"],
        )
    return built


def rows(values) -> list[Teaser]:
    """Teasers from rows of :data:`COLUMNS`, in order; those not current are built and kept."""
    values = list(values)
    current = version()
    stale = [
        pk
        for pk, updated_at, parts, stamp, kept_version in values
        if parts is None or kept_version != current or stamp != updated_at
    ]
    fresh = build(stale) if stale else {}
    return [
        Teaser(pk, updated_at, fresh[pk].parts if pk in fresh else parts)
        for pk, updated_at, parts, _stamp, _version in values
    ]


class TeaserList:
    """A queryset of stories as a ``Paginator`` pages them: counted on the stories alone, and a
    page read as teasers in one query (:func:`rows`).

    ``counted_as``: the page cache scope whose changes change the count (a section, a tag, an
    official, a resolution: ``articles/stale.py`` moves it on whenever a story joins or leaves
    the list). The count, which reads every row of the list (a section at 100,000 stories:
    12,000 rows, 20-90 ms on PostgreSQL), is then kept in the cache under that scope's stamp and
    the site's generation (which moves on when a scheduled story goes live), so it is read
    again only after such a change."""

    def __init__(self, stories, *, counted_as: str | None = None):
        self.stories = stories
        self.counted_as = counted_as

    def count(self) -> int:
        if self.counted_as is None:
            return self.stories.count()
        (stamp,) = stamps_of([self.counted_as]).values()
        key = f"story-count:{current_generation()}:{self.counted_as}:{stamp[0]}"
        found = cache.get(key)
        if found is None:
            found = self.stories.count()
            cache.set(key, found, COUNT_SECONDS)
        return found

    def __getitem__(self, index):
        if isinstance(index, slice):
            return rows(self.stories.values_list(*COLUMNS)[index])
        return rows(self.stories.values_list(*COLUMNS)[index : index + 1])[0]

    def __len__(self):
        return self.count()


def missing(stories):
    """``stories`` (a queryset) whose kept teaser is absent or from other code; a story saved
    since its teaser was built is not among them (its ``stamp`` is compared when it is read)."""
    return stories.exclude(teaser__version=version())


def build_missing(stories, *, log=None) -> int:
    """Build the teasers of ``stories`` that have none (after a deploy or a bulk import)."""
    ids = list(missing(stories).values_list("pk", flat=True))
    for start in range(0, len(ids), BUILD_BATCH):
        build(ids[start : start + BUILD_BATCH])
        if log:
            log(min(start + BUILD_BATCH, len(ids)), len(ids))
    return len(ids)


def invalidate(article_ids=None, *, using=None) -> None:
    """Empty the kept teasers of ``article_ids`` (every one when None): now, and again when the
    transaction commits, so that a teaser built meanwhile from the old rows is not kept."""
    ids = None if article_ids is None else set(article_ids)
    if ids is not None and not ids:
        return
    _delete(ids)
    transaction.on_commit(lambda: _delete(ids), using=using)


def _delete(ids) -> None:
    if ids is None:
        ArticleTeaser.objects.all().delete()
        return
    ordered = sorted(ids)
    for start in range(0, len(ordered), BUILD_BATCH):
        ArticleTeaser.objects.filter(pk__in=ordered[start : start + BUILD_BATCH]).delete()


def build_after_commit(article_id: int, *, using=None) -> None:
    """Build a published story's teaser once its save commits, ahead of the lists' readers."""
    transaction.on_commit(lambda: build([article_id]), using=using)
