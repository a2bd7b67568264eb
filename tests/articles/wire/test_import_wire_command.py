"""``manage.py import_wire``: arguments, the text and JSON reports, exit statuses, stdin.

The JSON report is a contract (docs/import.md, "JSON report"): every key is checked here.
"""

import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from articles.models import Article, PersonSuggestion, WireItem
from newsroom.text import normalize_inline
from people.mentions.officials import RULES
from people.models import Person
from tests.factories import CreditFactory, PersonFactory, SectionFactory
from tests.paths import PROJECT_ROOT, WIRE_DATA

pytestmark = pytest.mark.django_db

DATA = WIRE_DATA
SAMPLES = PROJECT_ROOT.parent / "shared" / "samples"  # shared/ sits beside the clone
BASE_DIR = PROJECT_ROOT
N = normalize_inline

ITEM_KEYS = {
    "source", "status", "format", "encoding", "title", "sapo", "byline", "subheadings",
    "captions", "officials", "resolutions", "warnings", "error", "article_id", "url",
}  # fmt: skip
STATUSES = {"created", "updated", "duplicate", "failed", "would-create", "would-update"}


@pytest.fixture
def section():
    return SectionFactory(name="Thời sự", slug="thoi-su")


def import_wire(*args, stdin=None, expect_exit=0):
    """Run the command; returns (stdout, stderr). ``expect_exit`` is the status it must end
    with: 0 returns normally, otherwise a CommandError carrying that status."""
    out, err = io.StringIO(), io.StringIO()
    kwargs = {"stdout": out, "stderr": err}
    if stdin is not None:
        kwargs["stdin"] = stdin
    if expect_exit == 0:
        call_command("import_wire", *args, **kwargs)
    else:
        with pytest.raises(CommandError) as raised:
            call_command("import_wire", *args, **kwargs)
        assert raised.value.returncode == expect_exit, str(raised.value)
        err.write(str(raised.value))
    return out.getvalue(), err.getvalue()


def check_contract(report: dict) -> None:
    assert set(report) == {"items", "counts"}
    assert set(report["counts"]) == {"created", "updated", "duplicate", "failed"}
    for item in report["items"]:
        assert set(item) == ITEM_KEYS
        assert item["status"] in STATUSES
        assert item["format"] in {"text", "nitf", "newsml", "html", None}
        assert isinstance(item["sapo"], str) and isinstance(item["subheadings"], list)
        assert item["title"] is None or isinstance(item["title"], str)
        assert item["byline"] is None or isinstance(item["byline"], str)
        assert isinstance(item["warnings"], list)
        for caption in item["captions"]:
            assert set(caption) == {"text", "credit"}
        for official in item["officials"]:
            assert set(official) == {"name", "titles", "person_id", "suggested", "rank", "rule"}
            assert isinstance(official["suggested"], bool)
            assert official["rule"] in RULES
        for resolution in item["resolutions"]:
            assert set(resolution) == {"text", "number", "resolution_id"}
        if item["status"] == "failed":
            assert item["error"] and item["article_id"] is None
        else:
            assert item["error"] is None and item["encoding"]
        if item["status"] in ("created", "updated"):
            assert isinstance(item["article_id"], int) and item["url"]


def test_a_folder_with_bad_files_reports_every_item_and_exits_1(section):
    out, err = import_wire(str(DATA), "--report", "json", expect_exit=1)

    report = json.loads(out)  # stdout holds the JSON and nothing else
    check_contract(report)
    by_name = {Path(item["source"]).name: item for item in report["items"]}
    assert len(by_name) == len(list(DATA.iterdir()))
    for bad in (
        "billion_laughs.xml",
        "external_entity.xml",
        "external_dtd.xml",
        "truncated_nitf.xml",
        "malformed_newsml.xml",
    ):
        assert by_name[bad]["status"] == "failed"
        assert by_name[bad]["error"].startswith(str(DATA / bad))
    assert by_name["nitf_ttxvn_v4.xml"]["status"] == "updated"  # v3 came first, untouched
    assert report["counts"]["failed"] == 5
    assert report["counts"]["created"] == Article.objects.count()
    assert WireItem.objects.count() == len(by_name)  # every file kept, even the failed ones
    # Human messages go to standard error.
    assert "5 tin không nhập được" in err
    assert "lỗi 5." in err


def test_text_report_says_what_happened_to_each_item(section):
    PersonFactory(full_name="Lương Văn Khánh")
    out, _ = import_wire(str(DATA / "officials_thanhhoa.txt"), str(DATA / "billion_laughs.xml"),
                         expect_exit=1)  # fmt: skip
    lines = out.splitlines()
    article = Article.objects.get()
    assert lines[0] == (
        f"✓ đã tạo: {DATA / 'officials_thanhhoa.txt'} → bài #{article.pk} "
        f"“{article.title}” (1 nhân vật, 2 gợi ý nhân vật mới, 4 văn bản, 2 ảnh chờ bổ sung)"
    )
    assert lines[1].startswith(f"✗ lỗi: {DATA / 'billion_laughs.xml'}: Tệp XML bị từ chối")
    assert lines[-1] == "2 tin — tạo 1, cập nhật 0, trùng 0, lỗi 1."


def test_importing_again_reports_duplicates_and_exits_0(section):
    import_wire(str(DATA / "ttxvn_hanoi.txt"), str(DATA / "nitf_ttxvn.xml"))
    out, _ = import_wire(str(DATA / "ttxvn_hanoi.txt"), str(DATA / "nitf_ttxvn.xml"),
                         "--report", "json")  # fmt: skip
    report = json.loads(out)
    assert [i["status"] for i in report["items"]] == ["duplicate", "duplicate"]
    assert report["counts"] == {"created": 0, "updated": 0, "duplicate": 2, "failed": 0}
    assert Article.objects.count() == 2


def test_worker_processes_report_the_same_json_in_order(section):
    files = [str(DATA / name) for name in ("ttxvn_hanoi.txt", "nitf_ttxvn.xml")]
    out, _ = import_wire(*files, "--jobs", "2", "--report", "json")
    report = json.loads(out)
    check_contract(report)
    assert [Path(i["source"]).name for i in report["items"]] == [
        "ttxvn_hanoi.txt",
        "nitf_ttxvn.xml",
    ]
    assert report["counts"] == {"created": 2, "updated": 0, "duplicate": 0, "failed": 0}


def test_standard_input(section):
    data = (DATA / "vgp_chinhphu.txt").read_bytes()
    out, _ = import_wire("-", "--report", "json", "--source", "VGP", stdin=io.BytesIO(data))
    [item] = json.loads(out)["items"]
    assert (item["source"], item["status"]) == ("-", "created")
    article = Article.objects.get(pk=item["article_id"])
    assert article.source == "VGP"
    assert bytes(WireItem.objects.get().raw) == data


def test_dry_run_writes_nothing(section):
    out, err = import_wire(str(DATA / "officials_thanhhoa.txt"), str(DATA / "ttxvn_hanoi.txt"),
                           "--dry-run", "--report", "json")  # fmt: skip
    report = json.loads(out)
    check_contract(report)
    assert [i["status"] for i in report["items"]] == ["would-create", "would-create"]
    assert report["counts"]["created"] == 2
    assert any(o["suggested"] for o in report["items"][0]["officials"])
    assert (Article.objects.count(), WireItem.objects.count()) == (0, 0)
    assert (PersonSuggestion.objects.count(), Person.objects.count()) == (0, 0)
    assert "Chạy thử (không ghi gì)" in err


def test_section_and_format_and_encoding_options(section):
    SectionFactory(name="Xây dựng Đảng", slug="xay-dung-dang")
    out, _ = import_wire(str(DATA / "nitf_ttxvn.xml"), "--section", "xay-dung-dang",
                         "--format", "nitf", "--encoding", "utf-8", "--report", "json")  # fmt: skip
    [item] = json.loads(out)["items"]
    assert (item["format"], item["encoding"]) == ("nitf", "utf-8")
    assert Article.objects.get().section.slug == "xay-dung-dang"


def test_forcing_the_wrong_format_fails_the_item_clearly(section):
    out, _ = import_wire(str(DATA / "ttxvn_hanoi.txt"), "--format", "nitf", "--report", "json",
                         expect_exit=1)  # fmt: skip
    [item] = json.loads(out)["items"]
    assert item["status"] == "failed" and "XML" in item["error"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--section", "khong-ton-tai"], "Không có chuyên mục có đường dẫn “khong-ton-tai”"),
        (["--encoding", "klingon"], "Bảng mã không được hỗ trợ"),
    ],
)
def test_bad_arguments_exit_2_before_importing_anything(section, args, message):
    _, err = import_wire(str(DATA / "ttxvn_hanoi.txt"), *args, expect_exit=2)
    assert message in err
    assert WireItem.objects.count() == 0


def test_a_missing_path_exits_2(section):
    _, err = import_wire(str(DATA / "khong-co.txt"), expect_exit=2)
    assert "Không tìm thấy tệp hoặc thư mục" in err


def test_no_section_at_all_exits_2():
    _, err = import_wire(str(DATA / "ttxvn_hanoi.txt"), expect_exit=2)
    assert "Chưa có chuyên mục nào" in err


def test_argparse_errors_exit_2_from_the_command_line():
    """Run as staff do: a real process, its real exit status (no database needed)."""
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "newsroom.settings.test"}
    result = subprocess.run(
        [sys.executable, "manage.py", "import_wire", str(DATA), "--format", "word"],
        cwd=BASE_DIR, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 2
    assert "invalid choice: 'word'" in result.stderr
    assert result.stdout == ""


class FakeTerminal(io.StringIO):
    def isatty(self):
        return True


def test_progress_bar_on_a_terminal_only(section):
    terminal = FakeTerminal()
    call_command(
        "import_wire", str(DATA / "ttxvn_hanoi.txt"), str(DATA / "vgp_chinhphu.txt"),
        "--report", "json", stdout=io.StringIO(), stderr=terminal,
    )  # fmt: skip
    assert "2/2 tin" in terminal.getvalue() and "tin/giây" in terminal.getvalue()
    plain = io.StringIO()
    call_command(
        "import_wire", str(DATA / "hdnd_ninhbinh.txt"), str(DATA / "uppercase_sggp.txt"),
        "--report", "json", stdout=io.StringIO(), stderr=plain,
    )  # fmt: skip
    assert "tin/giây" not in plain.getvalue()


def test_drafts_are_never_published(section):
    import_wire(str(DATA), "--report", "json", expect_exit=1)
    assert Article.objects.exclude(status=Article.Status.DRAFT).count() == 0
    assert Article.objects.filter(published_at__isnull=False).count() == 0
    assert not Article.objects.published().exists()


@pytest.mark.skipif(not SAMPLES.is_dir(), reason="no shared samples on this machine")
def test_end_to_end_on_the_shared_sample(section, tmp_path):
    """The real agency item: no title, dateline-less sapo, captions, subheadings, byline."""
    sample = next(p for p in sorted(SAMPLES.iterdir()) if p.suffix == ".txt")
    copy = tmp_path / sample.name
    shutil.copy(sample, copy)
    dung = PersonFactory(full_name="Đinh Tiến Dũng")
    tuyen = PersonFactory(full_name="Nguyễn Thị Tuyến")

    out, _ = import_wire(str(copy), "--report", "json")

    [item] = json.loads(out)["items"]
    check_contract({"items": [item], "counts": json.loads(out)["counts"]})
    assert item["status"] == "created" and item["title"] is None
    assert any(w.startswith("Thiếu tiêu đề") for w in item["warnings"])
    article = Article.objects.get(pk=item["article_id"])
    assert article.title.startswith("[Chưa có tiêu đề] " + N("Đó là nhấn mạnh của đồng chí"))
    assert item["sapo"].startswith(N("Đó là nhấn mạnh của đồng chí Đinh Tiến Dũng"))
    assert item["subheadings"] == [
        N("Quan trọng là phải hành động"),
        N("Xây dựng đội ngũ cán bộ ngang tầm nhiệm vụ"),
    ]
    assert item["byline"] == N("Ánh Sáng")
    assert len(item["captions"]) == 3
    assert [c["credit"] for c in item["captions"]] == ["AS", None, "AS"]
    assert article.photo_slots.count() == 3
    officials = {o["name"]: o for o in item["officials"]}
    assert officials[N("Đinh Tiến Dũng")]["person_id"] == dung.pk
    assert officials[N("Đinh Tiến Dũng")]["titles"] == [
        N("Uỷ viên Bộ Chính trị"),
        N("Bí thư Thành uỷ Hà Nội"),
    ]
    assert officials[N("Nguyễn Thị Tuyến")]["person_id"] == tuyen.pk
    assert officials[N("Chu Ngọc Anh")]["suggested"] is True
    assert set(article.officials.all()) == {dung, tuyen}
    assert {r["text"] for r in item["resolutions"]} >= {N("Nghị quyết XIII của Đảng")}


@pytest.mark.skipif(not SAMPLES.is_dir(), reason="no shared samples on this machine")
def test_shared_sample_credits_expand_when_the_photo_desk_knows_them(section, tmp_path):
    sample = next(p for p in sorted(SAMPLES.iterdir()) if p.suffix == ".txt")
    CreditFactory(name="Ánh Sáng", short_name="AS")
    out, _ = import_wire(str(sample), "--report", "json")
    [item] = json.loads(out)["items"]
    article = Article.objects.get(pk=item["article_id"])
    assert list(article.photo_slots.values_list("credit", flat=True)) == [
        N("Ánh Sáng"),
        "",
        N("Ánh Sáng"),
    ]
