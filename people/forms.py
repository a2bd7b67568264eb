"""The filter on the list of resolutions (/van-ban/?co-quan=...&nam=...)."""

from urllib.parse import urlencode

from django import forms

from people.models import Organization


class ResolutionFilterForm(forms.Form):
    """Issuing body (by slug) and year of adoption, both optional.

    A value that is not on offer gets a Vietnamese error and is ignored; the other filter still
    applies, so a mistyped link still shows a useful list.
    """

    co_quan = forms.ChoiceField(
        label="Cơ quan ban hành",
        required=False,
        error_messages={"invalid_choice": "Không có cơ quan “%(value)s” trong danh sách."},
    )
    nam = forms.TypedChoiceField(
        label="Năm thông qua",
        required=False,
        coerce=int,
        empty_value=None,
        error_messages={"invalid_choice": "Không có văn bản nào thông qua năm “%(value)s”."},
    )

    def __init__(self, data=None, *, resolutions):
        super().__init__(data)
        issuers = Organization.objects.filter(
            pk__in=resolutions.filter(issuer__isnull=False).values("issuer_id")
        ).order_by("name")
        self.fields["co_quan"].choices = [("", "Tất cả cơ quan")] + [
            (organization.slug, organization.name) for organization in issuers
        ]
        years = resolutions.filter(adopted_on__isnull=False).dates("adopted_on", "year", "DESC")
        self.fields["nam"].choices = [("", "Tất cả các năm")] + [
            (str(day.year), str(day.year)) for day in years
        ]

    def filter(self, resolutions):
        """``resolutions`` narrowed by the valid filters."""
        self.is_valid()
        cleaned = getattr(self, "cleaned_data", {})
        if cleaned.get("co_quan"):
            resolutions = resolutions.filter(issuer__slug=cleaned["co_quan"])
        if cleaned.get("nam"):
            resolutions = resolutions.filter(adopted_on__year=cleaned["nam"])
        return resolutions

    def query_string(self) -> str:
        """The valid filters as a query string, for the pagination links."""
        cleaned = getattr(self, "cleaned_data", {})
        return urlencode({key: value for key, value in cleaned.items() if value})
