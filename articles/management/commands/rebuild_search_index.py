"""Refill the search index of every article (after bulk writes, a restore, or a change to how
documents are built). Thin: arguments and progress; the work is
articles.search_index.index_articles."""

from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS

from articles.search_index import index_articles


class Command(BaseCommand):
    help = "Tạo lại chỉ mục tìm kiếm (search_text, search_vector, rank_vector) cho mọi bài viết."

    def add_arguments(self, parser):
        parser.add_argument("--batch-size", type=int, default=500)
        parser.add_argument("--database", default=DEFAULT_DB_ALIAS)

    def handle(self, *args, batch_size, database, verbosity, **options):
        if batch_size < 1:
            raise CommandError("--batch-size phải là số nguyên dương.")

        def progress(done, total):
            if verbosity > 1:
                self.stdout.write(f"  {done}/{total}")

        count = index_articles(using=database, batch_size=batch_size, progress=progress)
        self.stdout.write(self.style.SUCCESS(f"Đã cập nhật chỉ mục tìm kiếm cho {count} bài viết."))
