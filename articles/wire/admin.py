"""Wire import in the admin: the inbox of items received, and suggested officials (an imported
draft's photo slots and its own suggestions are on its page: ``articles.desk.wire_admin``).

Thin: the inbox is read-only (items are written only by the import: ``manage.py import_wire``,
or files uploaded on the inbox page, ``articles.wire.upload_admin``), and the suggestion actions
call ``articles.wire.suggestions``.
"""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Case, Count, Value, When
from django.db.models.fields.json import KT
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join

from articles.wire import suggestions
from articles.wire.models import PersonSuggestion, WireItem
from articles.wire.report import parse_summary
from articles.wire.upload_admin import WireUploadAdminMixin
from newsroom.admin_search import FoldedSearchMixin


class WireItemAdmin(WireUploadAdminMixin, FoldedSearchMixin, admin.ModelAdmin):
    # Five columns, to fit beside the navigation sidebar and the filters at 1366 px
    # (tests/browser/test_wire_upload.py): format and encoding under the file's name, the
    # error and the draft under the outcome.
    list_display = ["received_at", "file_label", "outcome", "story_title", "warning_count"]
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

    class Media:
        css = {"all": ["articles/admin-wire-inbox.css"]}

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def get_queryset(self, request):
        # The list shows the title from the stored parse without loading the parse itself.
        # On SQLite, KT() of a JSON null is the text "null" (it returns JSON_TYPE for
        # scalars), which the list printed for every story without a title: a null is
        # matched first and stays None.
        title = Case(When(parsed__title=None, then=Value(None)), default=KT("parsed__title"))
        return (
            super()
            .get_queryset(request)
            .annotate(title_in_copy=title)
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

    @admin.display(description="tệp", ordering="file_name")
    def file_label(self, item):
        """The file's own name (the folder it came from in its tooltip), format and encoding."""
        name = item.file_name.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1]
        read_as = " · ".join(part for part in (item.format, item.encoding) if part)
        return format_html(
            '<span title="{}">{}</span>{}',
            item.file_name,
            name or item.file_name,
            format_html('<br><span class="wire-none">{}</span>', read_as) if read_as else "",
        )

    @admin.display(description="kết quả", ordering="status")
    def outcome(self, item):
        waiting = format_html('<br><span class="wire-awaits">{}</span>', "chờ biên tập viên")
        error = item.error.removeprefix(f"{item.file_name}: ")
        if len(error) > 120:
            error = error[:120] + "…"
        draft = ""
        if item.article_id is not None:
            url = reverse("admin:articles_article_change", args=[item.article_id])
            draft = format_html(
                '<br><a href="{}" title="{}">bài #{}</a>', url, item.article.title, item.article_id
            )
        return format_html(
            "{}{}{}{}",
            item.get_status_display(),
            waiting if item.awaits_editor else "",
            format_html('<br><span class="wire-error">{}</span>', error) if error else "",
            draft,
        )

    @admin.display(description="tiêu đề trong tin")
    def story_title(self, item):
        title = getattr(item, "title_in_copy", None)
        if title:
            return title
        if item.status == WireItem.Status.FAILED:
            return "—"  # never read: no title to speak of
        return format_html('<span class="wire-none">{}</span>', "(tin không có tiêu đề)")

    @admin.display(description="cảnh báo")
    def warning_count(self, item):
        return len(item.warnings or [])

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
        summary = parse_summary(item.parsed, item.links)
        if summary is None:
            return "— (tin không đọc được, xem lỗi ở trên)"
        counts = [
            (summary.paragraphs, "đoạn văn"),
            (summary.subheadings, "tiêu đề phụ"),
            (summary.captions, "chú thích ảnh"),
            (summary.officials, "nhân vật đã có"),
            (summary.officials_unlinked, "nhân vật chưa gắn"),
            (summary.resolutions, "văn bản"),
        ]
        rows = [
            ("Tiêu đề", summary.title or "(không có: bài nháp mang tiêu đề tạm)"),
            ("Sapo", summary.sapo_start or "(không có)"),
            ("Tác giả", summary.byline or "—"),
            ("Nơi, ngày phát tin", summary.dateline or "—"),
            ("Gồm", ", ".join(f"{n} {label}" for n, label in counts)),
            ("Cảnh báo", f"{len(item.warnings)}, xem ở trên" if item.warnings else "không có"),
        ]
        return format_html(
            '<dl class="wire-parse">{}</dl>',
            format_html_join("", "<dt>{}</dt><dd>{}</dd>", rows),
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
