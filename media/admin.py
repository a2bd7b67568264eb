from django.contrib import admin
from django.utils.html import format_html

from media.models import Photo


@admin.register(Photo)
class PhotoAdmin(admin.ModelAdmin):
    list_display = ["thumbnail", "caption", "credit", "dimensions", "uploaded_at"]
    list_display_links = ["thumbnail", "caption"]
    search_fields = ["caption", "credit", "alt_text", "original_filename"]
    list_filter = ["uploaded_at", "credit"]
    date_hierarchy = "uploaded_at"
    readonly_fields = ["preview", "original_filename", "dimensions", "content_hash", "uploaded_at"]
    fields = [
        "image",
        "preview",
        "caption",
        "credit",
        "alt_text",
        "taken_at",
        "original_filename",
        "dimensions",
        "content_hash",
        "uploaded_at",
    ]

    @admin.display(description="ảnh")
    def thumbnail(self, photo):
        if not photo.image:
            return "—"
        return format_html(
            '<img src="{}" alt="{}" style="height:60px;width:auto" loading="lazy">',
            photo.image.url,
            photo.alt,
        )

    @admin.display(description="xem trước")
    def preview(self, photo):
        if not photo.image:
            return "—"
        return format_html(
            '<img src="{}" alt="{}" style="max-width:480px;height:auto">',
            photo.image.url,
            photo.alt,
        )

    @admin.display(description="kích thước")
    def dimensions(self, photo):
        return f"{photo.width}×{photo.height}" if photo.width else "—"
