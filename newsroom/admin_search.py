"""Accent-insensitive admin search: "dinh tien dung" finds "Đinh Tiến Dũng"."""

from django.db.models import Q

from newsroom.text import fold


class FoldedSearchMixin:
    """Adds matches on a stored accent-folded column to the admin's usual search.

    ``folded_search_field`` names a column holding ``fold()`` of the searchable text.
    """

    folded_search_field: str = ""

    def get_search_results(self, request, queryset, search_term):
        results, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        folded = fold(search_term)
        if self.folded_search_field and folded:
            terms = folded.split()
            condition = Q()
            for term in terms:
                condition &= Q(**{f"{self.folded_search_field}__contains": term})
            results = results | queryset.filter(condition)
        return results, may_have_duplicates
