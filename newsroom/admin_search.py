"""Accent-insensitive admin search and autocomplete, one mechanism for every ModelAdmin.

"thoi su" finds the section "Thời sự", "dai bieu" a photo captioned "đại biểu", "nghi quyet 27"
the resolution "Nghị quyết 27-NQ/TW", "dinh tien dung" the official "Đinh Tiến Dũng". Every
word of the search must appear, folded (``newsroom.text.fold``), in one of the admin's
``search_fields``; the words may fall in different fields, as in Django's own search.

Columns are folded inside the query by ``Fold``, so any field, across relations too, is
searched without a stored copy. A large table that already stores a folded copy of its text
(``Article.search_text``, ``Person.search_names``) names it in ``folded_search_fields`` and is
searched there instead, plus Django's usual search of ``search_fields``.
"""

from functools import reduce
from operator import and_, or_

from django.contrib.admin.utils import lookup_spawns_duplicates
from django.db.models import F, Func, Q, TextField
from django.db.models.lookups import Contains

from newsroom.text import fold

#: The SQL name of ``fold`` on SQLite, registered on every connection by ``newsroom.apps``.
SQLITE_FOLD_FUNCTION = "newsroom_fold"


def sql_fold(value):
    """``fold`` as an SQLite function: NULL stays NULL, numbers are folded as their text."""
    return None if value is None else fold(str(value))


class Fold(Func):
    """``fold()`` of a column, computed by the database.

    SQLite calls ``newsroom.text.fold`` itself. PostgreSQL has no Python: there it is
    ``lower(unaccent(…))`` (the ``unaccent`` extension, created by articles' migration 0005),
    which folds Vietnamese text as ``fold`` does; tests/newsroom/test_admin_search.py holds the
    two equal on every Vietnamese letter and on real copy.
    """

    function = SQLITE_FOLD_FUNCTION
    output_field = TextField()
    arity = 1

    def as_postgresql(self, compiler, connection, **extra_context):
        return self.as_sql(
            compiler, connection, template="lower(unaccent((%(expressions)s)::text))"
        )


def _field_path(search_field: str) -> str:
    # Django's prefixes ("^name", "=slug", "@body") do not apply to folded text: all contain.
    return search_field.lstrip("^=@")


class FoldedSearchMixin:
    """Put before ``admin.ModelAdmin``: the changelist search box and the autocomplete both
    call ``get_search_results``."""

    #: Columns that already hold folded text, searched instead of folding ``search_fields``.
    folded_search_fields: tuple[str, ...] | list[str] = ()

    def get_search_results(self, request, queryset, search_term):
        words = fold(search_term).split()
        if not words:
            return queryset, False
        fields = [_field_path(name) for name in self.get_search_fields(request)]
        if self.folded_search_fields:
            stored = [F(name) for name in self.folded_search_fields]
            results, may_have_duplicates = super().get_search_results(
                request, queryset, search_term
            )
            return results | queryset.filter(_every_word_in(words, stored)), may_have_duplicates
        folded = [Fold(name) for name in fields]
        may_have_duplicates = any(lookup_spawns_duplicates(self.opts, name) for name in fields)
        return queryset.filter(_every_word_in(words, folded)), may_have_duplicates


def _every_word_in(words: list[str], columns: list) -> Q:
    """Each word contained in at least one of the (folded) ``columns``."""
    return reduce(
        and_,
        (reduce(or_, (Q(Contains(column, word)) for column in columns)) for word in words),
    )
