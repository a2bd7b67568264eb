"""Photo credits, captions and bylines (articles.wire.read.credits): table-driven."""

from datetime import datetime

import pytest

from articles.wire.read.credits import (
    clean_credit,
    is_caption_marker,
    is_layout_artefact,
    parse_author_line,
    parse_byline,
    parse_source_line,
    parse_theo_line,
    photo_labelled,
    source_from_byline,
    split_credit,
    strip_layout_artefact,
    tidy_name,
)
from articles.wire.read.dates import VIETNAM_TZ

NBSP = "\u00a0"

SPLIT_CREDIT_CASES = [
    # parenthesised credit at the end, with the sample's double space and trailing NBSP
    (
        f"Các đại biểu biểu quyết thông qua Nghị quyết.{NBSP} (Ảnh: AS){NBSP}",
        ("Các đại biểu biểu quyết thông qua Nghị quyết.", "AS"),
    ),
    ("Thủ tướng phát biểu. (Ảnh: TTXVN)", ("Thủ tướng phát biểu.", "TTXVN")),
    ("Thủ tướng phát biểu (Ảnh: TTXVN)", ("Thủ tướng phát biểu", "TTXVN")),
    ("Thủ tướng phát biểu. (Ảnh: Minh Đức/TTXVN)", ("Thủ tướng phát biểu.", "Minh Đức/TTXVN")),
    (
        "Đoàn công tác làm việc. (ảnh: minh đức / TTXVN)",
        ("Đoàn công tác làm việc.", "minh đức/TTXVN"),
    ),
    ("Đại biểu dự kỳ họp (Ảnh - Hoàng Hà)", ("Đại biểu dự kỳ họp", "Hoàng Hà")),
    # bare credit at the end
    ("Quang cảnh phiên họp. Ảnh: Nguyễn Hưng", ("Quang cảnh phiên họp.", "Nguyễn Hưng")),
    ("Quang cảnh phiên họp - Ảnh: VGP/Nhật Bắc", ("Quang cảnh phiên họp", "VGP/Nhật Bắc")),
    ("Quang cảnh phiên họp | Ảnh: VGP", ("Quang cảnh phiên họp", "VGP")),
    ("Bí thư Tỉnh ủy phát biểu Ảnh: Thu Hằng", ("Bí thư Tỉnh ủy phát biểu", "Thu Hằng")),
    (
        "Bí thư Tỉnh ủy phát biểu. Ảnh: Thu Hằng - Minh Đức",
        ("Bí thư Tỉnh ủy phát biểu.", "Thu Hằng - Minh Đức"),
    ),
    # upper-case credits become title case; agencies and web addresses are kept/lower-cased
    ("Đại biểu bỏ phiếu. ẢNH: VIẾT THÀNH", ("Đại biểu bỏ phiếu.", "Viết Thành")),
    ("Đại biểu bỏ phiếu. ẢNH: TTXVN", ("Đại biểu bỏ phiếu.", "TTXVN")),
    ("Đại biểu bỏ phiếu. ẢNH: VGP/NHẬT BẮC", ("Đại biểu bỏ phiếu.", "VGP/Nhật Bắc")),
    # websites
    ("Quang cảnh hội nghị. Ảnh: VGP", ("Quang cảnh hội nghị.", "VGP")),
    ("Quang cảnh hội nghị. Ảnh: baochinhphu.vn", ("Quang cảnh hội nghị.", "baochinhphu.vn")),
    ("Quang cảnh hội nghị. ẢNH: BAOCHINHPHU.VN", ("Quang cảnh hội nghị.", "baochinhphu.vn")),
    # other labels
    ("Bảng tổng hợp tiến độ. Đồ họa: Thanh Tâm", ("Bảng tổng hợp tiến độ.", "Thanh Tâm")),
    ("Lễ ký kết hợp tác. Ảnh, video: Hoàng Hà", ("Lễ ký kết hợp tác.", "Hoàng Hà")),
    ("Lễ ký kết hợp tác. Ảnh và clip: Hoàng Hà", ("Lễ ký kết hợp tác.", "Hoàng Hà")),
    # credit alone on its line
    ("Ảnh: Nguyễn Hưng", ("", "Nguyễn Hưng")),
    ("(Ảnh: AS)", ("", "AS")),
    ("ẢNH: VIẾT THÀNH", ("", "Viết Thành")),
    ("Ảnh: baochinhphu.vn", ("", "baochinhphu.vn")),
    ("Đồ họa: Hải Yến", ("", "Hải Yến")),
    # descriptive labels stay in the text
    ("Ảnh minh họa: TTXVN", ("Ảnh minh họa", "TTXVN")),
    ("Ảnh minh hoạ: TTXVN", ("Ảnh minh hoạ", "TTXVN")),
    (
        "Đoàn công tác thăm nhà máy. (Ảnh tư liệu: TTXVN)",
        ("Đoàn công tác thăm nhà máy. (Ảnh tư liệu)", "TTXVN"),
    ),
    ("Ảnh minh họa", ("Ảnh minh họa", None)),
    ("(Ảnh minh họa)", ("(Ảnh minh họa)", None)),
    # "Ảnh:" introducing a caption rather than a credit
    (
        "Ảnh: Quang cảnh kỳ họp thứ 10 HĐND thành phố.",
        ("Quang cảnh kỳ họp thứ 10 HĐND thành phố.", None),
    ),
    ("Ảnh: Thủ tướng phát biểu. Ảnh: VGP", ("Thủ tướng phát biểu.", "VGP")),
    # a photo box the scraper put in brackets; photos numbered in a series
    (
        "[Ảnh: Đại biểu tiếp xúc cử tri huyện Cao Lộc - Ảnh: Hoàng Linh]",
        ("Đại biểu tiếp xúc cử tri huyện Cao Lộc", "Hoàng Linh"),
    ),
    (
        "Ảnh 2: Thủ tướng thăm công trường. (Ảnh: Nhật Bắc)",
        ("Thủ tướng thăm công trường.", "Nhật Bắc"),
    ),
    # not credits at all
    ("[Xem thêm: kỳ họp thứ 8]", ("Xem thêm: kỳ họp thứ 8", None)),
    ("Ảnh hưởng của bão số 3 rất lớn.", ("Ảnh hưởng của bão số 3 rất lớn.", None)),
    ("Ông nói về hình ảnh: đẹp và sáng.", ("Ông nói về hình ảnh: đẹp và sáng.", None)),
    (
        "Đồng chí nhấn mạnh: phải hành động quyết liệt hơn nữa.",
        ("Đồng chí nhấn mạnh: phải hành động quyết liệt hơn nữa.", None),
    ),
    ("Quan trọng là phải hành động", ("Quan trọng là phải hành động", None)),
    ("leftcenterrightdel", ("leftcenterrightdel", None)),
    ("", ("", None)),
    ("   ", ("", None)),
]


@pytest.mark.parametrize(("line", "expected"), SPLIT_CREDIT_CASES)
def test_split_credit(line, expected):
    assert split_credit(line) == expected


BYLINE_CASES = [
    ("Ánh Sáng", "Ánh Sáng"),
    ("THU HẰNG", "Thu Hằng"),
    ("Thu Hằng - Minh Đức", "Thu Hằng - Minh Đức"),
    ("THU HẰNG - MINH ĐỨC", "Thu Hằng - Minh Đức"),
    ("Thu Hằng và Minh Đức", "Thu Hằng và Minh Đức"),
    ("Nhóm phóng viên", "Nhóm phóng viên"),
    ("Nhóm PV", "Nhóm PV"),
    ("NHÓM PV", "Nhóm PV"),
    ("PV", "PV"),
    ("PV.", "PV"),  # the stop of the abbreviation
    ("Nhóm CTV.", "Nhóm CTV"),
    ("Theo TTXVN", "Theo TTXVN"),
    ("(Theo VOV)", "Theo VOV"),
    ("Minh Châu (TTXVN)", "Minh Châu (TTXVN)"),
    ("MINH CHÂU (TTXVN)", "Minh Châu (TTXVN)"),
    ("Đức Lam - Hoàng Hà", "Đức Lam - Hoàng Hà"),
    # not bylines
    ("Quan trọng là phải hành động", None),
    ("Xây dựng đội ngũ cán bộ ngang tầm nhiệm vụ", None),
    ("Hội nghị Trung ương", None),
    ("Các đại biểu biểu quyết.", None),
    ("Phóng viên.", None),
    ("Nhóm PV đã có mặt.", None),
    ("Nhóm PV - 14:35 25/11/2026", None),
    ("", None),
]


@pytest.mark.parametrize(("line", "expected"), BYLINE_CASES)
def test_parse_byline(line, expected):
    assert parse_byline(line) == expected


@pytest.mark.parametrize(
    ("line", "byline", "photo", "published"),
    [
        ("Bài và ảnh: Thu Hằng", "Thu Hằng", "Thu Hằng", None),
        ("BÀI VÀ ẢNH: THU HẰNG", "Thu Hằng", "Thu Hằng", None),
        ("Bài, ảnh: Minh An", "Minh An", "Minh An", None),
        ("Bài: Minh An - Ảnh: Hoàng Hà", "Minh An", "Hoàng Hà", None),
        ("Bài: Minh An", "Minh An", None, None),
        ("Tin, ảnh: Hoàng Linh", "Hoàng Linh", "Hoàng Linh", None),
        ("Tin và ảnh: HOÀNG LINH", "Hoàng Linh", "Hoàng Linh", None),
        ("Nhóm PV - 14:35 25/11/2026", "Nhóm PV", None, datetime(2026, 11, 25, 14, 35)),
        ("Thu Hằng | 08:15, 12/03/2026", "Thu Hằng", None, datetime(2026, 3, 12, 8, 15)),
        ("Thứ Tư, 25/11/2026 14:35 (GMT+7)", None, None, datetime(2026, 11, 25, 14, 35)),
        ("25/11/2026 - 14h35", None, None, datetime(2026, 11, 25, 14, 35)),
        # A reporter label and the time stamp on one line, the weekday after the time.
        (
            "Bài và ảnh: MINH QUÂN | 10:35 Thứ Ba, 12/3/2024 (GMT+7)",
            "Minh Quân",
            "Minh Quân",
            datetime(2024, 3, 12, 10, 35),
        ),
        (
            "Bài: Minh An - Ảnh: Hoàng Hà | 14:35, 25/11/2026",
            "Minh An",
            "Hoàng Hà",
            datetime(2026, 11, 25, 14, 35),
        ),
        ("Lan Anh - 09:05 Thứ Sáu, 4/10/2024", "Lan Anh", None, datetime(2024, 10, 4, 9, 5)),
        # What sites print before the time.
        ("Cập nhật: 08:30 | 18/09/2024", None, None, datetime(2024, 9, 18, 8, 30)),
        ("Ngày đăng: 25/11/2026 14:35", None, None, datetime(2026, 11, 25, 14, 35)),
    ],
)
def test_parse_author_line(line, byline, photo, published):
    author = parse_author_line(line)
    assert author is not None
    assert author.byline == byline
    assert author.photo_credit == photo
    expected = published.replace(tzinfo=VIETNAM_TZ) if published else None
    assert author.published_at == expected


@pytest.mark.parametrize(
    "line",
    [
        "Các đại biểu biểu quyết thông qua Nghị quyết.",
        "Bài học kinh nghiệm: phải lấy dân làm gốc, dựa vào dân để xây dựng Đảng.",
        "Ngày 32/13/2026 14:35",
        "Thời gian qua, tỉnh đã làm tốt công tác cán bộ.",
        "Cập nhật: tin mới nhất về kỳ họp",
        "",
    ],
)
def test_parse_author_line_rejects_other_lines(line):
    assert parse_author_line(line) is None


@pytest.mark.parametrize(
    ("line", "artefact"),
    [
        ("leftcenterrightdel", True),
        ("left center right del", True),
        ("  LeftCenterRightDel  ", True),
        ("left  center  right  del", True),
        ("leftcenterrightdel Các đại biểu dự hội nghị", False),
        ("Hội nghị bên trái", False),
    ],
)
def test_layout_artefact(line, artefact):
    assert is_layout_artefact(line) is artefact


def test_strip_glued_layout_artefact():
    assert strip_layout_artefact("leftcenterrightdelCác đại biểu dự hội nghị") == (
        True,
        "Các đại biểu dự hội nghị",
    )
    assert strip_layout_artefact("Các đại biểu") == (False, "Các đại biểu")


@pytest.mark.parametrize(
    ("line", "marker"),
    [
        ("Ảnh minh họa", True),
        ("(Ảnh minh hoạ)", True),
        ("Ảnh tư liệu.", True),
        ("Cán bộ xã hướng dẫn người dân làm hồ sơ trực tuyến (Ảnh minh họa)", True),
        ("Cán bộ xã hướng dẫn người dân. Ảnh minh họa", True),
        ("Bức ảnh minh họa cho thấy quyết tâm của cả hệ thống chính trị là rất lớn", False),
    ],
)
def test_caption_marker(line, marker):
    assert is_caption_marker(line) is marker


def test_photo_labelled_caption():
    assert photo_labelled("Ảnh: Đại biểu chất vấn tại kỳ họp.") == "Đại biểu chất vấn tại kỳ họp."
    assert photo_labelled("Ảnh: Nguyễn Hưng") is None
    assert photo_labelled("Ảnh hưởng lớn") is None


@pytest.mark.parametrize(
    ("name", "tidy"),
    [
        ("THU HẰNG", "Thu Hằng"),
        ("VGP/NHẬT BẮC", "VGP/Nhật Bắc"),
        ("VGP / Nhật Bắc", "VGP/Nhật Bắc"),
        ("THEO VOV", "Theo VOV"),
        ("MINH CHÂU (TTXVN)", "Minh Châu (TTXVN)"),
        ("AS", "AS"),
        ("Minh Đức/TTXVN", "Minh Đức/TTXVN"),
        ("BAOCHINHPHU.VN", "baochinhphu.vn"),
    ],
)
def test_tidy_name(name, tidy):
    assert tidy_name(name) == tidy


def test_clean_credit_strips_wrapping():
    assert clean_credit(" (Nguyễn Hưng). ") == "Nguyễn Hưng"


def test_sources():
    assert parse_theo_line("Theo TTXVN") == "TTXVN"
    assert parse_theo_line("(Theo báo Nhân Dân)") == "báo Nhân Dân"
    assert parse_theo_line("Theo báo cáo của Bộ Tài chính, thu ngân sách tăng mạnh.") is None
    assert parse_source_line("Nguồn: VGP") == "VGP"
    assert parse_source_line("Nguồn: baochinhphu.vn") == "baochinhphu.vn"
    assert parse_source_line("Nguồn vốn đầu tư công tăng.") is None
    assert source_from_byline("Theo TTXVN") == "TTXVN"
    assert source_from_byline("Minh Châu (TTXVN)") == "TTXVN"
    assert source_from_byline("Thu Hằng") is None
    assert source_from_byline(None) is None
