from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.core.files.uploadedfile import UploadedFile
from django.core.validators import EMPTY_VALUES
from django.db.models import Count
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join

from media.models import Credit, Photo, file_sha256
from media.services import photo_upload_batch
from newsroom.admin_search import FoldedSearchMixin


def duplicate_message(existing: Photo) -> str:
    """The admin's answer to a second upload of the same bytes: a link to the photo we have."""
    return format_html(
        'Ảnh này đã có trong kho: <a href="{}">ảnh #{} “{}”</a> (tải lên ngày {}). '
        "Hãy dùng lại ảnh đó thay vì tải lên lần nữa.",
        reverse("admin:media_photo_change", args=[existing.pk]),
        existing.pk,
        existing,
        timezone.localtime(existing.uploaded_at).strftime("%d/%m/%Y"),
    )


@admin.register(Credit)
class CreditAdmin(FoldedSearchMixin, admin.ModelAdmin):
    list_display = ["name", "short_name", "kind", "photo_count"]
    list_filter = ["kind"]
    search_fields = ["name", "short_name"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(photo_count=Count("photos"))

    @admin.display(description="số ảnh", ordering="photo_count")
    def photo_count(self, credit):
        return credit.photo_count


class PhotoAdminForm(forms.ModelForm):
    # A plain file field: media.validators.inspect_image (run by Photo.clean) is the only
    # judge of the bytes, and says in Vietnamese what is wrong; long file names are fine.
    image = forms.FileField(label="tệp ảnh", help_text="JPEG, PNG, WebP hoặc GIF, tối đa 20 MB.")

    class Meta:
        model = Photo
        fields = ["image", "caption", "credit", "credited_to", "alt_text", "taken_at"]

    class Media:
        js = ["media/alt_from_caption.js"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk and not self.instance.alt_text:
            self.initial["alt_text"] = self.instance.caption  # a starting point to edit

    def clean_image(self):
        upload = self.cleaned_data["image"]
        if isinstance(upload, UploadedFile):
            existing = (
                Photo.objects.with_content_hash(file_sha256(upload))
                .exclude(pk=self.instance.pk)
                .first()
            )
            if existing is not None:
                raise forms.ValidationError(duplicate_message(existing), code="duplicate")
        return upload


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    widget = MultipleFileInput

    def clean(self, data, initial=None):
        files = data if isinstance(data, list | tuple) else [data]
        files = [f for f in files if f not in EMPTY_VALUES]
        if not files:
            raise forms.ValidationError("Hãy chọn ít nhất một tệp ảnh.", code="required")
        return files


class BulkUploadForm(forms.Form):
    images = MultipleFileField(
        label="các tệp ảnh", help_text="Chọn nhiều tệp cùng lúc (JPEG, PNG, WebP, GIF)."
    )
    caption = forms.CharField(
        label="chú thích chung",
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="Dùng làm chú thích và mô tả ảnh (alt) ban đầu; sửa riêng từng ảnh sau.",
    )
    credited_to = forms.ModelChoiceField(
        label="nguồn ảnh trong danh mục", queryset=Credit.objects.all(), required=False
    )
    credit = forms.CharField(
        label="nguồn ảnh (ghi tay)",
        required=False,
        help_text="Nếu nguồn chưa có trong danh mục, ví dụ: Minh Đức/TTXVN.",
    )

    def clean(self):
        data = super().clean()
        if not data.get("credited_to") and not data.get("credit"):
            raise forms.ValidationError(
                "Cần nguồn ảnh: chọn trong danh mục hoặc ghi tay.", code="credit_required"
            )
        return data


@admin.register(Photo)
class PhotoAdmin(FoldedSearchMixin, admin.ModelAdmin):
    form = PhotoAdminForm
    change_list_template = "admin/media/photo/change_list.html"
    list_display = ["thumbnail", "caption", "credit", "dimensions", "taken_at", "uploaded_at"]
    list_display_links = ["thumbnail", "caption"]
    list_select_related = ["credited_to"]
    search_fields = [
        "caption",
        "credit",
        "alt_text",
        "original_filename",
        "credited_to__name",
        "credited_to__short_name",
        "captions__text",
        "captions__credit",
    ]
    list_filter = ["credited_to", "credited_to__kind", "uploaded_at", "taken_at"]
    date_hierarchy = "uploaded_at"
    autocomplete_fields = ["credited_to"]
    readonly_fields = [
        "preview",
        "original_filename",
        "dimensions",
        "content_hash",
        "uploaded_at",
        "used_in",
    ]
    fieldsets = [
        (None, {"fields": ["image", "preview", "caption", "alt_text", "credited_to", "credit"]}),
        ("Bài viết dùng ảnh này", {"fields": ["used_in"]}),
        (
            "Thông tin tệp",
            {
                "fields": [
                    "taken_at",
                    "original_filename",
                    "dimensions",
                    "content_hash",
                    "uploaded_at",
                ]
            },
        ),
    ]

    def get_urls(self):
        return [
            path(
                "tai-nhieu-anh/",
                self.admin_site.admin_view(self.bulk_upload_view),
                name="media_photo_bulk_upload",
            ),
            *super().get_urls(),
        ]

    def bulk_upload_view(self, request):
        if not self.has_add_permission(request):
            raise PermissionDenied
        result = None
        if request.method == "POST":
            form = BulkUploadForm(request.POST, request.FILES)
            if form.is_valid():
                result = photo_upload_batch(
                    files=form.cleaned_data["images"],
                    caption=form.cleaned_data["caption"],
                    credit=form.cleaned_data["credit"],
                    credited_to=form.cleaned_data["credited_to"],
                )
                if result.saved:
                    messages.success(request, f"Đã lưu {len(result.saved)} ảnh.")
                if result.rejected:
                    messages.error(request, f"{len(result.rejected)} tệp bị từ chối, xem bên dưới.")
                form = BulkUploadForm(initial=form.cleaned_data)
        else:
            form = BulkUploadForm()
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": "Tải nhiều ảnh cùng lúc",
            "form": form,
            "result": result,
            "duplicates": [
                (name, duplicate_message(existing)) for name, existing in result.duplicates
            ]
            if result
            else [],
            "media": self.media + form.media,
        }
        return TemplateResponse(request, "admin/media/photo/bulk_upload.html", context)

    @admin.display(description="ảnh")
    def thumbnail(self, photo):
        if not photo.image:
            return "—"
        return format_html(
            '<img src="{}" alt="{}" style="height:60px;width:auto" loading="lazy">',
            photo.rendition_jpeg_480.url,
            photo.alt,
        )

    @admin.display(description="xem trước")
    def preview(self, photo):
        if not photo.image:
            return "—"
        return format_html(
            '<img src="{}" alt="{}" style="max-width:480px;height:auto">',
            photo.rendition_jpeg_800.url,
            photo.alt,
        )

    @admin.display(description="kích thước")
    def dimensions(self, photo):
        return f"{photo.width}×{photo.height}" if photo.width else "—"

    #: Who may read the title of any story (the editorial roles, docs/editors.md).
    SEES_EVERY_STORY = "articles.edit_others_article"

    def get_object(self, request, object_id, from_field=None):
        photo = super().get_object(request, object_id, from_field)
        if photo is not None:
            photo.viewer = request.user  # for used_in, which the admin calls with the row only
        return photo

    @admin.display(description="các bài dùng ảnh")
    def used_in(self, photo):
        if not photo.pk:
            return "—"
        captions = photo.captions.select_related("article").order_by("-article__published_at")
        viewer = getattr(photo, "viewer", None)
        others = 0
        if viewer is None:
            others, captions = captions.count(), captions.none()
        elif not viewer.has_perm(self.SEES_EVERY_STORY):
            # A reporter reads the titles of their own stories only (not another's draft).
            others = captions.exclude(article__created_by=viewer).count()
            captions = captions.filter(article__created_by=viewer)
        if not captions and not others:
            return "Chưa bài nào dùng ảnh này."
        return format_html(
            "<ul>{}</ul>{}",
            format_html_join(
                "",
                '<li><a href="{}">{}</a> ({}) — chú thích: “{}”{}</li>',
                (
                    (
                        reverse("admin:articles_article_change", args=[caption.article_id]),
                        caption.article.title,
                        caption.article.get_status_display(),
                        caption.display_text,
                        f" (Ảnh: {caption.display_credit})" if caption.display_credit else "",
                    )
                    for caption in captions
                ),
            ),
            f"và {others} bài khác (của người khác)" if others else "",
        )
