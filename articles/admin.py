"""Every model of the articles app registered in one place: editorial ModelAdmins live in
``articles.desk.admin``, the wire inbox's in ``articles.wire.admin``."""

from django.contrib import admin
from taggit.models import Tag as TaggitTag

from articles.desk.admin import (
    ArticleWorkflowAdmin,
    CorrectionAdmin,
    PublicationStateFilter,
    TransitionAdmin,
)
from articles.desk.wire_admin import WireDraftAdminMixin
from articles.models import Article, Correction, Section, Tag, Transition
from articles.wire.admin import PersonSuggestionAdmin, WireItemAdmin
from articles.wire.models import PersonSuggestion, WireItem
from media.models import Caption
from newsroom.admin_search import FoldedSearchMixin

admin.site.site_header = "Tòa soạn — quản trị nội dung"
admin.site.site_title = "Tòa soạn"
admin.site.index_title = "Bàn làm việc"

# Our Tag replaces taggit's; its default admin would list an always-empty table.
admin.site.unregister(TaggitTag)


@admin.register(Section)
class SectionAdmin(FoldedSearchMixin, admin.ModelAdmin):
    list_display = ["name", "slug", "order", "in_menu"]
    list_editable = ["order", "in_menu"]
    search_fields = ["name"]
    readonly_fields = ["slug"]


@admin.register(Tag)
class TagAdmin(FoldedSearchMixin, admin.ModelAdmin):
    list_display = ["name", "slug"]
    search_fields = ["name"]
    folded_search_fields = ["folded"]
    readonly_fields = ["slug"]


class CaptionInline(admin.TabularInline):
    model = Caption
    extra = 0
    fields = ["photo", "text", "credit", "position", "order"]
    autocomplete_fields = ["photo"]


@admin.register(Article)
class ArticleAdmin(FoldedSearchMixin, WireDraftAdminMixin, ArticleWorkflowAdmin):
    # Workflow buttons, history, restore, bulk actions and the form: articles/desk/admin.py.
    # Few, narrow columns beside the headline: it must read on a few lines at 1366 px
    # with the navigation sidebar open (tests/browser/test_admin_pages.py).
    list_display = ["title", "section", "state", "published_at", "author"]
    list_filter = [PublicationStateFilter, "status", "section", "is_featured", "published_at"]
    search_fields = ["title", "sapo", "byline"]
    folded_search_fields = ["search_text"]
    date_hierarchy = "published_at"
    list_select_related = ["section", "created_by"]
    autocomplete_fields = ["section", "officials", "resolutions", "related"]
    readonly_fields = ["created_at", "updated_at"]
    inlines = [CaptionInline]  # photo slots: the "Từ tin hãng" panel (articles/desk/wire_admin.py)

    class Media:
        css = {"all": ["articles/admin-article.css"]}


admin.site.register(Correction, CorrectionAdmin)
admin.site.register(Transition, TransitionAdmin)
admin.site.register(WireItem, WireItemAdmin)
admin.site.register(PersonSuggestion, PersonSuggestionAdmin)
