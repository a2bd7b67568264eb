"""Reader search over published articles: titles, sapos, bodies, official names, resolution numbers.

``search_articles(query)`` is the one entry point. On PostgreSQL it uses full-text search on
``Article.search_vector`` (configuration ``vietnamese``, GIN index) ranked with ``ts_rank`` on
its head ``Article.rank_vector`` (title, sapo, names), and falls back to officials whose names
are close to the query (``pg_trgm``) when nothing matches exactly. On SQLite it matches whole
words in the folded ``Article.search_text`` and ranks by where they are found (title, then sapo
and names; the body not at all). Both start from
``Article.objects.published()`` and tokenise the same way (``newsroom.search_text``). The
stored documents are ``articles.search_index``'s. See docs/search.md.
"""

from __future__ import annotations

import datetime
import functools
from dataclasses import dataclass
from typing import NamedTuple

from django.contrib.postgres.search import SearchQuery, TrigramWordSimilarity
from django.db import connections, router
from django.db.models import Case, IntegerField, Q, QuerySet, Value, When
from django.db.models.functions import StrIndex
from django.db.models.lookups import LessThan
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import SafeString

from articles.models import Article, ArticleTeaser
from articles.search_index import CONFIG, is_postgres
from articles.site import search_windows, teasers
from articles.site.recent_search_index import implying_the_cutoff
from articles.site.search_windows import SEARCH_WINDOWS, windows_to_try
from newsroom.bitmap_scans import bitmap_scan_rows
from newsroom.search_text import (
    Query,
    SearchDocument,
    highlight,
    kept_snippet,
    parse_query,
    resembles_name,
)
from newsroom.statements import NOW_MARK
from people.models import Person, Resolution
from people.search import looks_like_a_name, officials_named, resolutions_named

#: Officials with a name this close to the query are offered when nothing matches exactly.
MAX_FUZZY_PEOPLE = 5
#: Matches ranked and listed at most (10 pages of 20): the most recent ones. Readers of news
#: want the recent story; ranking every one of tens of thousands of matches costs too much.
MAX_RESULTS = 200


class Condition(NamedTuple):
    """SQL (with its parameters) matching articles, for ``SearchResults._recent_ranked``: as
    the steps taking every match put it, and as the steps within a time window put it."""

    plain: tuple[str, list]
    windowed: tuple[str, list]


@functools.cache
def _published_sql(alias: str) -> tuple[str, list]:
    """``Article.objects.published()``'s condition as SQL, compiled once per database alias with
    ``NOW_MARK`` for the moment (``newsroom.statements``; about 0.3 ms of CPU a search)."""
    query = Article.objects.using(alias).published(NOW_MARK).query
    return query.get_compiler(alias).compile(query.where)


def _published_condition(alias: str, now: datetime.datetime) -> tuple[str, list]:
    """``Article.objects.published(now)``'s condition as SQL with its parameters."""
    sql, params = _published_sql(alias)
    ops = connections[alias].ops
    mark, now = ops.adapt_datetimefield_value(NOW_MARK), ops.adapt_datetimefield_value(now)
    return sql, [now if value == mark else value for value in params]


class MatchQuery(SearchQuery):
    """The tsquery that finds ``query``'s matches through the GIN index, exactly (no row is
    re-read to check it): pairs of adjacent tokens covering every unit of two or more tokens
    (``Query.bigrams``; lexemes as stored, so cast rather than parsed), AND the one-token units
    through the ``vietnamese`` configuration. Ranking uses ``query.tsquery()``, with positions,
    so a story holding the pairs but not the whole phrase ranks last."""

    def __init__(self, query: Query):
        self.query = query
        super().__init__(query.tsquery(), config=CONFIG, search_type="raw")

    def as_sql(self, compiler, connection, **extra):
        parts, params = [], []
        singles = [unit[0] for unit in self.query.units if len(unit) == 1]
        if singles:
            parts.append("to_tsquery(%s::regconfig, %s)")
            params += [CONFIG, " & ".join(f"'{token}'" for token in singles)]
        pairs = [f"'{pair}'" for pair in self.query.bigrams()]
        # ``any_of`` groups (near words): one of the units, each its pairs ANDed.
        pairs += [
            "(" + " | ".join("(" + " & ".join(f"'{p}'" for p in unit) + ")" for unit in group) + ")"
            for group in self.query.any_of_bigrams()
        ]
        if pairs:
            parts.append("%s::tsquery")
            params.append(" & ".join(pairs))
        return "(" + " && ".join(parts) + ")", params


# ---------------------------------------------------------------------------------------------
# Searching
# ---------------------------------------------------------------------------------------------


def search_articles(query: str | None, *, using: str | None = None) -> SearchResults:
    """Published articles matching ``query``, best first, as a lazy sequence that ``Paginator``
    can page through: a page is a list of ``SearchHit`` (``search_rank``, ``title_html``, the
    title with matches in ``<mark>``, and ``snippet``, an escaped excerpt of the sapo and body
    around the matches). Any input is accepted: a query without letters
    or digits finds nothing without touching the database."""
    return SearchResults(parse_query(query), using=using)


class SearchResults:
    """The result list of one search.

    Matching, in order, until one finds something: the whole query as a phrase (Vietnamese
    words are several syllables: "thảo luận", "Vũ Công Thảo"), then every syllable beside a
    typed neighbour (``Query.near_words``), then every word anywhere unless the query is a
    name (``names_a_person``: a name's syllables apart are no match), then (PostgreSQL)
    officials whose name the query resembles. Ranking: the ``MAX_RESULTS`` most
    recent matches are ranked by the words in their title, sapo and officials' names
    (``ts_rank`` of ``Article.rank_vector``, or where the words are on SQLite), then newest
    first among equals: a match in the body only ranks 0, however often the body repeats it. A
    word found in more stories than ``MAX_RESULTS`` ranks within the most recent.
    On PostgreSQL one statement finds and ranks (one more when the phrase finds nothing, two
    more for officials' names); a page of articles is one more. See docs/search.md.
    """

    def __init__(self, query: Query, *, using: str | None = None):
        self.query = query
        self.alias = using or router.db_for_read(Article)
        #: The form of the query that matched (phrase or all words), for highlighting.
        self.matched: Query = query
        #: Officials with names close to the query, when results come from fuzzy matching.
        self.fuzzy_people: list[Person] = []
        #: More than ``MAX_RESULTS`` stories match; only the most recent are listed.
        self.more = False
        self._ranked: list[tuple[int, float]] | None = None

    @property
    def is_fuzzy(self) -> bool:
        return bool(self.fuzzy_people)

    @property
    def phrase_missed(self) -> bool:
        """The query has several words and no story holds them as one phrase: what is listed
        (if anything) has them near each other, apart, or comes from officials' names."""
        if len(self.query.variants()) < 2:
            return False
        self.count()  # finds what matched
        return self.matched.form != "phrase"

    @functools.cached_property
    def officials(self) -> list[Person]:
        """Officials the query names (``people.search``), shown above the stories: a query of
        two words or more costs one query, two when someone is found."""
        return officials_named(self.query.tokens, using=self.alias) if self.query else []

    @property
    def names_a_person(self) -> bool:
        """The query is a person's name, or holds an official's name: the syllables of a name
        scattered through other words ("quyết định", "xây dựng") are then no match."""
        return looks_like_a_name(self.query.tokens) or bool(self.officials)

    @functools.cached_property
    def resolutions(self) -> list[Resolution]:
        """Resolutions the query names by number: one query when it holds a figure."""
        return resolutions_named(self.query.tokens, using=self.alias) if self.query else []

    def _published(self, now: datetime.datetime | None = None) -> QuerySet:
        return Article.objects.using(self.alias).published(now)

    def _ranked_ids(self, matches: QuerySet, rank) -> list[tuple[int, float]]:
        """(id, rank) of the ``MAX_RESULTS`` most recent ``matches``, best first, newest first
        among equals; one more is fetched to tell whether there are more. SQLite; PostgreSQL
        finds the same in one statement, without the first step (``_recent_ranked``).

        Finding and ranking are separate steps: finding only orders by date (the indexes
        answer it without opening any stored document), ranking then reads the few hundred
        found by primary key. Asked in one step, the database would rank every match before
        keeping the most recent.

        Finding first takes up to ``MAX_RESULTS + 1`` matches in no order: when that is all of
        them (a name, a number), they are sorted here and that was the only query. Otherwise
        it looks at the last week, month, year, then everything (``SEARCH_WINDOWS``), and stops
        at the first window holding more than ``MAX_RESULTS``: the most recent matches of all
        are in it, and a common word costs about what a rare one does instead of a walk
        through tens of thousands of matches.
        """
        some = list(matches.order_by().values_list("pk", "published_at")[: MAX_RESULTS + 1])
        if len(some) <= MAX_RESULTS:
            some.sort(key=lambda row: (row[1], row[0]), reverse=True)
            recent = [pk for pk, _ in some]
        else:
            recent = self._most_recent(matches)
        self.more = len(recent) > MAX_RESULTS
        recent = recent[:MAX_RESULTS]
        if not recent:
            return []
        ranks = dict(
            Article.objects.using(self.alias)
            .filter(pk__in=recent)
            .annotate(search_rank=rank)
            .values_list("pk", "search_rank")
        )
        # newest first among equal ranks: ``recent`` is in that order and the sort is stable
        return sorted(((pk, ranks[pk]) for pk in recent), key=lambda row: -row[1])

    def _most_recent(self, matches: QuerySet) -> list[int]:
        now = timezone.now()
        for window in SEARCH_WINDOWS:
            scoped = matches if window is None else matches.filter(published_at__gte=now - window)
            recent = list(
                scoped.order_by("-published_at", "-id").values_list("pk", flat=True)[
                    : MAX_RESULTS + 1
                ]
            )
            if len(recent) > MAX_RESULTS:
                break
        return recent

    def _recent_ranked(
        self,
        condition: Condition,
        rank: str,
        rank_params: list,
        *,
        windows: tuple[datetime.timedelta, ...] = tuple(w for w in SEARCH_WINDOWS if w),
    ) -> list[tuple[int, float]]:
        """What ``_ranked_ids`` does, in one statement on PostgreSQL: the ``MAX_RESULTS`` most
        recent published stories matching ``condition``, ranked by ``rank`` (SQL on the
        article table, with ``rank_params``).

        The steps are the branches of a ``UNION ALL ... LIMIT 1``, which PostgreSQL runs in
        order, stopping at the first that returns a row: each of ``windows`` (the last week,
        month, year), which returns nothing unless it holds more than ``MAX_RESULTS`` matches
        (then it holds the most recent of all), then all time. Unlike the separate queries
        (``_ranked_ids``), there is no first step taking every match when there are few: the
        all-time step costs as much for a rare name, and each step reads the GIN posting
        lists again, which for a common phrase (20,000 stories) costs more than the step's
        other work. Each branch is planned with its own dates and words as constants, as the
        separate queries were; what goes is a round trip and a query built by the ORM (about
        1 ms of CPU each) per step, and the ranking query: a step ranks the rows it keeps,
        read already (``rank_vector`` is kept in the row, ``articles/0024``).
        """
        now = timezone.now()
        where, where_params = _published_condition(self.alias, now)
        table = Article._meta.db_table
        newest = "ORDER BY published_at DESC, id DESC"
        limit = MAX_RESULTS + 1

        def found(match: tuple[str, list], tail: str, tail_params: list, keep: str = ""):
            """One step: the ids of its matches, newest first, and their ranks, in two arrays;
            no row unless ``keep`` (compared with ``MAX_RESULTS``) holds. The rank is worked
            out on the rows the step has read and kept, not read again by id afterwards."""
            sql = (
                f"SELECT ids, ranks FROM (SELECT array_agg(id {newest}) AS ids, "
                f"array_agg(rank {newest}) AS ranks FROM (SELECT id, published_at, {rank} AS "
                f"rank FROM (SELECT id, published_at, rank_vector FROM {table} WHERE {where} "
                f"AND {match[0]}{tail}) AS matches) AS ranked) AS step"
            )
            params = [*rank_params, *where_params, *match[1], *tail_params]
            return (f"{sql} WHERE {keep}", [*params, MAX_RESULTS]) if keep else (sql, params)

        enough = "cardinality(ids) > %s"

        def window(start: datetime.datetime):
            """The step of the stories published since ``start``, if more than enough."""
            implied, implied_params = implying_the_cutoff(start)
            tail = f" AND published_at >= %s AND {implied} {newest} LIMIT %s"
            return found(condition.windowed, tail, [start, *implied_params, limit], enough)

        steps = [window(now - w) for w in windows]
        steps.append(found(condition.plain, f" {newest} LIMIT %s", [limit]))
        sql = (
            "SELECT ranked.id, ranked.rank, cardinality(found.ids) FROM ("
            + " UNION ALL ".join(f"({step})" for step, _ in steps)
            + " LIMIT 1) AS found CROSS JOIN LATERAL unnest(found.ids[1:%s], found.ranks[1:%s]) "
            "WITH ORDINALITY AS ranked (id, rank, newest) "
            # best first, newest first among equal ranks (``found.ids`` is newest first); sorted
            # here rather than in Python, where a key function per row cost a fifth of the
            # search's own CPU
            "ORDER BY ranked.rank DESC, ranked.newest"
        )
        params = [param for _, step_params in steps for param in step_params]
        rows = bitmap_scan_rows(self.alias, sql, [*params, MAX_RESULTS, MAX_RESULTS])
        self.more = bool(rows) and rows[0][2] > MAX_RESULTS
        return [(pk, rank) for pk, rank, _ in rows]

    def _postgres(self, query: Query) -> list[tuple[int, float]]:
        match, params = MatchQuery(query).as_sql(None, connections[self.alias])
        # In the windows the tsquery is a sub-select, so that PostgreSQL estimates its matches
        # with a default (0.5 % of the stories) rather than from the column's statistics: they
        # know only the most common lexemes, and give the pairs of a name almost no matches,
        # after which the date index is left out and every match's row is read, in each
        # window (a name in 7,000 stories: 8 ms a window instead of 2.6).
        condition = Condition(
            plain=(f"search_vector @@ {match}", params),
            windowed=(f"search_vector @@ (SELECT {match})", params),
        )
        windows = windows_to_try(
            query,
            tuple(w for w in SEARCH_WINDOWS if w),
            enough=MAX_RESULTS,
            now=timezone.now(),
            statistics=search_windows.statistics(self.alias),
        )
        # Ranked on the head of the document (``Article.rank_vector``, in the row), not the
        # whole vector, which is read back from TOAST for each story ranked. NULL only for a
        # story created by code older than the column (during a deploy): ranked as the body.
        return self._recent_ranked(
            condition,
            "COALESCE(ts_rank(rank_vector, to_tsquery(%s::regconfig, %s)), 0)",
            [CONFIG, query.tsquery()],
            windows=windows,
        )

    def _folded_text(self, query: Query) -> list[tuple[int, float]]:
        """Whole-word matches in ``search_text``; a unit in the title counts 4, in the sapo or
        names 2, in the body 0 (as ``ts_rank`` on ``Article.rank_vector``, which has no body)."""
        matches = self._published()
        sapo_at = StrIndex("search_text", Value(SearchDocument.SAPO_MARK))
        body_at = StrIndex("search_text", Value(SearchDocument.BODY_MARK))
        rank = Value(0)
        for pattern in query.patterns():
            matches = matches.filter(search_text__contains=pattern)
            at = StrIndex("search_text", Value(pattern))
            rank = rank + Case(
                When(LessThan(at, sapo_at), then=Value(4)),
                When(LessThan(at, body_at), then=Value(2)),
                default=Value(0),
                output_field=IntegerField(),
            )
        for group in query.any_of_patterns():
            one_of = Q()
            for pattern in group:
                one_of |= Q(search_text__contains=pattern)
            matches = matches.filter(one_of)
        return self._ranked_ids(matches, rank)

    def _fuzzy_people(self) -> list[Person]:
        """Officials whose name the query resembles: candidates from the trigram index, then
        only those where every word of the query is close to a word of one of their names."""
        folded = self.query.folded
        fields = ["id", "full_name", "slug", "aliases"]
        query = (
            Person.objects.using(self.alias)
            .filter(search_names__trigram_word_similar=folded)
            .annotate(similarity=TrigramWordSimilarity(folded, "search_names"))
            .order_by("-similarity", "sort_key")
            .values_list(*fields)[: MAX_FUZZY_PEOPLE * 4]
        ).query
        # planned like the stories' statements: otherwise PostgreSQL scans every official's
        # names (21 ms for 2,500) instead of the trigram index's few candidates (0.5 ms)
        sql, params = query.get_compiler(self.alias).as_sql()
        candidates = [
            Person.from_db(self.alias, fields, row)
            for row in bitmap_scan_rows(self.alias, sql, params)
        ]
        people = [
            person
            for person in candidates
            if any(resembles_name(self.query, name) for name in person.names())
        ]
        return people[:MAX_FUZZY_PEOPLE]

    def _mentioning(self, people: list[Person]) -> list[tuple[int, float]]:
        if not is_postgres(self.alias):
            mentions = Article.officials.through.objects.using(self.alias).filter(
                person_id__in=[person.pk for person in people]
            )
            return self._ranked_ids(
                self._published().filter(pk__in=mentions.values("article_id")), Value(0.0)
            )
        through = Article.officials.through._meta.db_table
        people_ids = [[person.pk for person in people]]
        # Within the last week, then month: the stories of the window (by the date index) that
        # link them. Otherwise every story that links them, found by primary key, the most
        # recent kept: for an official in a few thousand stories, cheaper than the year's
        # window, which reads its 30,000 stories from the date index.
        condition = Condition(
            plain=(
                f"id = ANY(ARRAY(SELECT article_id FROM {through} WHERE person_id = ANY(%s)))",
                people_ids,
            ),
            windowed=(
                f"id IN (SELECT article_id FROM {through} WHERE person_id = ANY(%s))",
                people_ids,
            ),
        )
        return self._recent_ranked(condition, "%s::real", [0.0], windows=SEARCH_WINDOWS[:2])

    def _rank(self) -> list[tuple[int, float]]:
        postgres = is_postgres(self.alias)
        find = self._postgres if postgres else self._folded_text
        for query in self.query.variants():
            if query.form == "words" and len(self.query.units) > 1 and self.names_a_person:
                continue  # a name is searched: its syllables apart are no match
            ranked = find(query)
            if ranked:
                self.matched = query
                return ranked
        if postgres and not self.officials:  # a name typed exactly needs no near names
            people = self._fuzzy_people()
            if people:
                self.fuzzy_people = people
                self.matched = parse_query(" ".join(f'"{p.full_name}"' for p in people))
                return self._mentioning(people)
        return []

    def count(self) -> int:
        if not self.query:
            return 0
        if self._ranked is None:
            self._ranked = self._rank()
        return len(self._ranked)

    def __len__(self) -> int:
        return self.count()

    def __bool__(self) -> bool:
        return self.count() > 0

    def __getitem__(self, key: slice) -> list[SearchHit]:
        if not isinstance(key, slice):
            raise TypeError("SearchResults only supports slicing.")
        if not self.count():
            return []
        ranked = self._ranked[key]
        kept = _kept([pk for pk, _ in ranked], using=self.alias)
        units = self.matched.marked
        hits = []
        for pk, rank in ranked:
            title, slug, parts, text, folded, sapo_length = kept[pk]
            hits.append(
                SearchHit(
                    pk=pk,
                    title=title,
                    slug=slug,
                    search_rank=rank,
                    title_html=highlight(title, units),
                    snippet=kept_snippet(text, folded, sapo_length, units),
                    parts=parts,
                )
            )
        return hits


@dataclass(slots=True)
class SearchHit:
    """A story on a page of results: ``title_html`` (the title with matches in ``<mark>``),
    ``snippet`` (an escaped excerpt of the sapo and body around the matches), and ``parts``,
    its kept teaser's escaped pieces (``url``, ``kicker``, ``time``: ``articles.site.teasers``)."""

    pk: int
    title: str
    slug: str
    search_rank: float
    title_html: SafeString
    snippet: SafeString
    parts: dict

    def get_absolute_url(self) -> str:
        return reverse("articles:detail", kwargs={"slug": self.slug})


#: The pieces of a story's kept teaser a result shows (``articles.site.teasers.parts_of``).
HIT_PARTS = ("url", "kicker", "time")


def _kept(pks: list[int], *, using: str) -> dict[int, tuple]:
    """(title, slug, teaser pieces, snippet text, its fold, the sapo's length in it) of the
    stories ``pks``, by id, in one query: a result is shown from what is kept with its story
    (``ArticleTeaser``: its pieces, and the text and fold of its sapo and body for the
    snippet), so no body is read or folded and no date formatted per request. Teasers not
    current (the story saved since, other code) are built and kept: three more queries for
    any number of them.

    The query is written here: the ORM took about as long to build it and make instances of
    its rows as the page's snippets took. Of the story's row it reads what is kept in the row
    on PostgreSQL (``articles/0024``), and of the teaser's pieces the three a result shows."""
    connection = connections[using]
    article_table = Article._meta.db_table
    teaser_table = ArticleTeaser._meta.db_table
    if connection.vendor == "postgresql":
        pieces = ", ".join(f"t.parts ->> '{name}'" for name in HIT_PARTS)
    else:
        pieces = ", ".join(f"json_extract(t.parts, '$.{name}')" for name in HIT_PARTS)
    placeholders = ", ".join(["%s"] * len(pks))
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT a.id, t.version = %s AND t.stamp = a.updated_at, a.title, a.slug, "
            f"t.text, t.folded, t.sapo_length, {pieces} FROM {article_table} a "
            f"LEFT JOIN {teaser_table} t ON t.article_id = a.id WHERE a.id IN ({placeholders})",
            [teasers.version(), *pks],
        )
        rows = cursor.fetchall()
    stale = [pk for pk, current, *_ in rows if not current]
    built = teasers.build(stale) if stale else {}
    kept = {}
    for pk, _current, title, slug, text, folded, sapo_length, *pieces in rows:
        if pk in built:
            teaser = built[pk]
            text, folded, sapo_length = teaser.text, teaser.folded, teaser.sapo_length
            pieces = [teaser.parts[name] for name in HIT_PARTS]
        parts = dict(zip(HIT_PARTS, pieces, strict=True))
        kept[pk] = (title, slug, parts, text, folded, sapo_length)
    return kept
