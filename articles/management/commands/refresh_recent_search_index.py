"""Move the cutoff of the recent stories' search index forward (monthly, from cron). Thin: the
work is articles.site.recent_search_index.recent_search_index_refresh."""

from django.core.management.base import BaseCommand
from django.db import DEFAULT_DB_ALIAS
from django.utils import timezone

from articles.site.recent_search_index import recent_search_index_refresh


class Command(BaseCommand):
    help = (
        "Dựng lại chỉ mục tìm kiếm của các bài khoảng một năm gần đây với mốc mới "
        "(hằng tháng; chỉ PostgreSQL)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--database", default=DEFAULT_DB_ALIAS)

    def handle(self, *args, database, **options):
        refresh = recent_search_index_refresh(using=database, now=timezone.now())
        if refresh is None:
            self.stdout.write("Cơ sở dữ liệu không phải PostgreSQL: không có gì để làm.")
            return
        if refresh.busy:
            self.stdout.write("Một lần chạy khác đang dựng chỉ mục: lần này không làm gì.")
            return
        if refresh.created:
            self.stdout.write(self.style.SUCCESS(f"Đã dựng chỉ mục {refresh.name}."))
        else:
            self.stdout.write(f"Chỉ mục {refresh.name} đã có sẵn: không dựng lại.")
        for name in refresh.dropped:
            self.stdout.write(f"Đã xóa chỉ mục {name}.")
