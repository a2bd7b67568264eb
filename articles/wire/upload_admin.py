"""Importing wire files from the admin's inbox: upload, dry run, import (docs/import.md,
"Importing from the admin").

Thin: the form is read here; checking and keeping the files is ``articles.wire.uploads``
(``upload_stash``), the dry run is its ``upload_import``, run in the request; the import is
the same service run as a background task (``articles.wire.tasks``), whose result page
reloads itself until the report is there.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.views.decorators.http import require_POST

from articles.models import Section
from articles.wire.read.detect import FORMATS
from articles.wire.report import STATUS_LABELS, found_in
from articles.wire.sources import WireImportError
from articles.wire.tasks import wire_upload_enqueue, wire_upload_result
from articles.wire.uploads import (
    UploadNotFound,
    UploadOptions,
    upload_discard,
    upload_import,
    upload_stash,
)

#: Who may import: the import writes inbox items and draft articles.
IMPORT_PERMISSIONS = ("articles.add_wireitem", "articles.add_article")

ENCODINGS = [
    ("auto", "Tự nhận diện"),
    ("utf-8", "UTF-8"),
    ("utf-16", "UTF-16"),
    ("cp1258", "Windows-1258"),
    ("tcvn3", "TCVN3 (ABC)"),
    ("vni", "VNI"),
]


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class WireFilesField(forms.Field):
    """One or more files; each is checked by ``articles.wire.uploads``, not here, so that one
    bad file gets its own error and does not stop the others."""

    widget = MultipleFileInput

    def clean(self, data):
        files = [f for f in (data if isinstance(data, list | tuple) else [data]) if f]
        if not files:
            raise forms.ValidationError("Hãy chọn ít nhất một tệp tin bài hoặc tệp nén .zip.")
        return files


class WireUploadForm(forms.Form):
    files = WireFilesField(
        label="Tệp tin bài",
        help_text=(
            "Một hay nhiều tệp (.txt, .xml, .nitf, .html…) hoặc tệp nén .zip chứa chúng; "
            "nhiều hơn 100 tệp thì gói vào tệp .zip."
        ),
    )
    section = forms.ModelChoiceField(
        Section.objects.order_by("order", "name"),
        label="Chuyên mục",
        required=False,
        to_field_name="slug",
        empty_label="Mặc định (Thời sự)",
    )
    source_name = forms.CharField(
        label="Nguồn tin (hãng)",
        required=False,
        max_length=200,
        help_text="Để trống: lấy theo tin (ví dụ TTXVN).",
    )
    encoding = forms.ChoiceField(label="Bảng mã", choices=ENCODINGS, initial="auto")
    format = forms.ChoiceField(
        label="Định dạng",
        choices=[("auto", "Tự nhận diện"), *[(f, f) for f in FORMATS]],
        initial="auto",
    )

    def options(self) -> UploadOptions:
        data = self.cleaned_data
        section = data["section"]
        return UploadOptions(
            section=section.slug if section else None,
            source_name=data["source_name"] or None,
            format=data["format"],
            encoding=data["encoding"],
        )


class WireUploadAdminMixin:
    """The upload pages of ``WireItemAdmin``."""

    def has_import_permission(self, request) -> bool:
        return request.user.is_active and request.user.has_perms(IMPORT_PERMISSIONS)

    def get_urls(self):
        view = self.admin_site.admin_view
        return [
            path("nhap/", view(self.upload_view), name="articles_wireitem_upload"),
            path(
                "nhap/ket-qua/<str:result_id>/",
                view(self.upload_result_view),
                name="articles_wireitem_upload_result",
            ),
            path(
                "nhap/<str:token>/",
                view(self.upload_review_view),
                name="articles_wireitem_upload_review",
            ),
            path(
                "nhap/<str:token>/huy/",
                view(require_POST(self.upload_cancel_view)),
                name="articles_wireitem_upload_cancel",
            ),
            *super().get_urls(),
        ]

    def changelist_view(self, request, extra_context=None):
        extra_context = {"can_import_wire": self.has_import_permission(request)} | (
            extra_context or {}
        )
        return super().changelist_view(request, extra_context)

    def upload_view(self, request):
        """The form; posted, the files are kept and the dry run of them is shown."""
        self._check_import_permission(request)
        form = WireUploadForm()
        if request.method == "POST":
            form = WireUploadForm(request.POST, request.FILES)
            if form.is_valid():
                try:
                    token = upload_stash(
                        owner_id=request.user.pk,
                        files=form.cleaned_data["files"],
                        options=form.options(),
                    )
                except WireImportError as exc:
                    form.add_error(None, str(exc))
                else:
                    url = reverse("admin:articles_wireitem_upload_review", args=[token])
                    return HttpResponseRedirect(url)
        return self._render(request, "upload.html", "Nhập tin từ tệp", form=form)

    def upload_review_view(self, request, token):
        """GET: the dry run of an upload, in the request. POST: its import, queued."""
        self._check_import_permission(request)
        if request.method == "POST":
            return self._start_import(request, token)
        try:
            report = upload_import(owner_id=request.user.pk, token=token, dry_run=True)
        except WireImportError as exc:
            return self._back_to_upload(request, exc)
        return self._render_report(request, report)

    def _start_import(self, request, token):
        """The import's result page: at once when the task ran in the request (no queue
        configured), else the page of the queued import, which reloads itself."""
        try:
            state = wire_upload_enqueue(owner_id=request.user.pk, token=token)
        except WireImportError as exc:
            return self._back_to_upload(request, exc)
        if state.finished:
            return self._render_import(request, state)
        url = reverse("admin:articles_wireitem_upload_result", args=[state.result_id])
        return HttpResponseRedirect(url)

    def _back_to_upload(self, request, exc: WireImportError):
        level = messages.WARNING if isinstance(exc, UploadNotFound) else messages.ERROR
        self.message_user(request, str(exc), level)
        return HttpResponseRedirect(reverse("admin:articles_wireitem_upload"))

    def upload_result_view(self, request, result_id):
        """A queued import: "đang nhập…", reloading itself, until its report or its error."""
        self._check_import_permission(request)
        try:
            state = wire_upload_result(result_id=result_id, owner_id=request.user.pk)
        except UploadNotFound as exc:
            raise Http404(str(exc)) from None
        return self._render_import(request, state)

    def _render_import(self, request, state):
        if state.report is not None:
            return self._render_report(request, state.report)
        title = "Nhập tin không thành công" if state.error else "Đang nhập tin…"
        return self._render(request, "upload_progress.html", title, state=state)

    def _render_report(self, request, report):
        title = "Chạy thử: kết quả nếu nhập" if report.dry_run else "Kết quả nhập tin"
        rows = [_row(item) for item in report.items]
        return self._render(request, "upload_report.html", title, report=report, rows=rows)

    def upload_cancel_view(self, request, token):
        self._check_import_permission(request)
        try:
            if upload_discard(owner_id=request.user.pk, token=token):
                self.message_user(request, "Đã hủy: các tệp tải lên đã được xóa, không nhập gì.")
        except UploadNotFound:
            pass
        return HttpResponseRedirect(reverse("admin:articles_wireitem_changelist"))

    def _check_import_permission(self, request):
        if not self.has_import_permission(request):
            raise PermissionDenied

    def _render(self, request, template, title, **context):
        return TemplateResponse(
            request,
            f"admin/articles/wireitem/{template}",
            {
                **self.admin_site.each_context(request),
                "opts": self.model._meta,
                "title": title,
                **context,
            },
        )


def _row(item: dict) -> dict:
    """What the report page shows of one item: the command's line, spelt out."""
    return {
        **item,
        "label": STATUS_LABELS[item["status"]],
        "found": found_in(item),
        "admin_path": (
            reverse("admin:articles_article_change", args=[item["article_id"]])
            if item["article_id"]
            else None
        ),
    }
