"""Reader search over published articles: titles, sapos, bodies, official names, resolution numbers.

``search_articles(query)`` is the one entry point. On PostgreSQL it uses full-text search on
``Article.search_vector`` (configuration ``vietnamese``: ``simple`` plus ``unaccent``, GIN index)
ranked with ``ts_rank``, and falls back to officials whose names are close to the query
(``pg_trgm``) when nothing matches exactly. On SQLite it matches whole words in the folded
``Article.search_text`` and ranks by where they are found (title, then sapo and names, then
body). Both start from ``Article.objects.published()`` and tokenise the same way
(``newsroom.search``). The index is kept current by ``articles.signals``; ``manage.py
rebuild_search_index`` refills it. See docs/search.md.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.search import (
    SearchQuery,
    SearchRank,
    SearchVector,
    SearchVectorField,
    TrigramWordSimilarity,
)
from django.db import connections, router
from django.db.models import (
    Case,
    F,
    Func,
    IntegerField,
    Prefetch,
    QuerySet,
    TextField,
    Value,
    When,
)
from django.db.models.expressions import CombinedExpression
from django.db.models.functions import StrIndex
from django.db.models.lookups import LessThan

from articles.models import Article
from newsroom.search import (
    Query,
    SearchDocument,
    excerpt,
    highlight,
    html_to_text,
    parse_query,
    resembles_name,
)
from people.models import Person, Resolution

#: PostgreSQL text search configuration created by articles/migrations/0005_search.py.
CONFIG = "vietnamese"
#: Weights of the parts of an article, in ``ts_rank``'s letters (A counts most).
WEIGHTS = {"title": "A", "sapo": "B", "names": "B", "body": "C"}
#: Officials with a name this close to the query are offered when nothing matches exactly.
MAX_FUZZY_PEOPLE = 5
#: Matches ranked and listed at most (50 pages): the most recent ones.
MAX_RESULTS = 1000


def _is_postgres(alias: str) -> bool:
    return connections[alias].vendor == "postgresql"


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


def search_vector_of(document: SearchDocument) -> CombinedExpression:
    """The tsvector stored for ``document``: each part with its weight (positions kept for
    phrases and ranking), plus every pair of adjacent tokens as a lexeme of its own, which
    lets the GIN index find phrases precisely (see ``newsroom.search.bigrams``)."""
    vector = None
    for part, weight in WEIGHTS.items():
        part_vector = SearchVector(Value(getattr(document, part)), config=CONFIG, weight=weight)
        vector = part_vector if vector is None else vector + part_vector
    pairs = Func(
        Value(document.bigrams(), output_field=ArrayField(TextField())),
        function="array_to_tsvector",
        output_field=SearchVectorField(),
    )
    return CombinedExpression(vector, "||", pairs, output_field=SearchVectorField())


class TextSearchQuery(SearchQuery):
    """``query`` as a tsquery: its units through the ``vietnamese`` configuration, AND every
    pair of adjacent tokens it needs (lexemes as stored, so cast rather than parsed)."""

    def __init__(self, query: Query):
        self.query = query
        super().__init__(query.tsquery(), config=CONFIG, search_type="raw")

    def as_sql(self, compiler, connection, **extra):
        sql, params = "to_tsquery(%s::regconfig, %s)", [CONFIG, self.query.tsquery()]
        pairs = self.query.bigrams()
        if pairs:
            sql = f"({sql} && %s::tsquery)"
            params.append(" & ".join(f"'{pair}'" for pair in pairs))
        return sql, params


def _mentions_prefetch():
    return (
        Prefetch("officials", queryset=Person.objects.only("id", "full_name", "aliases")),
        Prefetch("resolutions", queryset=Resolution.objects.only("id", "number", "kind")),
    )


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
    One query finds and ranks (two or three when falling back); a page of articles is one more.
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

    def _published(self) -> QuerySet:
        return Article.objects.using(self.alias).published()

    def _ranked_ids(self, matches: QuerySet, rank) -> list[tuple[int, float]]:
        """(id, rank) of the best of the ``MAX_RESULTS`` most recent ``matches``, best first;
        one more is fetched to tell whether there are more."""
        recent = matches.order_by("-published_at", "-id").values("pk")[: MAX_RESULTS + 1]
        rows = list(
            Article.objects.using(self.alias)
            .filter(pk__in=recent)
            .annotate(search_rank=rank)
            .order_by("-search_rank", "-published_at", "-id")
            .values_list("pk", "search_rank")
        )
        self.more = len(rows) > MAX_RESULTS
        return rows[:MAX_RESULTS]

    def _postgres(self, query: Query) -> list[tuple[int, float]]:
        tsquery = TextSearchQuery(query)
        return self._ranked_ids(
            self._published().filter(search_vector=tsquery), SearchRank(F("search_vector"), tsquery)
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
        mentions = Article.officials.through.objects.using(self.alias).filter(
            person_id__in=[person.pk for person in people]
        )
        return self._ranked_ids(
            self._published().filter(pk__in=mentions.values("article_id")), Value(0.0)
        )

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
        articles = (
            Article.objects.using(self.alias)
            .select_related("section")
            .defer("search_text", "search_vector")
            .in_bulk([pk for pk, _ in ranked])
        )
        hits = []
        units = self.matched.units
        for pk, rank in ranked:
            article = articles[pk]
            article.search_rank = rank
            article.title_html = highlight(article.title, units)
            article.snippet = excerpt(f"{article.sapo} {html_to_text(article.body)}", units)
            hits.append(article)
        return hits
