"""Querysets compiled to SQL once per process and run with each request's values.

Compiling a queryset (``as_sql``: joins, lookups, quoting) cost the public lists about as much
CPU as running it (0.3-0.5 ms a query on PostgreSQL). A :class:`Statement` asks the ORM for the
SQL once, with stand-in values (:data:`ID_MARK`, :data:`NOW_MARK`) where a request's own go, and
then substitutes the real ones in the parameters: the same SQL and the same results as the
queryset, through Django's cursor (errors, query logging and counting unchanged), with the
ORM's converters applied to the rows (SQLite's dates, JSON). :class:`Instances` does the same
for a queryset of model instances (with ``select_related``), built as the ORM builds them.
"""

from __future__ import annotations

import datetime
import threading

import psycopg
from django.db import connections
from django.db.backends.utils import CursorDebugWrapper
from django.db.models.query import get_related_populators

#: Stand-ins for a request's values: an id, a slug and a moment no row has.
ID_MARK = -7_301_952_846
#: Stand-ins for a statement taking several ids: the k-th is ``ID_MARKS[k]`` (the first is
#: ``ID_MARK``).
ID_MARKS = tuple(ID_MARK - k for k in range(64))
SLUG_MARK = "\x00slug"
NOW_MARK = datetime.datetime(1901, 2, 3, 4, 5, 6, 789012, tzinfo=datetime.UTC)


def _substitute(connection, marked, *, ids=(), slug=None, now=None) -> list:
    """``marked`` (a compiled statement's parameters) with the request's values for the marks."""
    id_of = dict(zip(ID_MARKS, ids, strict=False))
    now_mark = connection.ops.adapt_datetimefield_value(NOW_MARK)
    now = connection.ops.adapt_datetimefield_value(now) if now is not None else None
    return [
        id_of.get(value, value)
        if type(value) is int
        else slug
        if value == SLUG_MARK
        else now
        if value == now_mark
        else value
        for value in marked
    ]


def _converted(connection, rows, converters) -> list[list]:
    """``rows`` with the ORM's converters applied (as ``SQLCompiler.apply_converters``)."""
    converted = []
    for row in rows:
        row = list(row)
        for position, (functions, expression) in converters:
            value = row[position]
            for function in functions:
                value = function(value, expression, connection)
            row[position] = value
        converted.append(row)
    return converted


def _ids(pk) -> tuple:
    return pk if isinstance(pk, tuple) else (pk,)


_NEVER_AUTOMATICALLY = 2**31  # other statements stay unprepared, as Django leaves them


class _PreparedCursor(psycopg.Cursor):
    """psycopg's server-binding cursor, preparing what it executes (Django's own cursor binds
    on the client, which never prepares)."""

    def execute(self, query, params=None, *, prepare=True, binary=None):
        return super().execute(query, params, prepare=prepare, binary=binary)


class _PreparedDebugCursor(CursorDebugWrapper):
    """Django's logging wrapper asks psycopg for the text it sent, which it does not keep for
    a prepared statement: the query log gets the statement with its parameters instead."""

    def debug_sql(self, sql=None, params=None, use_last_executed_query=False, many=False):
        return super().debug_sql(self.db.ops.compose_sql(sql, params), params, many=many)


def prepared_cursor(connection):
    """On PostgreSQL a cursor that prepares what it runs on the server, for the statements a
    page runs on every request: planning one cost PostgreSQL more than running it (prepared,
    the kept story page went from 359 to 377 requests a second, bench/README.md, "Kept story
    pages"). Django turns psycopg's automatic preparation off (``prepare_threshold`` None,
    which refuses even an explicit ``prepare=True``): the threshold is set out of reach
    instead, so only what runs through this cursor is prepared. Wrapped by Django as any
    cursor (errors, query logging and counting). Elsewhere Django's own cursor."""
    if connection.vendor != "postgresql":
        return connection.cursor()
    connection.ensure_connection()
    connection.validate_thread_sharing()
    raw = connection.connection
    if raw.prepare_threshold is None:
        raw.prepare_threshold = _NEVER_AUTOMATICALLY
    cursor = _PreparedCursor(raw)
    if connection.queries_logged:
        return _PreparedDebugCursor(cursor, connection)
    return connection.make_cursor(cursor)


class _CompiledOnce:
    """What :class:`Statement` and :class:`Instances` share: ``make`` and the SQL (and what
    reads its rows) compiled once per database alias, under a lock."""

    def __init__(self, make):
        self.make = make
        self._compiled: dict[str, tuple] = {}
        self._lock = threading.Lock()

    def _once(self, key: str, build) -> tuple:
        found = self._compiled.get(key)
        if found is None:
            with self._lock:
                found = self._compiled.get(key)
                if found is None:
                    found = self._compiled[key] = build()
        return found


def _sliced(sql: str, params: list, limit: int | None, offset: int) -> tuple[str, list]:
    if limit is None:
        return sql, params
    return f"{sql} LIMIT %s OFFSET %s", [*params, limit, offset]


class Statement(_CompiledOnce):
    """``make()`` (a queryset using :data:`ID_MARK` and :data:`NOW_MARK`), compiled once per
    database alias. ``rows(id, now, limit, offset)``: its rows (``values_list``'s tuples) with
    the given id and moment, sliced (all of them without ``limit``); ``count(id, now)``: how
    many. A statement of several ids (:data:`ID_MARKS`) is given them as a tuple.
    ``prepared``: also prepared on the server (:func:`prepared_cursor`), for a statement every
    request of a page runs."""

    def __init__(self, make, *, prepared: bool = False):
        super().__init__(make)
        self.prepared = prepared

    def _compile(self, connection):
        def build():
            compiler = self.make().query.get_compiler(connection=connection)
            sql, params = compiler.as_sql()
            columns = [column for column, _sql, _alias in compiler.select]
            return sql, params, list(compiler.get_converters(columns).items())

        return self._once(connection.alias, build)

    def _compile_count(self, connection):
        def build():
            counted = self.make().order_by().values_list("pk").query
            sql, params = counted.get_compiler(connection=connection).as_sql()
            return f"SELECT COUNT(*) FROM ({sql}) counted", params

        return self._once(f"{connection.alias}:count", build)

    def rows(
        self, pk, now, *, limit: int | None = None, offset: int = 0, using="default"
    ) -> list[tuple]:
        connection = connections[using]
        sql, marked, converters = self._compile(connection)
        params = _substitute(connection, marked, ids=_ids(pk), now=now)
        sql, params = _sliced(sql, params, limit, offset)
        with prepared_cursor(connection) if self.prepared else connection.cursor() as cursor:
            cursor.execute(sql, params)
            found = cursor.fetchall()
        if not converters:
            return [tuple(row) for row in found]
        return [tuple(row) for row in _converted(connection, found, converters)]

    def count(self, pk, now, *, using="default") -> int:
        connection = connections[using]
        sql, marked = self._compile_count(connection)
        with connection.cursor() as cursor:
            cursor.execute(sql, _substitute(connection, marked, ids=_ids(pk), now=now))
            return cursor.fetchone()[0]


class Instances(_CompiledOnce):
    """``make()`` (a queryset of model instances using the marks, ``select_related`` allowed,
    no annotations), compiled once per database alias. ``all(ids=..., slug=..., now=...)``:
    its instances with the request's values (``limit`` and ``offset``: a slice of them), built
    as ``ModelIterable`` builds them (``from_db``, and the related rows of ``select_related``
    cached on them)."""

    def _compile(self, connection):
        def build():
            compiler = self.make().query.get_compiler(connection=connection)
            sql, params = compiler.as_sql()
            select, klass_info = compiler.select, compiler.klass_info
            if compiler.annotation_col_map:
                raise ValueError("Instances: a queryset without annotations")
            columns = [column for column, _sql, _alias in select]
            converters = list(compiler.get_converters(columns).items())
            fields = klass_info["select_fields"]
            start, end = fields[0], fields[-1] + 1
            names = [column[0].target.attname for column in select[start:end]]
            populators = get_related_populators(klass_info, select, connection.alias)
            model = klass_info["model"]
            return sql, params, converters, model, start, end, names, populators

        return self._once(connection.alias, build)

    def all(self, *, ids=(), slug=None, now=None, limit=None, offset=0, using="default") -> list:
        connection = connections[using]
        sql, marked, converters, model, start, end, names, populators = self._compile(connection)
        params = _substitute(connection, marked, ids=ids, slug=slug, now=now)
        sql, params = _sliced(sql, params, limit, offset)
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            found = _converted(connection, cursor.fetchall(), converters)
        instances = []
        for row in found:
            instance = model.from_db(using, names, row[start:end])
            for populator in populators:
                populator.populate(row, instance)
            instances.append(instance)
        return instances


class ModelBySlug:
    """``model.objects.get(slug=...)`` compiled once per database alias: ``get(slug)`` is the
    model instance at that (unique) slug, built as the ORM builds it (``from_db``), or None.
    ``among``: a function giving the queryset to look in (``select_related`` allowed), if not
    all of the model's rows."""

    def __init__(self, model, *, among=None):
        def make():
            rows = among() if among is not None else model._default_manager.all()
            return rows.filter(slug=SLUG_MARK).order_by()[:2]

        self.model = model
        self._instances = Instances(make)

    def get(self, slug: str, *, using="default"):
        found = self._instances.all(slug=slug, using=using)
        return found[0] if len(found) == 1 else None
