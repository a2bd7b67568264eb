"""The officials and resolutions a reader's search names, shown above the stories on the search
page, and what tells a name from words: the syllables of an official's name found scattered
("quyết định", "thực tiễn", "xây dựng" for "dinh tien dung") are no match for it.

One query each (two for officials: their positions, for the titles shown), whatever the
number found; both compare folded tokens (``newsroom.search_text.tokens``), so diacritics and
tone placement never matter. See docs/search.md.
"""

from __future__ import annotations

import datetime
import functools
import itertools
from collections.abc import Sequence

from django.db import connections, router
from django.db.models import Q

from newsroom.bitmap_scans import bitmap_scan_rows
from newsroom.search_text import tokens

from .mentions.titles import FAMILY_NAMES
from .models import Person, Position, Resolution, titles_held_on

__all__ = [
    "MAX_OFFICIALS",
    "MAX_RESOLUTIONS",
    "looks_like_a_name",
    "officials_named",
    "resolutions_named",
]

#: At most this many officials and resolutions are shown above the stories.
MAX_OFFICIALS = 5
MAX_RESOLUTIONS = 5
#: Rows read to choose them from (the database narrows by a pair of words or a number's start;
#: the exact rule is checked here).
_CANDIDATES = 50


_FAMILY_NAMES = frozenset(word for name in FAMILY_NAMES for word in tokens(name))


def looks_like_a_name(words: Sequence[str]) -> bool:
    """Whether ``words`` (folded tokens) read as a Vietnamese personal name, known or not: two to
    four syllables opening with a family name ("dinh tien dung", "to lam"). Some family names
    are common syllables ("cao", "mai", "ha"), so this errs towards a name: it only decides
    that the syllables scattered through other words are no match."""
    return (
        2 <= len(words) <= 4
        and words[0] in _FAMILY_NAMES
        and all(word.isalpha() and word.isascii() for word in words)
    )


def holds_run(outer: Sequence[str], inner: Sequence[str]) -> bool:
    """Whether ``inner`` (not empty) stands in ``outer`` as consecutive items."""
    inner, size = tuple(inner), len(inner)
    return size > 0 and any(
        tuple(outer[i : i + size]) == inner for i in range(len(outer) - size + 1)
    )


def name_is_searched(name: str, words: Sequence[str]) -> bool:
    """Whether a search for ``words`` (folded tokens, at least two) names ``name``: the query
    holds the whole name ("bi thu dinh tien dung"), or the name holds the whole query
    ("tien dung", "dinh tien dung")."""
    name_words = tokens(name)
    return len(words) > 1 and (holds_run(words, name_words) or holds_run(name_words, words))


def officials_named(words: Sequence[str], *, using: str | None = None) -> list[Person]:
    """Officials a search for ``words`` names (``name_is_searched``, by any of their names), in
    list order, each with ``titles_today`` (what ``current_titles()`` gives, without a query).
    A single word names nobody: a given name alone ("Dũng") is too many people."""
    words = tuple(words)
    if len(words) < 2:
        return []
    pairs = [f"{first} {second}" for first, second in dict.fromkeys(itertools.pairwise(words))]
    candidates = _candidates(_officials_query, pairs, using or router.db_for_read(Person))
    found = [
        person
        for person in candidates
        if any(name_is_searched(name, words) for name in person.names())
    ][:MAX_OFFICIALS]
    _titles_today(found)
    return found


def _titles_today(people: list[Person]) -> None:
    """Set each person's ``titles_today``: ``Person.current_titles()`` from their positions, read
    in one query (none for nobody) compiled once per database alias and number of people. The
    ORM's prefetch built the query again on every search naming someone, which cost more CPU
    than finding them."""
    if not people:
        return
    alias = people[0]._state.db
    sql, placeholders, names, converters, model = _statement(_positions_query, alias, len(people))
    if placeholders != list(range(1, len(people) + 1)):  # the ids are its only parameters
        raise AssertionError(f"unexpected parameters {placeholders!r}")
    with connections[alias].cursor() as cursor:
        cursor.execute(sql, [person.pk for person in people])
        found = _instances(model, alias, names, converters, cursor.fetchall())
    positions: dict[int, list[Position]] = {person.pk: [] for person in people}
    for position in found:
        positions[position.person_id].append(position)
    today = datetime.date.today()
    for person in people:
        person.titles_today = titles_held_on(positions[person.pk], today)


def _positions_query(alias: str, size: int):
    """The positions of ``size`` people (ids 1 to ``size`` stand for theirs), as
    ``person.positions`` orders them."""
    return Position.objects.using(alias).filter(person_id__in=range(1, size + 1))


def _officials_query(alias: str, size: int):
    pairs = Q()
    for n in range(size):
        pairs |= Q(search_names__contains=_mark(n))
    return (
        Person.objects.using(alias)
        .filter(pairs)
        .only("id", "full_name", "slug", "aliases", "sort_key")
        .order_by("sort_key", "id")[:_CANDIDATES]
    )


def _resolutions_query(alias: str, size: int):
    starts = Q()
    for n in range(size):
        starts |= Q(number_folded__startswith=_mark(n))
    return (
        Resolution.objects.using(alias)
        .public()
        .filter(starts)
        .only("id", "kind", "number", "title", "slug", "adopted_on")[:_CANDIDATES]
    )


def _mark(n: int) -> str:
    return f"\x00word{n}\x00"


@functools.cache
def _statement(make, alias: str, size: int) -> tuple[str, list, list[str], list, type]:
    """``make(alias, size)``'s query (``size`` words ORed, or ``size`` ids), compiled once per
    database alias and size, as ``newsroom.statements`` does: building it cost more CPU than the
    database's answer. SQL, parameters (with ``_mark(n)`` where the words go), columns,
    converters, model."""
    query = make(alias, size).query
    compiler = query.get_compiler(alias)
    sql, params = compiler.as_sql()
    columns = [column for column, _sql, _alias in compiler.select]
    converters = list(compiler.get_converters(columns).items())
    names = [column.target.attname for column in columns]
    return sql, list(params), names, converters, query.model


def _candidates(make, words: list[str], alias: str) -> list:
    """The instances ``make``'s query gives for ``words`` (folded: letters, digits, spaces),
    each put in its ``LIKE`` pattern as the ORM would (``prep_for_like_query``)."""
    sql, marked, names, converters, model = _statement(make, alias, len(words))
    connection = connections[alias]
    params = []
    for value in marked:
        for n, word in enumerate(words):
            if isinstance(value, str):
                value = value.replace(_mark(n), connection.ops.prep_for_like_query(word))
        params.append(value)
    return _instances(model, alias, names, converters, bitmap_scan_rows(alias, sql, params))


def _instances(model, alias: str, names: list[str], converters: list, rows) -> list:
    """Instances of ``model`` from the ``rows`` of a statement compiled by ``_statement``."""
    connection = connections[alias]
    found = []
    for row in rows:
        row = list(row)
        for position, (functions, expression) in converters:
            for function in functions:
                row[position] = function(row[position], expression, connection)
        found.append(model.from_db(alias, names, row))
    return found


def resolution_is_searched(resolution: Resolution, words: Sequence[str]) -> bool:
    """Whether a search for ``words`` names ``resolution`` by its number: the whole number
    ("15-NQ/TU", "nghị quyết 15-NQ/TU"), or its first figures alone or after its kind
    ("27", "nghị quyết 27", "nghi quyet so 27")."""
    number = tokens(resolution.number)
    if not number:
        return False
    if holds_run(words, number):
        return True
    kind = tokens(resolution.get_kind_display())
    rest = [word for word in words if word != number[0]]
    return number[0] in words and all(word in kind or word == "so" for word in rest)


def resolutions_named(words: Sequence[str], *, using: str | None = None) -> list[Resolution]:
    """Public resolutions a search for ``words`` names by number (``resolution_is_searched``),
    most recently adopted first. Only a query with a figure can name one."""
    words = tuple(words)
    figures = list(dict.fromkeys(w for w in words if w[:1].isdigit()))
    if not figures:
        return []
    alias = using or router.db_for_read(Resolution)
    candidates = _candidates(_resolutions_query, figures, alias)
    return [r for r in candidates if resolution_is_searched(r, words)][:MAX_RESOLUTIONS]
