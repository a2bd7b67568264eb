"""The editorial workflow in the article admin: buttons, history, restore, bulk actions.

Thin on purpose: every change goes through a service in ``articles.desk.workflow``, which checks the
user's permission again, so a hand-made POST gets no further than a hidden button would.
"""

import datetime

import reversion
from django.contrib import admin, messages
from django.contrib.admin.utils import flatten_fieldsets, unquote
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

from articles.desk import workflow
from articles.desk.forms import (
    ArticleAdminForm,
    CorrectionAdminForm,
    CorrectionForm,
    MoveSectionForm,
    RestoreForm,
    WorkflowActionForm,
)
from articles.desk.revisions import compare, last_save, user_label, versions_of
from articles.desk.views import preview_url
from articles.models import Article, EditingSession, Transition
from newsroom.admin_search import FoldedSearchMixin
from newsroom.sanitize import clean_html

S = Article.Status

#: Declared on ArticleAdminForm, not model form fields.
FORM_ONLY_FIELDS = {"version", "correction_text", "minor_edit"}

#: Someone who opened the change form this recently counts as "editing now".
PRESENCE_WINDOW = datetime.timedelta(minutes=15)


def _local(moment) -> str:
    return f"{timezone.localtime(moment):%H:%M %d/%m/%Y}" if moment else ""


def _messages_of(exc: ValidationError) -> str:
    return " ".join(exc.messages)


def _mark_open(article, user) -> None:
    """Record that ``user`` has the change form open, without row signals: presence is not
    public content and must not empty the public page cache (articles/stale.py)."""
    now = timezone.now()
    sessions = EditingSession.objects.filter(article=article, user=user)
    if not sessions.update(seen_at=now):
        EditingSession.objects.bulk_create(
            [EditingSession(article=article, user=user, seen_at=now)], ignore_conflicts=True
        )


class PublicationStateFilter(admin.SimpleListFilter):
    title = "xuất hiện trên trang"
    parameter_name = "hien-thi"

    def lookups(self, request, model_admin):
        return [
            ("dang-hien-thi", "Đang hiển thị"),
            ("hen-gio", "Hẹn giờ đăng"),
            ("cam-dang", "Đang cấm đăng (embargo)"),
            ("chua-hien-thi", "Chưa hiển thị"),
        ]

    def queryset(self, request, queryset):
        now = timezone.now()
        published = Article.objects.published(now).values("pk")
        return {
            "dang-hien-thi": lambda: queryset.filter(pk__in=published),
            "hen-gio": lambda: queryset.filter(pk__in=Article.objects.scheduled(now).values("pk")),
            "cam-dang": lambda: queryset.filter(pk__in=Article.objects.embargoed(now).values("pk")),
            "chua-hien-thi": lambda: queryset.exclude(pk__in=published),
        }.get(self.value(), lambda: queryset)()


SLUG_HELP_DRAFT = (
    "Để trống hoặc giữ nguyên: đường dẫn đi theo tiêu đề cho đến khi bài đăng lần đầu, "
    "rồi giữ cố định. Sửa tay thì đường dẫn đã sửa được giữ."
)
SLUG_HELP_PUBLIC = (
    "Bài đã đăng: đường dẫn giữ cố định khi sửa tiêu đề. Nếu đổi, địa chỉ cũ tự chuyển "
    "(301) sang địa chỉ mới."
)


class ArticleWorkflowAdmin(admin.ModelAdmin):
    """Mixed into ``ArticleAdmin`` (articles/admin.py)."""

    form = ArticleAdminForm
    change_form_template = "admin/articles/article/change_form.html"
    object_history_template = "admin/articles/article/object_history.html"
    actions = ["publish_selected", "unpublish_selected", "move_to_section"]

    class Media:
        css = {"all": ["articles/admin-workflow.css"]}

    # --- Who sees and edits what --------------------------------------------------------------

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        user = request.user
        if user.has_perm("articles.edit_others_article"):
            return queryset
        match = request.resolver_match
        if match is not None and match.url_name == "autocomplete":
            # A reporter linking related stories picks among published ones and their own.
            return queryset.linkable_by(user)
        return queryset.visible_in_admin_to(user)

    def has_change_permission(self, request, obj=None):
        allowed = super().has_change_permission(request, obj)
        if not allowed or obj is None:
            return allowed
        return obj.can_edit(request.user)

    def has_delete_permission(self, request, obj=None):
        # A story readers have seen is withdrawn ("Gỡ bài"), never deleted from the admin.
        if obj is not None and obj.status in (S.PUBLISHED, S.UNPUBLISHED):
            return False
        return super().has_delete_permission(request, obj)

    def view_on_site(self, article):
        # "Xem trên trang web" on a story readers cannot see yet opens its signed preview.
        return article.get_absolute_url() if article.is_live() else preview_url(article)

    def has_publish_permission(self, request):
        return request.user.has_perm("articles.publish_article")

    def get_readonly_fields(self, request, obj=None):
        fixed = ["status", "published_at", "author", "publication_state"]
        return [*super().get_readonly_fields(request, obj), *fixed]

    def get_fieldsets(self, request, obj=None):
        fieldsets = [
            (None, {"fields": ["title", "slug", "section", "sapo", "body"]}),
            (
                "Xuất bản",
                {
                    "fields": [
                        "status",
                        "publication_state",
                        "published_at",
                        "embargo_until",
                        "is_featured",
                        "byline",
                        "source",
                        "author",
                    ],
                },
            ),
            ("Liên kết", {"fields": ["tags", "officials", "resolutions", "related"]}),
            ("Thông tin", {"fields": ["created_at", "updated_at"], "classes": ["collapse"]}),
        ]
        if obj is not None and not self.has_change_permission(request, obj):
            # Read-only (a reporter's submitted story): the body as it reads, not its HTML source.
            main = fieldsets[0][1]["fields"]
            main[main.index("body")] = "body_rendered"
        if obj is not None and self.has_change_permission(request, obj):
            fieldsets[0][1]["fields"].append("version")
            if obj.has_been_public():
                fieldsets.insert(
                    1,
                    (
                        "Đính chính",
                        {
                            "fields": ["correction_text", "minor_edit"],
                            "description": "Bài đã đăng: sửa chữ phải kèm đính chính công khai "
                            "hoặc đánh dấu sửa nhỏ.",
                        },
                    ),
                )
        return fieldsets

    def get_form(self, request, obj=None, change=False, **kwargs):
        # ``version`` is the model's non-editable counter; the form declares its own hidden
        # field of that name, which must not be asked of the model form factory.
        fields = kwargs.get("fields") or flatten_fieldsets(self.get_fieldsets(request, obj))
        kwargs["fields"] = [name for name in fields if name not in FORM_ONLY_FIELDS]
        form = super().get_form(request, obj, change, **kwargs)
        if "related" in form.base_fields:
            # A posted id outside this list is refused with a form error; links already on
            # the story (chosen by someone who could see them) are kept.
            linkable = Article.objects.linkable_by(request.user)
            if obj is not None:
                linkable = linkable | Article.objects.filter(pk__in=obj.related.values("pk"))
            form.base_fields["related"].queryset = linkable
        if "slug" in form.base_fields:
            form.base_fields["slug"].help_text = (
                SLUG_HELP_PUBLIC if obj is not None and obj.has_been_public() else SLUG_HELP_DRAFT
            )
        return form

    @admin.display(description="người tạo", ordering="created_by__last_name")
    def author(self, article):
        return user_label(article.created_by) if article.created_by_id else "—"

    @admin.display(description="nội dung")
    def body_rendered(self, article):
        # Stored bodies are sanitised on save; cleaning again costs little and trusts nothing.
        return mark_safe(f'<div class="body-rendered">{clean_html(article.body)}</div>')

    @admin.display(description="trạng thái", ordering="status")
    def state(self, article):
        """The list's one state column: workflow status above where the story shows, and the
        featured star (three narrow columns left the headline ~80 px at 1366 px)."""
        featured = (
            format_html(' <span class="marker marker--featured">{}</span>', "★ Nổi bật")
            if article.is_featured
            else ""
        )
        return format_html(
            '<span class="status status--{}">{}</span><br>{}{}',
            article.status,
            article.get_status_display(),
            self.publication_state(article),
            featured,
        )

    @admin.display(description="xuất hiện trên trang")
    def publication_state(self, article):
        now = timezone.now()
        markers = []
        if article.is_scheduled(now):
            markers.append(("scheduled", f"⏰ Hẹn giờ {_local(article.published_at)}"))
        elif article.is_live(now):
            markers.append(("live", "● Đang hiển thị"))
        if article.is_embargoed(now):
            markers.append(("embargo", f"⛔ Cấm đăng đến {_local(article.embargo_until)}"))
        if not markers:
            markers.append(("hidden", "Chưa hiển thị"))
        return format_html_join(
            " ", '<span class="marker marker--{}">{}</span>', ((k, t) for k, t in markers)
        )

    # --- Saving --------------------------------------------------------------------------------

    def save_model(self, request, obj, form, change):
        if not change:
            workflow.article_create(article=obj, by=request.user)
            return
        workflow.article_edit(
            article=obj,
            by=request.user,
            expected_version=form.cleaned_data.get("version"),
            correction=form.cleaned_data.get("correction_text", ""),
            minor_edit=form.cleaned_data.get("minor_edit", False),
        )

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        # One revision per admin save, including inlines, tags and links saved after the row.
        with reversion.create_revision():
            reversion.set_user(request.user)
            return super().changeform_view(request, object_id, form_url, extra_context)

    def changelist_view(self, request, extra_context=None):
        with reversion.create_revision():
            reversion.set_user(request.user)
            return super().changelist_view(request, extra_context)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        article = self.get_object(request, unquote(object_id))
        if article is not None:
            if request.method == "GET":
                _mark_open(article, request.user)
            extra_context = {**(extra_context or {}), **self._panel_context(request, article)}
        return super().change_view(request, object_id, form_url, extra_context)

    def _panel_context(self, request, article):
        user = request.user
        now = timezone.now()
        others = (
            EditingSession.objects.filter(article=article, seen_at__gte=now - PRESENCE_WINDOW)
            .exclude(user=user)
            .select_related("user")
            .order_by("-seen_at")
        )
        saved = last_save(article)
        return {
            "workflow_actions": workflow.allowed_actions(article, user, now),
            "others_editing": [(user_label(s.user), _local(s.seen_at)) for s in others],
            "last_saved": (user_label(saved.revision.user), _local(saved.revision.date_created))
            if saved
            else None,
            "preview_url": preview_url(article),
            "transitions": article.transitions.select_related("by")[:30],
            "corrections": article.corrections.select_related("created_by").order_by("-created_at"),
            "can_add_correction": article.has_been_public()
            and user.has_perm("articles.publish_article")
            and user.has_perm("articles.add_correction"),
            "publication_markers": self.publication_state(article),
            # A scheduled story shows its chosen time; otherwise half an hour from now.
            "schedule_form": WorkflowActionForm(
                auto_id="hen-gio-%s",
                initial={
                    "at": timezone.localtime(
                        article.published_at
                        if article.is_scheduled(now)
                        else now + datetime.timedelta(minutes=30)
                    )
                },
            ),
        }

    # --- Workflow, history and restore views -----------------------------------------------

    def get_urls(self):
        info = self.opts.app_label, self.opts.model_name
        view = self.admin_site.admin_view
        return [
            path(
                "<path:object_id>/quy-trinh/<str:action>/",
                view(self.workflow_view),
                name="{}_{}_workflow".format(*info),
            ),
            path(
                "<path:object_id>/dinh-chinh/",
                view(self.correction_view),
                name="{}_{}_correction".format(*info),
            ),
            path(
                "<path:object_id>/goi-y-lien-ket/",
                view(self.link_suggestions_view),
                name="{}_{}_links".format(*info),
            ),
            path(
                "<path:object_id>/lich-su/<int:version_id>/khoi-phuc/",
                view(self.restore_view),
                name="{}_{}_restore".format(*info),
            ),
            *super().get_urls(),
        ]

    def _change_url(self, article):
        return reverse(
            f"admin:{self.opts.app_label}_{self.opts.model_name}_change", args=[article.pk]
        )

    def _after_action(self, request, article):
        if self.has_view_or_change_permission(request, article):
            return redirect(self._change_url(article))
        return redirect(f"admin:{self.opts.app_label}_{self.opts.model_name}_changelist")

    def workflow_view(self, request, object_id, action):
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        article = self.get_object(request, unquote(object_id))
        if article is None:
            return self._get_obj_does_not_exist_redirect(request, self.opts, object_id)
        rule = workflow.RULES.get(action)
        form = WorkflowActionForm(request.POST)
        if rule is None or not form.is_valid():
            messages.error(request, "Yêu cầu không hợp lệ: kiểm tra lại thời điểm và ghi chú.")
            return redirect(self._change_url(article))
        try:
            workflow.perform(
                action,
                article=article,
                by=request.user,
                comment=form.cleaned_data["comment"],
                at=form.cleaned_data["at"],
            )
        except ValidationError as exc:
            messages.error(request, _messages_of(exc))
            return redirect(self._change_url(article))
        self.log_change(request, article, rule.label)
        done = f"{rule.label}: “{article.title}”."
        if action == Transition.Action.SCHEDULE:
            done = f"Đã hẹn giờ đăng “{article.title}” lúc {_local(article.published_at)}."
        messages.success(request, done)
        return self._after_action(request, article)

    def correction_view(self, request, object_id):
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        article = self.get_object(request, unquote(object_id))
        if article is None:
            return self._get_obj_does_not_exist_redirect(request, self.opts, object_id)
        form = CorrectionForm(request.POST)
        if not form.is_valid():
            messages.error(request, "Nội dung đính chính không được để trống.")
            return redirect(self._change_url(article))
        try:
            workflow.article_add_correction(
                article=article, by=request.user, text=form.cleaned_data["text"]
            )
        except ValidationError as exc:
            messages.error(request, _messages_of(exc))
        else:
            self.log_change(request, article, "Đính chính")
            messages.success(request, "Đã đăng đính chính cuối bài.")
        return redirect(self._change_url(article))

    def link_suggestions_view(self, request, object_id):
        """Officials and resolutions the text mentions, to link with one click."""
        article = self.get_object(request, unquote(object_id))
        if article is None:
            return self._get_obj_does_not_exist_redirect(request, self.opts, object_id)
        if not self.has_change_permission(request, article):
            raise PermissionDenied
        found = workflow.article_suggest_links(article=article)
        if request.method == "POST":
            officials = [p for p in found.officials if str(p.pk) in request.POST.getlist("nv")]
            resolutions = [r for r in found.resolutions if str(r.pk) in request.POST.getlist("vb")]
            if officials or resolutions:
                workflow.article_link(
                    article=article, by=request.user, officials=officials, resolutions=resolutions
                )
                self.log_change(request, article, "Thêm liên kết nhân vật, văn bản")
                messages.success(
                    request, f"Đã liên kết {len(officials)} nhân vật, {len(resolutions)} văn bản."
                )
            return redirect(self._change_url(article))
        context = {
            **self.admin_site.each_context(request),
            "title": f"Gợi ý liên kết: {article}",
            "opts": self.opts,
            "original": article,
            "found": found,
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, "admin/articles/article/link_suggestions.html", context)

    def history_view(self, request, object_id, extra_context=None):
        article = self.get_object(request, unquote(object_id))
        if article is None:
            return self._get_obj_does_not_exist_redirect(request, self.opts, object_id)
        if not self.has_view_or_change_permission(request, article):
            raise PermissionDenied
        versions = list(versions_of(article))
        by_id = {version.pk: version for version in versions}
        comparison = None
        try:
            older, newer = by_id.get(int(request.GET["tu"])), by_id.get(int(request.GET["den"]))
        except (KeyError, ValueError):
            older = newer = None
        if older and newer:
            if older.revision.date_created > newer.revision.date_created:
                older, newer = newer, older
            fields = compare(older, newer)
            comparison = {
                "older": older,
                "newer": newer,
                "fields": fields,
                "changed": any(field["changed"] for field in fields),
            }
        can_restore = self.has_change_permission(request, article)
        # The radios keep the pair being compared; without one, the last two saves.
        if comparison:
            chosen = (older.pk, newer.pk)
        else:
            chosen = (
                versions[1].pk if len(versions) > 1 else None,
                versions[0].pk if versions else None,
            )
        context = {
            **self.admin_site.each_context(request),
            "title": f"Lịch sử: {article}",
            "subtitle": None,
            "opts": self.opts,
            "original": article,
            "object": article,
            "versions": versions,
            "comparison": comparison,
            "chosen_from": chosen[0],
            "chosen_to": chosen[1],
            "can_restore": can_restore,
            **(extra_context or {}),
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, self.object_history_template, context)

    def restore_view(self, request, object_id, version_id):
        article = self.get_object(request, unquote(object_id))
        if article is None:
            return self._get_obj_does_not_exist_redirect(request, self.opts, object_id)
        if not self.has_change_permission(request, article):
            raise PermissionDenied
        versions = list(versions_of(article))
        version = get_object_or_404(versions_of(article), pk=version_id)
        form = RestoreForm(request.POST or None, initial={"version": article.version})
        if request.method == "POST" and form.is_valid():
            try:
                workflow.article_restore(
                    article=article,
                    version=version,
                    by=request.user,
                    expected_version=form.cleaned_data["version"],
                    correction=form.cleaned_data["correction_text"],
                    minor_edit=form.cleaned_data["minor_edit"],
                )
            except ValidationError as exc:
                form.add_error(None, _messages_of(exc))
            else:
                self.log_change(request, article, "Khôi phục phiên bản")
                messages.success(
                    request,
                    f"Đã khôi phục nội dung lưu lúc {_local(version.revision.date_created)}.",
                )
                return redirect(self._change_url(article))
        context = {
            **self.admin_site.each_context(request),
            "title": f"Khôi phục phiên bản: {article}",
            "opts": self.opts,
            "original": article,
            "version": version,
            "form": form,
            "needs_correction": article.has_been_public(),
            "fields": compare(versions[0], version) if versions else [],
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, "admin/articles/article/restore.html", context)

    # --- Bulk actions ----------------------------------------------------------------------

    def _bulk(self, request, queryset, *, run, label):
        done, refused = 0, []
        for article in queryset.select_related("section"):
            try:
                run(article)
            except PermissionDenied as exc:
                refused.append(f"“{article}”: {exc}")
            except ValidationError as exc:
                refused.append(f"“{article}”: {_messages_of(exc)}")
            else:
                done += 1
                self.log_change(request, article, f"{label} (thao tác hàng loạt)")
        if done:
            messages.success(request, f"{label}: {done} bài.")
        if refused:
            messages.error(request, "Không thực hiện được với: " + " ".join(refused))

    @admin.action(description="Xuất bản ngay các bài đã chọn", permissions=["publish"])
    def publish_selected(self, request, queryset):
        self._bulk(
            request,
            queryset,
            label="Xuất bản",
            run=lambda a: workflow.article_publish(article=a, by=request.user, bulk=True),
        )

    @admin.action(description="Gỡ các bài đã chọn", permissions=["publish"])
    def unpublish_selected(self, request, queryset):
        self._bulk(
            request,
            queryset,
            label="Gỡ bài",
            run=lambda a: workflow.article_unpublish(article=a, by=request.user, bulk=True),
        )

    @admin.action(description="Chuyển chuyên mục các bài đã chọn", permissions=["change"])
    def move_to_section(self, request, queryset):
        form = MoveSectionForm(request.POST if "section" in request.POST else None)
        if form.is_valid():
            section = form.cleaned_data["section"]
            self._bulk(
                request,
                queryset,
                label=f"Chuyển sang “{section}”",
                run=lambda a: workflow.article_move_section(
                    article=a, by=request.user, section=section, bulk=True
                ),
            )
            return None
        context = {
            **self.admin_site.each_context(request),
            "title": "Chuyển chuyên mục",
            "opts": self.opts,
            "articles": queryset,
            "form": form,
            "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
        }
        return TemplateResponse(request, "admin/articles/article/move_section.html", context)


class CorrectionAdmin(FoldedSearchMixin, admin.ModelAdmin):
    """Corrections across the site. A new one goes through ``workflow.article_add_correction``;
    an existing one's text stays as readers saw it, only whether it is public can change."""

    form = CorrectionAdminForm
    list_display = ["article", "short_text", "created_at", "who", "public"]
    list_filter = ["public", "created_at"]
    list_select_related = ["article", "created_by"]
    search_fields = ["text", "article__title"]
    autocomplete_fields = ["article"]
    fields = ["article", "text", "public", "created_at", "who"]
    date_hierarchy = "created_at"

    def get_readonly_fields(self, request, obj=None):
        if obj is None:
            return ["created_at", "who"]
        return ["article", "text", "created_at", "who"]

    def save_model(self, request, obj, form, change):
        if change:
            super().save_model(request, obj, form, change)
            return
        saved = workflow.article_add_correction(
            article=obj.article, by=request.user, text=obj.text, public=obj.public
        )
        obj.pk, obj.created_at, obj.created_by = saved.pk, saved.created_at, saved.created_by

    @admin.display(description="người ghi")
    def who(self, correction):
        return user_label(correction.created_by)

    @admin.display(description="nội dung")
    def short_text(self, correction):
        return correction.text[:120]


class TransitionAdmin(FoldedSearchMixin, admin.ModelAdmin):
    """The audit trail, read-only: every workflow step and bulk action."""

    list_display = ["at", "action", "article", "from_status", "to_status", "who", "bulk"]
    list_filter = ["action", "bulk", "at"]
    list_select_related = ["article", "by"]
    search_fields = ["article__title", "comment", "by__username"]
    date_hierarchy = "at"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.display(description="người thực hiện")
    def who(self, transition):
        return user_label(transition.by)
