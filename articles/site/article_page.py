"""What the public story page shows, read as plain values (used by ``articles.site.renderings``,
which renders it once and keeps it, and by the preview, from its model instances).

A story page is rendered when its kept rendering is missing or stale: by the writer of a change
when it commits, by ``manage.py render_article_pages`` after a deploy, or else by its first
reader, who waits for it. So its reads are the ones of a page: each statement is compiled by
the ORM once per process (``newsroom.statements``: compiling cost more CPU than running it) and
returns values, not model instances. Five queries for a story without public corrections or
resolutions: the story with its section and whether it has either (SQL ``EXISTS`` fragments);
its tags; its officials with the titles they held on its date; its captions with their photos;
its editors' picks and stored ranking, as the kept teasers the lists show
(``articles.site.teasers``).
"""

from __future__ import annotations

import datetime
import functools
from dataclasses import dataclass

from django.conf import settings
from django.db import connection
from django.db.models.expressions import RawSQL
from django.templatetags.static import static
from django.urls import reverse
from django.utils import timezone

from articles.models import (
    Article,
    Correction,
    RelatedStory,
    Tag,
    officials_from_rows,
)
from articles.site import structured_data, teasers
from articles.site.related import ranked_now
from articles.site.story_markup import Figure, address, person_address
from media.models import Caption, Photo
from newsroom.html_blocks import split_blocks
from newsroom.statements import ID_MARK, NOW_MARK, Statement
from people.models import Person, Resolution

RELATED_COUNT = 5
UPDATE_SHOWN_AFTER = datetime.timedelta(minutes=5)  # saves right after publishing are not news
LOGO = {"path": "img/logo.png", "width": 600, "height": 60}
DEFAULT_SOCIAL_IMAGE = {"path": "img/og-default.png", "width": 1200, "height": 630}
#: Rows read at most from the lists of one story (tags, officials, photos, related stories).
MANY = 1000
Picks = Article.related.through


@dataclass
class StoryPage:
    """Everything the story's own part of the page shows (``articles.site.story_markup``), and
    ``last_modified``: the newest ``updated_at`` among what it shows."""

    pk: int
    title: str
    sapo: str
    byline: str
    source: str
    published_at: datetime.datetime
    updated_at: datetime.datetime
    section_name: str
    section_slug: str
    canonical_url: str
    body_parts: list  # ("html", block) and ("figure", Figure), in reading order
    tags: list  # (name, address)
    officials: list  # (Official, titles)
    resolutions: list  # Resolution instances (few stories have any)
    corrections: list  # (created_at, text), oldest first
    related: list  # teaser parts (articles.site.teasers)
    social_image: dict
    json_ld: str
    last_modified: datetime.datetime
    site_name: str

    @property
    def section_url(self) -> str:
        return address("articles:section", self.section_slug)

    @property
    def updated_shown(self):
        """``updated_at`` if the story changed well after it was published, else None."""
        if self.published_at and self.updated_at - self.published_at > UPDATE_SHOWN_AFTER:
            return self.updated_at
        return None


@functools.cache
def _sql() -> dict[str, str]:
    """Conditions written as SQL: the ORM took several times longer to build their equivalent
    (Exists, Subquery, union) than PostgreSQL takes to answer them. The same on SQLite."""
    q = connection.ops.quote_name
    story = f"{q(Article._meta.db_table)}.{q('id')}"
    picks, ranked = q(Picks._meta.db_table), q(RelatedStory._meta.db_table)
    mentions, resolution = q(Article.resolutions.through._meta.db_table), q("r")
    return {
        "has_corrections": f"EXISTS (SELECT 1 FROM {q(Correction._meta.db_table)}"
        f" WHERE {q('article_id')} = {story} AND {q('public')})",
        "has_resolutions": f"EXISTS (SELECT 1 FROM {mentions} INNER JOIN"
        f" {q(Resolution._meta.db_table)} {resolution}"
        f" ON {resolution}.{q('id')} = {mentions}.{q('resolution_id')}"
        f" WHERE {mentions}.{q('article_id')} = {story} AND {resolution}.{q('status')} <> %s)",
        "candidate_ids": f"SELECT {q('to_article_id')} FROM {picks}"
        f" WHERE {q('from_article_id')} = %s"
        f" UNION ALL SELECT {q('story_id')} FROM {ranked} WHERE {q('article_id')} = %s",
        "is_pick": f"EXISTS (SELECT 1 FROM {picks} WHERE {q('from_article_id')} = %s"
        f" AND {q('to_article_id')} = {story})",
        "shared": f"SELECT {q('shared')} FROM {ranked} WHERE {q('article_id')} = %s"
        f" AND {q('story_id')} = {story}",
    }


#: (column, ...) of the published story ``ID_MARK`` at ``NOW_MARK``.
STORY_COLUMNS = (
    "title", "sapo", "byline", "source", "body", "slug", "published_at", "updated_at",
    "section_id", "section__name", "section__slug", "has_corrections", "has_resolutions",
)  # fmt: skip
CAPTION_COLUMNS = (
    "text", "credit", "position", "order", "id", "photo_id", "photo__image", "photo__width",
    "photo__height", "photo__caption", "photo__credit", "photo__alt_text", "photo__renditions",
)  # fmt: skip
RELATED_COLUMNS = (*teasers.COLUMNS, "published_at", "is_pick", "shared")


def _story():
    sql = _sql()
    return (
        Article.objects.published(now=NOW_MARK)
        .filter(pk=ID_MARK)
        .annotate(
            has_corrections=RawSQL(sql["has_corrections"], []),
            has_resolutions=RawSQL(sql["has_resolutions"], [Resolution.Status.DRAFT]),
        )
        .values_list(*STORY_COLUMNS)
    )


def _picks_and_ranked():
    """The published editors' picks and stored ranking of the story ``ID_MARK``, each with
    ``is_pick`` and ``shared`` (links in common)."""
    sql = _sql()
    return (
        Article.objects.published(now=NOW_MARK)
        .filter(pk__in=RawSQL(sql["candidate_ids"], [ID_MARK, ID_MARK]))
        .annotate(
            is_pick=RawSQL(sql["is_pick"], [ID_MARK]), shared=RawSQL(sql["shared"], [ID_MARK])
        )
        .order_by()
        .values_list(*RELATED_COLUMNS)
    )


STORY = Statement(_story, prepared=True)
TAGS = Statement(
    lambda: Tag.objects.filter(tagged_articles__content_object=ID_MARK).values_list(
        "id", "name", "slug"
    ),
    prepared=True,
)
OFFICIALS = Statement(
    lambda: (
        Person.objects.filter(articles=ID_MARK)
        .order_by("sort_key", "id", "positions__id")
        .values_list(*Article.OFFICIAL_COLUMNS)
    ),
    prepared=True,
)
CAPTIONS = Statement(
    lambda: Caption.objects.filter(article=ID_MARK).values_list(*CAPTION_COLUMNS), prepared=True
)
PICKS_AND_RANKED = Statement(_picks_and_ranked, prepared=True)


def figure_of(caption) -> Figure:
    """A ``media.Caption`` (its photo loaded) as its figure shows it (the preview's)."""
    photo = caption.photo
    return Figure(
        photo.src,
        photo.srcset_jpeg,
        photo.srcset_webp,
        photo.width,
        photo.height,
        caption.alt,
        caption.is_lead,
        caption.display_text,
        caption.display_credit,
    )


def _figure(row, storage) -> tuple[Figure, str]:
    """A row of ``CAPTION_COLUMNS`` as its figure, and its photo's address (the social image);
    ``Photo``'s and ``Caption``'s rules for the URLs, the alt text and the credit."""
    (text, credit, position, order, _pk, photo_id, image, width, height, default_caption,
     default_credit, alt_text, described) = row  # fmt: skip
    text = text or default_caption
    if not image or (described or {}).get("source") != image:  # renditions not stored
        photo = Photo(id=photo_id, image=image, width=width, height=height, renditions=described)
        src, jpeg, webp = photo.src, photo.srcset_jpeg, photo.srcset_webp
    else:
        url = storage.url
        src = url(described["default"])
        jpeg = ", ".join(f"{url(name)} {size}w" for name, size in described.get("jpeg", ()))
        webp = ", ".join(f"{url(name)} {size}w" for name, size in described.get("webp", ()))
    figure = Figure(
        src, jpeg, webp, width, height, alt_text or text, position == 0 and order == 0, text,
        credit or default_credit,
    )  # fmt: skip
    return figure, storage.url(image)


def body_with_figures(body: str, figures) -> list[tuple[str, object]]:
    """``Article.body_with_figures`` with figures given as (position, order, pk, figure)."""
    parts: list[tuple[str, object]] = []
    pending = iter(sorted(figures, key=lambda item: item[:3]))
    figure = next(pending, None)
    for index, block in enumerate(split_blocks(body)):
        while figure is not None and figure[0] <= index:
            parts.append(("figure", figure[3]))
            figure = next(pending, None)
        parts.append(("html", block))
    while figure is not None:
        parts.append(("figure", figure[3]))
        figure = next(pending, None)
    return parts


def _newest(row) -> tuple:
    return (row[5], row[0])  # published_at, pk


def related_parts(article_id: int, section_id, *, links) -> list[dict]:
    """Editors' picks (newest first), then the stories ranked by articles.site.related; up to
    ``RELATED_COUNT``, as the pieces of their teasers (kept, built if not current).

    A story with no tags nor officials gets the latest of its section after the picks; one
    whose ranking was never stored (published before it existed) is ranked on the spot.
    """
    now = timezone.now()
    if links:
        found = PICKS_AND_RANKED.rows(article_id, now, limit=MANY)
        picked = sorted((row for row in found if row[6]), key=_newest, reverse=True)
        ranked = sorted(
            (row for row in found if not row[6]),
            key=lambda row: (row[7], *_newest(row)),
            reverse=True,
        )
        if ranked or len(picked) >= RELATED_COUNT:
            shown = (picked + ranked)[:RELATED_COUNT]
            return [story.parts for story in teasers.rows(row[:5] for row in shown)]
        # Its ranking was never stored.
        ids = [row[0] for row in picked] + [
            story.pk
            for story in ranked_now(
                Article(pk=article_id),
                Article.objects.published().exclude(pk__in=[row[0] for row in picked]),
                links,
                limit=RELATED_COUNT - len(picked),
            )
        ]
    else:
        stories = Article.objects.published().newest_first()
        picks = stories.filter(related_from=article_id).values_list("pk", flat=True)
        ids = list(picks[:RELATED_COUNT])
        if len(ids) < RELATED_COUNT:
            ids += (
                stories.exclude(pk__in=[article_id, *ids])
                .in_section(section_id)
                .values_list("pk", flat=True)[: RELATED_COUNT - len(ids)]
            )
    by_id = {
        story.pk: story.parts
        for story in teasers.rows(Article.objects.filter(pk__in=ids).values_list(*teasers.COLUMNS))
    }
    return [by_id[pk] for pk in ids if pk in by_id]


def social_image(first_photo) -> dict:
    """The story's first photo (address, width, height, alt text) for link previews, else the
    site's own image."""
    site_url = settings.SITE_URL
    if first_photo is not None:
        url, width, height, alt = first_photo
        return {"url": site_url + url, "width": width, "height": height, "alt": alt}
    return {
        "url": site_url + static(DEFAULT_SOCIAL_IMAGE["path"]),
        "width": DEFAULT_SOCIAL_IMAGE["width"],
        "height": DEFAULT_SOCIAL_IMAGE["height"],
        "alt": settings.SITE_NAME,
    }


def _logo(site_url: str) -> dict:
    return {
        "url": site_url + static(LOGO["path"]),
        "width": LOGO["width"],
        "height": LOGO["height"],
    }


def assemble(
    pk, values: dict, *, figures, photos, tags, officials, resolutions, corrections, related
) -> StoryPage:
    """The page of the story ``pk``: ``values`` its columns (``STORY_COLUMNS``), ``figures``
    (position, order, caption id, Figure), ``photos`` (address, width, height, alt) in caption
    order."""
    site_url, site_name = settings.SITE_URL, settings.SITE_NAME
    url = site_url + reverse("articles:detail", kwargs={"slug": values["slug"]})
    image = social_image(photos[0] if photos else None)
    json_ld = ""  # a draft's preview: not dated yet
    if values["published_at"] is not None:
        json_ld = structured_data.json_ld(
            structured_data.news_article(
                values,
                url=url,
                images=[site_url + photo_url for photo_url, *_ in photos] or [image["url"]],
                site_name=site_name,
                site_url=site_url,
                mentions=[(person.full_name, person_address(person)) for person, _ in officials],
                tags=[name for name, _ in tags],
                logo=_logo(site_url),
            )
        )
    return StoryPage(
        pk=pk,
        title=values["title"],
        sapo=values["sapo"],
        byline=values["byline"],
        source=values["source"],
        published_at=values["published_at"],
        updated_at=values["updated_at"],
        section_name=values["section__name"],
        section_slug=values["section__slug"],
        canonical_url=url,
        body_parts=body_with_figures(values["body"], figures),
        tags=tags,
        officials=officials,
        resolutions=resolutions,
        corrections=corrections,
        related=related,
        social_image=image,
        json_ld=json_ld,
        last_modified=max([values["updated_at"], *(person.updated_at for person, _ in officials)]),
        site_name=site_name,
    )


def read(article_id: int) -> StoryPage | None:
    """The page of the published story ``article_id``, or None if it is not published."""
    now = timezone.now()
    found = STORY.rows(article_id, now, limit=1)
    if not found:
        return None
    values = dict(zip(STORY_COLUMNS, found[0], strict=True))
    tag_rows = TAGS.rows(article_id, now, limit=MANY)
    tags = [(name, address("articles:tag", slug)) for _, name, slug in tag_rows]
    day = timezone.localdate(values["published_at"])
    officials = officials_from_rows(OFFICIALS.rows(article_id, now, limit=MANY), day)
    storage = Photo._meta.get_field("image").storage
    figures, photos = [], []
    for row in CAPTIONS.rows(article_id, now, limit=MANY):
        figure, photo_url = _figure(row, storage)
        figures.append((row[2], row[3], row[4], figure))
        photos.append((photo_url, figure.width, figure.height, figure.alt))
    corrections = []
    if values["has_corrections"]:
        corrections = list(
            Correction.objects.public()
            .filter(article=article_id)
            .order_by("created_at", "id")
            .values_list("created_at", "text")
        )
    resolutions = []
    if values["has_resolutions"]:
        resolutions = list(Resolution.objects.public().filter(articles=article_id))
    links = {("tag", row[0]) for row in tag_rows} | {("person", p.pk) for p, _ in officials}
    return assemble(
        article_id,
        values,
        figures=figures,
        photos=photos,
        tags=tags,
        officials=officials,
        resolutions=resolutions,
        corrections=corrections,
        related=related_parts(article_id, values["section_id"], links=links),
    )


def from_article(article) -> StoryPage:
    """The page of ``article`` from its model instances, as readers will see it once it is
    public (the preview): its section, captions with their photos, tags, officials with their
    positions, public corrections (``with_corrections``) and resolutions prefetched; its
    editors' picks shown whatever their state."""
    captions = list(article.captions.all())
    figures = [(c.position, c.order, c.pk or 0, figure_of(c)) for c in captions]
    photos = [(c.photo.image.url, c.photo.width, c.photo.height, c.alt) for c in captions]
    values = {name: getattr(article, name) for name in STORY_COLUMNS[:8]}
    values.update(section__name=article.section.name, section__slug=article.section.slug)
    return assemble(
        article.pk,
        values,
        figures=figures,
        photos=photos,
        tags=[(tag.name, tag.get_absolute_url()) for tag in article.tags.all()],
        officials=article.officials_with_titles(),
        resolutions=list(article.resolutions.all()),
        corrections=[(c.created_at, c.text) for c in article.corrections_for_readers],
        related=[teasers.parts_of(story) for story in article.related.all()],
    )
