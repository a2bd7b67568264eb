"""Wire import in the admin: the inbox of items received, and suggested officials (an imported
draft's photo slots and its own suggestions are on its page: ``articles.desk.wire_admin``).

Thin: the inbox is read-only (items are written only by ``manage.py import_wire``), and the
suggestion actions call ``articles.wire.suggestions``.
"""

import json

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count
from django.db.models.fields.json import KT
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join

from articles.wire import suggestions
from articles.wire.models import PersonSuggestion, WireItem
from newsroom.admin_search import FoldedSearchMixin


class WireItemAdmin(FoldedSearchMixin, admin.ModelAdmin):
    list_display = [
        "received_at",
        "file_name",
        "status",
        "awaits_editor",
        "format",
        "encoding",
        "story_title",
        "warning_count",
        "short_error",
        "article_link",
    ]
    list_filter = ["status", "awaits_editor", "format", "encoding", "received_at"]
    search_fields = ["file_name", "guid", "source", "error"]
    date_hierarchy = "received_at"
    list_select_related = ["article"]
    fields = [
        "file_name",
        "source",
        "status",
        "awaits_editor",
        "article_link",
        "duplicate_of",
        "format",
        "encoding",
        "size",
        "guid",
        "version",
        "dated",
        "received_at",
        "error",
        "warning_list",
        "officials_and_resolutions",
        "parsed_story",
        "raw_download",
    ]
    readonly_fields = fields

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def get_queryset(self, request):
        # The list shows the title from the stored parse without loading the parse itself.
        return (
            super()
            .get_queryset(request)
            .annotate(title_in_copy=KT("parsed__title"))
            .defer("raw", "parsed", "links")
        )

    def get_urls(self):
        return [
            path(
                "<path:object_id>/tep-goc/",
                self.admin_site.admin_view(self.raw_view),
                name="articles_wireitem_raw",
            ),
            *super().get_urls(),
        ]

    def raw_view(self, request, object_id):
        """The file exactly as received, for an editor to open or re-import."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        item = get_object_or_404(WireItem, pk=object_id)
        name = (item.file_name.replace("\\", "/").rsplit("/", 1)[-1] or "tin").replace('"', "")
        response = HttpResponse(item.raw_bytes(), content_type="application/octet-stream")
        response["Content-Disposition"] = f'attachment; filename="{name}"'
        return response

    @admin.display(description="tiêu đề")
    def story_title(self, item):
        return getattr(item, "title_in_copy", None) or "—"

    @admin.display(description="cảnh báo")
    def warning_count(self, item):
        return len(item.warnings or [])

    @admin.display(description="lỗi")
    def short_error(self, item):
        return (item.error[:120] + "…") if len(item.error) > 120 else item.error

    @admin.display(description="bài viết")
    def article_link(self, item):
        if item.article_id is None:
            return "—"
        url = reverse("admin:articles_article_change", args=[item.article_id])
        return format_html('<a href="{}">{}</a>', url, item.article.title)

    @admin.display(description="cảnh báo")
    def warning_list(self, item):
        if not item.warnings:
            return "—"
        return format_html(
            "<ul>{}</ul>", format_html_join("", "<li>{}</li>", ((w,) for w in item.warnings))
        )

    @admin.display(description="nhân vật và văn bản tìm thấy")
    def officials_and_resolutions(self, item):
        links = item.links or {}
        officials = [
            (
                o["name"],
                ", ".join(o["titles"]) or "không rõ chức danh",
                f"nhân vật #{o['person_id']}"
                if o["person_id"]
                else ("gợi ý mới" if o["suggested"] else "chưa gắn"),
            )
            for o in links.get("officials", [])
        ]
        resolutions = [
            (r["text"], f"văn bản #{r['resolution_id']}" if r["resolution_id"] else "chưa có")
            for r in links.get("resolutions", [])
        ]
        return format_html(
            "<ul>{}{}</ul>",
            format_html_join("", "<li>{} — {} ({})</li>", officials),
            format_html_join("", "<li>{} ({})</li>", resolutions),
        )

    @admin.display(description="kết quả phân tích")
    def parsed_story(self, item):
        return format_html(
            '<pre style="white-space: pre-wrap">{}</pre>',
            json.dumps(item.parsed, ensure_ascii=False, indent=2),
        )

    @admin.display(description="tệp gốc")
    def raw_download(self, item):
        url = reverse("admin:articles_wireitem_raw", args=[item.pk])
        return format_html('<a href="{}">Tải tệp gốc</a> ({} byte)', url, item.size)


class PersonSuggestionAdmin(FoldedSearchMixin, admin.ModelAdmin):
    list_display = ["name", "titles_seen", "article_count", "status", "created_at"]
    list_filter = ["status", "created_at"]
    search_fields = ["name", "name_key"]
    fields = ["name", "titles", "status", "person", "wire_item", "articles", "decided_by"]
    readonly_fields = ["status", "person", "wire_item", "articles", "decided_by"]
    actions = ["create_person", "reject"]

    def has_add_permission(self, request):
        return False

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(article_total=Count("articles"))

    @admin.display(description="chức danh trong tin")
    def titles_seen(self, suggestion):
        return "; ".join(suggestion.titles)

    @admin.display(description="số bài", ordering="article_total")
    def article_count(self, suggestion):
        return suggestion.article_total

    def _each(self, request, queryset, run, done_message):
        done = 0
        for suggestion in queryset:
            try:
                run(suggestion=suggestion, by=request.user)
                done += 1
            except (ValidationError, PermissionDenied) as exc:
                text = " ".join(getattr(exc, "messages", [str(exc)]))
                self.message_user(request, f"{suggestion.name}: {text}", messages.ERROR)
        if done:
            self.message_user(request, done_message.format(n=done), messages.SUCCESS)

    @admin.action(description="Tạo nhân vật từ gợi ý đã chọn (kèm chức danh, gắn vào bài)")
    def create_person(self, request, queryset):
        for suggestion in queryset.filter(status=PersonSuggestion.Status.PENDING):
            for conflict in suggestions.office_conflicts(suggestion):
                self.message_user(
                    request,
                    f"{suggestion.name}: {conflict} Hai người cùng giữ một chức vụ, hãy kiểm tra "
                    "lại ngày tháng.",
                    messages.WARNING,
                )
        self._each(
            request,
            queryset,
            suggestions.person_suggestion_accept,
            "Đã tạo {n} nhân vật và gắn vào các bài nhắc đến họ.",
        )

    @admin.action(description="Bỏ qua gợi ý đã chọn (không gợi ý lại)")
    def reject(self, request, queryset):
        self._each(request, queryset, suggestions.person_suggestion_reject, "Đã bỏ qua {n} gợi ý.")
