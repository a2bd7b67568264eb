"""Related stories: ranked when a story is published or its links change, read with one query.

A story's related stories are the published stories sharing the most tags and officials with
it, the newest first among equals, counted only among the newest stories carrying any of its
tags or officials (``RELATED_CANDIDATES`` links per kind: a popular tag sits on tens of
thousands of stories). Ranking that on every page view cost 30 ms at 100,000 stories on
PostgreSQL, so the ``KEPT`` best are stored in ``RelatedStory`` rows:

- when a published (or scheduled) story is saved, or its tags or officials change, its rows are
  ranked again once the transaction commits (``articles.stale`` says when, and empties what
  shows the rows that changed); the stories it is most related to get it in their rows too,
  where it ranks among theirs (so an older story shows the newer one at once);
- ``manage.py refresh_related_stories`` ranks every story (after a bulk import, or nightly),
  in memory, with exactly the same rule.

This module only ranks and writes the rows; it returns which stories' rows it replaced.

The page reads the rows with the story filter readers get (``published()``), so a story that
was unpublished or is still embargoed never shows; ``KEPT`` leaves room for a few such.
"""

from __future__ import annotations

import heapq
import itertools
from collections import defaultdict

from django.db import connection

from articles.models import Article, RelatedStory, TaggedArticle

RELATED_CANDIDATES = 300
KEPT = 10
Officials = Article.officials.through


def rank(
    article_id: int,
    links: set[tuple[str, int]],
    candidates: dict[int, tuple],
    *,
    limit: int = KEPT,
) -> list[tuple[int, int]]:
    """(story id, links shared) of the best ``limit`` among ``candidates``, best first.

    ``links`` are the story's ("tag", id) and ("person", id) pairs; ``candidates`` maps a
    published story's id to (published_at, its links).
    """
    scored = []
    for story_id, (published_at, their_links) in candidates.items():
        if story_id == article_id:
            continue
        shared = len(links & their_links)
        if shared:
            scored.append((shared, published_at, story_id))
    best = heapq.nlargest(limit, scored)
    return [(story_id, shared) for shared, _, story_id in best]


def _links_of(article_ids) -> dict[int, set[tuple[str, int]]]:
    links: dict[int, set[tuple[str, int]]] = defaultdict(set)
    for story_id, tag_id in TaggedArticle.objects.filter(
        content_object_id__in=article_ids
    ).values_list("content_object_id", "tag_id"):
        links[story_id].add(("tag", tag_id))
    for story_id, person_id in Officials.objects.filter(article_id__in=article_ids).values_list(
        "article_id", "person_id"
    ):
        links[story_id].add(("person", person_id))
    return links


def _candidate_ids(links: set[tuple[str, int]]) -> set[int]:
    """The newest stories carrying any of ``links``: the rows ``RELATED_CANDIDATES`` per kind."""
    tag_ids = [pk for kind, pk in links if kind == "tag"]
    person_ids = [pk for kind, pk in links if kind == "person"]
    found: set[int] = set()
    if tag_ids:
        found.update(
            TaggedArticle.objects.filter(tag_id__in=tag_ids)
            .order_by("-content_object_id")
            .values_list("content_object_id", flat=True)[:RELATED_CANDIDATES]
        )
    if person_ids:
        found.update(
            Officials.objects.filter(person_id__in=person_ids)
            .order_by("-article_id")
            .values_list("article_id", flat=True)[:RELATED_CANDIDATES]
        )
    return found


def _ranked_stories():
    """Stories that may be ranked: published or scheduled (readers' filter comes at reading)."""
    return Article.objects.filter(status=Article.Status.PUBLISHED, published_at__isnull=False)


def _published(ids) -> dict[int, object]:
    """id -> published_at of the stories among ``ids`` that may be ranked."""
    return dict(_ranked_stories().filter(pk__in=ids).values_list("pk", "published_at"))


def ranked_for(article: Article, links: set[tuple[str, int]] | None = None):
    """The ranking of ``article`` computed now from the database (no write)."""
    if links is None:
        links = _links_of([article.pk])[article.pk]
    ids = _candidate_ids(links)
    if not ids:
        return []
    dates = _published(ids)
    their_links = _links_of(list(dates))
    candidates = {pk: (dates[pk], their_links[pk]) for pk in dates}
    return rank(article.pk, links, candidates)


def _replace(article_id: int, ranked) -> None:
    # One DELETE: nothing listens to these rows (the caller empties what shows them, once).
    RelatedStory.objects.filter(article_id=article_id).delete()
    RelatedStory.objects.bulk_create(
        RelatedStory(article_id=article_id, story_id=story_id, shared=shared)
        for story_id, shared in ranked
    )


def rankable(article_ids):
    """The stories among ``article_ids`` that may be ranked."""
    return _ranked_stories().filter(pk__in=article_ids)


def store_ranking(article: Article) -> set[int]:
    """Rank ``article`` again, store its rows and offer it to its neighbours (call inside a
    transaction: readers never see a story without its rows); the stories whose rows were
    replaced (their pages list their related stories)."""
    ranked = ranked_for(article)
    _replace(article.pk, ranked)
    return {article.pk, *_offer(article, ranked)}


def _offer(article: Article, ranked) -> set[int]:
    """Put ``article`` in the rows of the stories it shares most with, where it ranks; the
    stories whose rows changed."""
    neighbours = [story_id for story_id, _ in ranked]
    if not neighbours:
        return set()
    rows = defaultdict(list)
    for owner, story_id, shared, published_at in RelatedStory.objects.filter(
        article_id__in=neighbours
    ).values_list("article_id", "story_id", "shared", "story__published_at"):
        if story_id != article.pk:
            rows[owner].append((shared, published_at, story_id))
    if article.published_at is None:
        return set()
    replaced = set()
    for owner, shared in ranked:
        current = rows[owner]
        best = heapq.nlargest(KEPT, [*current, (shared, article.published_at, article.pk)])
        if [row[2] for row in best] != [row[2] for row in sorted(current, reverse=True)]:
            _replace(owner, [(story_id, count) for count, _, story_id in best])
            replaced.add(owner)
    return replaced


def ranked_now(article: Article, stories, links, *, limit: int) -> list[Article]:
    """The best ``limit`` of ``stories`` for ``article``, ranked now on its ``links`` (a set of
    ("tag", id) and ("person", id)) without storing: for a story whose rows were never stored."""
    ranked = [story_id for story_id, _ in ranked_for(article, links)]
    by_id = stories.in_bulk(ranked)
    return [by_id[pk] for pk in ranked if pk in by_id][:limit]


# -- Every story at once -----------------------------------------------------------------------


def rank_all(*, batch_size: int = 5000, log=None) -> tuple[int, set[int]]:
    """Rank every published story again, in memory: the same rule as ``ranked_for``
    (``articles.stale.rank_every_story`` runs it in a transaction and empties what changed).

    Reads every link once (a few hundred bytes per story), then writes the rows in batches.
    Returns the number of stories ranked and the stories whose rows changed or went.
    """
    links: dict[int, set[tuple[str, int]]] = defaultdict(set)
    by_link: dict[tuple[str, int], list[int]] = defaultdict(list)
    for story_id, tag_id in TaggedArticle.objects.values_list("content_object_id", "tag_id"):
        links[story_id].add(("tag", tag_id))
        by_link[("tag", tag_id)].append(story_id)
    for story_id, person_id in Officials.objects.values_list("article_id", "person_id"):
        links[story_id].add(("person", person_id))
        by_link[("person", person_id)].append(story_id)
    for ids in by_link.values():
        ids.sort(reverse=True)
    dates = dict(_ranked_stories().values_list("pk", "published_at"))
    before: dict[int, set[tuple[int, int]]] = defaultdict(set)
    for article_id, story_id, shared in RelatedStory.objects.values_list(
        "article_id", "story_id", "shared"
    ):
        before[article_id].add((story_id, shared))
    changed: set[int] = set()
    done = 0
    pending: list[RelatedStory] = []
    RelatedStory.objects.all().delete()  # one DELETE: nothing listens to these rows
    for article_id in dates:
        mine = links.get(article_id)
        if not mine:
            continue
        ids: set[int] = set()
        for kind in ("tag", "person"):
            # The same rows as the query: newest first over all of its links of this kind.
            lists = [by_link[link] for link in mine if link[0] == kind]
            newest = heapq.merge(*lists, reverse=True)
            ids.update(itertools.islice(newest, RELATED_CANDIDATES))
        candidates = {pk: (dates[pk], links[pk]) for pk in ids if pk in dates}
        ranked = rank(article_id, mine, candidates)
        if set(ranked) != before.pop(article_id, set()):
            changed.add(article_id)
        pending += [
            RelatedStory(article_id=article_id, story_id=story_id, shared=shared)
            for story_id, shared in ranked
        ]
        done += 1
        if len(pending) >= batch_size:
            RelatedStory.objects.bulk_create(pending)
            pending = []
            if log and done % 10000 < KEPT:
                log(done)
    RelatedStory.objects.bulk_create(pending)
    return done, changed | set(before)  # rankings that changed, and those now gone


def analyze() -> None:
    """After ranking every story: the PostgreSQL planner must know it is about ten per story."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(f"ANALYZE {RelatedStory._meta.db_table}")
