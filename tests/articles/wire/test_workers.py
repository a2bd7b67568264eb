"""Worker processes of the wire import (articles.wire.workers, ``jobs``): a worker that dies
outright (a crash in a C extension, the out-of-memory killer) fails only the item that
killed it, and the rest of the batch is imported, in order."""

import logging
import os
import signal
from concurrent.futures import ProcessPoolExecutor

import pytest

from articles.models import Article, WireItem
from articles.wire import workers
from articles.wire.batch import wire_import
from articles.wire.sources import WireSource
from articles.wire.workers import CHUNK_ITEMS
from tests.factories import SectionFactory

pytestmark = pytest.mark.django_db

DIED = "tiến trình đọc tin bị dừng đột ngột khi xử lý tin này"
KEPT_DYING = "tiến trình đọc tin bị dừng đột ngột nhiều lần trong đợt nhập này"

PROVINCES = [
    ("Nghệ An", "Báo Nghệ An", "Thái Thanh Quý"),
    ("Hà Tĩnh", "Báo Hà Tĩnh", "Hoàng Trung Dũng"),
    ("Quảng Bình", "Báo Quảng Bình", "Trần Hải Châu"),
    ("Thừa Thiên Huế", "Báo Thừa Thiên Huế", "Lê Trường Lưu"),
    ("Quảng Nam", "Báo Quảng Nam", "Lương Nguyễn Minh Triết"),
    ("Bình Định", "Báo Bình Định", "Hồ Quốc Dũng"),
    ("Khánh Hòa", "Báo Khánh Hòa", "Nguyễn Khắc Toàn"),
    ("Đắk Lắk", "Báo Đắk Lắk", "Nguyễn Đình Trung"),
    ("Lâm Đồng", "Báo Lâm Đồng", "Trần Đức Quận"),
    ("Cần Thơ", "Báo Cần Thơ", "Phạm Văn Hiểu"),
    ("An Giang", "Báo An Giang", "Lê Hồng Quang"),
    ("Cà Mau", "Báo Cà Mau", "Nguyễn Tiến Hải"),
    ("Lào Cai", "Báo Lào Cai", "Vũ Xuân Cường"),
    ("Thái Nguyên", "Báo Thái Nguyên", "Phạm Hoàng Sơn"),
    ("Hải Dương", "Báo Hải Dương", "Lê Văn Hiệu"),
    ("Quảng Ninh", "Báo Quảng Ninh", "Nguyễn Thị Hạnh"),
    ("Bắc Ninh", "Báo Bắc Ninh", "Nguyễn Quốc Chung"),
    ("Thanh Hóa", "Báo Thanh Hóa", "Lại Thế Nguyên"),
    ("Sơn La", "Báo Sơn La", "Nguyễn Thái Hưng"),
    ("Kiên Giang", "Báo Kiên Giang", "Mai Văn Huỳnh"),
]


def _story(n: int) -> WireSource:
    """A provincial council story in the style of tests/data/wire: a different province, day
    and vote for each ``n`` (so no two are duplicates)."""
    province, paper, chair = PROVINCES[n % len(PROVINCES)]
    session, day = 20 + n, 1 + n % 28
    text = f"""HĐND tỉnh {province} thông qua {8 + n % 7} nghị quyết tại kỳ họp thứ {session}

({paper}) - Chiều {day}/12, kỳ họp thứ {session} HĐND tỉnh {province} khóa XVIII bế mạc sau \
hai ngày làm việc, thông qua {8 + n % 7} nghị quyết về kế hoạch đầu tư công trung hạn, giá đất \
và chính sách hỗ trợ người có công, với {40 + n}/{45 + n} đại biểu tán thành.

Phát biểu bế mạc kỳ họp, Chủ tịch HĐND tỉnh {chair} đề nghị UBND tỉnh khẩn trương ban hành \
kế hoạch triển khai, phân công rõ trách nhiệm từng sở, ngành và địa phương.

Giám sát việc thực hiện nghị quyết

Các Ban của HĐND tỉnh và từng đại biểu cần tăng cường giám sát, kịp thời phát hiện và kiến \
nghị xử lý những vướng mắc phát sinh trong quá trình triển khai./.

Thu Hằng - Văn Dũng
"""
    return WireSource.from_bytes(f"tin-{n:02d}-{province}.txt", text.encode())


@pytest.fixture
def section():
    return SectionFactory(name="Thời sự", slug="thoi-su")


class _CountingPool(ProcessPoolExecutor):
    """The worker pool, writing down how many items each task it is given holds."""

    sizes: list[int]

    def submit(self, fn, items):
        self.sizes.append(len(items))
        return super().submit(fn, items)


@pytest.fixture
def tasks(monkeypatch):
    sizes = []
    monkeypatch.setattr(_CountingPool, "sizes", sizes, raising=False)
    monkeypatch.setattr(workers, "ProcessPoolExecutor", _CountingPool)
    return sizes


def _killing(monkeypatch, *, kills):
    """Make the pure stage end its worker process outright (as a segfault would) on the items
    ``kills`` picks; in the importing process it fails the test instead of ending pytest."""
    writer, real = os.getpid(), workers.analyse

    def analyse(data, name, batch):
        if kills(name):
            assert os.getpid() != writer, f"{name} was analysed in the importing process"
            os._exit(1)
        return real(data, name, batch)

    monkeypatch.setattr(workers, "analyse", analyse)


@pytest.fixture(autouse=True)
def deadline():
    """A hang fails the test instead of stopping the run (timers are not inherited by fork)."""

    def stop(signum, frame):
        raise TimeoutError("the import did not finish")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, 120)
    yield
    signal.setitimer(signal.ITIMER_REAL, 0)
    signal.signal(signal.SIGALRM, previous)


def test_a_worker_killed_by_one_item_fails_that_item_only(section, monkeypatch, tasks, caplog):
    sources = [_story(n) for n in range(40)]
    killer = sources[11].name  # in the second chunk, with two more in flight behind it
    _killing(monkeypatch, kills=lambda name: name == killer)

    with caplog.at_level(logging.WARNING, logger="articles.wire.workers"):
        report = wire_import(sources=sources, jobs=1)

    assert [i["source"] for i in report.items] == [s.name for s in sources]
    assert [i["status"] for i in report.items] == ["created"] * 11 + ["failed"] + ["created"] * 28
    assert report.counts == {"created": 39, "updated": 0, "duplicate": 0, "failed": 1}
    failed = report.items[11]
    assert failed["error"].startswith(f"{killer}: {DIED}")
    assert failed["article_id"] is None and failed["url"] is None

    kept = WireItem.objects.get(status=WireItem.Status.FAILED)
    assert (kept.file_name, kept.error) == (killer, failed["error"])
    assert bytes(kept.raw) == sources[11].open().read()
    assert kept.article_id is None

    drafts = Article.objects.filter(status=Article.Status.DRAFT)
    assert drafts.count() == Article.objects.count() == 39
    assert sorted(drafts.values_list("title", flat=True)) == sorted(
        i["title"] for i in report.items if i["status"] == "created"
    )
    assert (
        report.items[12]["title"] == "HĐND tỉnh Lào Cai thông qua 13 nghị quyết tại kỳ họp thứ 32"
    )
    # The inbox holds every item, in the order given.
    assert list(WireItem.objects.order_by("id").values_list("file_name", flat=True)) == [
        s.name for s in sources
    ]
    # Chunks of 8 until the worker died in the second; the three chunks sent after the first
    # then read again one item per task (the killer alone killed a worker again); then chunks.
    assert tasks == [CHUNK_ITEMS] * 4 + [1] * (3 * CHUNK_ITEMS) + [CHUNK_ITEMS]
    restarts = [r for r in caplog.records if "fresh worker pool" in r.getMessage()]
    assert [r.levelno for r in restarts] == [logging.WARNING, logging.WARNING]
    assert killer in restarts[1].getMessage()


def test_workers_dying_on_every_item_end_the_batch_with_every_item_failed(section, monkeypatch):
    sources = [_story(n) for n in range(20)]
    _killing(monkeypatch, kills=lambda name: True)

    report = wire_import(sources=sources, jobs=1)

    assert [i["source"] for i in report.items] == [s.name for s in sources]
    assert report.counts == {"created": 0, "updated": 0, "duplicate": 0, "failed": 20}
    errors = [i["error"].split(": ", 1)[1] for i in report.items]
    # Read again one by one while fresh pools are allowed, then failed without another try.
    tried = workers.POOL_RESTARTS_MAX
    assert all(e.startswith(DIED) for e in errors[:tried])
    assert all(e.startswith(KEPT_DYING) for e in errors[tried:])
    assert Article.objects.count() == 0
    kept = list(WireItem.objects.order_by("id"))
    assert [w.file_name for w in kept] == [s.name for s in sources]
    assert all(w.status == WireItem.Status.FAILED for w in kept)
    assert [bytes(w.raw) for w in kept] == [s.open().read() for s in sources]


def test_with_two_workers_only_the_killing_item_fails(section, monkeypatch):
    """The other worker's chunk goes down with the pool too; its items are not to blame."""
    sources = [_story(n) for n in range(40)]
    killers = {sources[3].name, sources[30].name}
    _killing(monkeypatch, kills=killers.__contains__)

    report = wire_import(sources=sources, jobs=2)

    assert [i["source"] for i in report.items] == [s.name for s in sources]
    assert {i["source"] for i in report.items if i["status"] == "failed"} == killers
    assert all(DIED in i["error"] for i in report.items if i["status"] == "failed")
    assert report.counts == {"created": 38, "updated": 0, "duplicate": 0, "failed": 2}
    assert WireItem.objects.filter(status=WireItem.Status.FAILED).count() == 2
    assert Article.objects.count() == 38
