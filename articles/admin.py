from django.contrib import admin
from django.utils import timezone
from taggit.models import Tag as TaggitTag

from articles.models import Article, Section, Tag
from media.models import Caption
from newsroom.admin_search import FoldedSearchMixin

admin.site.site_header = "Tòa soạn — quản trị nội dung"
admin.site.site_title = "Tòa soạn"
admin.site.index_title = "Bàn làm việc"

# Our Tag replaces taggit's; its default admin would list an always-empty table.
admin.site.unregister(TaggitTag)


@admin.register(Section)
class SectionAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "order", "in_menu"]
    list_editable = ["order", "in_menu"]
    search_fields = ["name"]
    readonly_fields = ["slug"]


@admin.register(Tag)
class TagAdmin(admin.ModelAdmin):
    list_display = ["name", "slug"]
    search_fields = ["name"]
    readonly_fields = ["slug"]


class CaptionInline(admin.TabularInline):
    model = Caption
    extra = 0
    fields = ["photo", "text", "credit", "position", "order"]
    autocomplete_fields = ["photo"]


@admin.register(Article)
class ArticleAdmin(FoldedSearchMixin, admin.ModelAdmin):
    list_display = ["title", "section", "status", "live", "published_at", "byline", "is_featured"]
    list_filter = ["status", "section", "is_featured", "published_at"]
    search_fields = ["title", "sapo", "byline"]
    folded_search_field = "search_text"
    date_hierarchy = "published_at"
    list_select_related = ["section"]
    autocomplete_fields = ["section", "officials", "resolutions"]
    readonly_fields = ["slug", "created_at", "updated_at"]
    inlines = [CaptionInline]
    fieldsets = [
        (None, {"fields": ["title", "slug", "section", "sapo", "body"]}),
        ("Xuất bản", {"fields": ["status", "published_at", "is_featured", "byline", "source"]}),
        ("Liên kết", {"fields": ["tags", "officials", "resolutions"]}),
        ("Thông tin", {"fields": ["created_at", "updated_at"], "classes": ["collapse"]}),
    ]

    @admin.display(description="đang hiển thị", boolean=True)
    def live(self, article):
        return article.is_live(timezone.now())
