"""Rebuild photo renditions: after changing widths or quality, or to repair missing files."""

from django.core.management.base import BaseCommand, CommandError

from media import renditions
from media.models import Photo


class Command(BaseCommand):
    help = "Tạo lại các bản thu nhỏ (WebP, JPEG) của ảnh cho srcset."

    def add_arguments(self, parser):
        parser.add_argument("ids", nargs="*", type=int, help="chỉ các ảnh có id này")
        parser.add_argument(
            "--missing-only",
            action="store_true",
            help="chỉ tạo các bản còn thiếu, không làm lại bản đã có",
        )

    def handle(self, *args, ids, missing_only, **options):
        photos = Photo.objects.exclude(image="").order_by("pk")
        if ids:
            photos = photos.filter(pk__in=ids)
        done = built = 0
        failed = []
        for photo in photos.iterator(chunk_size=200):
            try:
                built += renditions.regenerate(photo, only_missing=missing_only)
            except Exception as exc:  # one broken file must not stop the run
                failed.append(f"ảnh #{photo.pk} ({photo.image.name}): {exc}")
                continue
            done += 1
            if options["verbosity"] >= 2:
                self.stdout.write(f"ảnh #{photo.pk}: {photo.image.name}")
        self.stdout.write(f"{done} ảnh, {built} bản thu nhỏ đã tạo, {len(failed)} lỗi.")
        for line in failed:
            self.stderr.write(line)
        if failed:
            raise CommandError(f"{len(failed)} ảnh không tạo được bản thu nhỏ.")
