"""The search document of an article, and keeping it current.

An article's searchable text is its title, sapo and body, plus the names of the officials and
the numbers of the resolutions it mentions, tokenised by ``newsroom.search_text`` and stored
with the row: ``Article.search_text`` (every database; the SQLite search reads it) and, on
PostgreSQL, ``Article.search_vector`` (configuration ``vietnamese``: ``simple`` plus
``unaccent``, GIN index) and its head ``Article.rank_vector`` (title, sapo and names: what
ranking reads). ``articles.stale`` keeps it current; the wire import builds it
ahead (``build_document``, ``set_document``); ``manage.py rebuild_search_index`` refills
it (``index_articles``). Searching is ``articles.site.search_results``. See docs/search.md.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from django.contrib.postgres.search import SearchVectorField
from django.db import connections, router
from django.db.models import Expression, Prefetch, QuerySet

from articles.models import Article
from newsroom.search_text import SearchDocument
from people.models import Person, Resolution

__all__ = [
    "CONFIG",
    "RANKED_PARTS",
    "WEIGHTS",
    "DocumentVector",
    "KnownMentions",
    "PreparedDocument",
    "article_document",
    "build_document",
    "index_article",
    "index_articles",
    "is_postgres",
    "rank_vector_of",
    "search_vector_of",
    "set_document",
]

#: PostgreSQL text search configuration created by articles/migrations/0005_search.py.
CONFIG = "vietnamese"
#: Weights of the parts of an article, in ``ts_rank``'s letters (A counts most).
WEIGHTS = {"title": "A", "sapo": "B", "names": "B", "body": "C"}
#: The parts ``Article.rank_vector`` holds: the head of the document, weighted A and B.
RANKED_PARTS = ("title", "sapo", "names")


def is_postgres(alias: str) -> bool:
    return connections[alias].vendor == "postgresql"


def article_document(
    article: Article, *, officials: Iterable[Person], resolutions: Iterable[Resolution]
) -> SearchDocument:
    """The search document of ``article`` with the names of its officials and resolutions."""
    names = [name for person in officials for name in person.names()]
    # "Nghị quyết 15-NQ/TU": readers search a number with or without the kind of document;
    # a draft's number stays internal (reader search would reveal it).
    names += [
        f"{resolution.get_kind_display()} {resolution.number}"
        for resolution in resolutions
        if resolution.number and resolution.is_public()
    ]
    return SearchDocument.build(
        title=article.title, sapo=article.sapo, body_html=article.body, names=names
    )


def search_vector_of(document: SearchDocument) -> DocumentVector:
    """The tsvector stored for ``document``: each part with its weight (positions kept for
    phrases and ranking), plus every pair of adjacent tokens as a lexeme of its own, which
    lets the GIN index find phrases precisely (see ``newsroom.search_text.bigrams``)."""
    return DocumentVector(
        tuple((getattr(document, part), weight) for part, weight in WEIGHTS.items()),
        tuple(document.bigrams()),
    )


def rank_vector_of(document: SearchDocument) -> DocumentVector:
    """The tsvector reader search ranks with: the parts of ``search_vector_of``'s that
    ``RANKED_PARTS`` names, with their weights and positions, and no pairs. It equals
    ``ts_filter(search_vector, '{a,b}')``: ``||`` shifts the positions of its right side past
    the left's, and the body and pairs come after these parts. A tenth of the whole vector or
    less, it stays in the row, where the whole one is kept out of line (TOAST) and read back
    for every story ranked (figures in bench/README.md)."""
    return DocumentVector(tuple((getattr(document, part), WEIGHTS[part]) for part in RANKED_PARTS))


class DocumentVector(Expression):
    """The tsvector Django's ``SearchVector(Value(part), config=CONFIG, weight=w)`` of each
    part, combined with ``||``, then ``|| array_to_tsvector(pairs)`` computes (the test
    compares both), as one fixed template: compiling that tree of expressions cost about 1 ms
    for every article saved on PostgreSQL, more than the server's work on it. The pairs go
    as one string split on the server (``string_to_array``; a token holds no space): sent as
    an array parameter, quoting each of a few hundred pairs cost the writer 0.5 ms."""

    output_field = SearchVectorField()

    def __init__(self, parts: tuple[tuple[str, str], ...], pairs: tuple[str, ...] = ()):
        super().__init__()
        self.parts, self.pairs = parts, pairs

    def as_sql(self, compiler, connection, **extra):
        sql, params = None, []
        for text, weight in self.parts:
            part = "setweight(to_tsvector(%s::regconfig, COALESCE(%s, %s)), %s)"
            sql = part if sql is None else f"({sql} || {part})"
            params += [CONFIG, text, "", weight]
        if not self.pairs:
            return sql, params
        pairs = " ".join(self.pairs)
        return f"({sql} || array_to_tsvector(string_to_array(%s, ' ')))", [*params, pairs]


def _mentions_prefetch():
    return (
        Prefetch("officials", queryset=Person.objects.only("id", "full_name", "aliases")),
        Prefetch("resolutions", queryset=Resolution.objects.only("id", "number", "kind", "status")),
    )


@dataclass(frozen=True)
class PreparedDocument:
    """An article's search text and (PostgreSQL) stored vectors, built before its save, maybe
    in another process: the wire import builds them in its worker processes."""

    text: str
    vector: DocumentVector | None
    rank_vector: DocumentVector | None


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
    if not is_postgres(using or router.db_for_write(Article)):
        return PreparedDocument(document.text, None, None)
    return PreparedDocument(document.text, search_vector_of(document), rank_vector_of(document))


@dataclass(frozen=True)
class KnownMentions:
    """The officials and resolutions a story will be linked to once saved, known to its
    writer before the row is written (the wire import reads every official and resolution once
    per batch), in their models' order (as :func:`index_article` reads them); ``built``: the
    document :func:`build_document` already gave for the story's stored text and these."""

    officials: list
    resolutions: list
    built: PreparedDocument | None = None


def set_document(article: Article, mentions: KnownMentions, *, using: str | None = None) -> None:
    """Set the search fields of a story about to be written, from mentions its writer knows:
    neither are the mentions read back nor is the row updated again after the save
    (``Article.save(mentions=…)``, ``Article.objects.create_drafts``)."""
    alias = using or router.db_for_write(Article)
    built = mentions.built
    if built is None or (built.vector is not None) != is_postgres(alias):
        built = build_document(
            article, officials=mentions.officials, resolutions=mentions.resolutions, using=alias
        )
    article.search_text = built.text
    article.search_vector = built.vector
    article.rank_vector = built.rank_vector


def index_article(article: Article, *, using: str | None = None) -> None:
    """Refresh one article's search document after it was saved (three queries; the vectors
    are written by one ``UPDATE``)."""
    alias = using or article._state.db or router.db_for_write(Article)
    if article.pk is None:
        return
    officials = Person.objects.using(alias).filter(articles=article).only("full_name", "aliases")
    resolutions = (
        Resolution.objects.using(alias).filter(articles=article).only("number", "kind", "status")
    )
    document = article_document(article, officials=officials, resolutions=resolutions)
    values = {"search_text": document.text}
    if is_postgres(alias):
        values["search_vector"] = search_vector_of(document)
        values["rank_vector"] = rank_vector_of(document)
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
    postgres = is_postgres(alias)
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
                article.rank_vector = rank_vector_of(document)
        fields = ["search_text", "search_vector", "rank_vector"] if postgres else ["search_text"]
        Article.objects.using(alias).bulk_update(batch, fields, batch_size=100)
        done += len(batch)
        if progress:
            progress(done, len(pks))
    return done
