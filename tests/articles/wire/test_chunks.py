"""articles.wire.chunks: consecutive new drafts written together, in one transaction with one
statement per table, exactly as one by one; a bad item fails alone; anything unusual goes the
per-item way in its place."""

import logging

import pytest
from reversion.models import Version

from articles.models import Article, PersonSuggestion, PhotoSlot, Section, Transition, WireItem
from articles.wire import chunks, persist
from articles.wire.batch import wire_import
from articles.wire.sources import WireSource
from tests.factories import (
    OrganizationFactory,
    PersonFactory,
    PositionFactory,
    ResolutionFactory,
    SectionFactory,
)
from tests.paths import WIRE_DATA

pytestmark = pytest.mark.django_db

#: Stories of every format, with captions, known and unknown officials, resolutions, equal
#: titles, and a story without a title.
NAMES = [
    "officials_thanhhoa.txt",
    "nitf_ttxvn.xml",
    "newsml_vgp.xml",
    "page_baodientu.html",
    "hdnd_ninhbinh.txt",
    "vgp_chinhphu.txt",
    "ttxvn_hanoi.txt",
    "provincial_quangtri.txt",
]


@pytest.fixture
def newsroom():
    SectionFactory(name="Thời sự", slug="thoi-su")
    khanh = PersonFactory(full_name="Lương Văn Khánh", aliases="Lương V. Khánh")
    PositionFactory(person=khanh, title="Phó Chủ tịch Thường trực UBND tỉnh Thanh Hóa")
    party = OrganizationFactory(name="Ban Chấp hành Trung ương Đảng", kind="party")
    ResolutionFactory(number="58-NQ/TW", issuer=party, title="Về xây dựng tỉnh")


def source(name: str) -> WireSource:
    return WireSource.from_path(WIRE_DATA / name)


def story(name: str, title: str, body: str) -> WireSource:
    return WireSource.from_bytes(name, f"{title}\n\n{body}".encode())


OTHER = "HÀ NỘI (TTXVN) - Chiều 25/11, một công trình khác được khánh thành tại quận Hoàn Kiếm."


def _plain(n: int) -> WireSource:
    """A short story with no official in it: a plain create."""
    return story(
        f"tin-{n}.txt",
        f"Hà Nội khánh thành công trình số {n}",
        f"HÀ NỘI (TTXVN) - Sáng 25/11, thành phố khánh thành công trình thứ {n} tại quận Ba Đình.",
    )


def _one_by_one(monkeypatch):
    """Every item through the per-item path (``persist.import_item``), as before chunks."""

    def alone(writer, read, analysis):
        writer.done(persist.import_item(read, analysis, writer.batch))

    monkeypatch.setattr(chunks.DraftWriter, "add", alone)


def _written() -> dict:
    """Everything an import wrote, ids replaced by their rank (the two runs compared have
    different ids), relations by the rank of the row they point at."""
    articles = list(Article.objects.order_by("id").values_list("id", flat=True))
    rank = {pk: n for n, pk in enumerate(articles)}
    items = list(WireItem.objects.order_by("id").values_list("id", flat=True))
    item_rank = {pk: n for n, pk in enumerate(items)}
    skip = {"id", "created_at", "updated_at", "received_at", "section"}
    rows = {
        "articles": [
            {k: v for k, v in row.items() if k not in skip}
            for row in Article.objects.order_by("id").values()
        ],
        "inbox": [
            {
                **{k: v for k, v in row.items() if k not in skip | {"article_id", "raw"}},
                "article": rank.get(row["article_id"]),
                "duplicate_of_id": item_rank.get(row["duplicate_of_id"]),
            }
            for row in WireItem.objects.order_by("id").values()
        ],
        "steps": [
            (rank[a], action, comment)
            for a, action, comment in Transition.objects.order_by("id").values_list(
                "article_id", "action", "comment"
            )
        ],
        "slots": [
            (rank[a], item_rank[w], text, credit, position, order)
            for a, w, text, credit, position, order in PhotoSlot.objects.order_by("id").values_list(
                "article_id", "wire_item_id", "text", "credit", "position", "order"
            )
        ],
        "officials": [
            (rank[a], p)
            for a, p in Article.officials.through.objects.order_by("id").values_list(
                "article_id", "person_id"
            )
        ],
        "resolutions": [
            (rank[a], r)
            for a, r in Article.resolutions.through.objects.order_by("id").values_list(
                "article_id", "resolution_id"
            )
        ],
        "suggestions": [
            (
                s.name,
                s.titles,
                item_rank[s.wire_item_id],
                sorted(rank[a.pk] for a in s.articles.all()),
            )
            for s in PersonSuggestion.objects.order_by("id")
        ],
        "versions": [],
    }
    for version in Version.objects.order_by("id").select_related("revision"):
        # tags: taggit's manager, not a value (a story's tags are its followed rows)
        fields = {k: v for k, v in version.field_dict.items() if k not in skip | {"tags"}}
        rows["versions"].append(
            (rank[int(version.object_id)], version.revision.comment, version.object_repr, fields)
        )
    return rows


def _report(report) -> list[dict]:
    first = min((i["article_id"] for i in report.items if i["article_id"]), default=0)
    return [
        {
            **item,
            "article_id": item["article_id"] and item["article_id"] - first,
            "url": item["url"] and item["url"].replace(f"/{item['article_id']}/", "/#/"),
        }
        for item in report.items
    ]


def _clear() -> None:
    PersonSuggestion.objects.all().delete()
    WireItem.objects.all().delete()
    Version.objects.all().delete()
    Article.objects.all().delete()


def _batch() -> list[WireSource]:
    return [
        *(source(name) for name in NAMES),
        # an unknown official of the first story again, with another title: one suggestion
        story("thai.txt", "Đồng chí Hà Quang Thái, Phó Bí thư Tỉnh ủy, dự lễ khởi công.", OTHER),
        _plain(1),
        source("ttxvn_hanoi.txt"),  # the same text again, in the same chunk: a duplicate
        _plain(1),  # again
        source("nitf_ttxvn_v4.xml"),  # a newer version of a story of this chunk
        story("trung-ten.txt", "Hà Nội khánh thành công trình số 1", OTHER),
        *(_plain(n) for n in range(2, 12)),
        WireSource.from_bytes("rong.txt", b""),  # failed
        *(_plain(n) for n in range(12, 20)),
    ]


def test_drafts_written_together_are_those_written_one_by_one(newsroom, monkeypatch):
    together = wire_import(sources=_batch())
    statuses = [i["status"] for i in together.items]
    assert statuses.count("created") == len(NAMES) + 2 + 1 + 18
    assert statuses[len(NAMES) : len(NAMES) + 5] == [
        "created", "created", "duplicate", "duplicate", "updated",
    ]  # fmt: skip
    [thai] = PersonSuggestion.objects.filter(name_key="ha quang thai")
    assert len(thai.titles) == 2 and thai.articles.count() == 2
    ids = [i["article_id"] for i in together.items if i["status"] == "created"]
    assert ids == sorted(ids)  # inserted in the order of the items
    written = _written()
    _clear()

    _one_by_one(monkeypatch)
    alone = wire_import(sources=_batch())
    assert _report(alone) == _report(together)
    assert _written() == written


def test_a_failing_item_fails_alone_and_the_others_of_its_chunk_are_written(
    newsroom, monkeypatch, caplog
):
    original = persist.link_rows

    def broken(article, story, mentions, batch, wire_item):
        if wire_item.file_name == "tin-3.txt":
            raise RuntimeError("lỗi giả lập khi ghi")
        return original(article, story, mentions, batch, wire_item)

    monkeypatch.setattr(persist, "link_rows", broken)
    with caplog.at_level(logging.WARNING, logger="articles.wire.chunks"):
        report = wire_import(sources=[_plain(n) for n in range(6)])
    assert [i["status"] for i in report.items] == ["created"] * 3 + ["failed"] + ["created"] * 2
    assert report.items[3]["error"] == "tin-3.txt: không lưu được bài: lỗi giả lập khi ghi"
    assert report.items[3]["article_id"] is None
    assert "written together failed" in caplog.text
    assert Article.objects.count() == 5 == Transition.objects.count() == Version.objects.count()
    assert list(WireItem.objects.order_by("id").values_list("file_name", "status")) == [
        (i["source"], i["status"]) for i in report.items
    ]


def test_a_refused_row_rolls_back_the_chunk_and_its_items_go_one_by_one(newsroom, monkeypatch):
    """An IntegrityError from the database (a photo slot with a negative order) inside the
    chunk's transaction: nothing of the chunk stays, then the bad item fails alone."""
    original = persist.link_rows

    def with_a_bad_row(article, story, mentions, batch, wire_item):
        slots, officials, resolutions = original(article, story, mentions, batch, wire_item)
        if wire_item.file_name == "tin-2.txt":
            slots = [*slots, PhotoSlot(article=article, text="Ảnh", order=-1)]
        return slots, officials, resolutions

    monkeypatch.setattr(persist, "link_rows", with_a_bad_row)
    report = wire_import(sources=[_plain(n) for n in range(5)])
    assert [i["status"] for i in report.items] == [
        "created",
        "created",
        "failed",
        "created",
        "created",
    ]
    assert not PhotoSlot.objects.exists()
    assert Article.objects.count() == 4


def test_duplicates_within_one_chunk(newsroom):
    report = wire_import(
        sources=[
            source("nitf_ttxvn.xml"),
            _plain(1),
            source("nitf_ttxvn.xml"),  # same guid, same version
            _plain(1),  # same text
            source("nitf_ttxvn_v4.xml"),  # newer version
            _plain(2),
        ]
    )
    items = report.items
    assert [i["status"] for i in items] == [
        "created", "created", "duplicate", "duplicate", "updated", "created",
    ]  # fmt: skip
    assert items[2]["article_id"] == items[0]["article_id"] == items[4]["article_id"]
    assert items[3]["article_id"] == items[1]["article_id"]
    assert Article.objects.count() == 3


def test_a_chunk_costs_a_fixed_number_of_queries(newsroom, django_assert_num_queries):
    """Per chunk (a savepoint pair in a test): the earlier copies of all its items, the slugs,
    the drafts, their steps, inbox rows, and (one statement each for the whole chunk) the
    revisions and their versions; no photo slot, official or resolution in these stories."""
    wire_import(sources=[_plain(0)])  # content types and the like are cached after a first item
    per_batch, savepoints = 6, 2
    per_chunk = 1 + 1 + 1 + 1 + 1 + 2
    with django_assert_num_queries(per_batch + savepoints + per_chunk):
        report = wire_import(sources=[_plain(n) for n in range(1, 3)])
    assert report.counts["created"] == 2
    with django_assert_num_queries(per_batch + savepoints + per_chunk):
        report = wire_import(sources=[_plain(n) for n in range(3, 3 + chunks.CHUNK_ITEMS)])
    assert report.counts["created"] == chunks.CHUNK_ITEMS


def test_equal_titles_in_one_chunk_get_the_slugs_successive_saves_give(newsroom):
    Article.objects.create(
        section=Section.objects.get(), title="Hà Nội khánh thành công trình số 1"
    )
    report = wire_import(
        sources=[_plain(1), story("b.txt", "Hà Nội khánh thành công trình số 1", OTHER)]
    )
    slugs = [Article.objects.get(pk=i["article_id"]).slug for i in report.items]
    assert slugs == ["ha-noi-khanh-thanh-cong-trinh-so-1-2", "ha-noi-khanh-thanh-cong-trinh-so-1-3"]


def test_when_the_earlier_copies_cannot_be_read_at_once_each_item_goes_alone(newsroom, monkeypatch):
    def broken(entries):
        raise RuntimeError("lỗi giả lập khi đọc")

    monkeypatch.setattr(chunks, "_received", broken)
    report = wire_import(sources=[_plain(1), _plain(2), _plain(1)])
    assert [i["status"] for i in report.items] == ["created", "created", "duplicate"]
