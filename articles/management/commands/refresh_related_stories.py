"""Rank every story's related stories again (after a bulk import, or from a nightly job)."""

from django.core.management.base import BaseCommand

from articles.stale import rank_every_story


class Command(BaseCommand):
    help = "Xếp hạng lại tin liên quan của mọi bài đã xuất bản."

    def handle(self, *args, **options):
        def log(done):
            if options["verbosity"] >= 2:
                self.stdout.write(f"  {done} bài")

        done = rank_every_story(log=log)
        self.stdout.write(f"Đã xếp hạng tin liên quan cho {done} bài.")
