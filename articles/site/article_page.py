"""What the public article page shows, read in few and lean queries (used by views.article_detail).

Every story comes from ``Article.objects.published()``. Lists the page only displays (officials
and their titles) are read with ``values_list`` in one query instead of two prefetches of full
model instances; editors' picks and the stored ranking are read in one query.
"""

import datetime
import functools

from django.conf import settings
from django.db import connection
from django.db.models import (
    Prefetch,
    prefetch_related_objects,
)
from django.db.models.expressions import RawSQL
from django.templatetags.static import static

from articles.models import Article, Correction, RelatedStory, public_corrections_prefetch
from articles.site import structured_data
from articles.site.front_page import TEASER_DEFERRED
from articles.site.related import ranked_now
from media.models import Caption
from people.models import Resolution

RELATED_COUNT = 5
UPDATE_SHOWN_AFTER = datetime.timedelta(minutes=5)  # saves right after publishing are not news
LOGO = {"path": "img/logo.png", "width": 600, "height": 60}
DEFAULT_SOCIAL_IMAGE = {"path": "img/og-default.png", "width": 1200, "height": 630}
# Not shown on the page: the search columns are its largest.
ARTICLE_DEFERRED = ("search_text", "search_vector")
Picks = Article.related.through


def article_queryset():
    """The published story with its section and tags, and whether it has public corrections
    and resolutions (most stories have none: their lists are then not queried)."""
    sql = _sql()
    return (
        Article.objects.published()
        .select_related("section")
        .defer(*ARTICLE_DEFERRED)
        .annotate(
            has_corrections=RawSQL(sql["has_corrections"], []),
            has_resolutions=RawSQL(sql["has_resolutions"], [Resolution.Status.DRAFT]),
        )
        .prefetch_related("tags")
    )


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


def corrections(article) -> None:
    """Make ``article.corrections_for_readers`` ready (one query, none without corrections)."""
    if article.has_corrections:
        prefetch_related_objects([article], public_corrections_prefetch())
    else:
        article.public_corrections = []


def resolutions(article) -> list[Resolution]:
    """The public resolutions the story mentions (one query, none without any)."""
    if not article.has_resolutions:
        return []
    return list(Resolution.objects.public().filter(articles=article.pk))


def _teasers():
    return Article.objects.published().select_related("section").defer(*TEASER_DEFERRED)


def _newest(story) -> tuple:
    return (story.published_at, story.pk)


def _picks_and_ranked(article_id: int) -> list[Article]:
    """The published editors' picks and stored ranking of the story, each with ``is_pick`` and
    ``shared`` (links in common), in one query."""
    sql = _sql()
    return list(
        _teasers()
        .filter(pk__in=RawSQL(sql["candidate_ids"], [article_id, article_id]))
        .annotate(
            is_pick=RawSQL(sql["is_pick"], [article_id]),
            shared=RawSQL(sql["shared"], [article_id]),
        )
    )


def related_stories(article, *, tag_ids, person_ids) -> list[Article]:
    """Editors' picks (newest first), then the stories ranked by articles.site.related; up to
    ``RELATED_COUNT``, with their captions and photos and ``article``'s in one more query.

    A story with no tags nor officials gets the latest of its section after the picks; one
    whose ranking was never stored (published before it existed) is ranked on the spot.
    """
    if tag_ids or person_ids:
        found = _picks_and_ranked(article.pk)
        picked = sorted((story for story in found if story.is_pick), key=_newest, reverse=True)
        ranked = sorted(
            (story for story in found if not story.is_pick),
            key=lambda story: (story.shared, *_newest(story)),
            reverse=True,
        )
        if ranked or len(picked) >= RELATED_COUNT:
            related = (picked + ranked)[:RELATED_COUNT]
        else:  # its ranking was never stored
            links = {("tag", pk) for pk in tag_ids} | {("person", pk) for pk in person_ids}
            related = picked + ranked_now(
                article,
                _teasers().exclude(pk__in=[story.pk for story in picked]),
                links,
                limit=RELATED_COUNT - len(picked),
            )
    else:
        related = list(_teasers().filter(related_from=article.pk).newest_first()[:RELATED_COUNT])
        if len(related) < RELATED_COUNT:
            related += (
                _teasers()
                .exclude(pk__in=[article.pk, *(story.pk for story in related)])
                .in_section(article.section_id)
                .newest_first()[: RELATED_COUNT - len(related)]
            )
    prefetch_related_objects(
        [article, *related], Prefetch("captions", queryset=Caption.objects.select_related("photo"))
    )
    return related


def page_context(article) -> dict:
    """Everything the story's own part of the page shows (``article`` from
    ``article_queryset()``), and ``last_modified``: the newest ``updated_at`` among them."""
    corrections(article)
    officials = article.officials_with_titles()
    related = related_stories(  # also reads the article's photos
        article,
        tag_ids=[tag.pk for tag in article.tags.all()],
        person_ids=[person.pk for person, _ in officials],
    )
    site_url = settings.SITE_URL
    url = site_url + article.get_absolute_url()
    photos = [caption.photo for caption in article.captions.all()]
    if photos:
        social_image = {
            "url": site_url + photos[0].image.url,
            "width": photos[0].width,
            "height": photos[0].height,
            "alt": article.lead_caption.alt,
        }
    else:
        social_image = {
            "url": site_url + static(DEFAULT_SOCIAL_IMAGE["path"]),
            "width": DEFAULT_SOCIAL_IMAGE["width"],
            "height": DEFAULT_SOCIAL_IMAGE["height"],
            "alt": settings.SITE_NAME,
        }
    schema = structured_data.news_article(
        article,
        url=url,
        images=[site_url + photo.image.url for photo in photos] or [social_image["url"]],
        site_name=settings.SITE_NAME,
        site_url=site_url,
        officials=[person for person, _ in officials],
        logo={
            "url": site_url + static(LOGO["path"]),
            "width": LOGO["width"],
            "height": LOGO["height"],
        },
    )
    return {
        "SITE_NAME": settings.SITE_NAME,
        "article": article,
        "canonical_url": url,
        "body_parts": article.body_with_figures(),
        "officials": officials,
        "resolutions": resolutions(article),
        "updated_at": article.updated_at
        if article.updated_at - article.published_at > UPDATE_SHOWN_AFTER
        else None,
        "related": related,
        "social_image": social_image,
        "json_ld": structured_data.json_ld(schema),
        "last_modified": max([article.updated_at, *(person.updated_at for person, _ in officials)]),
    }
