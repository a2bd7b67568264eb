"""The rows of one wire item, written in one round trip on PostgreSQL.

An imported draft is about ten rows in eight tables (the article, its editorial step, the inbox
row, photo slots, officials, resolutions, the revision and its version). Sent one statement at
a time, the importer waited for each; on PostgreSQL :func:`write` sends them as one statement
of data-modifying ``WITH`` queries, each row referring to the ids the others return. Elsewhere
(SQLite, in process, no round trip) they are inserted one after another. Either way the rows
are exactly what the ORM would insert (:func:`insert_of`), inside the caller's transaction,
without signals (as ``bulk_create``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from django.db import DEFAULT_DB_ALIAS, connections
from django.db.models import Model


@dataclass(frozen=True)
class Ref:
    """The id returned by the :class:`Insert` named ``name`` of the same :func:`write`."""

    name: str


@dataclass(frozen=True)
class Insert:
    """Rows of ``model``: one value per field named (database values, or a :class:`Ref`);
    ``returns`` names the id of its one row for the inserts after it."""

    model: type[Model]
    fields: Sequence[str]
    rows: Sequence[tuple]
    returns: str | None = None


def insert_of(instance: Model, *, returns: str | None = None, **refs: Ref) -> Insert:
    """The row ``instance.save()`` would insert: every concrete field but an unset primary
    key, each after its ``pre_save`` (``auto_now``…) and conversion, as Django's insert
    compiler computes them; ``refs`` gives fields whose value is another insert's id."""
    connection = _connection()
    fields, values = [], []
    for field in instance._meta.concrete_fields:
        if field.primary_key and instance.pk is None:
            continue
        fields.append(field.name)
        if field.name in refs:
            values.append(refs[field.name])
        else:
            values.append(field.get_db_prep_save(field.pre_save(instance, True), connection))
    return Insert(type(instance), tuple(fields), [tuple(values)], returns)


def _connection():
    """The connection itself: ``django.db.connection`` looks it up on each attribute read."""
    return connections[DEFAULT_DB_ALIAS]


def write(inserts: Sequence[Insert]) -> dict[str, int]:
    """Insert every row of ``inserts``; the ids named by their ``returns``."""
    inserts = [insert for insert in inserts if insert.rows]
    if not inserts:
        return {}
    connection = _connection()
    if connection.vendor == "postgresql":
        return _write_at_once(inserts, connection)
    ids: dict[str, int] = {}
    with connection.cursor() as cursor:
        for insert in inserts:
            sql, params = _insert_sql(
                insert, lambda ref: ("%s", [ids[ref.name]]), _as_parameters, connection
            )
            cursor.execute(sql, params)
            if insert.returns:
                ids[insert.returns] = cursor.lastrowid
    return ids


def _write_at_once(inserts: list[Insert], connection) -> dict[str, int]:
    """One statement: ``WITH w0 AS (INSERT … RETURNING id), w1 AS (INSERT … (SELECT id FROM
    w0) …) SELECT …``. Every data-modifying ``WITH`` query runs, referred to or not; the
    foreign keys are checked at commit (Django declares them deferrable, initially deferred).

    The values are written into the statement as literals by psycopg's own adapters (what
    Django's client-side binding sends): given as parameters, the statement (longer than
    psycopg caches) was scanned for placeholders each time, about 0.3 ms."""
    literal = _Literals(connection)
    names = {insert.returns: f"w{n}" for n, insert in enumerate(inserts) if insert.returns}
    parts = []
    for n, insert in enumerate(inserts):
        sql, _ = _insert_sql(
            insert, lambda ref: (f"(SELECT id FROM {names[ref.name]})", []), literal, connection
        )
        if insert.returns:
            sql += f" RETURNING {connection.ops.quote_name(insert.model._meta.pk.column)} AS id"
        parts.append(f"w{n} AS ({sql})")
    returned = list(names)
    select = ", ".join(f"(SELECT id FROM {names[name]})" for name in returned) or "1"
    with connection.cursor() as cursor:
        cursor.execute(f"WITH {', '.join(parts)} SELECT {select}")
        row = cursor.fetchone()
    return dict(zip(returned, row, strict=False))


class _Literals:
    """Values as SQL literals, adapted as psycopg adapts parameters on this connection."""

    def __init__(self, connection):
        from psycopg.adapt import Transformer

        self.transformer = Transformer(connection.connection)

    def __call__(self, sql: str, params: list) -> tuple[str, list]:
        """``sql`` with its ``%s`` placeholders replaced (and ``%%`` read as ``%``)."""
        return sql % tuple(self.quote(value) for value in params), []

    def quote(self, value) -> str:
        if value is None:
            return "NULL"
        if type(value) is int and -(2**63) < value < 2**63:  # as psycopg writes a bigint
            return f" {value}" if value < 0 else str(value)
        return self.transformer.as_literal(value).decode()


def _as_parameters(sql: str, params: list) -> tuple[str, list]:
    return sql, params


def _insert_sql(insert: Insert, ref_sql, literal, connection) -> tuple[str, list]:
    rows, params = [], []
    for row in insert.rows:
        placeholders = []
        for value in row:
            if isinstance(value, Ref):
                sql, more = ref_sql(value)
            elif hasattr(value, "as_sql"):  # an expression: the article's search vector
                sql, more = literal(*value.as_sql(None, connection))
            else:
                sql, more = literal("%s", [value])
            placeholders.append(sql)
            params += more
        rows.append("(" + ", ".join(placeholders) + ")")
    return f"{_insert_into(insert.model, tuple(insert.fields))} VALUES {', '.join(rows)}", params


@lru_cache(maxsize=64)
def _insert_into(model: type[Model], fields: tuple[str, ...]) -> str:
    quote = _connection().ops.quote_name
    columns = ", ".join(quote(model._meta.get_field(name).column) for name in fields)
    return f"INSERT INTO {quote(model._meta.db_table)} ({columns})"
