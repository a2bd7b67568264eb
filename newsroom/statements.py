"""Querysets compiled to SQL once per process and run with each request's values.

Compiling a queryset (``as_sql``: joins, lookups, quoting) cost the public lists about as much
CPU as running it (0.3-0.5 ms a query on PostgreSQL). A :class:`Statement` asks the ORM for the
SQL once, with stand-in values (:data:`ID_MARK`, :data:`NOW_MARK`) where a request's own go, and
then substitutes the real ones in the parameters: the same SQL and the same results as the
queryset, through Django's cursor (errors, query logging and counting unchanged), with the
ORM's converters applied to the rows (SQLite's dates, JSON).
"""

from __future__ import annotations

import datetime
import threading

from django.db import connections

#: Stand-ins for a request's values: an id, a slug and a moment no row has.
ID_MARK = -7_301_952_846
#: Stand-ins for a statement taking several ids: the k-th is ``ID_MARKS[k]`` (the first is
#: ``ID_MARK``).
ID_MARKS = tuple(ID_MARK - k for k in range(16))
SLUG_MARK = "\x00slug"
NOW_MARK = datetime.datetime(1901, 2, 3, 4, 5, 6, 789012, tzinfo=datetime.UTC)


class Statement:
    """``make()`` (a queryset using :data:`ID_MARK` and :data:`NOW_MARK`), compiled once per
    database alias. ``rows(id, now, limit, offset)``: its rows (``values_list``'s tuples) with
    the given id and moment, sliced (all of them without ``limit``); ``count(id, now)``: how
    many. A statement of several ids (:data:`ID_MARKS`) is given them as a tuple."""

    def __init__(self, make):
        self.make = make
        self._compiled: dict[str, tuple] = {}
        self._lock = threading.Lock()

    def _compile(self, connection):
        found = self._compiled.get(connection.alias)
        if found is None:
            with self._lock:
                compiler = self.make().query.get_compiler(connection=connection)
                sql, params = compiler.as_sql()
                columns = [column for column, _sql, _alias in compiler.select]
                converters = list(compiler.get_converters(columns).items())
                counted = self.make().order_by().values_list("pk").query
                count_sql, count_params = counted.get_compiler(connection=connection).as_sql()
                found = self._compiled[connection.alias] = (
                    sql,
                    params,
                    converters,
                    f"SELECT COUNT(*) FROM ({count_sql}) counted",
                    count_params,
                )
        return found

    @staticmethod
    def _params(connection, marked, pk, now):
        ids = dict(zip(ID_MARKS, pk if isinstance(pk, tuple) else (pk,), strict=False))
        now_mark = connection.ops.adapt_datetimefield_value(NOW_MARK)
        now = connection.ops.adapt_datetimefield_value(now)
        return [
            ids.get(value, value) if type(value) is int else now if value == now_mark else value
            for value in marked
        ]

    def rows(
        self, pk, now, *, limit: int | None = None, offset: int = 0, using="default"
    ) -> list[tuple]:
        connection = connections[using]
        sql, marked, converters, _count_sql, _count_params = self._compile(connection)
        params = self._params(connection, marked, pk, now)
        if limit is not None:
            sql = f"{sql} LIMIT %s OFFSET %s"
            params += [limit, offset]
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            found = cursor.fetchall()
        if not converters:
            return [tuple(row) for row in found]
        converted = []
        for row in found:
            row = list(row)
            for position, (functions, expression) in converters:
                value = row[position]
                for function in functions:
                    value = function(value, expression, connection)
                row[position] = value
            converted.append(tuple(row))
        return converted

    def count(self, pk, now, *, using="default") -> int:
        connection = connections[using]
        _sql, _marked, _converters, sql, marked = self._compile(connection)
        with connection.cursor() as cursor:
            cursor.execute(sql, self._params(connection, marked, pk, now))
            return cursor.fetchone()[0]


class ModelBySlug:
    """``model.objects.get(slug=...)`` compiled once per database alias: ``get(slug)`` is the
    model instance at that (unique) slug, built as the ORM builds it (``from_db``), or None."""

    def __init__(self, model):
        self.model = model
        self._compiled: dict[str, tuple] = {}

    def _compile(self, connection):
        found = self._compiled.get(connection.alias)
        if found is None:
            query = self.model._default_manager.filter(slug=SLUG_MARK).order_by()[:2].query
            compiler = query.get_compiler(connection=connection)
            sql, params = compiler.as_sql()
            columns = [column for column, _sql, _alias in compiler.select]
            converters = list(compiler.get_converters(columns).items())
            names = [column.target.attname for column in columns]
            found = self._compiled[connection.alias] = (sql, params, converters, names)
        return found

    def get(self, slug: str, *, using="default"):
        connection = connections[using]
        sql, marked, converters, names = self._compile(connection)
        with connection.cursor() as cursor:
            cursor.execute(sql, [slug if value == SLUG_MARK else value for value in marked])
            found = cursor.fetchall()
        if len(found) != 1:
            return None
        row = list(found[0])
        for position, (functions, expression) in converters:
            for function in functions:
                row[position] = function(row[position], expression, connection)
        return self.model.from_db(using, names, row)
