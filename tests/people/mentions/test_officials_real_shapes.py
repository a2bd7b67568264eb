"""Officials written the ways real wire copy writes them (issue 13).

The sentences are written for these tests in the shapes the annotated sample of real copy
showed (bench/wire_quality), with invented names: dashes between names and titles, ranks,
titles shared before a colon, dotted and bracketed abbreviations, the Latin letter Ð, bodies
whose names have lower-case words, offices no list named, people who are not officials,
foreign officials.
"""

import pytest

from newsroom.text import normalize, normalize_inline
from people.mentions.officials import RULES, PeopleIndex, PersonEntry, find_officials, titles_in
from people.mentions.resolutions import ResolutionEntry, ResolutionIndex, find_resolutions


def N(text):
    return normalize_inline(text)


NOBODY = PeopleIndex([])


def found(text, index=NOBODY):
    """(name, titles, rank) of every official found, in order."""
    return [(o.name, o.titles, o.rank) for o in find_officials([normalize(text)], index)]


def one(text, name, titles, rank=None):
    return found(text) == [(N(name), [N(t) for t in titles], rank and N(rank))]


# ---------------------------------------------------------------------------------------------
# Dashes between the name and its titles, in both orders
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("copy", "name", "titles"),
    [
        (
            "Phát biểu tại buổi làm việc, ông Phạm Quang Dũng – Ủy viên Trung ương Đảng, "
            "Bí thư Tỉnh ủy Nghệ An cho biết tỉnh sẽ rà soát.",
            "Phạm Quang Dũng",
            ["Uỷ viên Trung ương Đảng", "Bí thư Tỉnh uỷ Nghệ An"],
        ),
        (
            "Ông Tạ Văn Hưng - Chủ tịch UBND huyện Chợ Mới xác nhận với phóng viên.",
            "Tạ Văn Hưng",
            ["Chủ tịch Uỷ ban nhân dân huyện Chợ Mới"],
        ),
        (
            "Bí thư Tỉnh ủy Nghệ An – Phạm Quang Dũng nhấn mạnh yêu cầu này.",
            "Phạm Quang Dũng",
            ["Bí thư Tỉnh uỷ Nghệ An"],
        ),
        (
            "Chủ tịch Ủy ban Chứng khoán Nhà nước - Vũ Văn Bằng đưa ra ba dự báo.",
            "Vũ Văn Bằng",
            ["Chủ tịch Uỷ ban Chứng khoán Nhà nước"],
        ),
        # Stacked titles joined by a dash.
        (
            "Ông Trần Văn Lâm, Ủy viên Trung ương Đảng - Bí thư Tỉnh ủy Bình Phước, chia sẻ.",
            "Trần Văn Lâm",
            ["Uỷ viên Trung ương Đảng", "Bí thư Tỉnh uỷ Bình Phước"],
        ),
    ],
)
def test_a_dash_joins_a_name_and_its_titles(copy, name, titles):
    assert one(copy, name, titles)


def test_a_list_after_a_colon_with_a_dash_per_person_shares_the_title_before_the_colon():
    assert found(
        "Các Ủy viên Bộ Chính trị: Trần Văn Khải - Phó Chủ tịch Thường trực Quốc hội; "
        "Lê Minh Hà - Bí thư Thành ủy Hải Phòng đã dự lễ."
    ) == [
        (
            N("Trần Văn Khải"),
            [N("Uỷ viên Bộ Chính trị"), N("Phó Chủ tịch Thường trực Quốc hội")],
            None,
        ),
        (N("Lê Minh Hà"), [N("Uỷ viên Bộ Chính trị"), N("Bí thư Thành uỷ Hải Phòng")], None),
    ]


def test_a_dash_between_two_place_names_stays_inside_the_title():
    assert titles_in("Bí thư Tỉnh ủy Bà Rịa - Vũng Tàu và Chủ tịch UBND tỉnh Bà Rịa-Vũng Tàu") == [
        N("Bí thư Tỉnh uỷ Bà Rịa - Vũng Tàu"),
        N("Chủ tịch Uỷ ban nhân dân tỉnh Bà Rịa-Vũng Tàu"),
    ]


# ---------------------------------------------------------------------------------------------
# Ranks are kept apart from the titles
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("copy", "name", "titles", "rank"),
    [
        (
            "Đại tướng Đỗ Văn Lịch - Ủy viên Bộ Chính trị, Phó Bí thư Quân ủy Trung ương, "
            "Bộ trưởng Bộ Quốc phòng dự lễ.",
            "Đỗ Văn Lịch",
            ["Uỷ viên Bộ Chính trị", "Phó Bí thư Quân uỷ Trung ương", "Bộ trưởng Bộ Quốc phòng"],
            "Đại tướng",
        ),
        # Not a person named "Nguyễn Hữu Tài Phó": "Phó" opens the title after the dash.
        (
            "Trung tướng Nguyễn Hữu Tài - Phó Tổng Tham mưu trưởng cho biết.",
            "Nguyễn Hữu Tài",
            ["Phó Tổng Tham mưu trưởng"],
            "Trung tướng",
        ),
        (
            "Trung tá Trần Văn Hiền - Trưởng Công an quận 2 - cho biết, phạm pháp đã giảm.",
            "Trần Văn Hiền",
            ["Trưởng Công an quận 2"],
            "Trung tá",
        ),
        (
            "Bộ trưởng Bộ Công an, Thượng tướng Lương Văn Cường phát biểu.",
            "Lương Văn Cường",
            ["Bộ trưởng Bộ Công an"],
            "Thượng tướng",
        ),
        (
            "Giám đốc Công an tỉnh Thanh Hóa, Đại tá Nguyễn Văn Hùng cho biết.",
            "Nguyễn Văn Hùng",
            ["Giám đốc Công an tỉnh Thanh Hoá"],
            "Đại tá",
        ),
        # A rank alone makes an officer of the army or the police: reported, without titles.
        ("Thiếu tướng Trần Thế Quang kiểm tra.", "Trần Thế Quang", [], "Thiếu tướng"),
    ],
)
def test_ranks_are_kept_apart(copy, name, titles, rank):
    assert one(copy, name, titles, rank)


def test_a_rank_inside_a_run_of_titles_ends_the_title():
    assert titles_in("Bộ trưởng Bộ Quốc phòng Đại tướng Đỗ Văn Lịch") == [
        N("Bộ trưởng Bộ Quốc phòng")
    ]


def test_titles_shared_before_a_colon_go_to_every_name_listed():
    assert found(
        "Dự lễ có Ủy viên Trung ương Đảng, Thứ trưởng Bộ Quốc phòng: Thượng tướng Lê Chiến "
        "Thắng; Thượng tướng Hoàng Văn Quý. Thủ tướng Chính phủ gửi lẵng hoa."
    ) == [
        (N(name), [N("Uỷ viên Trung ương Đảng"), N("Thứ trưởng Bộ Quốc phòng")], N("Thượng tướng"))
        for name in ("Lê Chiến Thắng", "Hoàng Văn Quý")
    ]


def test_a_clause_after_a_colon_is_no_list():
    assert one(
        "Thủ tướng: Bộ trưởng Bộ Y tế Nguyễn Văn An phải chịu trách nhiệm.",
        "Nguyễn Văn An",
        ["Bộ trưởng Bộ Y tế"],
    )


# ---------------------------------------------------------------------------------------------
# Abbreviations with dots and brackets, and the letter Ð
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("copy", "name", "titles"),
    [
        (
            "Ông Trần Văn Lâm, Ủy viên T.Ư Đảng, Bí thư Tỉnh ủy Bình Phước, chia sẻ.",
            "Trần Văn Lâm",
            ["Uỷ viên Trung ương Đảng", "Bí thư Tỉnh uỷ Bình Phước"],
        ),
        (
            "Chủ tịch Ủy ban T.Ư Mặt trận Tổ quốc Việt Nam (UB T.Ư MTTQ VN) Đỗ Văn Nhân gửi thư.",
            "Đỗ Văn Nhân",
            ["Chủ tịch Uỷ ban Trung ương Mặt trận Tổ quốc Việt Nam"],
        ),
        (
            "Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc (MTTQ) Việt Nam Đỗ Văn Nhân gửi thư.",
            "Đỗ Văn Nhân",
            ["Chủ tịch Uỷ ban Trung ương Mặt trận Tổ quốc Việt Nam"],
        ),
        (
            "Ủy viên T.Ư Đảng, Chủ tịch BCH T.Ư Hội NDVN Lại Văn Môn phát biểu.",
            "Lại Văn Môn",
            ["Uỷ viên Trung ương Đảng", "Chủ tịch Ban Chấp hành Trung ương Hội Nông dân Việt Nam"],
        ),
        (
            "Quyền Cục trưởng Cục Thi hành án dân sự (THADS) Vũ Văn Doanh cho biết.",
            "Vũ Văn Doanh",
            ["Quyền Cục trưởng Cục Thi hành án dân sự"],
        ),
        (
            "Theo ông Hoàng Văn Vọng, Phó Trưởng Phòng NN & PTNT H. Quảng Điền, đê đã vỡ.",
            "Hoàng Văn Vọng",
            ["Phó Trưởng Phòng Nông nghiệp và Phát triển nông thôn huyện Quảng Điền"],
        ),
        (
            "Ông Lê Văn Phước, Chủ tịch UBND X. Phong Chương cho biết.",
            "Lê Văn Phước",
            ["Chủ tịch Uỷ ban nhân dân xã Phong Chương"],
        ),
        (
            "Ông Nguyễn Văn Phương, Phó Chủ tịch UBND tỉnh TT-Huế cho rằng.",
            "Nguyễn Văn Phương",
            ["Phó Chủ tịch Uỷ ban nhân dân tỉnh Thừa Thiên - Huế"],
        ),
        # Ð (U+00D0), printed by some papers for every Đ, reads as Đ.
        (
            "Bí thư Tỉnh ủy \u00d0ồng Nai \u00d0inh Văn Hùng dự.",
            "Đinh Văn Hùng",
            ["Bí thư Tỉnh uỷ Đồng Nai"],
        ),
    ],
)
def test_dotted_and_bracketed_abbreviations_inside_a_title(copy, name, titles):
    assert one(copy, name, titles)


def test_the_letter_eth_matches_a_known_name():
    index = PeopleIndex([PersonEntry(7, N("Đinh Văn Hùng"), (N("Đinh Văn Hùng"),))])
    [match] = find_officials([normalize("Bí thư \u00d0inh Văn Hùng phát biểu.")], index)
    assert (match.person_id, match.titles) == (7, [N("Bí thư")])


def test_a_glued_full_stop_after_an_abbreviation_or_a_level_is_not_kept():
    assert titles_in(
        "Chủ tịch UBND TP.Hà Nội, Chủ tịch UBND TP.Phan Thiết và Bí thư Thành uỷ thành phố.Vinh"
    ) == [
        N("Chủ tịch Uỷ ban nhân dân thành phố Hà Nội"),
        N("Chủ tịch Uỷ ban nhân dân thành phố Phan Thiết"),
        N("Bí thư Thành uỷ thành phố Vinh"),
    ]


def test_a_sentence_glued_to_the_previous_one_still_names_its_official():
    assert one(
        "Nhiều diện tích chưa thể gieo sạ.Theo ông Hoàng Văn Vọng, Phó Trưởng Phòng NN & PTNT "
        "H. Quảng Điền, đê đã vỡ.",
        "Hoàng Văn Vọng",
        ["Phó Trưởng Phòng Nông nghiệp và Phát triển nông thôn huyện Quảng Điền"],
    )


# ---------------------------------------------------------------------------------------------
# Bodies named with lower-case words run until the name ends
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("copy", "titles"),
    [
        (
            "Chủ tịch Ủy ban Chứng khoán Nhà nước Vũ Văn Bằng dự báo.",
            ["Chủ tịch Uỷ ban Chứng khoán Nhà nước"],
        ),
        ("Cục trưởng Cục Văn hóa cơ sở Trịnh Thị Hoa cho biết.", ["Cục trưởng Cục Văn hoá cơ sở"]),
        ("Cục trưởng Cục Văn hóa cơ sở cho biết.", ["Cục trưởng Cục Văn hoá cơ sở"]),
        (
            "Phó Thủ tướng Vương Văn Huệ, Trưởng Ban Chỉ đạo Đổi mới và Phát triển doanh nghiệp "
            "chủ trì.",
            ["Phó Thủ tướng", "Trưởng Ban Chỉ đạo Đổi mới và Phát triển doanh nghiệp"],
        ),
        ("Chủ tịch Ủy ban ATGT Quốc gia dự.", ["Chủ tịch Uỷ ban An toàn giao thông Quốc gia"]),
        # A sector's name is listed and ends at the verb after it.
        ("Giám đốc Sở Xây dựng báo cáo kế hoạch.", ["Giám đốc Sở Xây dựng"]),
        ("Bộ trưởng Bộ Công Thương tổ chức hội nghị.", ["Bộ trưởng Bộ Công Thương"]),
        # A place name capitalises every word: the lower-case word after it is not the body's.
        ("Bí thư Thành ủy Hà Nội nhấn mạnh.", ["Bí thư Thành uỷ Hà Nội"]),
        ("Chủ tịch UBND Huế cho biết.", ["Chủ tịch Uỷ ban nhân dân Huế"]),
    ],
)
def test_bodies_names_run_until_the_name_ends(copy, titles):
    assert titles_in(copy) == [N(t) for t in titles]


# ---------------------------------------------------------------------------------------------
# Offices no list named: read by the grammar
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("copy", "name", "titles"),
    [
        (
            "Người phát ngôn Bộ Ngoại giao Lê Thị Thu Hằng trả lời phóng viên.",
            "Lê Thị Thu Hằng",
            ["Người phát ngôn Bộ Ngoại giao"],
        ),
        (
            "Ông Nguyễn Văn Trung, Chánh Văn phòng, kiêm người phát ngôn của UBND tỉnh Bình "
            "Thuận ký văn bản.",
            "Nguyễn Văn Trung",
            ["Chánh Văn phòng", "Người phát ngôn của Uỷ ban nhân dân tỉnh Bình Thuận"],
        ),
        (
            "Ông Lê Minh Tuấn, Thành ủy viên, Bí thư Quận ủy Thanh Khê về nhận nhiệm vụ mới.",
            "Lê Minh Tuấn",
            ["Thành uỷ viên", "Bí thư Quận uỷ Thanh Khê"],
        ),
        (
            "Quyền Cục trưởng Cục Thuế Nguyễn Văn Phụng cho biết.",
            "Nguyễn Văn Phụng",
            ["Quyền Cục trưởng Cục Thuế"],
        ),
        (
            "Sư đoàn trưởng Sư đoàn 312 Hoàng Văn Tâm báo cáo.",
            "Hoàng Văn Tâm",
            ["Sư đoàn trưởng Sư đoàn 312"],
        ),
        (
            "Trưởng đoàn đại biểu Quốc hội khóa XIV đơn vị thành phố Đà Nẵng Nguyễn Văn Quang "
            "phát biểu.",
            "Nguyễn Văn Quang",
            ["Trưởng đoàn đại biểu Quốc hội khoá XIV đơn vị thành phố Đà Nẵng"],
        ),
        (
            "Bí thư Chi bộ thôn 3 Nguyễn Văn Phúc cho biết.",
            "Nguyễn Văn Phúc",
            ["Bí thư Chi bộ thôn 3"],
        ),
        # Titles after "(SN …), chức vụ".
        (
            "Ông Nguyễn Thanh Quân (SN 1964), chức vụ Ủy viên Ban Thường vụ Thành ủy, Trưởng ban "
            "Tuyên giáo Thành ủy thôi giữ chức.",
            "Nguyễn Thanh Quân",
            ["Uỷ viên Ban Thường vụ Thành uỷ", "Trưởng ban Tuyên giáo Thành uỷ"],
        ),
    ],
)
def test_offices_are_read_by_the_grammar(copy, name, titles):
    assert one(copy, name, titles)


# ---------------------------------------------------------------------------------------------
# Whose title is it
# ---------------------------------------------------------------------------------------------


def test_a_title_is_not_taken_from_the_next_person_in_a_list():
    assert found(
        "Đoàn gồm ông Lưu Văn Vinh, Phó Chủ tịch UBND huyện - Trưởng đoàn, ông Phạm Văn Kha, "
        "Phó Trưởng phòng TN&MT, cùng ông Hoàng Văn Thành, Phó Chủ tịch UBND xã Gia An."
    ) == [
        (N("Lưu Văn Vinh"), [N("Phó Chủ tịch Uỷ ban nhân dân huyện"), N("Trưởng đoàn")], None),
        (N("Phạm Văn Kha"), [N("Phó Trưởng phòng Tài nguyên và Môi trường")], None),
        (N("Hoàng Văn Thành"), [N("Phó Chủ tịch Uỷ ban nhân dân xã Gia An")], None),
    ]


def test_in_a_list_of_titles_then_names_each_title_goes_to_the_name_after_it():
    assert found(
        "Dự có Ủy viên Bộ Chính trị, Chủ tịch Ủy ban Trung ương MTTQ Việt Nam Đỗ Văn Nhân, "
        "Ủy viên Trung ương Đảng, Chủ tịch Hội Nông dân Việt Nam Lại Văn Môn."
    ) == [
        (
            N("Đỗ Văn Nhân"),
            [N("Uỷ viên Bộ Chính trị"), N("Chủ tịch Uỷ ban Trung ương Mặt trận Tổ quốc Việt Nam")],
            None,
        ),
        (
            N("Lại Văn Môn"),
            [N("Uỷ viên Trung ương Đảng"), N("Chủ tịch Hội Nông dân Việt Nam")],
            None,
        ),
    ]


@pytest.mark.parametrize("stop", [". ", "."])
def test_the_next_sentences_subject_is_not_a_title(stop):
    copy = f"Dự có Phó Thống đốc Ngân hàng Nhà nước Nguyễn Văn Thanh{stop}Thủ tướng đánh giá cao."
    assert one(copy, "Nguyễn Văn Thanh", ["Phó Thống đốc Ngân hàng Nhà nước"])


def test_the_rule_that_found_each_name_is_reported():
    index = PeopleIndex([PersonEntry(1, N("Đinh Tiến Dũng"), (N("Đinh Tiến Dũng"),))])
    matches = find_officials(
        [
            normalize(
                "Ông Đinh Tiến Dũng dự. Bí thư Tỉnh ủy Lê Văn An, ông Hồ Văn Bình, Phó Chủ tịch "
                "UBND tỉnh, và Đại tá Trần Văn Cường. Các Phó Bí thư: Ngô Văn Dũng; Đào Văn Em."
            )
        ],
        index,
    )
    assert set(RULES) >= {m.rule for m in matches}
    assert {m.name: m.rule for m in matches} == {
        N("Đinh Tiến Dũng"): "known",
        N("Lê Văn An"): "before",
        N("Hồ Văn Bình"): "after",
        N("Trần Văn Cường"): "rank",
        N("Ngô Văn Dũng"): "shared",
        N("Đào Văn Em"): "shared",
    }


# ---------------------------------------------------------------------------------------------
# People who are not officials, foreign officials
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "copy",
    [
        "Ông Huỳnh Văn Thanh, Giám đốc Công ty TNHH Sản xuất Thiên Thanh, cho biết.",
        "Ông Huỳnh Văn Thanh, Giám đốc công ty, chạy xe đến.",
        "Chủ tịch HĐQT Tập đoàn Thủy sản Minh Phú Lê Văn Quang nói.",
        "Tổng giám đốc Becamex IDC Nguyễn Văn Hùng cho biết.",
        "Chủ tịch Hiệp hội Bất động sản TP HCM Lê Hoàng Châu đề xuất.",
        "Hòa thượng Danh Văn Lung, Ủy viên Thường trực Hội đồng Trị sự, trụ trì chùa.",
        "Thượng tọa Thích Minh Tuệ, Phó Chủ tịch Hội đồng Trị sự, phát biểu.",
        "Luật sư Nguyễn Văn Tâm, Đoàn Luật sư TP Hà Nội cho biết.",
        "Ông Hoàng Văn Hiền (62 tuổi, trú TT. Sịa, H. Quảng Điền) lo lắng.",
        # (The Bank for Social Policies is the State's, not a company: see
        # test_titles_unseen_shapes.py.)
        "Tổng giám đốc Ngân hàng TMCP Sài Gòn Nguyễn Văn Hùng cho biết.",
        "Tổng giám đốc Becamex Nguyễn Văn Hùng cho biết.",
        # "Giám đốc", "Hiệu trưởng" alone may be a company's or a school's.
        "Phó Hiệu trưởng Lưu Văn Trang cho biết.",
        "Giám đốc Trần Văn Bình cho biết.",
    ],
)
def test_people_without_a_public_post_are_not_suggested(copy):
    assert found(copy) == []


def test_an_official_who_also_heads_a_company_is_still_an_official():
    assert one(
        "Đại biểu Quốc hội, Chủ tịch HĐQT Công ty Xuân Mai Nguyễn Văn Lực phát biểu.",
        "Nguyễn Văn Lực",
        ["Đại biểu Quốc hội", "Chủ tịch Hội đồng quản trị Công ty Xuân Mai"],
    )


@pytest.mark.parametrize(
    "copy",
    [
        "Thủ tướng Chính phủ CHDCND Lào Thongloun Sisoulith sẽ sang thăm.",
        "Bộ trưởng Bộ Tài chính Lào Somdy Douangdy và Chủ tịch Quốc hội Lào Pany Yathotou dự.",
        # Chinese and Japanese names read like Vietnamese ones ("Lý", "Tôn" are family names).
        "Thủ tướng Trung Quốc Lý Khắc Cường hội đàm.",
        "Phó Chủ tịch Trung Quốc Lý Nguyên Triều tiếp đoàn.",
        "Đại sứ Nhật Bản tại Việt Nam Umeda Kunio dự.",
        "Cựu Chủ tịch Ủy ban châu Âu Romano Prodi phát biểu.",
        "Bộ trưởng Quốc phòng Mỹ Lý Văn Đông thăm.",
    ],
)
def test_foreign_officials_stay_out(copy):
    assert found(copy) == []


def test_a_foreign_title_does_not_go_to_the_vietnamese_host_before_it():
    assert one(
        "Nhận lời mời của Thủ tướng Chính phủ Nguyễn Xuân Phong, Thủ tướng Chính phủ CHDCND Lào "
        "Thongloun Sisoulith sẽ sang thăm.",
        "Nguyễn Xuân Phong",
        ["Thủ tướng Chính phủ"],
    )


def test_vietnamese_posts_abroad_and_districts_named_like_countries_are_kept():
    assert one(
        "Đại sứ Việt Nam tại Nhật Bản Nguyễn Quốc Cường dự.",
        "Nguyễn Quốc Cường",
        ["Đại sứ Việt Nam tại Nhật Bản"],
    )
    assert one(
        "Chủ tịch UBND huyện Đức Thọ Võ Công Hàm và ông Nguyễn Đức Anh dự.",
        "Võ Công Hàm",
        ["Chủ tịch Uỷ ban nhân dân huyện Đức Thọ"],
    )


# ---------------------------------------------------------------------------------------------
# Bare numbers are not document numbers
# ---------------------------------------------------------------------------------------------


RESOLUTIONS = ResolutionIndex(
    [ResolutionEntry(1, "nghi-quyet", "57-NQ/TW"), ResolutionEntry(2, "chi-thi", "35-CT/TW")]
)


@pytest.mark.parametrize(
    ("copy", "expected"),
    [
        ("Thực hiện Chỉ thị 05 của Bộ Chính trị về học tập.", []),
        ("Sau Nghị quyết 98 của Quốc hội, thành phố đã có cơ chế mới.", []),
        ("Nghị quyết 57 của Bộ Chính trị", [("Nghị quyết 57", "57", 1)]),  # stored: linked
        ("Chỉ thị 35", [("Chỉ thị 35", "35", 2)]),
        ("Nghị quyết 98/2023/QH15", [("Nghị quyết 98/2023/QH15", "98/2023/QH15", None)]),
        ("Chỉ thị số 05-CT/TW", [("Chỉ thị số 05-CT/TW", "05-CT/TW", None)]),
    ],
)
def test_a_bare_number_is_a_document_only_when_one_is_stored(copy, expected):
    got = find_resolutions([normalize(copy)], RESOLUTIONS)
    assert [(r.text, r.number, r.resolution_id) for r in got] == [
        (N(text), number, rid) for text, number, rid in expected
    ]


@pytest.mark.parametrize(
    ("copy", "names"),
    [
        # After a level, an unknown place has two words or more: "Từ Liêm" is no person.
        ("giao Chủ tịch UBND quận Nam Từ Liêm kiểm tra thông tin.", []),
        ("Chủ tịch UBND quận Nam Từ Liêm Nguyễn Văn An kiểm tra.", ["Nguyễn Văn An"]),
        ("Chủ tịch UBND xã Vĩnh Quỳnh Nguyễn Thị Thu Hồng cho biết.", ["Nguyễn Thị Thu Hồng"]),
        ("Chủ tịch UBND thành phố Vinh Nguyễn Văn An cho biết.", ["Nguyễn Văn An"]),
    ],
)
def test_a_place_after_a_level_is_not_split_into_a_name(copy, names):
    assert [name for name, _, _ in found(copy)] == [N(name) for name in names]


@pytest.mark.parametrize(
    ("copy", "name", "titles"),
    [
        # "Chủ tịch" alone is the head of state's or a people's committee's; a person's name
        # may also be a city's.
        (
            "Ngày 28/11/1959, Chủ tịch Hồ Chí Minh phát động Tết trồng cây.",
            "Hồ Chí Minh",
            ["Chủ tịch"],
        ),
        ("Chủ tịch Nguyễn Văn An nhấn mạnh.", "Nguyễn Văn An", ["Chủ tịch"]),
        ("Chủ tịch Hà Nội Nguyễn Đức Cường nhấn mạnh.", "Nguyễn Đức Cường", ["Chủ tịch Hà Nội"]),
        # A lower-case sector right after a body's noun, and the body's own name after it.
        (
            "Ông Nguyễn Tuấn Hải, Phó Trưởng Ban tổ chức Lễ hội cho biết.",
            "Nguyễn Tuấn Hải",
            ["Phó Trưởng Ban tổ chức Lễ hội"],
        ),
    ],
)
def test_chu_tich_alone_and_lower_case_sectors(copy, name, titles):
    assert one(copy, name, titles)


def test_a_city_named_after_a_person_is_still_a_city_after_its_level():
    assert one(
        "Phó Chủ tịch UBND TP Hồ Chí Minh Lê Văn Thành cho biết.",
        "Lê Văn Thành",
        ["Phó Chủ tịch Uỷ ban nhân dân thành phố Hồ Chí Minh"],
    )


@pytest.mark.parametrize(
    ("copy", "name", "titles"),
    [
        # A number after a name is not part of the title before it.
        ("Phó Thủ tướng Vũ Văn Đam 3 lần nhắc tôi.", "Vũ Văn Đam", ["Phó Thủ tướng"]),
        # A family name that is also a body's noun ("Đoàn") opens a name when one follows.
        (
            "Giám đốc Công an thành phố Đoàn Duy Khương cho biết.",
            "Đoàn Duy Khương",
            ["Giám đốc Công an thành phố"],
        ),
        (
            "Bí thư Đoàn Thanh niên xã Nguyễn Văn Tú dự.",
            "Nguyễn Văn Tú",
            ["Bí thư Đoàn Thanh niên xã"],
        ),
        # A level's initial before a number; a bracketed place abbreviation is passed over.
        (
            "Phó chủ tịch UBND Q.2 (TP.HCM) Huỳnh Thanh Khiêm cho biết.",
            "Huỳnh Thanh Khiêm",
            ["Phó chủ tịch Uỷ ban nhân dân quận 2"],
        ),
    ],
)
def test_numbers_family_names_and_bracketed_places_around_a_name(copy, name, titles):
    assert one(copy, name, titles)


@pytest.mark.parametrize(
    ("copy", "titles"),
    [
        # "và" between two people ends the first title; a day ends a body's name.
        (
            "Chánh án Tòa án nhân dân tối cao và Viện trưởng VKSND tối cao dự.",
            ["Chánh án Toà án nhân dân tối cao", "Viện trưởng Viện Kiểm sát nhân dân tối cao"],
        ),
        ("Cục trưởng Cục Kiểm lâm hôm 6/2 cho rằng.", ["Cục trưởng Cục Kiểm lâm"]),
    ],
)
def test_where_a_title_ends_before_the_next_clause(copy, titles):
    assert titles_in(copy) == [N(t) for t in titles]


def test_a_lower_case_noun_after_a_head_is_a_verbs_unless_the_head_is_trưởng():
    assert titles_in(
        "Thủ tướng ban hành quyết định; Hiệu trưởng báo cáo; Trưởng phòng Nội vụ dự."
    ) == [
        N("Thủ tướng"),
        N("Hiệu trưởng"),
        N("Trưởng phòng Nội vụ"),
    ]


def test_a_foreign_ambassador_in_vietnam_and_ours_abroad():
    assert found(
        "Đại sứ Lào tại Việt Nam Sengphet Houngboung và Đại sứ Việt Nam tại Lào Nguyễn Bá Hùng dự."
    ) == [(N("Nguyễn Bá Hùng"), [N("Đại sứ Việt Nam tại Lào")], None)]


@pytest.mark.parametrize(
    "copy",
    [
        "Ủy viên Bộ Chính trị Bí thư Thành ủy Hà Nội Đinh Văn Dũng dự.",
        "Đồng chí Đinh Văn Dũng, Ủy viên Bộ Chính trị Bí thư Thành ủy Hà Nội dự.",
    ],
)
def test_titles_stacked_without_a_comma(copy):
    assert one(copy, "Đinh Văn Dũng", ["Uỷ viên Bộ Chính trị", "Bí thư Thành uỷ Hà Nội"])
