"""Reader search over published articles: titles, sapos, bodies, official names, resolution numbers.

``search_articles(query)`` is the one entry point. On PostgreSQL it uses full-text search on
``Article.search_vector`` (configuration ``vietnamese``: ``simple`` plus ``unaccent``, GIN index)
ranked with ``ts_rank``, and falls back to officials whose names are close to the query
(``pg_trgm``) when nothing matches exactly. On SQLite it matches whole words in the folded
``Article.search_text`` and ranks by where they are found (title, then sapo and names, then
body). Both start from ``Article.objects.published()`` and tokenise the same way
(``newsroom.search``). The index is kept current by ``articles.stale``; ``manage.py
rebuild_search_index`` refills it. See docs/search.md.
"""

from __future__ import annotations

import contextlib
import datetime
from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple

from django.contrib.postgres.search import (
    SearchQuery,
    SearchVectorField,
    TrigramWordSimilarity,
)
from django.db import connections, router, transaction
from django.db.models import (
    Case,
    Expression,
    IntegerField,
    Prefetch,
    QuerySet,
    Value,
    When,
)
from django.db.models.functions import StrIndex
from django.db.models.lookups import LessThan
from django.utils import timezone

from articles.models import Article
from newsroom.search import (
    Query,
    SearchDocument,
    highlight,
    parse_query,
    resembles_name,
    snippet,
)
from people.models import Person, Resolution

#: PostgreSQL text search configuration created by articles/migrations/0005_search.py.
CONFIG = "vietnamese"
#: Weights of the parts of an article, in ``ts_rank``'s letters (A counts most).
WEIGHTS = {"title": "A", "sapo": "B", "names": "B", "body": "C"}
#: Officials with a name this close to the query are offered when nothing matches exactly.
MAX_FUZZY_PEOPLE = 5
#: Matches ranked and listed at most (10 pages of 20): the most recent ones. Readers of news
#: want the recent story; ranking every one of tens of thousands of matches costs too much.
MAX_RESULTS = 200
#: What a result shows (the snippet needs the sapo and body).
RESULT_FIELDS = (
    "id", "title", "slug", "sapo", "body", "published_at", "updated_at",
    "section__name", "section__slug",
)  # fmt: skip
#: How far back matches are first looked for, widening until enough are found (None: all time).
SEARCH_WINDOWS = (
    datetime.timedelta(days=7),
    datetime.timedelta(days=31),
    datetime.timedelta(days=366),
    None,
)


class Condition(NamedTuple):
    """SQL (with its parameters) matching articles, for ``SearchResults._recent_ranked``: as
    the steps taking every match put it, and as the steps within a time window put it."""

    plain: tuple[str, list]
    windowed: tuple[str, list]


def _is_postgres(alias: str) -> bool:
    return connections[alias].vendor == "postgresql"


@contextlib.contextmanager
def _index_lookups_only(alias: str):
    """On PostgreSQL, plan the queries inside with bitmap index scans only (the GIN index,
    ANDed with the date index), never a scan that checks ``search_vector @@ ...`` row by row,
    and without parallel workers (the search's one statement must stop at its first step that
    is enough). One statement more per search (SET); two inside a caller's transaction, which
    gets a RESET after (otherwise SET LOCAL ends with the transaction opened here).

    The planner counts that check as cheap, but it reads the row's whole vector (kilobytes, out
    of line): walking the date index newest first and checking each row, or scanning the
    table, is what it picks for a common word, at ten times the cost of the bitmaps. The GIN
    index answers our queries exactly (pairs and single words, no positions), so with bitmaps
    no vector is read at all.
    """
    connection = connections[alias]
    if connection.vendor != "postgresql":
        yield
        return
    outer = connection.in_atomic_block
    with transaction.atomic(using=alias, savepoint=False), connection.cursor() as cursor:
        cursor.execute(
            "SET LOCAL enable_indexscan = off; SET LOCAL enable_seqscan = off; "
            "SET LOCAL max_parallel_workers_per_gather = 0"
        )
        yield
        if outer:
            cursor.execute(
                "RESET enable_indexscan; RESET enable_seqscan; "
                "RESET max_parallel_workers_per_gather"
            )


# ---------------------------------------------------------------------------------------------
# Indexing
# ---------------------------------------------------------------------------------------------


def article_document(
    article: Article, *, officials: Iterable[Person], resolutions: Iterable[Resolution]
) -> SearchDocument:
    """The search document of ``article`` with the names of its officials and resolutions."""
    names = [name for person in officials for name in person.names()]
    # "Nghị quyết 15-NQ/TU": readers search a number with or without the kind of document
    names += [
        f"{resolution.get_kind_display()} {resolution.number}"
        for resolution in resolutions
        if resolution.number
    ]
    return SearchDocument.build(
        title=article.title, sapo=article.sapo, body_html=article.body, names=names
    )


def search_vector_of(document: SearchDocument) -> DocumentVector:
    """The tsvector stored for ``document``: each part with its weight (positions kept for
    phrases and ranking), plus every pair of adjacent tokens as a lexeme of its own, which
    lets the GIN index find phrases precisely (see ``newsroom.search.bigrams``)."""
    return DocumentVector(
        tuple((getattr(document, part), weight) for part, weight in WEIGHTS.items()),
        tuple(document.bigrams()),
    )


class DocumentVector(Expression):
    """The tsvector Django's ``SearchVector(Value(part), config=CONFIG, weight=w)`` of each
    part, combined with ``||``, then ``|| array_to_tsvector(pairs)`` computes (the test
    compares both), as one fixed template: compiling that tree of expressions cost about 1 ms
    for every article saved on PostgreSQL, more than the server's work on it. The pairs go
    as one string split on the server (``string_to_array``; a token holds no space): sent as
    an array parameter, quoting each of a few hundred pairs cost the writer 0.5 ms."""

    output_field = SearchVectorField()

    def __init__(self, parts: tuple[tuple[str, str], ...], pairs: tuple[str, ...]):
        super().__init__()
        self.parts, self.pairs = parts, pairs

    def as_sql(self, compiler, connection, **extra):
        sql, params = None, []
        for text, weight in self.parts:
            part = "setweight(to_tsvector(%s::regconfig, COALESCE(%s, %s)), %s)"
            sql = part if sql is None else f"({sql} || {part})"
            params += [CONFIG, text, "", weight]
        pairs = " ".join(self.pairs)
        return f"({sql} || array_to_tsvector(string_to_array(%s, ' ')))", [*params, pairs]


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
        pairs = self.query.bigrams()
        if pairs:
            parts.append("%s::tsquery")
            params.append(" & ".join(f"'{pair}'" for pair in pairs))
        return "(" + " && ".join(parts) + ")", params


def _mentions_prefetch():
    return (
        Prefetch("officials", queryset=Person.objects.only("id", "full_name", "aliases")),
        Prefetch("resolutions", queryset=Resolution.objects.only("id", "number", "kind")),
    )


@dataclass(frozen=True)
class PreparedDocument:
    """An article's search text and (PostgreSQL) stored vector, built before its save, maybe
    in another process: the wire import builds them in its worker processes."""

    text: str
    vector: DocumentVector | None


def build_document(
    article: Article,
    *,
    officials: Iterable[Person],
    resolutions: Iterable[Resolution],
    using: str | None = None,
) -> PreparedDocument:
    """What the next save of ``article`` writes as its search document, for its text as
    ``Article.save`` stores it (``Article.prepare_text`` done) and these mentions."""
    document = article_document(article, officials=officials, resolutions=resolutions)
    postgres = _is_postgres(using or router.db_for_write(Article))
    return PreparedDocument(document.text, search_vector_of(document) if postgres else None)


def prepare_document(
    article: Article,
    *,
    officials: Iterable[Person],
    resolutions: Iterable[Resolution],
    built: PreparedDocument | None = None,
) -> None:
    """Have the next save of ``article`` write its search document with the row.

    For a writer that already holds the mentions (the wire import reads every official and
    resolution once per batch): ``Article.save`` builds the document just before the
    row is written, from the text as it stores it, and does not index it again after
    (``articles.stale``), so neither are the mentions read back nor is the row updated again.
    ``officials`` and ``resolutions`` must be exactly what the article is linked to once
    saved, in their models' order (as :func:`index_article` reads them). ``built``: the
    document :func:`build_document` already gave for that text and these mentions."""
    article._search_mentions = (list(officials), list(resolutions), built)


def fill_prepared_document(article: Article, *, using: str | None = None) -> bool:
    """Set the search fields from what :func:`prepare_document` recorded (called as the row
    is about to be written); whether there was anything."""
    mentions = article.__dict__.pop("_search_mentions", None)
    if mentions is None:
        return False
    alias = using or router.db_for_write(Article)
    officials, resolutions, built = mentions
    if built is None or (built.vector is not None) != _is_postgres(alias):
        built = build_document(article, officials=officials, resolutions=resolutions, using=alias)
    article.search_text = built.text
    article.search_vector = built.vector
    return True


def index_article(article: Article, *, using: str | None = None) -> None:
    """Refresh one article's search document after it was saved (three queries)."""
    alias = using or article._state.db or router.db_for_write(Article)
    if article.pk is None:
        return
    officials = Person.objects.using(alias).filter(articles=article).only("full_name", "aliases")
    resolutions = Resolution.objects.using(alias).filter(articles=article).only("number", "kind")
    document = article_document(article, officials=officials, resolutions=resolutions)
    values = {"search_text": document.text}
    if _is_postgres(alias):
        values["search_vector"] = search_vector_of(document)
    Article.objects.using(alias).filter(pk=article.pk).update(**values)
    article.search_text = document.text


def index_articles(
    articles: QuerySet | Iterable[int] | None = None,
    *,
    using: str | None = None,
    batch_size: int = 500,
    progress=None,
) -> int:
    """Recompute the search document of ``articles`` (a queryset or primary keys; all when
    None) in batches. Returns how many were indexed; calls ``progress(done, total)`` after each
    batch. ``updated_at`` is left alone: the text of the articles did not change."""
    alias = using or router.db_for_write(Article)
    if articles is None:
        articles = Article.objects.using(alias).all()
    if isinstance(articles, QuerySet):
        pks = list(articles.using(alias).order_by("pk").values_list("pk", flat=True))
    else:
        pks = sorted(set(articles))
    postgres = _is_postgres(alias)
    done = 0
    for start in range(0, len(pks), batch_size):
        batch = list(
            Article.objects.using(alias)
            .filter(pk__in=pks[start : start + batch_size])
            .only("id", "title", "sapo", "body")
            .prefetch_related(*_mentions_prefetch())
        )
        for article in batch:
            document = article_document(
                article, officials=article.officials.all(), resolutions=article.resolutions.all()
            )
            article.search_text = document.text
            if postgres:
                article.search_vector = search_vector_of(document)
        fields = ["search_text", "search_vector"] if postgres else ["search_text"]
        Article.objects.using(alias).bulk_update(batch, fields, batch_size=100)
        done += len(batch)
        if progress:
            progress(done, len(pks))
    return done


# ---------------------------------------------------------------------------------------------
# Searching
# ---------------------------------------------------------------------------------------------


def search_articles(query: str | None, *, using: str | None = None) -> SearchResults:
    """Published articles matching ``query``, best first, as a lazy sequence of articles that
    ``Paginator`` can page through. Each article of a page carries ``search_rank``,
    ``title_html`` (the title with matches in ``<mark>``) and ``snippet`` (an escaped excerpt
    of the sapo and body around the matches). Any input is accepted: a query without letters
    or digits finds nothing without touching the database."""
    return SearchResults(parse_query(query), using=using)


class SearchResults:
    """The result list of one search.

    Matching, in order, until one finds something: the whole query as a phrase (Vietnamese
    words are several syllables: "thảo luận", "Vũ Công Thảo"), then every word anywhere, then
    (PostgreSQL) officials whose name the query resembles. Ranking: the ``MAX_RESULTS`` most
    recent matches are ranked (``ts_rank``, or where the words are on SQLite), then newest
    first among equals; a word found in more stories than that ranks within the most recent.
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
        1 ms of CPU each) per step, and the ranking query.
        """
        now = timezone.now()
        published = self._published(now)
        where, where_params = published.query.get_compiler(self.alias).compile(
            published.query.where
        )
        table = Article._meta.db_table
        newest = "ORDER BY published_at DESC, id DESC"
        limit = MAX_RESULTS + 1

        def found(match: tuple[str, list], tail: str, tail_params: list, keep: str = ""):
            """One step: the ids of its matches, newest first, in one array; no row unless
            ``keep`` (compared with ``MAX_RESULTS``) holds."""
            sql = (
                f"SELECT ids FROM (SELECT array_agg(id {newest}) AS ids FROM (SELECT id, "
                f"published_at FROM {table} WHERE {where} AND {match[0]}{tail}) AS matches) "
                "AS step"
            )
            params = [*where_params, *match[1], *tail_params]
            return (f"{sql} WHERE {keep}", [*params, MAX_RESULTS]) if keep else (sql, params)

        recent = f" AND published_at >= %s {newest} LIMIT %s"
        enough = "cardinality(ids) > %s"
        steps = [found(condition.windowed, recent, [now - w, limit], enough) for w in windows]
        steps.append(found(condition.plain, f" {newest} LIMIT %s", [limit]))
        sql = (
            "SELECT ranked.id, ranked.rank, cardinality(found.ids) FROM ("
            + " UNION ALL ".join(f"({step})" for step, _ in steps)
            + f" LIMIT 1) AS found CROSS JOIN LATERAL (SELECT id, {rank} AS rank FROM {table} "
            "WHERE id = ANY(found.ids[1:%s])) AS ranked "
            "ORDER BY array_position(found.ids, ranked.id)"
        )
        params = [param for _, step_params in steps for param in step_params]
        with connections[self.alias].cursor() as cursor:
            cursor.execute(sql, [*params, *rank_params, MAX_RESULTS])
            rows = cursor.fetchall()
        self.more = bool(rows) and rows[0][2] > MAX_RESULTS
        # newest first among equal ranks: the rows are in that order and the sort is stable
        return sorted(((pk, rank) for pk, rank, _ in rows), key=lambda row: -row[1])

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
        return self._recent_ranked(
            condition,
            "ts_rank(search_vector, to_tsquery(%s::regconfig, %s))",
            [CONFIG, query.tsquery()],
        )

    def _folded_text(self, query: Query) -> list[tuple[int, float]]:
        """Whole-word matches in ``search_text``; a unit in the title counts 4, in the sapo or
        names 2, in the body 1."""
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
                default=Value(1),
                output_field=IntegerField(),
            )
        return self._ranked_ids(matches, rank)

    def _fuzzy_people(self) -> list[Person]:
        """Officials whose name the query resembles: candidates from the trigram index, then
        only those where every word of the query is close to a word of one of their names."""
        folded = self.query.folded
        candidates = (
            Person.objects.using(self.alias)
            .filter(search_names__trigram_word_similar=folded)
            .annotate(similarity=TrigramWordSimilarity(folded, "search_names"))
            .order_by("-similarity", "sort_key")
            .only("id", "full_name", "slug", "aliases")[: MAX_FUZZY_PEOPLE * 4]
        )
        people = [
            person
            for person in candidates
            if any(resembles_name(self.query, name) for name in person.names())
        ]
        return people[:MAX_FUZZY_PEOPLE]

    def _mentioning(self, people: list[Person]) -> list[tuple[int, float]]:
        if not _is_postgres(self.alias):
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
        postgres = _is_postgres(self.alias)
        find = self._postgres if postgres else self._folded_text
        for query in self.query.variants():
            ranked = find(query)
            if ranked:
                self.matched = query
                return ranked
        if postgres:
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
            with _index_lookups_only(self.alias):
                self._ranked = self._rank()
        return len(self._ranked)

    def __len__(self) -> int:
        return self.count()

    def __bool__(self) -> bool:
        return self.count() > 0

    def __getitem__(self, key: slice) -> list[Article]:
        if not isinstance(key, slice):
            raise TypeError("SearchResults only supports slicing.")
        if not self.count():
            return []
        ranked = self._ranked[key]
        articles = self._articles([pk for pk, _ in ranked])
        hits = []
        units = self.matched.units
        for pk, rank in ranked:
            article = articles[pk]
            article.search_rank = rank
            article.title_html = highlight(article.title, units)
            article.snippet = snippet(article.sapo, article.body, units)
            hits.append(article)
        return hits

    def _articles(self, pks: list[int]) -> dict[int, Article]:
        """The articles of a page with their sections (``RESULT_FIELDS`` only), by id. On
        PostgreSQL the query is written here and the instances made from its rows, as
        ``select_related`` would: the ORM took about 1 ms more of CPU to build and read it."""
        if not _is_postgres(self.alias):
            return (
                Article.objects.using(self.alias)
                .select_related("section")
                .only(*RESULT_FIELDS)
                .in_bulk(pks)
            )
        section_field = Article._meta.get_field("section")
        Section = section_field.related_model
        own = [Article._meta.get_field(name).attname for name in _PAGE_COLUMNS]
        columns = ", ".join(
            [f"a.{name}" for name in own] + [f"s.{name}" for name in _SECTION_COLUMNS]
        )
        with connections[self.alias].cursor() as cursor:
            cursor.execute(
                f"SELECT {columns} FROM {Article._meta.db_table} a "
                f"JOIN {Section._meta.db_table} s ON s.id = a.section_id WHERE a.id = ANY(%s)",
                [pks],
            )
            rows = cursor.fetchall()
        articles = {}
        for row in rows:
            article = Article.from_db(self.alias, own, row[: len(own)])
            section = Section.from_db(self.alias, _SECTION_COLUMNS, row[len(own) :])
            section_field.set_cached_value(article, section)
            articles[article.pk] = article
        return articles


#: ``RESULT_FIELDS`` as columns of the article and of its section (``SearchResults._articles``).
_PAGE_COLUMNS = (*(name for name in RESULT_FIELDS if "__" not in name), "section")
_SECTION_COLUMNS = ("id", *(name.split("__")[1] for name in RESULT_FIELDS if "__" in name))
