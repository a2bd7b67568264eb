"""Plain-text wire copy → WireStory (articles.wire.read.parse_text).

Fixtures in tests/data/wire/ are invented stories written in the style of each kind of
source (TTXVN, baochinhphu.vn, a city party paper, a provincial paper…). Expected strings go
through ``normalize_inline`` so that they follow whichever tone placement the project uses.
"""

from datetime import datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from articles.wire.read import WireError, WireParseError, parse, parse_text, story_body_html
from articles.wire.read.assemble import TEASER_WARNING, page_header_lines, reads_as_caption
from articles.wire.read.cleanup import is_boilerplate, is_related_heading
from articles.wire.read.credits import parse_author_line, strip_layout_artefact
from articles.wire.read.dates import VIETNAM_TZ
from articles.wire.read.lines import rejoin_broken_lines, spaced_lines
from articles.wire.read.structure import Block, WireStory
from newsroom.text import fold, normalize, normalize_inline
from tests.paths import PROJECT_ROOT, WIRE_DATA

DATA = WIRE_DATA


def N(text):
    return normalize_inline(text) if text is not None else None


def load(name: str) -> WireStory:
    return parse((DATA / name).read_bytes(), name=name)


def captions(story):
    return [(c.text, c.credit, c.position) for c in story.captions]


def kinds(story):
    return [block.kind for block in story.blocks]


# --------------------------------------------------------------------------------------
# Fixtures, one per agency style
# --------------------------------------------------------------------------------------


def test_ttxvn_with_dateline_caption_end_marker_and_agency_byline():
    story = load("ttxvn_hanoi.txt")
    assert story.source_format == "text"
    assert story.encoding == "utf-8"
    assert story.title == N("Hà Nội thông qua Nghị quyết về phát triển giao thông công cộng")
    assert story.dateline == "HÀ NỘI (TTXVN)"
    assert story.source == "TTXVN"
    assert story.sapo.startswith(N("Sáng 24/11, tại kỳ họp thứ 18, HĐND thành phố Hà Nội khóa"))
    assert story.sapo.endswith(N("với 92/95 đại biểu tán thành."))
    assert kinds(story) == [
        "paragraph",
        "caption",
        "paragraph",
        "subheading",
        "paragraph",
        "paragraph",
    ]
    assert story.subheadings == [N("Tăng cường giám sát sau nghị quyết")]
    assert captions(story) == [
        (N("Các đại biểu biểu quyết thông qua Nghị quyết tại kỳ họp."), "Minh Đức/TTXVN", 1)
    ]
    assert story.paragraphs[-1].endswith(N("trong quá trình triển khai."))
    assert story.byline == "Minh Châu (TTXVN)"
    assert story.warnings == []


def test_baochinhphu_with_crlf_website_credits_and_plain_byline():
    raw = (DATA / "vgp_chinhphu.txt").read_bytes()
    assert b"\r\n" in raw
    story = load("vgp_chinhphu.txt")
    assert story.title == N("Thủ tướng chủ trì hội nghị trực tuyến về giải ngân vốn đầu tư công")
    assert story.dateline == "(Chinhphu.vn)"
    assert story.source == "Chinhphu.vn"
    assert story.sapo.startswith(N("Chiều 25/11, Thủ tướng Chính phủ chủ trì hội nghị"))
    assert captions(story) == [
        (N("Thủ tướng phát biểu chỉ đạo tại hội nghị"), "VGP/Nhật Bắc", 0),
        (N("Quang cảnh hội nghị tại điểm cầu Chính phủ."), "baochinhphu.vn", 2),
    ]
    assert story.subheadings == [N("Không để vốn nằm chờ dự án")]
    assert len(story.paragraphs) == 3
    assert story.byline == "Thu Hằng"
    assert all("\r" not in block.text for block in story.blocks)


def test_city_party_paper_like_the_sample_without_title():
    story = load("thanhuy_city.txt")
    assert story.title is None
    assert any(w.startswith("Thiếu tiêu đề:") for w in story.warnings)
    assert story.sapo.startswith(N("Đó là yêu cầu của đồng chí Trần Quốc Bảo, Ủy viên Trung ương"))
    assert story.dateline is None
    assert kinds(story) == [
        "caption",
        "subheading",
        "paragraph",
        "paragraph",
        "caption",
        "paragraph",
        "subheading",
        "paragraph",
    ]
    assert captions(story) == [
        (N("Các đại biểu biểu quyết thông qua Nghị quyết số 15-NQ/TU tại hội nghị."), "HY", 0),
        (N("Bí thư Thành ủy Trần Quốc Bảo phát biểu kết luận hội nghị"), None, 3),
    ]
    assert story.subheadings == [
        N("Đổi mới phải bắt đầu từ cơ sở"),
        N("Nâng cao chất lượng sinh hoạt chi bộ"),
    ]
    # The end marker was glued to the last sentence.
    assert story.paragraphs[-1].endswith(N("được xử lý trực tuyến toàn trình…"))
    assert "/." not in story.paragraphs[-1]
    assert story.byline == "Hải Yến"
    assert all(
        "leftcenterrightdel" not in b.text and "left center" not in b.text for b in story.blocks
    )


def test_provincial_paper_with_reporter_line_boilerplate_and_lone_end_marker():
    story = load("provincial_quangtri.txt")
    assert story.title == N("Tỉnh ủy Quảng Trị sơ kết 5 năm thực hiện Chỉ thị số 05-CT/TW")
    assert story.byline == "Thu Hằng"
    assert story.sapo.startswith(N("Sáng 22/11, Ban Thường vụ Tỉnh ủy Quảng Trị"))
    # "Bài và ảnh" makes the reporter the credit of uncredited photos, except illustrations.
    assert captions(story) == [
        (
            N(
                "Đồng chí Phó Bí thư Thường trực Tỉnh ủy trao Bằng khen cho các tập thể có thành "
                "tích xuất sắc."
            ),
            "Thu Hằng",
            1,
        ),
        (
            N("Cán bộ xã Hướng Hiệp hướng dẫn người dân làm hồ sơ trực tuyến (Ảnh minh họa)"),
            None,
            3,
        ),
    ]
    assert story.subheadings == [N("Những tấm gương bình dị")]
    text = " ".join(b.text for b in story.blocks)
    assert "Google News" not in text
    assert "Bình luận" not in text
    assert "/." not in text
    assert story.paragraphs[-1].endswith(N("Đại hội Đảng bộ tỉnh lần thứ XVIII."))
    assert any("Đã bỏ 2 dòng" in w for w in story.warnings)


def test_upper_case_title_credits_and_byline():
    story = load("uppercase_sggp.txt")
    assert story.title == N("TP.HCM KIỆN TOÀN BỘ MÁY CHÍNH QUYỀN ĐÔ THỊ")
    assert story.dateline == "SGGP"
    assert story.source == "SGGP"
    assert story.sapo.startswith(N("Ngày 23/11, HĐND TPHCM tổ chức kỳ họp chuyên đề"))
    assert captions(story) == [
        (N("Chủ tịch HĐND TPHCM điều hành phiên họp."), "Viết Thành", 0),
        (N("Đại biểu bấm nút biểu quyết thông qua nghị quyết."), "Hoàng Hùng", 1),
    ]
    assert story.byline == "Ngọc Ánh"


def test_upper_case_title_followed_by_an_update_time_line():
    copy = (
        "KHAI MẠC HỘI NGHỊ LẦN THỨ 10 BAN CHẤP HÀNH ĐẢNG BỘ TỈNH\n\n"
        "Cập nhật: 08:30 | 18/09/2026\n\n"
        f"(QNO) - {LEAD}\n\n{BODY}"
    )
    story = parse_text(copy)
    assert story.title == N("KHAI MẠC HỘI NGHỊ LẦN THỨ 10 BAN CHẤP HÀNH ĐẢNG BỘ TỈNH")
    assert story.published_at == datetime(2026, 9, 18, 8, 30, tzinfo=VIETNAM_TZ)
    assert story.sapo == N(LEAD)
    assert story.subheadings == []
    assert story.warnings == []


def test_bom_nbsp_zero_width_and_related_links():
    raw = (DATA / "bom_nbsp_plo.txt").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert "\u00a0".encode() in raw
    story = load("bom_nbsp_plo.txt")
    assert story.encoding == "utf-8"
    assert story.title == N(
        "Quốc hội thảo luận dự án Luật Tổ chức chính quyền địa phương (sửa đổi)"
    )
    assert story.dateline == "(PLO)"
    assert story.source == "PLO"
    assert story.sapo.startswith(N("Sáng 25/11, Quốc hội thảo luận ở hội trường"))
    assert story.paragraphs[0].startswith(
        N("Góp ý tại phiên họp, đại biểu Lê Thị Hoa (đoàn Hà Nội)")
    )
    assert story.paragraphs[0].endswith('"trên nóng, dưới lạnh".')
    assert story.subheadings == [N("Phân cấp đi đôi với kiểm soát quyền lực")]
    assert kinds(story) == ["paragraph", "subheading", "paragraph"]
    assert story.byline == "Nhóm phóng viên"
    assert any("Đã bỏ 4 dòng" in w for w in story.warnings)
    everything = " ".join([story.title, story.sapo, *[b.text for b in story.blocks]])
    assert "\u00a0" not in everything
    assert "\u200b" not in everything
    assert "\ufeff" not in everything
    assert "Xem thêm" not in everything
    assert "Luật Cán bộ, công chức" not in everything


def test_repeated_lead_reporter_time_line_and_credit_on_its_own_line():
    story = load("duplicate_lead.txt")
    assert story.title == N("Bộ Chính trị ban hành Kết luận về công tác cán bộ")
    assert story.byline == "Nhóm PV"
    assert story.published_at == datetime(2026, 11, 25, 14, 35, tzinfo=VIETNAM_TZ)
    assert story.sapo.startswith(N("Bộ Chính trị vừa ban hành Kết luận về tiếp tục đổi mới"))
    assert "Đã bỏ đoạn lặp lại sapo ở đầu thân bài." in story.warnings
    assert story.paragraphs[0].startswith(N("Kết luận yêu cầu các cấp ủy"))
    assert captions(story) == [(N("Quang cảnh phiên họp của Bộ Chính trị."), "TTXVN", 1)]
    assert story.source == "TTXVN"
    assert kinds(story) == ["paragraph", "caption", "paragraph"]


def test_caption_introduced_by_anh_graphics_credit_and_two_reporters():
    story = load("hdnd_ninhbinh.txt")
    assert story.title == N("HĐND tỉnh Ninh Bình chất vấn về giải phóng mặt bằng")
    assert story.dateline == "(Báo Ninh Bình)"
    assert story.sapo.startswith(N("Chiều 21/11, kỳ họp thứ 15 HĐND tỉnh Ninh Bình khóa XV"))
    assert captions(story) == [
        (N("Đại biểu HĐND tỉnh chất vấn Giám đốc Sở Nông nghiệp và Môi trường."), None, 0),
        (N("Bảng tổng hợp tiến độ giải phóng mặt bằng các dự án trọng điểm."), "Thanh Tâm", 1),
    ]
    assert story.byline == "Đức Lam - Hoàng Hà"


def test_hard_wrapped_teletype_copy_is_rejoined():
    story = load("teletype_wrapped.txt")
    assert story.title == N("CHÍNH PHỦ HỌP PHIÊN THƯỜNG KỲ THÁNG 11")
    assert story.dateline == "HÀ NỘI 25/11 (TTXVN)"
    assert story.sapo == N(
        "Sáng nay, Thủ tướng Chính phủ chủ trì phiên họp Chính phủ thường kỳ tháng 11, thảo "
        "luận tình hình kinh tế - xã hội, giải ngân vốn đầu tư công và công tác chuẩn bị Tết "
        "Nguyên đán."
    )
    assert story.paragraphs == [
        N(
            "Theo báo cáo của Bộ Tài chính, tổng thu ngân sách nhà nước 11 tháng ước đạt 112% dự "
            "toán, tạo dư địa để tăng chi cho an sinh xã hội và đầu tư phát triển hạ tầng chiến "
            "lược."
        ),
        N(
            "Thủ tướng yêu cầu các bộ, ngành theo dõi sát diễn biến thị trường, chủ động phương "
            "án bảo đảm cung ứng hàng hóa thiết yếu dịp cuối năm, không để xảy ra tình trạng khan "
            "hiếm, tăng giá bất hợp lý."
        ),
    ]
    assert story.byline is None


def test_body_html():
    story = load("ttxvn_hanoi.txt")
    html = story_body_html(story)
    assert html.count("<p>") == 4
    assert html.count("<h2>") == 1
    assert "Minh Đức" not in html  # captions become Caption rows, not body text
    assert html.startswith("<p>" + N("Phát biểu bế mạc kỳ họp"))
    escaped = story_body_html(
        WireStory(blocks=[Block("paragraph", 'Điều 5 & "Khoản 2" <mới>'), Block("caption", "x")])
    )
    assert escaped == "<p>Điều 5 &amp; &quot;Khoản 2&quot; &lt;mới&gt;</p>"


SAMPLE = PROJECT_ROOT.parent / "shared" / "samples" / "wire-plaintext-000_0f56e84091b4a594.txt"


@pytest.mark.skipif(not SAMPLE.exists(), reason="the shared wire sample is not beside the repo")
def test_real_sample_from_the_newsroom():
    story = parse(SAMPLE.read_bytes(), name=SAMPLE.name)
    assert story.encoding == "utf-8"
    assert story.title is None
    assert any(w.startswith("Thiếu tiêu đề:") for w in story.warnings)
    assert story.byline == "Ánh Sáng"
    assert [c.credit for c in story.captions] == ["AS", None, "AS"]
    assert [c.position for c in story.captions] == [0, 6, 12]
    assert len(story.subheadings) == 2
    assert len(story.paragraphs) == 12
    assert story.paragraphs[-1].endswith("…")
    assert all("/." not in b.text and "leftcenterrightdel" not in b.text for b in story.blocks)
    assert all("\u00a0" not in c.text for c in story.captions)


# --------------------------------------------------------------------------------------
# Individual conventions
# --------------------------------------------------------------------------------------


LEAD = (
    "Sáng 25/11, Ban Thường vụ Thành ủy tổ chức hội nghị quán triệt Nghị quyết số 15-NQ/TU "
    "về công tác cán bộ, với sự tham dự của hơn 300 đại biểu."
)
BODY = (
    "Phát biểu tại hội nghị, đồng chí Bí thư Thành ủy yêu cầu các cấp ủy khẩn trương xây dựng "
    "kế hoạch thực hiện nghị quyết."
)


@pytest.mark.parametrize(
    ("prefix", "dateline", "source"),
    [
        ("(TTXVN) - ", "(TTXVN)", "TTXVN"),
        ("HÀ NỘI (TTXVN) - ", "HÀ NỘI (TTXVN)", "TTXVN"),
        ("Hà Nội, 25/11 (TTXVN) – ", "Hà Nội, 25/11 (TTXVN)", "TTXVN"),
        ("(Chinhphu.vn) - ", "(Chinhphu.vn)", "Chinhphu.vn"),
        ("(PLO)-", "(PLO)", "PLO"),
        ("(Dân trí) - ", "(Dân trí)", "Dân trí"),
        ("TPO - ", "TPO", "TPO"),
        ("VOV.VN - ", "VOV.VN", "VOV.VN"),
        ("ĐNĐT - ", "ĐNĐT", "ĐNĐT"),
        ("Chinhphu.vn - ", "Chinhphu.vn", "Chinhphu.vn"),
        ("ĐÀ NẴNG – ", "ĐÀ NẴNG", None),
        ("TP.HCM - ", "TP.HCM", None),
    ],
)
def test_datelines(prefix, dateline, source):
    story = parse_text(f"Tiêu đề bài viết\n\n{prefix}{LEAD}\n\n{BODY}")
    assert story.dateline == dateline
    assert story.source == source
    assert story.sapo == N(LEAD)


@pytest.mark.parametrize(
    "lead",
    [
        "Sáng nay (25/11) - đúng như dự kiến, Quốc hội khai mạc kỳ họp bất thường.",
        "COVID-19 không còn là mối lo lớn của ngành y tế thành phố trong năm nay.",
        "Đại hội Đảng bộ thành phố lần thứ XVIII thành công tốt đẹp.",
    ],
)
def test_no_dateline(lead):
    story = parse_text(f"{lead}\n\n{BODY}")
    assert story.dateline is None
    assert story.sapo == N(lead)


@pytest.mark.parametrize(
    ("first", "title"),
    [
        ("Hà Nội quán triệt Nghị quyết số 15-NQ/TU", "Hà Nội quán triệt Nghị quyết số 15-NQ/TU"),
        ("Vì sao phải đổi mới công tác cán bộ?", "Vì sao phải đổi mới công tác cán bộ?"),
        ("Hội nghị kết thúc thành công.", None),  # final period: a sentence
        ("x" * 210, None),  # too long for a title
        ("(TTXVN) - Hội nghị khai mạc", None),  # a dateline starts the lead
        ("ĐẠI HỘI ĐẢNG - DẤU ẤN LỊCH SỬ", "ĐẠI HỘI ĐẢNG - DẤU ẤN LỊCH SỬ"),
    ],
)
def test_title_heuristic(first, title):
    story = parse_text(f"{first}\n\n{LEAD}\n\n{BODY}")
    assert story.title == N(title)
    if title is None:
        assert any(w.startswith("Thiếu tiêu đề:") for w in story.warnings)
        assert story.sapo == N(first) or story.sapo.endswith(N("Hội nghị khai mạc"))


def test_title_needs_a_longer_paragraph_after_it():
    story = parse_text("Một dòng ngắn\n\nDòng hai ngắn")
    assert story.title is None
    assert story.sapo == "Một dòng ngắn"


def test_title_without_blank_lines():
    story = parse_text(f"Tiêu đề bài viết\n{LEAD}\n{BODY}")
    assert story.title == N("Tiêu đề bài viết")
    assert story.sapo == N(LEAD)
    assert story.paragraphs == [N(BODY)]


@pytest.mark.parametrize(
    "tail",
    [
        f"{BODY}/.\n\nMinh Châu",
        f"{BODY}\n/.\nMinh Châu",
        f"{BODY} /.\n\nMinh Châu\n",
        f"{BODY}\n\nMinh Châu",
        f"{BODY}/.\nMINH CHÂU",
    ],
)
def test_end_marker_and_byline(tail):
    story = parse_text(f"Tiêu đề bài viết\n\n{LEAD}\n\n{tail}")
    assert story.paragraphs == [N(BODY)]
    assert story.byline == N("Minh Châu")


def test_short_lines_after_end_marker_join_into_the_byline():
    story = parse_text(f"Tiêu đề bài viết\n\n{LEAD}\n\n{BODY}/.\n\nMinh Châu\n(TTXVN)")
    assert story.byline == N("Minh Châu (TTXVN)")
    assert story.source == "TTXVN"


def test_long_text_after_end_marker_is_kept_with_a_warning():
    story = parse_text(f"Tiêu đề bài viết\n\n{LEAD}\n\n{BODY}/.\n\n{BODY}")
    assert story.paragraphs == [N(BODY), N(BODY)]
    assert any("sau dấu kết thúc" in w for w in story.warnings)


def test_source_line_at_the_end():
    story = parse_text(f"Tiêu đề bài viết\n\n{LEAD}\n\n{BODY}\n\nThu Hằng\n\nNguồn: VGP")
    assert story.byline == "Thu Hằng"
    assert story.source == "VGP"


@pytest.mark.parametrize(
    "line",
    [
        "Follow us on Facebook",
        "Theo dõi chúng tôi trên Google News",
        "Theo dõi Báo Hà Nội Mới trên Zalo",
        "Theo dõi Tuổi Trẻ trên Google News",
        "Xem thêm:",
        "Xem thêm: Quốc hội thông qua Luật Đất đai (sửa đổi)",
        "Tin liên quan",
        "Đọc thêm",
        "Chia sẻ",
        "Bình luận",
        "In bài",
        "Chia sẻ | Bình luận | In bài",
        "Tags: Quốc hội, Luật Đất đai",
        "Từ khóa: HĐND, chất vấn",
    ],
)
def test_boilerplate_lines_are_dropped(line):
    story = parse_text(f"Tiêu đề bài viết\n\n{LEAD}\n\n{line}\n\n{BODY}")
    assert story.paragraphs == [N(BODY)]
    assert story.subheadings == []


@pytest.mark.parametrize(
    "line",
    [
        "Theo báo cáo của Bộ Tài chính, thu ngân sách tăng 12%.",
        "Chia sẻ kinh nghiệm của các địa phương, đại biểu nêu nhiều ý kiến.",
        "In bài phát biểu, đồng chí Bí thư gửi tới các đại biểu.",
        "Theo dõi sát diễn biến trên thị trường, Bộ Công Thương đề nghị các doanh nghiệp…",
    ],
)
def test_ordinary_sentences_are_not_boilerplate(line):
    assert not is_boilerplate(line)


def test_caption_after_artefact_glued_to_the_line():
    story = parse_text(f"{LEAD}\n\nleftcenterrightdelCác đại biểu dự hội nghị. (Ảnh: AS)\n\n{BODY}")
    assert captions(story) == [(N("Các đại biểu dự hội nghị."), "AS", 0)]


def test_credit_line_after_a_caption_without_credit():
    story = parse_text(
        f"{LEAD}\n\nleftcenterrightdel\nCác đại biểu dự hội nghị\nẢnh: Nguyễn Hưng\n\n{BODY}"
    )
    assert captions(story) == [(N("Các đại biểu dự hội nghị"), "Nguyễn Hưng", 0)]
    assert story.paragraphs == [N(BODY)]


def test_section_breaks_and_embedded_video_lines_are_layout_not_story():
    story = parse_text(
        f"{LEAD}\n\n{BODY}\n\n* * *\n\nVideo: Toàn cảnh buổi tiếp xúc cử tri\n\n———\n\n"
        f"{BODY} Lần hai.\n\nTin, ảnh: Hoàng Linh"
    )
    assert story.paragraphs == [N(BODY), N(BODY + " Lần hai.")]
    assert story.subheadings == []
    assert story.byline == "Hoàng Linh"
    assert story.captions == []


def test_numbered_photos_are_captions_in_their_places():
    story = parse_text(
        f"{LEAD}\n\nẢnh 1: Thủ tướng kiểm tra công trường.\n\n"
        "Ảnh 2: Thủ tướng trao đổi với công nhân. (Ảnh: Nhật Bắc)\n\n"
        f"{BODY}\n\n[Ảnh: Đại biểu tiếp xúc cử tri - Ảnh: Hoàng Linh]"
    )
    assert captions(story) == [
        (N("Thủ tướng kiểm tra công trường."), None, 0),
        (N("Thủ tướng trao đổi với công nhân."), "Nhật Bắc", 0),
        (N("Đại biểu tiếp xúc cử tri"), "Hoàng Linh", 1),
    ]
    assert story.paragraphs == [N(BODY)]


def test_credit_line_after_a_paragraph_of_the_story_does_not_make_it_a_caption():
    said = "Bà Nguyễn Thị Hoa cho biết, thành phố đã hoàn thành 12 công trình trọng điểm."
    story = parse_text(f"{LEAD}\n\n{said}\n\nẢNH: NGUYỄN KHÁNH\n\n{BODY}")
    assert story.paragraphs == [N(said), N(BODY)]
    assert captions(story) == [("", "Nguyễn Khánh", 1)]
    assert "Dòng tín dụng ảnh không có chú thích đi kèm: Nguyễn Khánh" in story.warnings


@pytest.mark.parametrize(
    ("text", "caption"),
    [
        ("Quang cảnh phiên họp của Bộ Chính trị.", True),
        ("Thủ tướng Phạm Minh Chính phát biểu tại hội nghị", True),
        ("Bộ trưởng nhấn mạnh yêu cầu giải ngân vốn đầu tư công.", False),
        ("Hội nghị diễn ra trong hai ngày. Các đại biểu thảo luận ở tổ.", False),
        ("Đại biểu " + "thảo luận " * 30, False),
    ],
)
def test_which_line_before_a_credit_line_is_its_caption(text, caption):
    assert reads_as_caption(N(text)) is caption


def test_subheading_rules():
    story = parse_text(
        f"{LEAD}\n\nQuan trọng là phải hành động\n\n{BODY}\n\n"
        "Đồng chí nhấn mạnh:\n\nthấp hơn kế hoạch đề ra\n\n1. Tăng cường kỷ luật, kỷ cương\n\n"
        f"{BODY}\n\n(Còn nữa)\n\nThu Hằng"
    )
    assert story.subheadings == [
        N("Quan trọng là phải hành động"),
        N("1. Tăng cường kỷ luật, kỷ cương"),
    ]
    assert N("Đồng chí nhấn mạnh:") in story.paragraphs
    assert N("thấp hơn kế hoạch đề ra") in story.paragraphs
    assert story.paragraphs[-1] == "(Còn nữa)"  # a note to readers, not a heading


def test_repeated_title_is_dropped():
    story = parse_text(f"Tiêu đề bài viết\n\nTiêu đề bài viết\n\n{LEAD}\n\n{BODY}")
    assert story.title == "Tiêu đề bài viết"
    assert story.sapo == N(LEAD)
    assert story.paragraphs == [N(BODY)]


def test_repeated_lead_with_its_dateline_is_dropped():
    story = parse_text(f"Tiêu đề bài viết\n\n(TTXVN) - {LEAD}\n\n{LEAD}\n\n{BODY}")
    assert story.sapo == N(LEAD)
    assert story.paragraphs == [N(BODY)]


@pytest.mark.parametrize("text", ["", "   ", "\n\n\r\n", "\u00a0\u200b\ufeff", "\t \t"])
def test_empty_text_is_an_error(text):
    with pytest.raises(WireParseError, match=r"trống.*empty"):
        parse_text(text)
    assert issubclass(WireParseError, WireError)


def test_only_boilerplate_gives_an_empty_story_with_warnings():
    story = parse_text("Chia sẻ\n\nBình luận")
    assert story.sapo == ""
    assert story.blocks == []
    assert "Bài không có nội dung." in story.warnings


def test_single_line():
    story = parse_text("Ánh Sáng")
    assert story.sapo == "Ánh Sáng"
    assert story.byline is None


# --------------------------------------------------------------------------------------
# Properties
# --------------------------------------------------------------------------------------


@given(st.text(max_size=600))
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_parse_text_never_raises(text):
    if not normalize(text).strip():
        with pytest.raises(WireParseError):
            parse_text(text)
        return
    story = parse_text(text)
    assert isinstance(story, WireStory)
    assert all(block.text for block in story.blocks if block.kind != "caption")


_LETTERS = (
    "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
)
_ALPHABET = _LETTERS + _LETTERS.upper() + "0123456789" + " " * 12 + "\n" * 4 + ".,-"

_lines = st.lists(st.text(alphabet=_ALPHABET, min_size=1, max_size=120), min_size=1, max_size=12)


def _kept_lines(text: str) -> list[str]:
    """Lines whose words must survive parsing: not site boilerplate, related-story links,
    layout artefacts or reporter/time lines (which parse_text drops on purpose)."""
    kept = []
    related = False
    # lines as the reader sees them once a sentence broken over lines is joined (no word is
    # lost joining); the page's header above a headline (site name, menu) is dropped too
    lines = [line for line, _ in rejoin_broken_lines(spaced_lines(normalize(text)))]
    for line in lines[page_header_lines(lines) :]:
        if is_related_heading(line):
            related = True
            continue
        if related and (line[:1] in "-–—•+*>»" or line[:1].isdigit()):
            continue
        related = False
        if is_boilerplate(line) or strip_layout_artefact(line)[0] or parse_author_line(line):
            continue
        kept.append(line)
    return kept


@given(_lines)
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_parse_text_never_loses_body_text(lines):
    text = "\n".join(lines)
    if not normalize(text).strip():
        return
    story = parse_text(text)
    pieces = [story.title, story.sapo, story.dateline, story.byline, story.source]
    pieces += [block.text for block in story.blocks]
    pieces += [f"{c.text} {c.credit or ''}" for c in story.captions]
    # other stories' headlines and summaries are dropped, and quoted in a warning
    pieces += [w for w in story.warnings if w.startswith(TEASER_WARNING)]
    corpus = fold(" ".join(piece for piece in pieces if piece))
    for line in _kept_lines(text):
        for word in fold(line).split():
            word = word.strip(".,-")
            if word:
                assert word in corpus, (word, line, story)
