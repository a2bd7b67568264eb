"""Render the article pages that have no current rendering, and build the teasers lists show
(after a deploy, or ahead of readers)."""

from django.core.management.base import BaseCommand

from articles.models import Article
from articles.site import teasers
from articles.site.renderings import mark_stale, render_missing


class Command(BaseCommand):
    help = (
        "Dựng sẵn trang của các bài đã xuất bản chưa có bản dựng hiện hành (sau khi triển khai "
        "mã mới, hoặc trước khi độc giả mở)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--limit",
            type=int,
            help="chỉ dựng chừng này bài, mới xuất bản trước (mặc định: tất cả)",
        )
        parser.add_argument(
            "--all",
            action="store_true",
            help="dựng lại cả các bài đang có bản dựng (sau khi khôi phục dữ liệu hoặc sửa hàng "
            "loạt bằng SQL)",
        )

    def handle(self, *args, **options):
        def log(done, total):
            if options["verbosity"] >= 2:
                self.stdout.write(f"  {done}/{total} bài")

        if options["all"]:
            mark_stale()
            teasers.invalidate()
        done = render_missing(limit=options["limit"], log=log)
        self.stdout.write(f"Đã dựng sẵn trang của {done} bài.")
        built = teasers.build_missing(Article.objects.published())
        self.stdout.write(f"Đã dựng sẵn tóm tắt của {built} bài cho các trang danh sách.")
