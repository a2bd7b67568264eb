"""Load the demo newsroom (sections, officials, resolutions, photos, articles). Safe to re-run."""

import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from articles.demo import load_demo


class Command(BaseCommand):
    help = (
        "Nạp dữ liệu mẫu (chuyên mục, nhân vật, văn bản, ảnh, bài viết) cho máy phát triển. "
        "Chạy lại nhiều lần không tạo bản ghi trùng."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--force",
            action="store_true",
            help="nạp cả khi DEBUG=False (dữ liệu mẫu là tin giả định, đừng nạp vào trang thật)",
        )

    def handle(self, *args, force, verbosity, **options):
        if not settings.DEBUG and not force:
            raise CommandError(
                "load_demo chỉ dùng cho máy phát triển (DEBUG=True): dữ liệu mẫu là tin và nhân "
                "vật giả định. Thêm --force nếu thật sự muốn nạp."
            )
        started = time.monotonic()
        counts = load_demo(stdout=self.stdout if verbosity > 1 else None)
        elapsed = time.monotonic() - started

        self.stdout.write(
            f"Dữ liệu mẫu: {counts['sections']} chuyên mục, {counts['organizations']} cơ quan, "
            f"{counts['people']} nhân vật ({counts['positions']} chức vụ), "
            f"{counts['resolutions']} văn bản, {counts['photos']} ảnh, {counts['tags']} thẻ."
        )
        self.stdout.write(
            f"Bài viết: {counts['articles']}, trong đó {counts['published']} đang hiển thị "
            f"({counts['featured']} nổi bật), {counts['scheduled']} hẹn giờ, "
            f"{counts['drafts']} bản nháp, {counts['in_review']} chờ duyệt; "
            f"{counts['captions']} ảnh trong bài."
        )
        seconds = f"{elapsed:.1f}".replace(".", ",")
        written = ("created", "updated", "deleted", "linked", "files_written")
        if any(counts[key] for key in written):
            summary = (
                f"Đã ghi trong {seconds} giây: {counts['created']} bản ghi mới, "
                f"{counts['updated']} cập nhật, {counts['deleted']} xóa, "
                f"{counts['linked']} lần gắn thẻ, nhân vật, văn bản; "
                f"{counts['files_written']} tệp ảnh mới."
            )
        else:
            summary = f"Không có gì thay đổi: dữ liệu mẫu đã đầy đủ ({seconds} giây)."
        self.stdout.write(self.style.SUCCESS(summary))
