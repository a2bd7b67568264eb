from django.contrib import admin
from django.utils import timezone

from newsroom.admin_search import FoldedSearchMixin
from people.models import Organization, Person, Position, Resolution, sorted_positions


@admin.register(Organization)
class OrganizationAdmin(FoldedSearchMixin, admin.ModelAdmin):
    list_display = ["name", "short_name", "kind", "parent"]
    list_filter = ["kind"]
    search_fields = ["name", "short_name"]
    autocomplete_fields = ["parent"]
    readonly_fields = ["slug"]


class PositionInline(admin.TabularInline):
    model = Position
    extra = 1
    fields = ["title", "organization", "start_date", "end_date", "seen_on", "term", "rank"]
    autocomplete_fields = ["organization"]


@admin.register(Person)
class PersonAdmin(FoldedSearchMixin, admin.ModelAdmin):
    list_display = ["full_name", "current_title", "birth_year", "updated_at"]
    search_fields = ["full_name", "aliases"]
    folded_search_fields = ["search_names"]
    readonly_fields = ["slug"]
    autocomplete_fields = ["portrait"]
    inlines = [PositionInline]
    fieldsets = [
        (None, {"fields": ["full_name", "slug", "aliases", "birth_year", "portrait"]}),
        ("Tiểu sử", {"fields": ["biography"]}),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("positions")

    @admin.display(description="chức vụ hiện nay")
    def current_title(self, person):
        today = timezone.localdate()
        held = [p.title for p in sorted_positions(person.positions.all()) if p.is_current(today)]
        return "; ".join(held) or "—"


@admin.register(Position)
class PositionAdmin(FoldedSearchMixin, admin.ModelAdmin):
    list_display = ["person", "title", "organization", "start_date", "end_date", "seen_on", "term"]
    list_filter = ["organization__kind", "term"]
    search_fields = ["title", "person__full_name", "term"]
    autocomplete_fields = ["person", "organization"]
    list_select_related = ["person", "organization"]
    date_hierarchy = "start_date"


@admin.register(Resolution)
class ResolutionAdmin(FoldedSearchMixin, admin.ModelAdmin):
    list_display = ["number", "title", "kind", "issuer", "adopted_on", "status"]
    list_filter = ["status", "kind", "issuer", "adopted_on"]
    # ``kind`` is stored as its folded name ("nghi-quyet", "chi-thi"): "nghi quyet 27" and
    # "chi thi 06" find Nghị quyết 27-NQ/TW and Chỉ thị 06-CT/TW.
    search_fields = ["number", "title", "term", "kind"]
    autocomplete_fields = ["issuer", "superseded_by"]
    list_select_related = ["issuer"]
    readonly_fields = ["slug"]
    date_hierarchy = "adopted_on"
