"""Import agency copy as draft articles. Thin: arguments, progress, report; the work is
``articles.wire.batch.wire_import``. The report and exit statuses are a contract:
docs/import.md, "JSON report".
"""

import json
import sys
import time

from django.core.management.base import BaseCommand, CommandError

from articles.wire.batch import resolve_section, wire_import
from articles.wire.read import WireDecodeError, decode
from articles.wire.read.detect import FORMATS
from articles.wire.report import STATUS_LABELS, found_in, summary_line
from articles.wire.sources import WireImportError, collect_sources

#: Exit status for bad arguments (argparse uses it too).
BAD_ARGUMENTS = 2


class Progress:
    """A one-line progress bar on a terminal; silent when the stream is not a terminal."""

    WIDTH = 28

    def __init__(self, stream, total: int):
        self.stream = stream
        self.total = total
        self.enabled = total > 1 and stream.isatty()
        self.done = self.failed = 0
        self.started = time.monotonic()

    def step(self, item: dict) -> None:
        self.done += 1
        self.failed += item["status"] == "failed"
        if not self.enabled:
            return
        filled = self.WIDTH * self.done // max(self.total, 1)
        rate = self.done / max(time.monotonic() - self.started, 1e-6)
        self.stream.write(
            f"\r[{'#' * filled}{'.' * (self.WIDTH - filled)}] {self.done}/{self.total} tin"
            f" · {rate:.0f} tin/giây · {self.failed} lỗi",
            ending="",
        )
        self.stream.flush()

    def clear(self) -> None:
        if self.enabled and self.done:
            self.stream.write("\r\x1b[K", ending="")

    def close(self) -> None:
        if self.enabled and self.done:
            self.stream.write("")


class Command(BaseCommand):
    help = (
        "Nhập tin hãng (văn bản, NITF, NewsML-G2, trang HTML) thành bài nháp: nhận diện tiêu đề, "
        "sapo, chú thích ảnh, nhân vật và văn bản; lưu mọi tin nhận được vào hộp tin."
    )
    stealth_options = ("stdin",)

    def add_arguments(self, parser):
        parser.add_argument(
            "paths", nargs="+", metavar="PATH", help="Tệp, thư mục (đọc đệ quy) hoặc - (stdin)."
        )
        parser.add_argument("--format", choices=["auto", *FORMATS], default="auto")
        parser.add_argument(
            "--encoding", default="auto", help="auto, utf-8, utf-16, cp1258, tcvn3, vni…"
        )
        parser.add_argument("--section", metavar="SLUG", help="Chuyên mục của các bài nháp.")
        parser.add_argument("--source", metavar="NAME", help="Nguồn tin (hãng), ví dụ TTXVN.")
        parser.add_argument(
            "--dry-run", action="store_true", help="Đọc, đối chiếu và báo cáo; không ghi gì."
        )
        parser.add_argument("--report", choices=["text", "json"], default="text")
        parser.add_argument(
            "--jobs",
            type=int,
            metavar="N",
            help="Số tiến trình phụ đọc và nhận diện tin trước trong lúc ghi (0: không dùng; "
            "mặc định: số nhân CPU trừ một, tối đa 4).",
        )

    def handle(
        self, *args, paths, format, encoding, section, source, dry_run, report, jobs, **options
    ):
        if encoding != "auto":
            try:
                decode(b"", encoding)
            except WireDecodeError as exc:
                raise CommandError(str(exc), returncode=BAD_ARGUMENTS) from None
        try:
            target = resolve_section(section)
            stdin = options.get("stdin") or sys.stdin.buffer
            sources, skipped = collect_sources(paths, stdin=stdin)
        except WireImportError as exc:
            raise CommandError(str(exc), returncode=BAD_ARGUMENTS) from None

        human = self.stderr if report == "json" else self.stdout
        for name in skipped:
            self.stderr.write(f"Bỏ qua (không phải tệp tin bài): {name}")
        if not sources:
            self.stderr.write("Không có tệp nào để nhập.")
        progress = Progress(self.stderr, len(sources))
        emitted = 0

        def on_item(item: dict) -> None:
            nonlocal emitted
            if report == "json":
                separator = "\n" if emitted == 0 else ",\n"
                self.stdout.write(separator + json.dumps(item, ensure_ascii=False), ending="")
            else:
                progress.clear()  # the item's line replaces the bar, which is drawn again below
                self._write_item(item)
            progress.step(item)
            emitted += 1

        if report == "json":
            self.stdout.write('{"items": [', ending="")
        result = wire_import(
            sources=sources,
            section=target,
            source_name=source,
            format=format,
            encoding=encoding,
            dry_run=dry_run,
            on_item=on_item,
            keep_items=False,
            jobs=jobs,
        )
        progress.close()
        if report == "json":
            newline = "\n" if emitted else ""
            self.stdout.write(f'{newline}], "counts": {json.dumps(result.counts)}}}')
        summary = summary_line(result.counts, dry_run=dry_run)
        human.write(summary)
        if result.failed:
            raise CommandError(
                f"{result.failed} tin không nhập được (xem lỗi ở trên).", returncode=1
            )

    def _write_item(self, item: dict) -> None:
        label = STATUS_LABELS[item["status"]]
        if item["status"] == "failed":
            self.stdout.write(self.style.ERROR(f"✗ {label}: {item['error']}"))
            return
        found = found_in(item)
        article = f" → bài #{item['article_id']}" if item["article_id"] else ""
        title = item["title"] or "(chưa có tiêu đề)"
        details = f" ({', '.join(found)})" if found else ""
        self.stdout.write(f"✓ {label}: {item['source']}{article} “{title}”{details}")
        for warning in item["warnings"]:
            self.stdout.write(self.style.WARNING(f"    ! {warning}"))
