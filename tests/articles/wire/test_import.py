"""The database end of the wire import (articles.wire.batch.wire_import and the suggestion
services): drafts, photo slots, mentions, the inbox record, duplicates, versions, failures."""

import datetime
import io
import shutil
from pathlib import Path

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.utils import timezone

from articles.desk import workflow
from articles.models import Article, PersonSuggestion, PhotoSlot, Transition, WireItem
from articles.wire import suggestions
from articles.wire.batch import wire_import
from articles.wire.checks import wire_publish_problems
from articles.wire.sources import WireImportError, WireSource
from newsroom.text import normalize, normalize_inline
from people.mentions.index import load_people_index, load_resolution_index
from people.models import Person, Position, Resolution
from tests.factories import (
    EDITOR,
    CreditFactory,
    OrganizationFactory,
    PersonFactory,
    PositionFactory,
    ResolutionFactory,
    SectionFactory,
    UserFactory,
    image_file,
)
from tests.paths import WIRE_DATA

pytestmark = pytest.mark.django_db

DATA = WIRE_DATA
N = normalize_inline


@pytest.fixture
def section():
    return SectionFactory(name="Thời sự", slug="thoi-su")


@pytest.fixture
def khanh():
    person = PersonFactory(full_name="Lương Văn Khánh", birth_year=1976)
    PositionFactory(
        person=person,
        title="Phó Chủ tịch Thường trực UBND tỉnh Thanh Hóa",
        organization=OrganizationFactory(name="Uỷ ban nhân dân tỉnh Thanh Hoá"),
    )
    return person


@pytest.fixture
def documents():
    party = OrganizationFactory(name="Ban Chấp hành Trung ương Đảng", kind="party")
    return {
        "58": ResolutionFactory(number="58-NQ/TW", issuer=party, title="Về xây dựng tỉnh"),
        "35": ResolutionFactory(
            number="35-CT/TW", kind=Resolution.Kind.DIRECTIVE, issuer=party, title="Về đại hội"
        ),
        "xiii": ResolutionFactory(
            number="",
            term="Đại hội XIII",
            title="Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng",
            issuer=party,
        ),
    }


def source(name: str) -> WireSource:
    return WireSource.from_path(DATA / name)


def story(name: str, *paragraphs: str) -> WireSource:
    """A plain-text item written in the test: one paragraph per argument."""
    return WireSource.from_bytes(name, "\n\n".join(paragraphs).encode())


def run(*names, **options):
    report = wire_import(sources=[source(n) for n in names], **options)
    return report.items[0] if len(names) == 1 else report


# ---------------------------------------------------------------------------------------------
# A story becomes a draft
# ---------------------------------------------------------------------------------------------


def test_a_story_becomes_a_draft_with_photo_slots_mentions_byline_and_source(
    section, khanh, documents
):
    CreditFactory(name="Anh Sơn", short_name="AS")
    item = run("officials_thanhhoa.txt")

    assert item["status"] == "created"
    article = Article.objects.get(pk=item["article_id"])
    assert article.status == Article.Status.DRAFT and article.published_at is None
    assert article.section == section
    assert article.title == N("Thanh Hóa sơ kết 3 năm thực hiện Nghị quyết số 58-NQ/TW")
    assert article.sapo.startswith(N("Sáng 26/11, Ban Thường vụ Tỉnh ủy Thanh Hóa"))
    assert "<h2>Hạ tầng phải đi trước một bước</h2>" in article.body
    assert "leftcenterrightdel" not in article.body and "/." not in article.body
    assert (article.byline, article.source) == ("Ngọc Hà", "TTXVN")
    assert item["url"].endswith(f"/admin/articles/article/{article.pk}/change/")

    # Captions wait as photo slots, where they stood, "AS" expanded by the photo desk's list.
    slots = list(article.photo_slots.order_by("order"))
    assert [(s.text, s.credit, s.position) for s in slots] == [
        (N("Phó Chủ tịch Thường trực UBND tỉnh Lương Văn Khánh phát biểu chỉ đạo hội nghị."),
         "Anh Sơn", 0),
        (N("Các đại biểu tham quan khu kinh tế ven biển Nghi Sơn."), "Ngọc Hà", 3),
    ]  # fmt: skip

    # Officials: the one in the database is linked, with every title the copy gave him.
    assert list(article.officials.all()) == [khanh]
    [known] = [o for o in item["officials"] if o["person_id"]]
    assert known == {
        "name": N("Lương Văn Khánh"),
        "titles": [
            N("Uỷ viên Ban Thường vụ Tỉnh uỷ"),
            N("Phó Chủ tịch Thường trực Uỷ ban nhân dân tỉnh"),
        ],
        "person_id": khanh.pk,
        "suggested": False,
        "rank": None,
        "rule": "known",
    }
    # Resolutions by number (odd spacing too) and by congress; the unknown one reported.
    assert set(article.resolutions.all()) == {documents["58"], documents["35"], documents["xiii"]}
    assert {r["number"]: r["resolution_id"] for r in item["resolutions"]} == {
        "58-NQ/TW": documents["58"].pk,
        "35-CT/TW": documents["35"].pk,
        "12-KL/TW": None,
        None: documents["xiii"].pk,
    }
    # Linked names and numbers are searchable at once.
    names = article.search_text.split("|names|")[1].split("|body|")[0]
    assert "luong van khanh" in names and "nghi quyet 58 nq tw" in names

    # The inbox keeps the file exactly as received, the parse and the outcome.
    wire_item = WireItem.objects.get(article=article)
    assert bytes(wire_item.raw) == (DATA / "officials_thanhhoa.txt").read_bytes()
    assert (wire_item.status, wire_item.format, wire_item.encoding) == ("created", "text", "utf-8")
    assert wire_item.parsed["title"] == article.title
    assert wire_item.article_version == article.version
    assert list(PhotoSlot.objects.filter(wire_item=wire_item)) == slots
    # The editorial record says where the draft came from.
    transition = Transition.objects.get(article=article)
    assert (transition.action, transition.by) == ("create", None)
    assert "officials_thanhhoa.txt" in transition.comment


def test_unknown_officials_become_suggestions_never_people(section, khanh):
    people_before = Person.objects.count()
    item = run("officials_thanhhoa.txt")

    assert Person.objects.count() == people_before
    suggested = {o["name"]: o["titles"] for o in item["officials"] if o["suggested"]}
    assert suggested == {
        N("Đỗ Minh Tuấn"): [N("Giám đốc Sở Kế hoạch và Đầu tư")],
        N("Hà Quang Thái"): [N("Chủ tịch Hội đồng nhân dân tỉnh")],
    }
    rows = {s.name: s for s in PersonSuggestion.objects.all()}
    assert set(rows) == set(suggested)
    thai = rows[N("Hà Quang Thái")]
    assert thai.status == PersonSuggestion.Status.PENDING
    assert thai.titles == [N("Chủ tịch Hội đồng nhân dân tỉnh")]
    assert list(thai.articles.values_list("pk", flat=True)) == [item["article_id"]]


def test_a_suggestion_seen_again_gathers_titles_and_articles(section):
    first = wire_import(
        sources=[
            story(
                "a.txt",
                "Chủ tịch HĐND tỉnh Hà Quang Thái phát biểu khai mạc kỳ họp thứ 20 HĐND tỉnh.",
                "Kỳ họp diễn ra trong 3 ngày với nhiều nội dung quan trọng.",
            )
        ]
    ).items[0]
    second = wire_import(
        sources=[
            story(
                "b.txt",
                "Đồng chí Hà Quang Thái, Phó Bí thư Tỉnh ủy, dự lễ khởi công.",
                "Công trình có tổng mức đầu tư 1.200 tỷ đồng.",
            )
        ]
    ).items[0]
    [suggestion] = PersonSuggestion.objects.all()
    assert suggestion.titles == [N("Chủ tịch Hội đồng nhân dân tỉnh"), N("Phó Bí thư Tỉnh uỷ")]
    assert set(suggestion.articles.values_list("pk", flat=True)) == {
        first["article_id"],
        second["article_id"],
    }


def test_editor_creates_the_suggested_person_with_positions_and_links_the_articles(section):
    editor = UserFactory(username="btv.hoa", role=EDITOR)
    item = run("officials_thanhhoa.txt")
    suggestion = PersonSuggestion.objects.get(name=N("Hà Quang Thái"))

    person = suggestions.person_suggestion_accept(suggestion=suggestion, by=editor)

    assert person.full_name == N("Hà Quang Thái")
    assert list(person.positions.values_list("title", flat=True)) == [
        N("Chủ tịch Hội đồng nhân dân tỉnh")
    ]
    assert person in Article.objects.get(pk=item["article_id"]).officials.all()
    suggestion.refresh_from_db()
    assert (suggestion.status, suggestion.person, suggestion.decided_by) == (
        "accepted",
        person,
        editor,
    )
    # The next story naming him links him directly.
    again = wire_import(
        sources=[
            story(
                "c.txt",
                "Chủ tịch HĐND tỉnh Hà Quang Thái tiếp xúc cử tri huyện Nga Sơn.",
                "Cử tri kiến nghị nhiều nội dung về đất đai.",
            )
        ]
    ).items[0]
    assert [(o["person_id"], o["suggested"]) for o in again["officials"]] == [(person.pk, False)]


def test_a_former_title_becomes_a_position_that_has_ended(section):
    editor = UserFactory(username="btv.son", role=EDITOR)
    wire_import(
        sources=[
            story(
                "cuu.txt",
                "Ông Lê Văn Khoa, nguyên Giám đốc Sở Tài chính, và Phó Chủ tịch UBND tỉnh Lê "
                "Văn Khoa được nhắc đến trong bản án.",
                "Hội đồng xét xử tuyên án sau ba ngày xét xử.",
            )
        ]
    )
    suggestion = PersonSuggestion.objects.get(name=N("Lê Văn Khoa"))
    assert suggestion.titles == [
        N("Nguyên Giám đốc Sở Tài chính"),
        N("Phó Chủ tịch Uỷ ban nhân dân tỉnh"),
    ]
    person = suggestions.person_suggestion_accept(suggestion=suggestion, by=editor)
    # A story without a date of its own speaks of the day it was received.
    seen = timezone.localdate(suggestion.wire_item.received_at)
    ended = seen - datetime.timedelta(days=1)
    assert list(person.positions.values_list("title", "end_date", "seen_on")) == [
        (N("Giám đốc Sở Tài chính"), ended, None),
        (N("Phó Chủ tịch Uỷ ban nhân dân tỉnh"), None, seen),
    ]
    assert person.title_on(seen) == [N("Phó Chủ tịch Uỷ ban nhân dân tỉnh")]
    assert person.title_on(ended) == [N("Giám đốc Sở Tài chính")]
    # Known from the story's day only: not held "now" on its word.
    assert person.title_on(seen + datetime.timedelta(days=1)) == []


def test_accepting_refuses_a_namesake_and_a_decided_suggestion(section):
    editor = UserFactory(username="btv.lan", role=EDITOR)
    run("officials_thanhhoa.txt")
    tuan = PersonSuggestion.objects.get(name=N("Đỗ Minh Tuấn"))
    PersonFactory(full_name="Đỗ Minh Tuấn")
    with pytest.raises(Exception, match="Đã có nhân vật"):
        suggestions.person_suggestion_accept(suggestion=tuan, by=editor)
    thai = PersonSuggestion.objects.get(name=N("Hà Quang Thái"))
    suggestions.person_suggestion_reject(suggestion=thai, by=editor)
    with pytest.raises(Exception, match="đã được xử lý"):
        suggestions.person_suggestion_accept(suggestion=thai, by=editor)


def test_a_rejected_name_is_not_suggested_again(section):
    editor = UserFactory(username="btv.minh", role=EDITOR)
    run("officials_thanhhoa.txt")
    thai = PersonSuggestion.objects.get(name=N("Hà Quang Thái"))
    suggestions.person_suggestion_reject(suggestion=thai, by=editor)

    item = wire_import(
        sources=[
            story(
                "d.txt",
                "Chủ tịch HĐND tỉnh Hà Quang Thái chủ trì phiên chất vấn.",
                "Phiên chất vấn kéo dài suốt buổi sáng.",
            )
        ]
    ).items[0]
    assert item["officials"] == [
        {
            "name": N("Hà Quang Thái"),
            "titles": [N("Chủ tịch Hội đồng nhân dân tỉnh")],
            "person_id": None,
            "suggested": False,
            "rank": None,
            "rule": "before",
        }
    ]
    assert PersonSuggestion.objects.filter(status="pending", name_key="ha quang thai").count() == 0


def test_editor_groups_may_work_the_wire_desk():
    editors = Group.objects.get(name=EDITOR)
    codes = set(editors.permissions.values_list("codename", flat=True))
    assert {"view_wireitem", "change_personsuggestion", "add_person", "delete_photoslot"} <= codes


def test_missing_title_gets_a_provisional_title_that_blocks_publication(section):
    item = run("thanhuy_city.txt")
    article = Article.objects.get(pk=item["article_id"])

    assert item["title"] is None
    assert article.title.startswith("[Chưa có tiêu đề] " + N("Đó là yêu cầu của đồng chí"))
    assert any(w.startswith("Thiếu tiêu đề") for w in item["warnings"])
    assert any("Tiêu đề tạm" in w for w in item["warnings"])
    problems = workflow.publish_problems(article)
    assert any("tiêu đề tạm" in p for p in problems)
    assert any("2 ảnh chờ bổ sung" in p for p in problems)
    article.title = "Thành ủy bế mạc hội nghị lần thứ 12"
    article.save()
    article.photo_slots.all().delete()
    assert wire_publish_problems(article) == []


@pytest.mark.parametrize(
    "name",
    [
        "ttxvn_hanoi.txt",
        "nitf_ttxvn.xml",
        "newsml_vgp.xml",
        "newsml_inline_nitf.xml",
        "page_baodientu.html",
        "teletype_wrapped.txt",
        "uppercase_sggp.txt",
    ],
)
def test_every_format_becomes_an_unpublished_draft(section, name):
    item = run(name)
    assert item["status"] == "created"
    article = Article.objects.get(pk=item["article_id"])
    assert article.status == Article.Status.DRAFT
    assert not Article.objects.published().filter(pk=article.pk).exists()
    assert article.body.startswith(("<p>", "<h2>"))
    assert WireItem.objects.get(article=article).format == item["format"]


# ---------------------------------------------------------------------------------------------
# Idempotence
# ---------------------------------------------------------------------------------------------


def test_the_same_story_again_is_a_duplicate_and_is_still_kept(section):
    first = run("ttxvn_hanoi.txt")
    again = run("ttxvn_hanoi.txt")

    assert again["status"] == "duplicate"
    assert again["article_id"] == first["article_id"]
    assert Article.objects.count() == 1
    duplicate = WireItem.objects.get(status="duplicate")
    assert duplicate.duplicate_of == WireItem.objects.get(status="created")
    assert bytes(duplicate.raw) == (DATA / "ttxvn_hanoi.txt").read_bytes()


def test_the_same_text_resent_differently_encoded_is_a_duplicate(section):
    run("ttxvn_hanoi.txt")
    text = (DATA / "ttxvn_hanoi.txt").read_text(encoding="utf-8")
    # Another file, other bytes: UTF-16 with a BOM, CRLF line ends, classic tone placement.
    resent = normalize(text, tone_placement="classic").replace("\n", "\r\n").encode("utf-16")
    item = wire_import(sources=[WireSource.from_bytes("ban-sao.txt", resent)]).items[0]
    assert (item["status"], item["encoding"]) == ("duplicate", "utf-16")
    assert Article.objects.count() == 1


def test_a_newer_version_updates_the_draft_nobody_edited(section):
    first = run("nitf_ttxvn.xml")
    article = Article.objects.get(pk=first["article_id"])
    version_written = article.version

    newer = run("nitf_ttxvn_v4.xml")

    assert newer["status"] == "updated"
    assert newer["article_id"] == article.pk
    article.refresh_from_db()
    assert "các nghị định hướng dẫn" in article.body
    assert article.status == Article.Status.DRAFT
    assert article.photo_slots.count() == 1  # replaced, not doubled
    updated = WireItem.objects.get(status="updated")
    assert (updated.version, updated.article_version) == (4, article.version)
    assert article.version > version_written
    # One revision per version received, the newer one with the draft as it is now.
    from articles.desk.revisions import versions_of

    newest, oldest = versions_of(article)
    assert newest.revision.comment == "Cập nhật từ phiên bản 4 của tin hãng"
    assert newest.field_dict["body"] == article.body != oldest.field_dict["body"]
    assert newest.field_dict["officials"] == list(article.officials.values_list("pk", flat=True))
    # The search document was rewritten with the new text.
    assert "cac nghi dinh huong dan" in article.search_text


def test_a_newer_version_leaves_an_edited_draft_alone_and_waits_for_the_editor(section):
    first = run("nitf_ttxvn.xml")
    article = Article.objects.get(pk=first["article_id"])
    article.title = "Luật Thủ đô (sửa đổi) được thông qua với 451 phiếu tán thành"
    article.save()

    newer = run("nitf_ttxvn_v4.xml")

    assert newer["status"] == "duplicate"
    assert any("phiên bản mới (4)" in w for w in newer["warnings"])
    article.refresh_from_db()
    assert article.title == "Luật Thủ đô (sửa đổi) được thông qua với 451 phiếu tán thành"
    assert "các nghị định hướng dẫn" not in article.body
    waiting = WireItem.objects.get(version=4)
    assert (waiting.status, waiting.awaits_editor, waiting.article) == ("duplicate", True, article)
    assert "các nghị định hướng dẫn" in str(waiting.parsed)


def test_a_version_bump_without_new_text_is_a_duplicate(section):
    run("nitf_ttxvn.xml")
    bumped = (DATA / "nitf_ttxvn.xml").read_bytes().replace(b'version="3"', b'version="5"')
    item = wire_import(sources=[WireSource.from_bytes("v5.xml", bumped)]).items[0]
    assert item["status"] == "duplicate" and item["warnings"] == []


def test_a_newer_version_leaves_a_draft_in_review_alone(section):
    run("nitf_ttxvn.xml")
    Article.objects.update(status=Article.Status.REVIEW)
    assert run("nitf_ttxvn_v4.xml")["status"] == "duplicate"


def test_an_older_version_arriving_late_is_a_duplicate(section):
    run("nitf_ttxvn_v4.xml")
    late = run("nitf_ttxvn.xml")
    assert late["status"] == "duplicate"
    assert any("phiên bản 4" in w and "phiên bản 3" in w for w in late["warnings"])
    assert "các nghị định hướng dẫn" in Article.objects.get().body


# ---------------------------------------------------------------------------------------------
# Failures: each item fails alone, is kept, and the batch goes on
# ---------------------------------------------------------------------------------------------


def _jpeg() -> bytes:
    return image_file().read()


FAILURES = {
    "empty": (lambda: b"", "tệp rỗng"),
    "blank": (lambda: b"  \r\n\r\n \n", "tệp rỗng"),
    "binary": (_jpeg, "ảnh JPEG"),
    "nul-bytes": (lambda: b"Tin v\x00\x01\x02\x03 \x00\x00 h\x00ng" * 50, "nhị phân"),
    "truncated-utf8": (
        lambda: (DATA / "ttxvn_hanoi.txt").read_bytes() + "Hà Nộ".encode()[:-1],
        "cắt cụt",
    ),
    "truncated-xml": (lambda: (DATA / "truncated_nitf.xml").read_bytes(), "cắt cụt"),
    "malformed-xml": (lambda: (DATA / "malformed_newsml.xml").read_bytes(), "XML không hợp lệ"),
    "billion-laughs": (lambda: (DATA / "billion_laughs.xml").read_bytes(), "an toàn"),
    "external-entity": (lambda: (DATA / "external_entity.xml").read_bytes(), "an toàn"),
}


@pytest.mark.parametrize("case", list(FAILURES))
def test_a_bad_item_fails_alone_is_kept_and_the_batch_goes_on(section, case):
    make, reason = FAILURES[case]
    data = make()
    report = wire_import(
        sources=[
            source("hdnd_ninhbinh.txt"),
            WireSource.from_bytes(f"hong-{case}.xml", data),
            source("vgp_chinhphu.txt"),
        ]
    )
    assert [i["status"] for i in report.items] == ["created", "failed", "created"]
    failed = report.items[1]
    assert failed["error"].startswith(f"hong-{case}.xml: ")
    assert reason in failed["error"]
    assert failed["article_id"] is None
    assert report.counts == {"created": 2, "updated": 0, "duplicate": 0, "failed": 1}
    kept = WireItem.objects.get(status="failed")
    assert bytes(kept.raw) == data
    assert kept.error == failed["error"]
    assert Article.objects.count() == 2


def test_an_oversized_file_fails_and_is_kept_whole_in_storage(section, tmp_path):
    big = tmp_path / "ban-tin-qua-lon.txt"
    line = "Hà Nội thông qua nghị quyết về phát triển giao thông công cộng. " * 20 + "\n"
    with big.open("w", encoding="utf-8") as handle:
        while handle.tell() <= 5 * 1024 * 1024:
            handle.write(line)
    report = wire_import(sources=[WireSource.from_path(big), source("hdnd_ninhbinh.txt")])

    assert [i["status"] for i in report.items] == ["failed", "created"]
    assert "quá lớn" in report.items[0]["error"] and "5.0 MB" in report.items[0]["error"]
    kept = WireItem.objects.get(status="failed")
    assert kept.size == big.stat().st_size
    assert bytes(kept.raw) == b""
    assert kept.raw_bytes() == big.read_bytes()


def test_the_size_limit_is_a_setting(section, settings):
    settings.WIRE_IMPORT_MAX_BYTES = 1000
    item = run("ttxvn_hanoi.txt")  # 1.6 kB
    assert item["status"] == "failed" and "quá lớn" in item["error"]


def _break_link_rows(monkeypatch, broken):
    """``link_rows`` replaced where new drafts are written, alone or together
    (``articles.wire.persist.write_new_drafts``)."""
    from articles.wire import persist

    original = persist.link_rows

    def patched(article, story, mentions, batch, wire_item):
        rows = original(article, story, mentions, batch, wire_item)
        return broken(article, wire_item, rows)

    monkeypatch.setattr(persist, "link_rows", patched)


def test_a_database_error_fails_the_item_only(section, monkeypatch):
    def broken(article, wire_item, rows):
        if wire_item.file_name.endswith("hdnd_ninhbinh.txt"):
            raise RuntimeError("mất kết nối giả lập")
        return rows

    _break_link_rows(monkeypatch, broken)
    report = wire_import(sources=[source("hdnd_ninhbinh.txt"), source("vgp_chinhphu.txt")])
    assert [i["status"] for i in report.items] == ["failed", "created"]
    assert "mất kết nối giả lập" in report.items[0]["error"]
    # The failed item's article was rolled back with it; its bytes are kept.
    assert Article.objects.count() == 1
    assert WireItem.objects.filter(
        status="failed", file_name__endswith="hdnd_ninhbinh.txt"
    ).exists()


def test_text_with_percent_signs_and_quotes_is_stored_as_written(section):
    """The draft's rows go as one statement of literals on PostgreSQL: "%", "%s", quotes and
    backslashes in the copy reach the database unchanged."""
    odd = "8% và “%s” ở Hà Nội: 'O'Reilly' \\ 100%% hoàn thành"
    body = "HÀ NỘI (TTXVN) - Sáng 25/11, GRDP tăng 8,5%; lạm phát 3%s."
    [item] = wire_import(sources=[story("pct.txt", f"Tăng trưởng {odd}", body)]).items
    assert item["status"] == "created"
    article = Article.objects.get(pk=item["article_id"])
    assert N(odd)[:40] in article.title
    assert "8,5%; lạm phát 3%s." in article.body
    parsed = WireItem.objects.get(article=article).parsed
    assert odd in parsed["sapo"] + " ".join(block["text"] for block in parsed["blocks"])


def test_a_row_the_database_refuses_fails_the_whole_item(section, khanh, monkeypatch):
    """The draft's rows are written in the item's transaction: one refused row, here a photo
    slot with a negative order, and none of the item's rows is kept."""

    def with_a_bad_row(article, wire_item, rows):
        slots, officials, resolutions = rows
        return [*slots, PhotoSlot(article=article, text="Ảnh", order=-1)], officials, resolutions

    _break_link_rows(monkeypatch, with_a_bad_row)
    report = wire_import(sources=[source("officials_thanhhoa.txt")])
    assert [i["status"] for i in report.items] == ["failed"]
    assert "không lưu được bài" in report.items[0]["error"]
    assert not Article.objects.exists() and not PhotoSlot.objects.exists()
    assert list(WireItem.objects.values_list("status", flat=True)) == ["failed"]
    assert not Transition.objects.exists()
    monkeypatch.undo()
    assert run("officials_thanhhoa.txt")["status"] == "created"  # the batch goes on


# ---------------------------------------------------------------------------------------------
# Dry run, sections, queries
# ---------------------------------------------------------------------------------------------


def test_a_dry_run_writes_nothing(section, khanh):
    run("nitf_ttxvn.xml")
    counts = [m.objects.count() for m in (Article, WireItem, PersonSuggestion, PhotoSlot, Person)]

    report = run(
        "officials_thanhhoa.txt",
        "officials_thanhhoa.txt",
        "nitf_ttxvn_v4.xml",
        "billion_laughs.xml",
        dry_run=True,
    )

    assert [i["status"] for i in report.items] == [
        "would-create",
        "duplicate",
        "would-update",
        "failed",
    ]
    assert report.counts == {"created": 1, "updated": 1, "duplicate": 1, "failed": 1}
    assert report.items[0]["article_id"] is None
    assert any(o["suggested"] for o in report.items[0]["officials"])
    assert counts == [
        m.objects.count() for m in (Article, WireItem, PersonSuggestion, PhotoSlot, Person)
    ]


def test_a_section_that_does_not_exist_stops_the_import_before_anything(section):
    with pytest.raises(WireImportError, match="khong-co-chuyen-muc"):
        run("ttxvn_hanoi.txt", section="khong-co-chuyen-muc")
    assert WireItem.objects.count() == 0


def test_without_any_section_the_import_says_what_to_do():
    with pytest.raises(WireImportError, match="Chưa có chuyên mục"):
        run("ttxvn_hanoi.txt")


def test_default_section_is_thoi_su_and_section_can_be_chosen(section):
    SectionFactory(name="Chính trị", slug="chinh-tri")
    assert Article.objects.get(pk=run("ttxvn_hanoi.txt")["article_id"]).section == section
    chosen = run("vgp_chinhphu.txt", section="chinh-tri", source_name="Cổng TTĐT Chính phủ")
    article = Article.objects.get(pk=chosen["article_id"])
    assert (article.section.slug, article.source) == ("chinh-tri", "Cổng TTĐT Chính phủ")


def test_people_are_read_once_per_batch_not_per_name(django_assert_num_queries):
    for n in range(40):
        PositionFactory(person=PersonFactory(), title=f"Phó Chủ tịch UBND tỉnh số {n}")
    with django_assert_num_queries(2):
        index = load_people_index()
    assert len(index) == 40
    with django_assert_num_queries(1):
        load_resolution_index()


def test_queries_per_story_do_not_grow_with_officials_in_the_database(
    section, khanh, django_assert_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries_for(name):
        with CaptureQueriesContext(connection) as ctx:
            run(name)
        return len(ctx.captured_queries)

    run("ttxvn_hanoi.txt")  # content types and the like are cached after a first item
    few = queries_for("officials_thanhhoa.txt")
    Article.objects.all().delete()
    WireItem.objects.all().delete()
    PersonSuggestion.objects.all().delete()
    for n in range(300):  # names that do not occur in the story
        PositionFactory(person=PersonFactory(full_name=f"Quách Văn Số{n}"), title="Giám đốc Sở")
    assert queries_for("officials_thanhhoa.txt") == few


def test_keep_items_false_streams_the_report(section):
    seen = []
    report = wire_import(
        sources=[source("ttxvn_hanoi.txt"), source("vgp_chinhphu.txt")],
        on_item=seen.append,
        keep_items=False,
    )
    assert report.items == [] and report.counts["created"] == 2
    assert [i["status"] for i in seen] == ["created", "created"]


def test_stdin_is_read_without_closing_it(section):
    from articles.wire.sources import collect_sources

    stream = io.BytesIO((DATA / "ttxvn_hanoi.txt").read_bytes())
    sources, skipped = collect_sources(["-"], stdin=stream)
    assert [s.name for s in sources] == ["-"] and skipped == []
    assert wire_import(sources=sources).items[0]["status"] == "created"
    assert not stream.closed


def test_folders_are_read_recursively_and_photos_skipped(tmp_path):
    from articles.wire.sources import collect_sources

    (tmp_path / "ttxvn" / "sang").mkdir(parents=True)
    shutil.copy(DATA / "ttxvn_hanoi.txt", tmp_path / "ttxvn" / "sang" / "tin1.txt")
    shutil.copy(DATA / "nitf_ttxvn.xml", tmp_path / "ttxvn" / "tin2.xml")
    (tmp_path / "ttxvn" / "anh.jpg").write_bytes(b"\xff\xd8\xff")
    (tmp_path / ".DS_Store").write_bytes(b"\x00")
    sources, skipped = collect_sources([str(tmp_path)])
    assert [Path(s.name).name for s in sources] == ["tin1.txt", "tin2.xml"]
    assert [Path(p).name for p in skipped] == ["anh.jpg"]
    with pytest.raises(WireImportError, match="Không tìm thấy"):
        collect_sources([str(tmp_path / "khong-co")])


def test_wire_item_dates_come_from_the_copy(section):
    item = run("nitf_ttxvn.xml")
    wire_item = WireItem.objects.get(article_id=item["article_id"])
    assert wire_item.guid == "TTXVN-20261125-0142" and wire_item.version == 3
    assert wire_item.dated == datetime.datetime(2026, 11, 25, 2, 30, tzinfo=datetime.UTC)
    # The article itself is a draft: the agency's time is not a publication time.
    assert Article.objects.get(pk=item["article_id"]).published_at is None


def test_position_rows_come_in_title_order(section):
    editor = UserFactory(username="btv.nga", role=EDITOR)
    wire_import(
        sources=[
            story(
                "e.txt",
                "Đồng chí Vũ Đức Hạnh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy "
                "phát biểu.",
                "Hội nghị tổng kết công tác tổ chức xây dựng Đảng năm 2026.",
            )
        ]
    )
    person = suggestions.person_suggestion_accept(
        suggestion=PersonSuggestion.objects.get(), by=editor
    )
    assert list(
        Position.objects.filter(person=person).order_by("rank").values_list("title", flat=True)
    ) == [
        N("Uỷ viên Ban Thường vụ Tỉnh uỷ"),
        N("Trưởng Ban Tổ chức Tỉnh uỷ"),
    ]


def _variant(n: int) -> WireSource:
    """The Thanh Hoá story with other figures: a different text, so a new draft each time."""
    text = (DATA / "officials_thanhhoa.txt").read_bytes()
    return WireSource.from_bytes(f"{n}.txt", text.replace(b"3 n", f"{n + 3} n".encode()))


def test_each_draft_is_indexed_with_its_names_at_once_even_when_a_batch_stops(section, khanh):
    article_ids = []

    def names_of(pk):
        text = Article.objects.values_list("search_text", flat=True).get(pk=pk)
        return text.split("|names|")[1].split("|body|")[0]

    def on_item(item):
        article_ids.append(item["article_id"])
        assert "luong van khanh" in names_of(item["article_id"])  # committed with its names
        if len(article_ids) == 2:
            raise KeyboardInterrupt  # the operator stops the import

    with pytest.raises(KeyboardInterrupt):
        wire_import(sources=[_variant(n) for n in range(4)], on_item=on_item)
    assert len(article_ids) == 2


def test_the_document_written_with_the_draft_is_the_one_indexing_builds(section, khanh, documents):
    from articles.search_index import index_articles

    PersonFactory(full_name="Lê Thị Quốc Hoa", aliases="Quốc Hoa\nLê Q. Hoa")  # not mentioned
    khanh.aliases = "Lương V. Khánh"
    khanh.save()
    article = Article.objects.get(pk=run("officials_thanhhoa.txt")["article_id"])
    fields = ["search_text", "search_vector", "rank_vector"]
    written = Article.objects.filter(pk=article.pk).values(*fields).get()
    assert "luong v khanh" in written["search_text"]
    if connection.vendor == "postgresql":  # the head: title, sapo and the official's names
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT ts_filter(search_vector, '{a,b}')::text FROM articles_article "
                "WHERE id = %s",
                [article.pk],
            )
            assert written["rank_vector"] == cursor.fetchone()[0]
        assert "'khanh':" in written["rank_vector"]
    assert index_articles([article.pk]) == 1  # what rebuild_search_index would write
    assert Article.objects.filter(pk=article.pk).values(*fields).get() == written


def test_an_imported_draft_costs_a_fixed_number_of_queries(
    section, khanh, documents, django_assert_num_queries
):
    """Per batch: the section, the indexes (positions, people, resolutions), the credits and
    the rejected names. Per item, here written on its own (its transaction is a savepoint pair
    in a test): the earlier copies of its guid and text (one query), the slug (one query,
    ``Article.objects.create_drafts``), the draft with its search document, its step, inbox
    row, photo slots, officials and resolutions (one ``bulk_create`` each), the pending
    suggestions read at once, the new ones inserted at once and one insert of their links, and
    the revision and its version (``articles.revisions.add_new_draft_revisions``: nothing
    read back). Several items written together: ``test_chunks.py``."""
    per_batch, savepoints = 6, 2
    per_item = 1 + 1 + 6 + 2 + 2
    run("ttxvn_hanoi.txt")  # content types and the like are cached after a first item
    with django_assert_num_queries(per_batch + savepoints + per_item + 1):  # 2 new suggestions
        [item] = wire_import(sources=[_variant(1)]).items
    assert item["status"] == "created"
    assert PersonSuggestion.objects.get(name_key="do minh tuan").articles.count() == 1
    with django_assert_num_queries(per_batch + savepoints + per_item):  # suggestions pending
        [item] = wire_import(sources=[_variant(2)]).items
    assert item["status"] == "created"
    assert PersonSuggestion.objects.get(name_key="ha quang thai").articles.count() == 2


def test_the_guid_and_text_checks_read_the_inbox_once(section):
    """A story with a guid, never received: its earlier versions and earlier copies of its
    text read in one query (for every item written together); the answers stay those of the
    manager methods."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    table = WireItem._meta.db_table
    with CaptureQueriesContext(connection) as queries:
        first = run("nitf_ttxvn.xml")
    reads = [q["sql"] for q in queries if q["sql"].startswith("SELECT") and table in q["sql"]]
    assert first["status"] == "created" and len(reads) == 1
    assert run("nitf_ttxvn.xml")["status"] == "duplicate"
    assert run("nitf_ttxvn_v4.xml")["status"] == "updated"
    received = WireItem.objects.latest_for_guid(WireItem.objects.get(status="updated").guid)
    assert received.status == "updated"


def test_the_revision_of_an_imported_draft_holds_its_mentions(section, khanh, documents):
    from articles.desk.revisions import last_save, readable_values

    article = Article.objects.get(pk=run("officials_thanhhoa.txt")["article_id"])
    version = last_save(article)
    assert version.revision.comment.startswith("Nhập từ tin hãng")
    assert version.field_dict["officials"] == [khanh.pk]
    assert set(version.field_dict["resolutions"]) == {d.pk for d in documents.values()}
    assert version.field_dict["related"] == [] and version.field_dict["title"] == article.title
    assert readable_values(version)["Nhân vật"] == "Lương Văn Khánh"


def test_an_imported_drafts_revision_is_exactly_what_reversion_would_store(
    section, khanh, documents
):
    """One revision per draft, written by reversion itself (``add_to_revision``): the same
    version as reversion stores for the row as it is in the database."""
    import reversion
    from reversion.models import Version

    from articles.desk.revisions import last_save

    PersonFactory(full_name="Hà Quang Thái")  # a second official known, ordered by the model
    names = [
        "officials_thanhhoa.txt",
        "nitf_ttxvn.xml",
        "newsml_vgp.xml",
        "page_baodientu.html",
        "vgp_chinhphu.txt",
        "hdnd_ninhbinh.txt",
    ]
    items = run(*names).items
    assert [i["status"] for i in items] == ["created"] * len(names)
    for item in items:
        stored = Article.objects.get(pk=item["article_id"])
        [version] = Version.objects.get_for_object(stored)
        assert version.revision.user is None
        assert version.revision.comment == f"Nhập từ tin hãng: {item['source']}"
        assert version.revision.version_set.count() == 1
        with reversion.create_revision():
            reversion.add_to_revision(stored)
        again = last_save(stored)
        assert again.pk != version.pk
        assert (version.serialized_data, version.format, version.db, version.object_repr) == (
            again.serialized_data,
            again.format,
            again.db,
            again.object_repr,
        ), item["source"]
        assert version.object_repr == stored.title


def test_an_imported_draft_can_be_restored_after_an_edit(section, khanh, documents):
    from articles.desk.revisions import versions_of

    editor = UserFactory(username="btv.khoi", role=EDITOR)
    article = Article.objects.get(pk=run("officials_thanhhoa.txt")["article_id"])
    imported_title, imported_body = article.title, article.body
    article.title = "Tiêu đề biên tập viên đặt"
    article.body = "<p>Viết lại.</p>"
    article.officials.clear()
    workflow.article_edit(article=article, by=editor)
    article.refresh_from_db()

    _edited, imported = versions_of(article)
    workflow.article_restore(article=article, version=imported, by=editor)

    article.refresh_from_db()
    assert (article.title, article.body) == (imported_title, imported_body)
    assert list(article.officials.all()) == [khanh]
    assert set(article.resolutions.all()) == set(documents.values())


# ---------------------------------------------------------------------------------------------
# Parsing ahead in worker processes
# ---------------------------------------------------------------------------------------------


def _mixed_batch(tmp_path) -> list[WireSource]:
    """Stories, a re-sent one, a later version, bad files and a file over the size limit."""
    big = tmp_path / "qua-lon.txt"
    big.write_bytes(b"Tin dai. " * 4000)
    return [
        *(_variant(n) for n in range(12)),
        source("nitf_ttxvn.xml"),
        WireSource.from_bytes("rong.txt", b""),
        source("malformed_newsml.xml"),
        source("ttxvn_hanoi.txt"),
        source("nitf_ttxvn_v4.xml"),
        source("ttxvn_hanoi.txt"),
        WireSource.from_path(big),
        *(_variant(n) for n in range(12, 20)),
    ]


def _comparable(report) -> list[tuple]:
    return [
        (
            i["source"],
            {"would-create": "created", "would-update": "updated"}.get(i["status"], i["status"]),
            i["error"],
            i["title"],
            i["officials"],
            i["warnings"],
        )
        for i in report.items
    ]


@pytest.mark.parametrize("jobs", [1, 2])
def test_worker_processes_give_the_same_import_in_the_same_order(
    section, khanh, documents, tmp_path, jobs
):
    alone = wire_import(sources=_mixed_batch(tmp_path), dry_run=True, jobs=0, max_bytes=20_000)
    pooled = wire_import(sources=_mixed_batch(tmp_path), dry_run=True, jobs=jobs, max_bytes=20_000)
    assert _comparable(pooled) == _comparable(alone) and pooled.counts == alone.counts
    written = wire_import(sources=_mixed_batch(tmp_path), jobs=jobs, max_bytes=20_000)
    assert _comparable(written) == _comparable(alone)
    assert written.counts == {"created": 22, "updated": 1, "duplicate": 1, "failed": 3}
    assert WireItem.objects.count() == 27 and Article.objects.count() == 22
    assert list(WireItem.objects.order_by("id").values_list("file_name", flat=True)) == [
        i["source"] for i in written.items
    ]
    # The drafts' text and search documents were prepared in the workers: as indexing builds.
    from articles.search_index import index_articles

    fields = ["id", "title", "body", "search_text", "search_vector", "rank_vector"]
    stored = list(Article.objects.order_by("id").values(*fields))
    assert index_articles() == 22
    assert list(Article.objects.order_by("id").values(*fields)) == stored
    for article in Article.objects.all():
        before = (article.title, article.sapo, article.body)
        article.prepare_text()  # what Article.save stores
        assert (article.title, article.sapo, article.body) == before


def test_stopping_a_pooled_import_keeps_what_was_written(section, khanh):
    from articles.wire import chunks

    seen = []

    def on_item(item):
        seen.append(item["status"])
        if len(seen) == 5:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        wire_import(sources=[_variant(n) for n in range(60)], on_item=on_item, jobs=2)
    # Reported once committed: the drafts written together with the fifth are kept too.
    assert seen == ["created"] * 5 and Article.objects.count() == chunks.CHUNK_ITEMS


def test_short_batches_stay_in_process_and_the_command_takes_jobs(section, monkeypatch):
    from articles.wire import workers

    def no_pool(*args, **kwargs):
        raise AssertionError("no worker process for a short batch")

    monkeypatch.setattr(workers, "ProcessPoolExecutor", no_pool)
    assert run("ttxvn_hanoi.txt")["status"] == "created"
    assert workers.default_jobs() >= 0


def test_the_report_gives_each_officials_rank_and_rule_apart_from_the_titles(section):
    """So an editor can see why a name was linked: the rank is not a title, and the rule says
    how the name was found."""
    PersonFactory(full_name="Lương Văn Khánh")
    source = (
        "Hội nghị Quân uỷ Trung ương tổng kết năm\n\n"
        "Sáng 25/11, Hội nghị Quân uỷ Trung ương tổng kết công tác năm. Dự hội nghị có đồng "
        "chí Lương Văn Khánh.\n\n"
        "Đại tướng Trịnh Văn Quyết - Uỷ viên Bộ Chính trị, Bộ trưởng Bộ Quốc phòng chủ trì.\n\n"
        "Phó Chủ tịch UBND tỉnh Hoàng Minh Tâm cũng phát biểu.\n"
    ).encode()
    [item] = wire_import(sources=[WireSource.from_bytes("quan-uy.txt", source)]).items
    officials = {o["name"]: o for o in item["officials"]}
    assert officials["Lương Văn Khánh"]["rule"] == "known"
    quyet = officials["Trịnh Văn Quyết"]
    assert quyet["rank"] == "Đại tướng" and "Đại tướng" not in quyet["titles"]
    assert quyet["titles"] == ["Ủy viên Bộ Chính trị", "Bộ trưởng Bộ Quốc phòng"]
    assert quyet["rule"] in ("rank", "after")
    assert officials["Hoàng Minh Tâm"]["rule"] == "before"
    assert officials["Hoàng Minh Tâm"]["rank"] is None
