"""The filter on the list of resolutions (/van-ban/?co-quan=...&nam=...)."""

import threading
from urllib.parse import urlencode

from django import forms
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.template.loader import render_to_string
from django.utils.autoreload import file_changed

from newsroom.statements import Statement
from people.models import Organization, Resolution

#: What the filter offers, each query compiled once (``newsroom.statements``): the bodies that
#: issued a public resolution, by name, and the years public resolutions were adopted in.
ISSUERS = Statement(
    lambda: (
        Organization.objects.filter(
            pk__in=Resolution.objects.public().filter(issuer__isnull=False).values("issuer_id")
        )
        .order_by("name")
        .values_list("slug", "name")
    )
)
YEARS = Statement(
    lambda: (
        Resolution.objects.public()
        .filter(adopted_on__isnull=False)
        .dates("adopted_on", "year", "DESC")
    )
)
FILTERS_TEMPLATE = "people/includes/resolution_filters.html"
#: Rendered filters kept at most (per choices on offer and values asked for).
KEPT_AT_MOST = 256
_rendered: dict[tuple, str] = {}
_lock = threading.Lock()


@receiver(setting_changed)
def _forget_rendered(**kwargs):
    """Tests change the URLs or templates the filter is rendered with."""
    _rendered.clear()


@receiver(file_changed)
def _forget_rendered_of_changed_templates(sender, file_path, **kwargs):
    """``runserver`` reloads a template that changed: render the filter again from it."""
    if file_path.suffix == ".html":
        _rendered.clear()


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

    def __init__(self, data=None):
        super().__init__(data)
        self.fields["co_quan"].choices = [("", "Tất cả cơ quan"), *ISSUERS.rows(None, None)]
        self.fields["nam"].choices = [("", "Tất cả các năm")] + [
            (str(day.year), str(day.year)) for (day,) in YEARS.rows(None, None)
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

    def html(self) -> str:
        """The filter's ``<form>``, rendered once per choices on offer and values asked for
        (the select of every issuing body cost more than the rest of the page)."""
        key = (
            tuple(self.fields["co_quan"].choices),
            tuple(self.fields["nam"].choices),
            *(self.data.get(name) for name in self.fields),
        )
        html = _rendered.get(key)
        if html is None:
            self.is_valid()
            html = render_to_string(
                FILTERS_TEMPLATE, {"form": self, "query_string": self.query_string()}
            )
            with _lock:
                if len(_rendered) >= KEPT_AT_MOST:
                    _rendered.clear()
                _rendered[key] = html
        return html
