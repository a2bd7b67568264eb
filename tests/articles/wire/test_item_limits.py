"""What protects a batch from one pathological item: deep nesting is refused with a clear
error, and an item that takes longer than WIRE_ITEM_TIME_LIMIT to read fails alone; the
rest of the batch is imported, in order."""

import pytest

from articles.models import Article, WireItem
from articles.wire import analyse as analyse_module
from articles.wire.batch import wire_import
from articles.wire.read.markup import MAX_DEPTH
from articles.wire.sources import WireSource
from tests.articles.wire.read.test_deep_nesting import TEXT, TITLE, nested_page
from tests.articles.wire.test_workers import _story, deadline  # noqa: F401 (autouse fixture)
from tests.factories import SectionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def section():
    return SectionFactory(name="Thời sự", slug="thoi-su")


def test_a_deeply_nested_page_fails_alone_with_a_clear_error(section):
    deep = WireSource.from_bytes("trang-30000-the-div.html", nested_page(30_000).encode())
    sources = [_story(0), deep, _story(1)]

    report = wire_import(sources=sources, jobs=0)

    assert [i["status"] for i in report.items] == ["created", "failed", "created"]
    error = report.items[1]["error"]
    assert error.startswith("trang-30000-the-div.html: HTML lồng quá sâu")
    assert WireItem.objects.get(file_name=deep.name).error == error
    assert Article.objects.count() == 2


def test_a_page_as_deep_as_the_limit_is_imported(section):
    page = WireSource.from_bytes("trang-sau.html", nested_page(MAX_DEPTH).encode())
    item = wire_import(sources=[page], jobs=0).items[0]
    assert item["status"] == "created", item["error"]
    assert Article.objects.get().title == TITLE
    assert TEXT in Article.objects.get().sapo + Article.objects.get().body


def _stalling(monkeypatch, name):
    """The parser spins (CPU-bound, as a pathological input would) on the item ``name``."""
    real = analyse_module.parse

    def parse(data, *, name, **options):
        if name == stalled:
            while True:
                pass
        return real(data, name=name, **options)

    stalled = name
    monkeypatch.setattr(analyse_module, "parse", parse)


@pytest.mark.parametrize("jobs", [0, 2])
def test_an_item_over_the_time_limit_fails_and_the_batch_goes_on(
    section, settings, monkeypatch, jobs
):
    settings.WIRE_ITEM_TIME_LIMIT = 0.5
    sources = [_story(n) for n in range(6)]
    _stalling(monkeypatch, sources[2].name)

    report = wire_import(sources=sources, jobs=jobs)

    assert [i["status"] for i in report.items] == ["created"] * 2 + ["failed"] + ["created"] * 3
    error = report.items[2]["error"]
    assert error.startswith(f"{sources[2].name}: đọc tin quá 0,5 giây")
    assert WireItem.objects.get(file_name=sources[2].name).status == WireItem.Status.FAILED
    assert Article.objects.count() == 5
