"""Plain text saved from web pages (articles.wire.read.lines, and what assemble makes of it).

A page turned into text breaks a sentence wherever the markup had an element boundary (a
linked word, a credit in its own span), and some sites print the sapo after the byline. The
sentences below are invented, in the shapes such copy takes.
"""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from articles.wire.read import parse_html, parse_text
from articles.wire.read.assemble import page_header_lines
from articles.wire.read.credits import parse_byline, say_once, split_credit
from articles.wire.read.lines import moved_lead, rejoin_broken_lines, spaced_lines
from articles.wire.read.shapes import (
    describes_photo,
    is_subheading,
    names_person,
    reads_as_lead_caption,
    reads_as_quoted_heading,
)
from newsroom.text import normalize, normalize_inline


def N(text):
    return normalize_inline(text) if text is not None else None


def joined(text: str) -> list[str]:
    return [line for line, _ in rejoin_broken_lines(spaced_lines(normalize(text)))]


# --------------------------------------------------------------------------------------
# Lines broken around a linked word
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a linked word alone between two parts of a sentence
        (
            "Trả lời phỏng vấn của\nTuổi Trẻ\nvề dự án, ông Hải cho biết sẽ kiểm tra lại.",
            ["Trả lời phỏng vấn của Tuổi Trẻ về dự án, ông Hải cho biết sẽ kiểm tra lại."],
        ),
        # the linked word opens the paragraph, after a caption that ends with its credit
        (
            "Quang cảnh phiên họp. Ảnh: Reuters\nAFP\ndẫn lời một quan chức cho biết như vậy.",
            [
                "Quang cảnh phiên họp. Ảnh: Reuters",
                "AFP dẫn lời một quan chức cho biết như vậy.",
            ],
        ),
        # a sentence that ends on the linked word, its full stop on the next line
        (
            "Thông tin được ông Nam đưa ra khi trả lời\nRFI\n.\nCâu hỏi tiếp theo.",
            ["Thông tin được ông Nam đưa ra khi trả lời RFI.", "Câu hỏi tiếp theo."],
        ),
        # a caption broken at each name, with the positions in brackets
        (
            "Bí thư Tỉnh ủy trao quyết định cho các ông Trần Văn Bình\n(trái)\n"
            " và Lê Hữu Tâm\n(phải)\n.",
            [
                "Bí thư Tỉnh ủy trao quyết định cho các ông Trần Văn Bình (trái) "
                "và Lê Hữu Tâm (phải)."
            ],
        ),
        # brackets opened at the end of a line and closed at the start of the next
        (
            "Lãnh đạo tỉnh chúc mừng ông Hòa (\nbên trái\n), ông Quân (\nbên phải). Ảnh: Báo Nam"
            " Định",
            ["Lãnh đạo tỉnh chúc mừng ông Hòa (bên trái), ông Quân (bên phải). Ảnh: Báo Nam Định"],
        ),
        # the credit pushed under its label
        (
            "Ông Lâm phát biểu khai mạc hội thảo. Ảnh:\nGetty.\nĐoạn tiếp theo của bài.",
            ["Ông Lâm phát biểu khai mạc hội thảo. Ảnh: Getty.", "Đoạn tiếp theo của bài."],
        ),
        # a byline with its note in brackets on the next line, even after a blank line
        (
            "Đoạn cuối của bài.\nMinh Khang\n(tổng hợp)",
            ["Đoạn cuối của bài.", "Minh Khang (tổng hợp)"],
        ),
        ("Đoạn cuối của bài.\nThu Hà\n\n(TTXVN)", ["Đoạn cuối của bài.", "Thu Hà (TTXVN)"]),
        # the outlet after the name's slash, set on a line of its own
        ("Đoạn cuối của bài.\nQuốc Vinh\n/PL&XH", ["Đoạn cuối của bài.", "Quốc Vinh/PL&XH"]),
    ],
)
def test_broken_lines_are_joined(text, expected):
    assert joined(text) == [N(line) for line in expected]


@pytest.mark.parametrize(
    "text",
    [
        # enumerations in lower case start an item
        "Hội nghị thống nhất các nội dung sau\na) Kiện toàn bộ máy;\nb) Sắp xếp cán bộ.",
        # a subheading, then a paragraph
        "Tăng cường kỷ luật\nCác cấp ủy cần tăng cường kiểm tra.",
        # a paragraph ending a sentence, then a note in brackets
        "Đoạn cuối của bài.\n(Còn nữa)",
        # a quotation closed at the end of the line
        "“Chúng tôi sẽ làm đến cùng”\n(theo lời ông Tâm)",
        # a sentence ended, then the end marker; two slashes of a path
        "Đoạn cuối của bài.\n/.",
        "Đoạn cuối của bài.\n/tin-tuc/thoi-su/trang-2/",
        # a caption with its credit, then a paragraph in lower case (kept apart)
        "Đại biểu bỏ phiếu. Ảnh: TTXVN\ntheo chương trình, kỳ họp kéo dài ba ngày.",
    ],
)
def test_lines_that_stand_alone_are_not_joined(text):
    assert joined(text) == [line.strip() for line in normalize(text).split("\n") if line.strip()]


_SENTENCE = st.text(alphabet="abcdeghiklmnoprstuvxyàáảãạăâđêôơư ", min_size=1, max_size=40).map(
    lambda words: "Câu " + words.strip() + "."
)


@settings(max_examples=60, deadline=None)
@given(st.lists(_SENTENCE, min_size=1, max_size=8))
def test_clean_copy_is_never_joined(sentences):
    """Lines that each end a sentence and start in capitals come back as they were."""
    text = "\n".join(sentences)
    assert joined(text) == [line.strip() for line in normalize(text).split("\n") if line.strip()]


# --------------------------------------------------------------------------------------
# The sapo printed after the byline
# --------------------------------------------------------------------------------------

HEAD = "Tỉnh Hòa Bình điều động cán bộ chủ chốt"
CAPTION = "Bí thư Tỉnh ủy trao quyết định cho cán bộ được điều động"
P1 = "Theo quyết định, ông Trần Văn Bình thôi giữ chức Trưởng ban Dân vận Tỉnh ủy từ ngày 1/3."
P2 = "Cũng tại buổi lễ, ông Lê Hữu Tâm nhận nhiệm vụ Bí thư Huyện ủy Lạc Sơn."
P3 = "Phát biểu giao nhiệm vụ, Bí thư Tỉnh ủy đề nghị các cán bộ sớm bắt tay vào việc."
LEAD = (
    "Chiều 3/3, Ban Thường vụ Tỉnh ủy Hòa Bình tổ chức hội nghị công bố các quyết định "
    "điều động, chỉ định cán bộ chủ chốt."
)


def scraped(*body: str, lead: str = LEAD) -> str:
    return HEAD + "\n\n" + "\n".join(body) + "\n\n\n\n" + lead + "\n"


def test_lead_after_the_byline_is_the_sapo_and_the_byline_is_found():
    story = parse_text(scraped(CAPTION, P1, P2, P3, "Quang Huy"))
    assert story.title == N(HEAD)
    assert story.sapo == N(LEAD)
    assert story.byline == "Quang Huy"
    assert story.subheadings == []
    # the body opens where the page had its lead photo
    assert [(c.text, c.credit, c.position) for c in story.captions] == [(N(CAPTION), None, 0)]
    assert story.paragraphs == [N(P1), N(P2), N(P3)]


def test_lead_after_a_byline_split_over_two_lines_and_a_repeated_caption():
    credited = "Toàn cảnh hội nghị công bố quyết định. Ảnh: Hữu Phúc"
    story = parse_text(scraped(P1, credited, P2, P3, "Minh Khang -", "Hoàng Lan", credited))
    assert story.byline == N("Minh Khang - Hoàng Lan")
    assert [c.text for c in story.captions] == [N("Toàn cảnh hội nghị công bố quyết định.")]


def test_staff_abbreviation_with_its_stop_closing_the_story_is_the_byline():
    # "PV." (phóng viên): the stop is the abbreviation's, the line is no closing sentence
    story = parse_text(scraped(CAPTION, P1, P2, P3, "PV."))
    assert story.byline == "PV"
    assert story.sapo == N(LEAD)
    assert story.paragraphs == [N(P1), N(P2), N(P3)]


def test_lead_with_its_dateline_after_the_story():
    story = parse_text(scraped(P1, P2, P3, "Thu Hà", lead="HÒA BÌNH - " + LEAD))
    assert story.dateline == N("HÒA BÌNH")
    assert story.sapo == N(LEAD)
    assert story.byline == N("Thu Hà")


def test_a_story_line_opening_the_body_stays_a_paragraph():
    story = parse_text(scraped(P1, P2, P3, "Thu Hà"))
    assert story.captions == []
    assert story.paragraphs == [N(P1), N(P2), N(P3)]


def test_evenly_spaced_copy_keeps_its_last_paragraph():
    text = "\n\n".join([HEAD, LEAD, P1, P2, P3])
    story = parse_text(text)
    assert story.sapo == N(LEAD)
    assert story.paragraphs[-1] == N(P3)


def test_moved_lead_needs_a_title_a_packed_body_and_a_sentence():
    lines = spaced_lines(scraped(P1, P2, P3, "Thu Hà"))
    assert moved_lead(lines) == LEAD
    # no title line on top
    assert moved_lead(spaced_lines(scraped(P1, P2, P3).replace(HEAD, P1))) is None
    # the last line is a byline, not a paragraph
    assert moved_lead(spaced_lines(scraped(P1, P2, P3, lead="Thu Hà"))) is None
    # spaced body
    assert moved_lead(spaced_lines("\n\n".join([HEAD, P1, P2, P3, LEAD]))) is None


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("Bí thư Tỉnh ủy trao quyết định cho cán bộ được điều động", True),
        ("Ông Trần Văn Bình (giữa) nhận hoa chúc mừng của lãnh đạo tỉnh", True),
        ("Toàn cảnh hội nghị.", True),
        # short and unpunctuated: the body's first inter-title
        ("Những khó khăn còn lại", False),
        # the story itself: a link to what came before, a time, narrated past, speech
        ("Theo đó, ông Trần Văn Bình nhận nhiệm vụ mới", False),
        ("Sáng 3/3, lãnh đạo tỉnh làm việc với huyện Lạc Sơn", False),
        ("Ông Bình đã nhận nhiệm vụ mới tại huyện Lạc Sơn", False),
        ("Ông Bình cho biết sẽ sớm bắt tay vào việc", False),
        ("Làm việc với huyện, Bí thư Tỉnh ủy yêu cầu rà soát lại quy hoạch", False),
        ("Ông Bình nhận nhiệm vụ mới. Ông Tâm thay ông ở Ban Dân vận.", False),
    ],
)
def test_reads_as_lead_caption(line, caption):
    assert reads_as_lead_caption(line) is caption


def test_title_kept_when_the_next_line_is_a_short_caption_or_subheading():
    story = parse_text(
        "Hòa Bình sắp xếp lại bộ máy các cơ quan Đảng\n\n"
        "Quang cảnh hội nghị\n"
        "Sáng 3/3, Tỉnh ủy Hòa Bình tổ chức hội nghị triển khai đề án sắp xếp lại bộ máy "
        "các cơ quan tham mưu, giúp việc của Tỉnh ủy.\n"
    )
    assert story.title == N("Hòa Bình sắp xếp lại bộ máy các cơ quan Đảng")


def test_title_cut_short_with_two_dots():
    story = parse_text(f"Hòa Bình điều động cán bộ chủ chốt..\n\n{LEAD}\n{P1}\n")
    assert story.title == N("Hòa Bình điều động cán bộ chủ chốt..")


# --------------------------------------------------------------------------------------
# Credits printed without a label's colon, bylines of scraped pages
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "text", "credit"),
    [
        # the label opens a sentence of its own, no colon
        (
            "Khu đất bị lấn chiếm ven sông. Ảnh báo Quảng Ngãi",
            "Khu đất bị lấn chiếm ven sông.",
            "báo Quảng Ngãi",
        ),
        ("Cầu tạm qua suối (bìa phải). Ảnh Hoàng Hà", "Cầu tạm qua suối (bìa phải).", "Hoàng Hà"),
        # where the photo comes from, in brackets
        (
            "Xe chở cát quá tải trên đê (ảnh cắt từ clip)",
            "Xe chở cát quá tải trên đê",
            "ảnh cắt từ clip",
        ),
        (
            "Ông Dũng tại nhà riêng (ảnh do gia đình cung cấp)",
            "Ông Dũng tại nhà riêng",
            "ảnh do gia đình cung cấp",
        ),
        ("Lũ tràn qua cầu Trường Tiền (Ảnh VGP)", "Lũ tràn qua cầu Trường Tiền", "VGP"),
        # a stock photo's marker and its credit in one bracket
        ("(Ảnh minh họa. Hoàng Hiếu/TTXVN)", "Ảnh minh họa", "Hoàng Hiếu/TTXVN"),
        # a source after a one-sentence caption
        (
            "Hai nhà lãnh đạo tại Tokyo. (Nguồn: Kyodo/TTXVN)",
            "Hai nhà lãnh đạo tại Tokyo.",
            "Kyodo/TTXVN",
        ),
        # initials in a credit
        ("Phiên khai mạc kỳ họp. Ảnh: Q. H", "Phiên khai mạc kỳ họp.", "Q. H"),
    ],
)
def test_credits_without_a_colon(line, text, credit):
    assert split_credit(N(line)) == (N(text), N(credit))


@pytest.mark.parametrize(
    "line",
    [
        "Giá lúa giảm. Ảnh hưởng lớn nhất là ở các tỉnh miền Tây.",
        "Cán bộ xã tiếp dân (ảnh minh họa)",
        "Giá điện tăng 5% trong năm qua (Nguồn: Tổng cục Thống kê). Do đó, chi phí tăng theo.",
        "Ông Dũng cho biết (ảnh hưởng của bão là rất lớn) và đề nghị hỗ trợ.",
        # a bracket that describes the photo names no one
        "Lãnh đạo tỉnh kiểm tra công trình (ảnh chụp cổng chính của nhà máy)",
    ],
)
def test_lines_that_carry_no_credit(line):
    assert split_credit(N(line))[1] is None


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("Hoàng Lan -", "Hoàng Lan"),
        ("Báo điện tử Chính phủ", "Báo điện tử Chính phủ"),
        ("Tạp chí Cộng sản", "Tạp chí Cộng sản"),
        ("Minh Khang (tổng hợp)", "Minh Khang (tổng hợp)"),
        ("Thu Hà - thuha@baohoabinh.example.vn", "Thu Hà"),
        ("Thu Hà (thuha@baohoabinh.example.vn)", "Thu Hà"),
    ],
)
def test_bylines_of_scraped_pages(line, byline):
    assert parse_byline(N(line)) == N(byline)


@pytest.mark.parametrize("line", ["Báo cáo của Sở Tài chính", "Báo chí cần vào cuộc"])
def test_lines_opening_like_a_paper_that_are_no_byline(line):
    assert parse_byline(N(line)) is None


def test_credit_under_a_label_without_colon():
    assert joined("Ông Hưng phát biểu tại buổi làm việc chiều 4/3. Ảnh\nMai Hương.") == [
        N("Ông Hưng phát biểu tại buổi làm việc chiều 4/3. Ảnh Mai Hương.")
    ]


# --------------------------------------------------------------------------------------
# Captions without a credit, pull quotes, subheadings that end in a quote or "…"
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "photo"),
    [
        # people placed in the picture
        ("Ông Trần Văn Bình (trái) nhận quyết định từ lãnh đạo tỉnh.", True),
        ("Các đại biểu (từ trái sang phải) cắt băng khánh thành cây cầu", True),
        ("Bà Lan (thứ hai từ trái) thăm hỏi gia đình chính sách.", True),
        # a designation alone as a sentence
        ("Chủ tịch UBND tỉnh Hòa Bình Bùi Văn Khánh.", True),
        ("Tân Thủ tướng Australia Anthony Albanese.", True),
        # dated inside, no final punctuation
        ("Bí thư Tỉnh ủy phát biểu tại buổi làm việc với huyện Lạc Sơn ngày 3-3", True),
        # the story's own sentences
        ("Ông Bình (trái) cho biết sẽ sớm bắt tay vào việc.", False),
        ("Ông Trần Văn Bình được bổ nhiệm làm Chánh Văn phòng.", False),
        ("Ngày 3-3, lãnh đạo tỉnh làm việc với huyện Lạc Sơn về quy hoạch", False),
        ("Huyện Lạc Sơn đã hoàn thành kế hoạch đề ra từ ngày 3-3 năm ngoái", False),
        ("Những thay đổi trong công tác cán bộ", False),
        ("Chủ tịch UBND tỉnh Bùi Văn Khánh", False),  # a speaker line or a name: no sentence
    ],
)
def test_describes_photo(line, photo):
    assert describes_photo(N(line)) is photo


@pytest.mark.parametrize(
    ("line", "person"),
    [
        ("Thượng nghị sĩ Bernie Sanders", True),
        ("Cựu Ngoại trưởng Mỹ John Kerry", True),
        ("Ông Nguyễn Văn Hòa, Phó Chủ tịch Hiệp hội Doanh nghiệp tỉnh", True),
        ("Angela Merkel, cựu Thủ tướng Đức", True),
        ("Đối phó với Trump", False),
        ("Có thể làm ở Lạc Sơn, Kim Bôi", False),
        ("Phó Chủ tịch tỉnh Nguyễn Văn Hòa: Không để dự án chậm tiến độ", False),
        ("Quyết tâm hoàn thành kế hoạch năm 2026", False),
    ],
)
def test_names_person(line, person):
    assert names_person(N(line)) is person


def test_speaker_line_under_a_pull_quote_is_no_subheading():
    story = parse_text(
        f"{HEAD}\n\n{LEAD}\n{P1}\n"
        "Chúng ta không thể chờ thêm một nhiệm kỳ nữa.\n"
        "Bí thư Tỉnh ủy Nguyễn Văn Hòa\n"
        f"{P2}\n"
        "Những việc cần làm ngay\n"
        f"{P3}\n"
    )
    assert story.subheadings == [N("Những việc cần làm ngay")]
    assert N("Bí thư Tỉnh ủy Nguyễn Văn Hòa") in story.paragraphs


@pytest.mark.parametrize(
    ("line", "quoted"),
    [
        ("“Tỉnh sẽ dùng vốn ngân sách của mình”", True),
        ("“Khu tái định cư mới sẽ ra sao?”", True),
        ('"Phải giữ rừng như giữ nhà mình!"', True),
        ("“Chúng tôi đã làm xong.”", False),  # a quoted sentence with its stop
        ("“Xong rồi. Giờ thì chờ”", False),  # two sentences
        ("“Những cán bộ như vậy thì dân tin, việc gì của xã cũng sẽ làm được nhanh hơn”", False),
        ("Ông nói: “Đúng rồi”", False),  # a speaker before the quote
        ("“đổi mới”", False),  # a word quoted inside a broken sentence
    ],
)
def test_reads_as_quoted_heading(line, quoted):
    assert reads_as_quoted_heading(N(line)) is quoted


QUOTED = "“Huyện sẽ lo đủ vốn đối ứng”"


def test_quoted_line_opening_a_section_is_a_subheading():
    story = parse_text(scraped(P1, P2, QUOTED, P3 + " " + P1))
    assert story.subheadings == [N(QUOTED)]
    assert N(QUOTED) not in story.paragraphs


def test_pull_quote_over_its_speaker_and_a_quote_inside_a_broken_sentence_stay_text():
    speaker = "Bí thư Huyện ủy Nguyễn Văn Hòa"
    story = parse_text(scraped(P1, QUOTED, speaker, P2, P3))
    assert story.subheadings == []
    assert N(QUOTED) in story.paragraphs
    # the line above has no stop: the quoted words belong to its sentence
    broken = P1 + " " + P2[:-1] + " theo đúng tinh thần của khẩu hiệu"
    story = parse_text(scraped(P3, broken, QUOTED, P2 + " " + P3))
    assert story.subheadings == []


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("Câu chuyện về những “ông chủ mới”", True),
        ("Khi mọi chuyện được làm rõ…", True),
        ("Khi mọi chuyện được làm rõ...", True),
        ("“Chúng tôi không chờ nữa”", False),  # a quotation
        ("Ông nói rằng “đã xong.”", False),
        ("Nhiều người cho rằng dự án sẽ còn chậm tiến độ trong nhiều năm nữa vì thiếu vốn…", False),
        ("Đã xong. Còn lại…", False),
    ],
)
def test_subheadings_ending_in_a_quote_or_an_ellipsis(line, heading):
    assert is_subheading(N(line)) is heading


def test_isolated_descriptive_sentence_in_scraped_copy_is_a_caption():
    long_before = P1 + " " + P2
    long_after = P3 + " " + P2
    story = parse_text(
        scraped(
            long_before,
            "Các đại biểu tham quan khu trưng bày sản phẩm của huyện Lạc Sơn.",
            long_after,
            "Việc sắp xếp này sẽ hoàn thành trong tháng 3.",
            long_before,
            "Thu Hà",
        )
    )
    assert [c.text for c in story.captions] == [
        N("Các đại biểu tham quan khu trưng bày sản phẩm của huyện Lạc Sơn.")
    ]
    assert N("Việc sắp xếp này sẽ hoàn thành trong tháng 3.") in story.paragraphs


def test_isolated_sentence_in_agency_copy_stays_in_the_text():
    story = parse_text(
        f"{HEAD}\n\n{LEAD}\n\n{P1} {P2}\n\n"
        "Các đại biểu tham quan khu trưng bày sản phẩm của huyện Lạc Sơn.\n\n"
        f"{P3} {P2}\n"
    )
    assert story.captions == []


@pytest.mark.parametrize(
    "view", ["Quang cảnh phiên họp chiều 16/6.", "Toàn cảnh hội nghị", "Một góc lễ khánh thành."]
)
def test_a_view_of_the_event_in_agency_copy_is_a_caption(view):
    """Agency copy marks its photos, but an uncredited view of the event may stand alone: no
    sentence of a story reads so."""
    story = parse_text(f"{HEAD}\n\n{LEAD}\n\n{P1} {P2}\n\n{view}\n\n{P3} {P2}\n")
    assert [caption.text for caption in story.captions] == [N(view)]
    assert N(view) not in story.paragraphs


@pytest.mark.parametrize(
    "line",
    [
        "Không khí buổi lễ trang nghiêm, xúc động.",  # the story says that too
        "Quang cảnh hội nghị đã được thu nhỏ để tiết kiệm chi phí.",  # narrated
    ],
)
def test_other_lines_about_the_event_in_agency_copy_stay_in_the_text(line):
    story = parse_text(f"{HEAD}\n\n{LEAD}\n\n{P1} {P2}\n\n{line}\n\n{P3} {P2}\n")
    assert story.captions == []
    assert N(line) in story.paragraphs


def test_a_heading_last_of_all_is_a_closing_sentence():
    story = parse_text(f"{HEAD}\n\n{LEAD}\n\n{P1}\n\nMọi việc đã sẵn sàng cho nhiệm kỳ mới\n")
    assert story.subheadings == []
    assert story.paragraphs[-1] == N("Mọi việc đã sẵn sàng cho nhiệm kỳ mới")


# --------------------------------------------------------------------------------------
# The page's header above the headline
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "header",
    [
        "Powered by Tòa soạn CMS",
        "baotinhhoabinh.vn",
        "Hòa Bình Online",
        "Trang chủ | Thời sự | Chính trị | Xã hội",
        "Trang chủ » Chính trị",
        "HoaBinhNews",  # a site's name alone, over a headline
    ],
)
def test_page_header_is_not_the_headline(header):
    story = parse_text(f"{header}\n{HEAD}\n\n{LEAD}\n\n{P1}\n")
    assert story.title == N(HEAD)
    assert header not in " ".join(story.paragraphs)


def test_page_header_lines_stop_at_the_headline():
    lines = ["Hòa Bình Online", "Trang chủ » Chính trị", N(HEAD), N(LEAD)]
    assert page_header_lines(lines) == 2
    assert page_header_lines([N(HEAD), N(LEAD)]) == 0
    # a short first line over a sentence is no site name
    assert page_header_lines(["Hòa Bình", N(LEAD)]) == 0


# --------------------------------------------------------------------------------------
# Saved pages (HTML): plain <p> inter-titles, captions written twice
# --------------------------------------------------------------------------------------


def page(*paragraphs: str) -> str:
    body = "".join(paragraphs)
    return f"<html><body><article><h1>{HEAD}</h1><p>{LEAD}</p>{body}</article></body></html>"


def test_plain_p_intertitle_is_a_subheading_like_in_plain_text():
    html = page(f"<p>{P1}</p>", "<p>Những việc cần làm ngay</p>", f"<p>{P2}</p>", f"<p>{P3}</p>")
    story = parse_html(html)
    assert story.subheadings == [N("Những việc cần làm ngay")]
    text = parse_text(f"{HEAD}\n\n{LEAD}\n{P1}\nNhững việc cần làm ngay\n{P2}\n{P3}\n")
    assert text.subheadings == story.subheadings


def test_plain_p_byline_at_the_end_is_the_byline():
    story = parse_html(page(f"<p>{P1}</p>", f"<p>{P2}</p>", "<p>Quang Huy</p>"))
    assert story.byline == "Quang Huy"
    assert story.subheadings == []


def test_caption_written_twice_in_one_paragraph_is_reported_once():
    caption = "Toàn cảnh hội nghị công bố quyết định. Ảnh: Hữu Phúc"
    html = page(
        f"<p>{P1}</p>", f'<p><img src="a.jpg" alt="x">{caption} {caption}</p>', f"<p>{P2}</p>"
    )
    story = parse_html(html)
    assert [(c.text, c.credit) for c in story.captions] == [
        (N("Toàn cảnh hội nghị công bố quyết định."), N("Hữu Phúc"))
    ]


def test_caption_in_a_figure_and_again_under_it_is_reported_once():
    caption = "Toàn cảnh hội nghị công bố quyết định."
    html = page(
        f"<p>{P1}</p>",
        f'<figure><img src="a.jpg" alt="{caption}"><figcaption>{caption}</figcaption></figure>',
        f'<p class="caption">{caption}</p>',
        f"<p>{P2}</p>",
    )
    story = parse_html(html)
    assert [c.text for c in story.captions] == [N(caption)]


@pytest.mark.parametrize(
    ("text", "once"),
    [
        (
            "Toàn cảnh hội nghị. Ảnh: TTXVN Toàn cảnh hội nghị. Ảnh: TTXVN",
            "Toàn cảnh hội nghị. Ảnh: TTXVN",
        ),
        ("Toàn cảnh hội nghị. Toàn cảnh hội nghị.", "Toàn cảnh hội nghị."),
        ("Toàn cảnh hội nghị.", "Toàn cảnh hội nghị."),
        ("Nhanh lên, nhanh lên", "Nhanh lên, nhanh lên"),  # said twice on purpose
        ("Hội nghị và hội nghị", "Hội nghị và hội nghị"),
    ],
)
def test_say_once(text, once):
    assert say_once(text) == once


def test_abbreviated_place_names_do_not_end_a_sentence():
    assert reads_as_lead_caption(N("Nông dân X. Lạc Sơn (H. Kim Bôi) gia cố đoạn đê bị sạt lở."))
    assert not reads_as_lead_caption(N("Đoạn đê bị sạt lở. Nông dân gia cố lại."))


def test_photo_closing_a_section_in_scraped_copy_is_a_caption():
    long_para = P1 + " " + P2
    story = parse_text(
        scraped(
            long_para,
            "Lãnh đạo tỉnh thăm khu trưng bày sản phẩm của huyện Lạc Sơn.",
            "Những việc cần làm ngay",
            long_para,
            "Thu Hà",
        )
    )
    assert [c.text for c in story.captions] == [
        N("Lãnh đạo tỉnh thăm khu trưng bày sản phẩm của huyện Lạc Sơn.")
    ]
    assert story.subheadings == [N("Những việc cần làm ngay")]


def test_lead_without_its_full_stop_after_the_byline():
    lead = LEAD.rstrip(".") + " của các huyện Lạc Sơn, Kim Bôi và thành phố Hòa Bình"
    story = parse_text(scraped(P1, P2, P3 + "/.", "Thu Hà", lead=lead))
    assert story.sapo == N(lead)
    assert story.byline == N("Thu Hà")
    assert not any("/." in warning for warning in story.warnings)
    # a short unstopped line after the byline is no lead
    assert moved_lead(spaced_lines(scraped(P1, P2, P3, "Thu Hà", lead="Theo báo Hòa Bình"))) is None
