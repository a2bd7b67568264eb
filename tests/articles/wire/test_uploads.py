"""Wire files uploaded in the admin (articles/wire/uploads.py): unpacking and limits, bad input
refused file by file, the upload kept between the dry run and the import, and the import the
same as the command's."""

import io
import json
import os
import time
import zipfile
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command

from articles.models import Article, Section, WireItem
from articles.wire.sources import WireImportError
from articles.wire.uploads import (
    UploadNotFound,
    UploadOptions,
    upload_discard,
    upload_import,
    upload_stash,
)
from tests.factories import SectionFactory
from tests.paths import WIRE_DATA

pytestmark = pytest.mark.django_db

UPLOAD_DATA = WIRE_DATA.parent / "wire_upload"
NINH_THUAN = (UPLOAD_DATA / "ninhthuan_hdnd.txt").read_bytes()
DAK_LAK = (UPLOAD_DATA / "daklak_khong_tieu_de.txt").read_bytes()
HA_NOI = (WIRE_DATA / "ttxvn_hanoi.txt").read_bytes()
THANH_HOA = (WIRE_DATA / "officials_thanhhoa.txt").read_bytes()
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(64)
OWNER = 7


@pytest.fixture(autouse=True)
def section():
    return SectionFactory(name="Thời sự", slug="thoi-su")


def upload(name, data):
    return SimpleUploadedFile(name, data)


def zipped(name, members, *, compression=zipfile.ZIP_DEFLATED):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for member, data in members:
            archive.writestr(member, data)
    return upload(name, buffer.getvalue())


def stash(*files, options=None, owner=OWNER):
    return upload_stash(owner_id=owner, files=list(files), options=options or UploadOptions())


def stored_files(settings):
    root = Path(settings.WIRE_UPLOAD_DIR)
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())


def by_source(report):
    return {item["source"]: item for item in report.items}


def test_dry_run_then_import_of_files_and_a_zip(settings):
    token = stash(
        upload("ninhthuan_hdnd.txt", NINH_THUAN),
        zipped(
            "tin-ngay-5-12.zip",
            [
                ("tin/daklak_khong_tieu_de.txt", DAK_LAK),
                ("tin/ttxvn_hanoi.txt", HA_NOI),
                ("tin/anh-hoi-nghi.jpg", b"\xff\xd8\xff\xe0 jpeg"),
                ("__MACOSX/tin/._ttxvn_hanoi.txt", b"\x00\x05\x16\x07"),
                ("tin/.DS_Store", b"\x00\x00\x00\x01Bud1"),
            ],
        ),
    )

    dry = upload_import(owner_id=OWNER, token=token, dry_run=True)
    assert [i["source"] for i in dry.items] == [
        "ninhthuan_hdnd.txt",
        "tin-ngay-5-12.zip/tin/daklak_khong_tieu_de.txt",
        "tin-ngay-5-12.zip/tin/ttxvn_hanoi.txt",
    ]
    assert [i["status"] for i in dry.items] == ["would-create"] * 3
    assert dry.counts == {"created": 3, "updated": 0, "duplicate": 0, "failed": 0}
    assert (
        dry.summary == "Chạy thử (không ghi gì): 3 tin — sẽ tạo 3, sẽ cập nhật 0, trùng 0, lỗi 0."
    )
    assert dry.skipped == ["tin-ngay-5-12.zip/tin/anh-hoi-nghi.jpg"]
    items = by_source(dry)
    ninh_thuan = items["ninhthuan_hdnd.txt"]
    assert ninh_thuan["title"] == (
        "HĐND tỉnh Ninh Thuận thông qua Nghị quyết về phát triển năng lượng tái tạo"
    )
    assert {o["name"] for o in ninh_thuan["officials"]} >= {"Phạm Văn Hậu", "Trần Quốc Nam"}
    assert [r["number"] for r in ninh_thuan["resolutions"]] == ["55-NQ/TW"]
    untitled = items["tin-ngay-5-12.zip/tin/daklak_khong_tieu_de.txt"]
    assert untitled["title"] is None
    assert any(w.startswith("Thiếu tiêu đề") for w in untitled["warnings"])
    assert not Article.objects.exists() and not WireItem.objects.exists()
    # A dry run can be asked again: the upload stays.
    assert upload_import(owner_id=OWNER, token=token, dry_run=True).items == dry.items

    done = upload_import(owner_id=OWNER, token=token, dry_run=False)
    assert [i["status"] for i in done.items] == ["created"] * 3
    assert done.summary == "3 tin — tạo 3, cập nhật 0, trùng 0, lỗi 0."
    drafts = Article.objects.filter(pk__in=[i["article_id"] for i in done.items])
    assert drafts.count() == 3
    assert set(drafts.values_list("status", flat=True)) == {Article.Status.DRAFT}
    assert set(WireItem.objects.values_list("file_name", flat=True)) == {
        i["source"] for i in done.items
    }
    assert stored_files(settings) == []  # imported: the upload is gone
    with pytest.raises(UploadNotFound):
        upload_import(owner_id=OWNER, token=token, dry_run=False)


def test_the_upload_reports_what_the_command_reports(tmp_path, capsys):
    folder = tmp_path / "tin"
    folder.mkdir()
    for name, data in [("a_thanhhoa.txt", THANH_HOA), ("b_ninhthuan.txt", NINH_THUAN)]:
        (folder / name).write_bytes(data)
    call_command("import_wire", str(folder), "--dry-run", "--report", "json")
    command = json.loads(capsys.readouterr().out)

    token = stash(upload("a_thanhhoa.txt", THANH_HOA), upload("b_ninhthuan.txt", NINH_THUAN))
    page = upload_import(owner_id=OWNER, token=token, dry_run=True)

    def without_source(items):
        return [{k: v for k, v in item.items() if k != "source"} for item in items]

    assert without_source(page.items) == without_source(command["items"])
    assert page.counts == command["counts"]


def test_bad_files_get_their_own_error_and_the_rest_go_on(settings):
    token = stash(
        upload("ninhthuan_hdnd.txt", NINH_THUAN),
        upload("anh-dai-bieu.png", PNG),
        upload("bao-cao.docx", zipped("x.zip", [("word/document.xml", b"<w/>")]).read()),
        upload("trong.txt", b"  \n"),
        upload("hong.zip", b"PK\x03\x04" + b"khong phai tep nen" * 20),
        upload("ban-tin.txt", HA_NOI),
    )
    report = upload_import(owner_id=OWNER, token=token, dry_run=False)
    items = by_source(report)
    assert list(items) == [
        "ninhthuan_hdnd.txt",
        "anh-dai-bieu.png",
        "bao-cao.docx",
        "trong.txt",
        "hong.zip",
        "ban-tin.txt",
    ]
    assert items["anh-dai-bieu.png"]["error"] == (
        "anh-dai-bieu.png: đây là ảnh PNG, không phải tin bài dạng văn bản "
        "(binary file, not wire text)"
    )
    assert "tệp nén ZIP (hoặc Word .docx)" in items["bao-cao.docx"]["error"]
    assert "tệp rỗng" in items["trong.txt"]["error"]
    assert items["hong.zip"]["error"].startswith("hong.zip: tệp nén ZIP bị hỏng, không mở được")
    assert items["ninhthuan_hdnd.txt"]["status"] == items["ban-tin.txt"]["status"] == "created"
    assert report.counts == {"created": 2, "updated": 0, "duplicate": 0, "failed": 4}
    # Refused at the upload: never kept, never an inbox item.
    assert WireItem.objects.count() == 2


def test_names_pointing_outside_the_archive_are_refused(settings):
    token = stash(
        zipped(
            "nguy-hiem.zip",
            [
                ("../../etc/cron.d/tin.txt", HA_NOI),
                ("/tmp/tuyet-doi.txt", HA_NOI),
                ("C:/Windows/tin.txt", HA_NOI),
                ("tin/../../ra-ngoai.txt", HA_NOI),
                ("..\\..\\Windows\\tin.txt", HA_NOI),
                ("tin/ninhthuan_hdnd.txt", NINH_THUAN),
            ],
        )
    )
    report = upload_import(owner_id=OWNER, token=token, dry_run=True)
    refused = [i for i in report.items if i["status"] == "failed"]
    assert len(refused) == 5
    assert all("tên tệp trong tệp nén không an toàn" in i["error"] for i in refused)
    assert [i["status"] for i in report.items if i["status"] != "failed"] == ["would-create"]
    # Nothing was written under a name from the archive: numbered files and the manifest only.
    assert stored_files(settings) == [f"{OWNER}/{token}/0001", f"{OWNER}/{token}/manifest.json"]


def test_oversized_files_and_archives_that_unpack_too_much(settings):
    settings.WIRE_IMPORT_MAX_BYTES = 20_000
    settings.WIRE_UPLOAD_MAX_TOTAL_BYTES = 40_000
    paragraph = "Đại biểu Quốc hội thảo luận tại hội trường về dự án Luật Đất đai (sửa đổi).\n"
    big = ("Tiêu đề một bản tin dài\n\n" + paragraph * 400).encode()  # ~40 KB
    fits = ("Tiêu đề một bản tin vừa cỡ\n\n" + paragraph * 150).encode()  # ~15 KB
    token = stash(
        upload("dai-qua.txt", big),
        zipped(
            "nen-chat.zip",  # text compresses ~50x: small to send, large once opened
            [("1.txt", big), ("2.txt", fits), ("3.txt", fits + b"2"), ("4.txt", fits + b"3")],
        ),
    )
    items = by_source(upload_import(owner_id=OWNER, token=token, dry_run=True))
    assert items["dai-qua.txt"]["error"].startswith("dai-qua.txt: tệp quá lớn: 0.0 MB")
    assert "tệp quá lớn" in items["nen-chat.zip/1.txt"]["error"]
    assert items["nen-chat.zip/2.txt"]["status"] == "would-create"
    assert items["nen-chat.zip/3.txt"]["status"] == "would-create"
    assert "vượt tổng dung lượng" in items["nen-chat.zip/4.txt"]["error"]


def test_an_archive_member_larger_than_it_declares_is_refused(settings):
    """A zip bomb built to pass the size check: the headers claim 100 bytes."""
    body = ("Tiêu đề\n\n" + "Nội dung bản tin lặp lại nhiều lần để nén thật chặt. " * 3000).encode()
    archive = zipped("bom.zip", [("tin.txt", body)]).read()
    real = len(body).to_bytes(4, "little")
    assert archive.count(real) == 2  # the local header and the central directory
    archive = archive.replace(real, (100).to_bytes(4, "little"))
    token = stash(upload("bom.zip", archive), upload("ninhthuan_hdnd.txt", NINH_THUAN))
    items = by_source(upload_import(owner_id=OWNER, token=token, dry_run=True))
    assert "mục bị hỏng trong tệp nén" in items["bom.zip/tin.txt"]["error"]
    assert items["ninhthuan_hdnd.txt"]["status"] == "would-create"


def test_too_many_files(settings):
    settings.WIRE_UPLOAD_MAX_FILES = 3
    stories = [
        (f"tin-{n}.txt", NINH_THUAN.replace(b"18 ngh", f"{n} ngh".encode())) for n in range(5)
    ]
    token = stash(zipped("nam-tin.zip", stories))
    report = upload_import(owner_id=OWNER, token=token, dry_run=True)
    assert [i["status"] for i in report.items] == ["would-create"] * 3 + ["failed"] * 2
    assert "vượt quá 3 tin một lần nhập" in report.items[3]["error"]

    # An archive listing far more entries than that is refused whole, before it is opened.
    token = stash(zipped("qua-nhieu.zip", [(f"{n}.txt", b"") for n in range(7)]))
    (item,) = upload_import(owner_id=OWNER, token=token, dry_run=True).items
    assert item["error"].startswith("qua-nhieu.zip: tệp nén có 7 mục, quá giới hạn 3 tệp")


def test_an_upload_belongs_to_its_user():
    token = stash(upload("ninhthuan_hdnd.txt", NINH_THUAN))
    with pytest.raises(UploadNotFound):
        upload_import(owner_id=OWNER + 1, token=token, dry_run=False)
    for forged in ["../7/" + token, "..", token + ".dang-ghi", ""]:
        with pytest.raises(UploadNotFound):
            upload_import(owner_id=OWNER, token=forged, dry_run=True)
    assert upload_import(owner_id=OWNER, token=token, dry_run=False).counts["created"] == 1


def test_cancelling_removes_the_upload(settings):
    token = stash(upload("ninhthuan_hdnd.txt", NINH_THUAN))
    assert upload_discard(owner_id=OWNER, token=token) is True
    assert stored_files(settings) == []
    assert upload_discard(owner_id=OWNER, token=token) is False
    with pytest.raises(UploadNotFound):
        upload_import(owner_id=OWNER, token=token, dry_run=True)


def test_old_uploads_are_swept_away(settings):
    settings.WIRE_UPLOAD_KEEP_HOURS = 24
    old = stash(upload("ninhthuan_hdnd.txt", NINH_THUAN), owner=3)
    folder = Path(settings.WIRE_UPLOAD_DIR) / "3" / old
    day_ago = time.time() - 25 * 3600
    os.utime(folder, (day_ago, day_ago))
    recent = stash(upload("ttxvn_hanoi.txt", HA_NOI))
    assert not folder.exists()
    assert upload_import(owner_id=OWNER, token=recent, dry_run=True).counts["created"] == 1


@pytest.mark.parametrize(
    ("failure", "raised", "message"),
    [
        (OSError(28, "No space left on device"), WireImportError, "Không lưu được tệp tải lên"),
        (RuntimeError("lỗi bất ngờ"), RuntimeError, "lỗi bất ngờ"),
    ],
)
def test_a_failed_write_keeps_nothing(settings, monkeypatch, failure, raised, message):
    written = []
    real_write = Path.write_bytes

    def second_write_fails(path, data):
        if written:
            raise failure
        written.append(path)
        return real_write(path, data)

    monkeypatch.setattr(Path, "write_bytes", second_write_fails)
    with pytest.raises(raised, match=message):
        stash(upload("ninhthuan_hdnd.txt", NINH_THUAN), upload("ttxvn_hanoi.txt", HA_NOI))
    assert written and stored_files(settings) == []


def test_an_import_that_cannot_start_keeps_the_upload(settings):
    SectionFactory(name="Kinh tế", slug="kinh-te")
    token = stash(
        upload("ninhthuan_hdnd.txt", NINH_THUAN), options=UploadOptions(section="kinh-te")
    )
    assert upload_import(owner_id=OWNER, token=token, dry_run=True).counts["created"] == 1
    Section.objects.filter(slug="kinh-te").delete()
    with pytest.raises(WireImportError, match="Không có chuyên mục"):
        upload_import(owner_id=OWNER, token=token, dry_run=False)
    assert not Article.objects.exists()

    SectionFactory(name="Kinh tế", slug="kinh-te")
    (item,) = upload_import(owner_id=OWNER, token=token, dry_run=False).items
    assert Article.objects.get(pk=item["article_id"]).section.slug == "kinh-te"


def test_options_chosen_with_the_upload_apply_to_the_import():
    token = stash(
        upload("ninhthuan_hdnd.txt", NINH_THUAN),
        options=UploadOptions(source_name="Báo Ninh Thuận", encoding="utf-8"),
    )
    (item,) = upload_import(owner_id=OWNER, token=token, dry_run=False).items
    assert Article.objects.get(pk=item["article_id"]).source == "Báo Ninh Thuận"
