"""Linking wire copy to officials and resolutions (people.mentions.officials, link_resolutions).

Pure functions on invented but realistic copy: the people and documents come in as plain
entries, as ``people.mentions.index`` builds them from the database once per batch. Expected
strings go through ``normalize_inline`` so they follow the project's tone placement.
"""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsroom.text import normalize, normalize_inline
from people.mentions.officials import (
    PeopleIndex,
    PersonEntry,
    find_officials,
    split_place_and_name,
    titles_in,
    without_former,
)
from people.mentions.resolutions import (
    ResolutionEntry,
    ResolutionIndex,
    find_resolutions,
    number_key,
    ordinal_to_int,
    roman_to_int,
)
from people.mentions.tokens import tokenize


def N(text):
    return normalize_inline(text)


PEOPLE = [
    PersonEntry(1, N("Đinh Tiến Dũng"), (N("Đinh Tiến Dũng"),), (N("Bí thư Thành ủy Hà Nội"),)),
    PersonEntry(2, N("Nguyễn Thị Tuyến"), (N("Nguyễn Thị Tuyến"),), ()),
    PersonEntry(3, N("Chu Ngọc Anh"), (N("Chu Ngọc Anh"),), (N("Chủ tịch UBND TP Hà Nội"),)),
    # An alias as readers know him, and a name written with the classic tone placement.
    PersonEntry(4, N("Trần Quốc Bảo"), (N("Trần Quốc Bảo"), N("Bảo Trần Quốc")), ()),
    PersonEntry(5, N("Lê Văn Thủy"), (N("Lê Văn Thủy"),), ()),
    # Namesakes told apart by their positions.
    PersonEntry(6, N("Nguyễn Văn Hùng"), (N("Nguyễn Văn Hùng"),), (N("Bí thư Tỉnh ủy Hà Tĩnh"),)),
    PersonEntry(
        7, N("Nguyễn Văn Hùng"), (N("Nguyễn Văn Hùng"),), (N("Giám đốc Sở Y tế tỉnh Hà Nam"),)
    ),
    PersonEntry(8, N("Nguyễn Văn Hưng"), (N("Nguyễn Văn Hưng"),), ()),
]
INDEX = PeopleIndex(PEOPLE)


def officials(text, index=INDEX):
    return [
        (o.name, o.titles, o.person_id, o.suggested)
        for o in find_officials([normalize(text)], index)
    ]


# ---------------------------------------------------------------------------------------------
# Titles
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("copy", "titles"),
    [
        # Before the name, with the organisation and the place.
        (
            "Phó Bí thư Thường trực Thành ủy Hà Nội Nguyễn Thị Tuyến tổng hợp ý kiến.",
            ["Phó Bí thư Thường trực Thành uỷ Hà Nội"],
        ),
        # Abbreviations are spelt out: UBND, TP, HĐND, BCH TW, MTTQ, ĐBQH.
        (
            "Chủ tịch UBND TP Hà Nội Chu Ngọc Anh cho biết.",
            ["Chủ tịch Uỷ ban nhân dân thành phố Hà Nội"],
        ),
        (
            "Phó Chủ tịch HĐND tỉnh Quảng Trị phát biểu.",
            ["Phó Chủ tịch Hội đồng nhân dân tỉnh Quảng Trị"],
        ),
        (
            "Ủy viên BCH TW Đảng, Bí thư Tỉnh ủy Hà Tĩnh dự hội nghị.",
            ["Uỷ viên Ban Chấp hành Trung ương Đảng", "Bí thư Tỉnh uỷ Hà Tĩnh"],
        ),
        (
            "Chủ tịch Ủy ban Trung ương MTTQ Việt Nam gửi thư chúc mừng.",
            ["Chủ tịch Uỷ ban Trung ương Mặt trận Tổ quốc Việt Nam"],
        ),
        ("ĐBQH đoàn Nghệ An chất vấn.", ["Đại biểu Quốc hội"]),
        # Ministries and departments: the sector name with its lower-case words.
        (
            "Bộ trưởng Bộ Giáo dục và Đào tạo cho biết, Giám đốc Sở Xây dựng báo cáo.",
            ["Bộ trưởng Bộ Giáo dục và Đào tạo", "Giám đốc Sở Xây dựng"],
        ),
        ("Bộ trưởng Bộ Tài chính cho biết.", ["Bộ trưởng Bộ Tài chính"]),
        # The title ends at the first word that is not part of an organisation.
        ("Bí thư Thành ủy Hà Nội nhấn mạnh.", ["Bí thư Thành uỷ Hà Nội"]),
        ("Chủ tịch UBND tỉnh xây dựng kế hoạch.", ["Chủ tịch Uỷ ban nhân dân tỉnh"]),
        # Fixed bodies, numbers and terms.
        ("Tư lệnh Quân khu 7 kiểm tra.", ["Tư lệnh Quân khu 7"]),
        (
            "Chánh án Tòa án nhân dân tối cao trả lời chất vấn.",
            ["Chánh án Toà án nhân dân tối cao"],
        ),
        ("Trưởng Ban Tổ chức Trung ương chủ trì.", ["Trưởng Ban Tổ chức Trung ương"]),
        # Boards named by what they do; "TP.HCM" spelt out without its full stop.
        (
            "Phó Trưởng Ban Chỉ đạo Trung ương về phòng, chống tham nhũng phát biểu.",
            ["Phó Trưởng Ban Chỉ đạo Trung ương"],
        ),
        (
            "Trưởng Ban Quản lý Khu kinh tế tỉnh Quảng Ninh báo cáo.",
            ["Trưởng Ban Quản lý Khu kinh tế tỉnh Quảng Ninh"],
        ),
        # State bodies, committees of the National Assembly, posts abroad.
        ("Tổng Kiểm toán Nhà nước báo cáo.", ["Tổng Kiểm toán Nhà nước"]),
        (
            "Phó Chủ nhiệm Ủy ban Pháp luật của Quốc hội giải trình.",
            ["Phó Chủ nhiệm Uỷ ban Pháp luật của Quốc hội"],
        ),
        ("Tư lệnh Bộ Tư lệnh Thủ đô Hà Nội dự.", ["Tư lệnh Bộ Tư lệnh Thủ đô Hà Nội"]),
        (
            "Phó Trưởng Đoàn chuyên trách Đoàn ĐBQH tỉnh dự.",
            ["Phó Trưởng Đoàn chuyên trách Đoàn đại biểu Quốc hội tỉnh"],
        ),
        (
            "Đại sứ đặc mệnh toàn quyền Việt Nam tại Hoa Kỳ trình quốc thư.",
            ["Đại sứ đặc mệnh toàn quyền Việt Nam tại Hoa Kỳ"],
        ),
        # "tại" goes on only after a post abroad.
        ("Chủ tịch UBND tỉnh tại Hội nghị phát biểu.", ["Chủ tịch Uỷ ban nhân dân tỉnh"]),
        (
            "GS.TS Nguyễn Văn A, Chủ tịch Hội đồng Giáo sư nhà nước dự.",
            ["Chủ tịch Hội đồng Giáo sư nhà nước"],
        ),
        (
            "Phó Bí thư Thành ủy TP.HCM Nguyễn Văn Nên dự.",
            ["Phó Bí thư Thành uỷ thành phố Hồ Chí Minh"],
        ),
        (
            "Chủ tịch HĐND thành phố khóa XVI phát biểu.",
            ["Chủ tịch Hội đồng nhân dân thành phố khoá XVI"],
        ),
        ("Bí thư Tỉnh ủy Bà Rịa - Vũng Tàu thăm.", ["Bí thư Tỉnh uỷ Bà Rịa - Vũng Tàu"]),
        # Common nouns are not titles.
        ("Các đại biểu biểu quyết; bí thư các quận, huyện tham dự.", []),
        ("Ban Thường vụ Thành ủy chỉ đạo.", []),
    ],
)
def test_titles_are_read_with_their_organisation(copy, titles):
    assert titles_in(copy) == [N(t) for t in titles]


# ---------------------------------------------------------------------------------------------
# Officials in the database
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("copy", "name", "titles"),
    [
        (
            "Nguyên Bộ trưởng Bộ Công Thương Trần Văn Tuấn bị kỷ luật cảnh cáo.",
            "Trần Văn Tuấn",
            ["Nguyên Bộ trưởng Bộ Công Thương"],
        ),
        (
            "Ông Lê Văn Thể, cựu Bộ trưởng Bộ Giao thông vận tải, bị khởi tố.",
            "Lê Văn Thể",
            ["Cựu Bộ trưởng Bộ Giao thông vận tải"],
        ),
        (
            "ông Phạm Văn Bình (nguyên Thống đốc Ngân hàng Nhà nước) cho biết.",
            "Phạm Văn Bình",
            ["Nguyên Thống đốc Ngân hàng Nhà nước"],
        ),
    ],
)
def test_former_titles_keep_their_nguyen_or_cuu(copy, name, titles):
    assert officials(copy) == [(N(name), [N(t) for t in titles], None, True)]


def test_nguyen_opening_a_word_or_a_list_is_no_former_title():
    assert officials("Nguyên tắc tập trung dân chủ được các nguyên lãnh đạo nhắc lại.") == []


@pytest.mark.parametrize(
    ("title", "held"),
    [
        ("Nguyên Bộ trưởng Bộ Y tế", "Bộ trưởng Bộ Y tế"),
        ("cựu Chủ tịch UBND tỉnh", "Chủ tịch UBND tỉnh"),
        ("Nguyen Bo truong", "Bo truong"),
        ("Bộ trưởng Bộ Y tế", None),
        ("Nguyên", None),
    ],
)
def test_without_former(title, held):
    assert without_former(title) == held


def test_titles_before_the_name_stacked_with_commas():
    found = officials(
        "Tiếp thu ý kiến, Ủy viên Trung ương Đảng, Phó Bí thư Thành ủy, Chủ tịch UBND TP Hà Nội "
        "Chu Ngọc Anh cho biết sẽ hoàn thiện dự thảo."
    )
    assert found == [
        (
            N("Chu Ngọc Anh"),
            [
                N("Uỷ viên Trung ương Đảng"),
                N("Phó Bí thư Thành uỷ"),
                N("Chủ tịch Uỷ ban nhân dân thành phố Hà Nội"),
            ],
            3,
            False,
        )
    ]


def test_titles_after_the_name_comma_separated():
    found = officials(
        "Đó là yêu cầu của đồng chí Đinh Tiến Dũng, Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội "
        "tại phiên bế mạc hội nghị."
    )
    assert found == [
        (N("Đinh Tiến Dũng"), [N("Uỷ viên Bộ Chính trị"), N("Bí thư Thành uỷ Hà Nội")], 1, False)
    ]


def test_a_title_running_into_the_next_name_belongs_to_that_person():
    found = officials(
        "Dự lễ có đồng chí Đinh Tiến Dũng, Bí thư Thành ủy, Chủ tịch HĐND thành phố "
        "Nguyễn Thị Tuyến và các đồng chí lãnh đạo."
    )
    assert found == [
        (N("Đinh Tiến Dũng"), [N("Bí thư Thành uỷ")], 1, False),
        (N("Nguyễn Thị Tuyến"), [N("Chủ tịch Hội đồng nhân dân thành phố")], 2, False),
    ]


def test_connector_kiem_and_honorifics_between_title_and_name():
    found = officials(
        "Bí thư Tỉnh ủy kiêm Chủ tịch HĐND tỉnh Đinh Tiến Dũng dự. Bộ trưởng Bộ Y tế, "
        "GS.TS Chu Ngọc Anh phát biểu."
    )
    assert found == [
        (
            N("Đinh Tiến Dũng"),
            [N("Bí thư Tỉnh uỷ"), N("Chủ tịch Hội đồng nhân dân tỉnh")],
            1,
            False,
        ),
        (N("Chu Ngọc Anh"), [N("Bộ trưởng Bộ Y tế")], 3, False),
    ]


def test_later_short_mentions_count_for_the_same_person():
    matches = find_officials(
        [
            normalize("Bí thư Thành ủy Hà Nội Đinh Tiến Dũng chủ trì hội nghị."),
            normalize("“Phải hành động” – Bí thư Đinh Tiến Dũng nhấn mạnh."),
            normalize("Đồng chí Dũng đề nghị các cấp ủy quán triệt nghị quyết."),
            normalize("Theo ông Dũng, cần làm rõ trách nhiệm người đứng đầu."),
        ],
        INDEX,
    )
    assert [(m.person_id, m.mentions) for m in matches] == [(1, 4)]
    assert matches[0].titles == [N("Bí thư Thành uỷ Hà Nội")]  # "Bí thư" alone is folded in


def test_a_bare_given_name_shared_by_two_people_named_in_the_story_is_not_guessed():
    matches = find_officials(
        [
            normalize("Dự hội nghị có Bí thư Thành ủy Đinh Tiến Dũng và ông Nguyễn Văn Hưng."),
            normalize("Ông Hưng cho biết, đồng chí Dũng đã chỉ đạo quyết liệt."),
        ],
        INDEX,
    )
    by_id = {m.person_id: m.mentions for m in matches}
    assert by_id == {1: 2, 8: 2}
    # "Hùng" is the given name of nobody named in full here: no match at all.
    assert officials("Ông Hùng phát biểu tại hội nghị.") == []


@pytest.mark.parametrize(
    "copy",
    [
        "Ủy viên Trung ương Đảng, Bí thư Thành ủy Trần Quốc Bảo phát biểu.",
        "Ủy viên Trung ương Đảng, Bí thư Thành uỷ Trần Quốc Bảo phát biểu.",  # main-vowel
        "Uỷ viên Trung ương Đảng, Bí thư Thành ủy TRẦN QUỐC BẢO phát biểu.",  # capitals
        "Ủy viên Trung ương Đảng, Bí thư Thành ủy Bảo Trần Quốc phát biểu.",  # alias
        "Uy vien Trung uong Dang, Bi thu Thanh uy Tran Quoc Bao phat bieu.",  # no diacritics
    ],
)
def test_names_and_titles_match_whatever_the_spelling(copy):
    [(name, titles, person_id, suggested)] = officials(copy)
    assert (name, person_id, suggested) == (N("Trần Quốc Bảo"), 4, False)
    assert len(titles) == 2


def test_tone_placement_of_the_name_does_not_matter():
    assert officials("Phó Chủ tịch UBND tỉnh Lê Văn Thuỷ kiểm tra.")[0][2] == 5
    assert officials("Phó Chủ tịch UBND tỉnh Lê Văn Thủy kiểm tra.")[0][2] == 5


def test_names_with_an_apostrophe_match_whichever_one_the_copy_types():
    index = PeopleIndex([PersonEntry(1, "H'Hen Niê", ("H'Hen Niê",))])
    for copy in ("Đại biểu H’Hen Niê phát biểu.", "Đại biểu H'Hen Niê phát biểu."):
        assert officials(copy, index) == [("H'Hen Niê", ["Đại biểu"], 1, False)]


def test_tones_still_tell_names_apart():
    # "Hùng" and "Hưng" fold to the same letters: matching keeps the tones.
    assert officials("Ông Nguyễn Văn Hưng, Phó Giám đốc Sở Tài chính, cho biết.")[0][2] == 8


def test_namesakes_are_told_apart_by_their_titles():
    assert officials("Bí thư Tỉnh ủy Hà Tĩnh Nguyễn Văn Hùng dự lễ.")[0][2] == 6
    assert officials("Giám đốc Sở Y tế tỉnh Hà Nam Nguyễn Văn Hùng cho biết.")[0][2] == 7
    [match] = find_officials([normalize("Ông Nguyễn Văn Hùng phát biểu.")], INDEX)
    assert match.person_id is None and not match.suggested
    assert match.candidates == (6, 7)


# ---------------------------------------------------------------------------------------------
# Suggestions: unknown people with a title
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("copy", "name", "titles"),
    [
        ("Thủ tướng Phạm Minh Chính chủ trì phiên họp.", "Phạm Minh Chính", ["Thủ tướng"]),
        (
            "Chủ tịch UBND TP Hải Phòng Lê Thị Hồng Vân phát biểu.",
            "Lê Thị Hồng Vân",
            ["Chủ tịch Uỷ ban nhân dân thành phố Hải Phòng"],
        ),
        (
            "Phó Chủ tịch UBND tỉnh Hoàng Văn Khải báo cáo.",
            "Hoàng Văn Khải",
            ["Phó Chủ tịch Uỷ ban nhân dân tỉnh"],
        ),
        (
            "Ông Trịnh Văn Phúc, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Gia Lâm, cho biết.",
            "Trịnh Văn Phúc",
            ["Phó Bí thư Huyện uỷ", "Chủ tịch Uỷ ban nhân dân huyện Gia Lâm"],
        ),
        # A rank is not a title (it is reported apart: see test_ranks_are_kept_apart).
        (
            "Thượng tướng Trần Văn Sơn, Thứ trưởng Bộ Quốc phòng, dự lễ.",
            "Trần Văn Sơn",
            ["Thứ trưởng Bộ Quốc phòng"],
        ),
        (
            "Bí thư Huyện ủy Mê Linh Vũ Hồng Quân kiểm tra đê.",
            "Vũ Hồng Quân",
            ["Bí thư Huyện uỷ Mê Linh"],
        ),
        (
            "Đồng chí Tổng Bí thư Nguyễn Phú Trọng đã nói.",
            "Nguyễn Phú Trọng",
            ["Tổng Bí thư"],
        ),
    ],
)
def test_unknown_people_with_a_title_become_suggestions(copy, name, titles):
    assert officials(copy) == [(N(name), [N(t) for t in titles], None, True)]


@pytest.mark.parametrize(
    "copy",
    [
        "Chủ tịch UBND tỉnh Quảng Trị cho biết.",  # a province, not a person
        "Chủ tịch UBND huyện Lâm Hà làm việc.",  # "Lâm" is a family name, "Lâm Hà" a district
        "Bí thư Tỉnh ủy Hà Tĩnh chủ trì.",
        "Ông Hoàng Văn Khải phát biểu tại hội nghị.",  # a name without any title
        "Quang cảnh hội nghị tại Hà Nội, Thủ tướng Chính phủ dự.",
    ],
)
def test_no_suggestion_without_a_person_next_to_a_title(copy):
    assert officials(copy) == []


def test_split_place_and_name():
    def split(text, after_organisation=True):
        words = tokenize(N(text))
        index = split_place_and_name(words, after_organisation=after_organisation)
        return None if index is None else " ".join(w.text for w in words[index:])

    assert split("Hà Nội Nguyễn Thị Tuyến") == N("Nguyễn Thị Tuyến")
    assert split("Lâm Đồng Trần Đức Quận") == N("Trần Đức Quận")
    assert split("Hồ Chí Minh Nguyễn Văn Nên") == N("Nguyễn Văn Nên")
    assert split("Gia Lâm Lê Văn Tám") == N("Lê Văn Tám")
    assert split("Hà Tĩnh") is None
    assert split("Lâm Hà") is None
    assert split("Phạm Minh Chính", after_organisation=False) == N("Phạm Minh Chính")


def test_the_index_is_built_once_and_matching_is_a_lookup_per_word():
    people = [
        PersonEntry(i, f"Nguyễn Văn Số{i}", (f"Nguyễn Văn Số{i}",), ()) for i in range(100, 2100)
    ]
    index = PeopleIndex([*people, *PEOPLE])
    assert len(index) == 2008
    found = find_officials([normalize("Bí thư Thành ủy Hà Nội Đinh Tiến Dũng dự.")], index)
    assert [m.person_id for m in found] == [1]


@settings(max_examples=200, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("ĐđăâêôơưÁàảãạ ,.()-–:;/AaBbHhNnTtUu0123\n")), max_size=300
    )
)
def test_linking_never_raises_on_arbitrary_text(text):
    find_officials([normalize(text)], INDEX)
    find_resolutions([normalize(text)], RESOLUTIONS)


# ---------------------------------------------------------------------------------------------
# Resolutions
# ---------------------------------------------------------------------------------------------

RESOLUTIONS = ResolutionIndex(
    [
        ResolutionEntry(1, "chi-thi", "35-CT/TW", title="Về tổ chức đại hội đảng bộ các cấp"),
        ResolutionEntry(2, "nghi-quyet", "15-NQ/TU", title="Về chuyển đổi số", issuer="Thành ủy"),
        ResolutionEntry(3, "nghi-quyet", "27/2022/QH15", term="khóa XV"),
        ResolutionEntry(4, "ket-luan", "12-KL/TW"),
        ResolutionEntry(
            5,
            "nghi-quyet",
            term="Đại hội XIII",
            title="Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng",
            issuer="Ban Chấp hành Trung ương Đảng",
        ),
        ResolutionEntry(
            6,
            "nghi-quyet",
            term="Đại hội XVII",
            title="Nghị quyết Đại hội đại biểu Đảng bộ thành phố Hà Nội lần thứ XVII",
            issuer="Thành ủy Hà Nội",
        ),
        ResolutionEntry(
            7,
            "chuong-trinh",
            term="Đại hội XIII",
            title="Chương trình hành động thực hiện Nghị quyết Đại hội XIII",
        ),
        ResolutionEntry(8, "nghi-quyet", "57-NQ/TW", title="Về đột phá khoa học, công nghệ"),
        # Plenums of the Central Committee, and a city party committee's plenum.
        ResolutionEntry(
            9,
            "nghi-quyet",
            "04-NQ/TW",
            term="khóa XII",
            title="Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng về xây dựng, chỉnh đốn Đảng",
        ),
        ResolutionEntry(
            10, "nghi-quyet", title="Nghị quyết Hội nghị Trung ương 8 khoá XIII về bảo vệ Tổ quốc"
        ),
        ResolutionEntry(
            11,
            "nghi-quyet",
            "12-NQ/TU",
            term="khoá XVII",
            title="Hội nghị lần thứ 4 Ban Chấp hành Đảng bộ thành phố",
        ),
    ]
)


def resolutions(text):
    return [
        (r.text, r.number, r.resolution_id)
        for r in find_resolutions([normalize(text)], RESOLUTIONS)
    ]


@pytest.mark.parametrize(
    ("copy", "expected"),
    [
        (
            "Thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị.",
            [("Chỉ thị số 35-CT/TW", "35-CT/TW", 1)],
        ),
        ("theo Nghị quyết số 15-NQ/TU,", [("Nghị quyết số 15-NQ/TU", "15-NQ/TU", 2)]),
        ("theo Nghị quyết số 15 - NQ/TU.", [("Nghị quyết số 15 - NQ/TU", "15-NQ/TU", 2)]),
        ("theo Nghị quyết 15-nq/tu.", [("Nghị quyết 15-nq/tu", "15-nq/tu", 2)]),
        ("Nghị quyết 27/2022/QH15 của Quốc hội", [("Nghị quyết 27/2022/QH15", "27/2022/QH15", 3)]),
        ("Kết luận 12-KL/TW", [("Kết luận 12-KL/TW", "12-KL/TW", 4)]),
        ("Nghị quyết 57 của Bộ Chính trị", [("Nghị quyết 57", "57", 8)]),
        # Unknown numbers are still reported, without a link.
        ("Kết luận số 99-KL/TW ngày 5/3", [("Kết luận số 99-KL/TW", "99-KL/TW", None)]),
        # The number ends where the words start again.
        ("Nghị quyết số 15-NQ/TU - một bước tiến", [("Nghị quyết số 15-NQ/TU", "15-NQ/TU", 2)]),
    ],
)
def test_resolutions_by_number(copy, expected):
    assert resolutions(copy) == [(N(text), number, rid) for text, number, rid in expected]


@pytest.mark.parametrize(
    ("copy", "resolution_id"),
    [
        ("quán triệt Nghị quyết Đại hội XIII của Đảng", 5),
        ("Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng", 5),
        ("Nghị quyết Đại hội lần thứ 13 của Đảng", 5),  # 13 and XIII are the same congress
        ("thực hiện Nghị quyết XIII của Đảng", 5),
        ("Nghị quyết Đại hội XIII", 5),  # the national congress, not the action programme
        ("Nghị quyết Đại hội đại biểu lần thứ XVII Đảng bộ TP", 6),
        ("Nghị quyết Đại hội XVII của Đảng bộ thành phố", 6),
        ("Nghị quyết Đại hội lần thứ 17 Đảng bộ thành phố", 6),
        ("Nghị quyết Đại hội XII của Đảng", None),  # a congress we have no resolution for
    ],
)
def test_resolutions_by_congress(copy, resolution_id):
    [(_, number, found)] = resolutions(copy)
    assert (number, found) == (None, resolution_id)


@pytest.mark.parametrize(
    ("copy", "text", "resolution_id"),
    [
        (
            "theo Nghị quyết Trung ương 4 khóa XII về xây dựng Đảng",
            "Nghị quyết Trung ương 4 khoá XII",
            9,
        ),
        (
            "Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XII",
            "Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khoá XII",
            9,
        ),
        (
            "thực hiện Nghị quyết Hội nghị Trung ương 8 (khóa XIII), bảo vệ Tổ quốc",
            "Nghị quyết Hội nghị Trung ương 8 (khoá XIII)",
            10,
        ),
        # Known plenum, no resolution stored for it: reported without a link.
        ("Nghị quyết Trung ương 5 khoá XIII", "Nghị quyết Trung ương 5 khoá XIII", None),
        (
            "Nghị quyết Hội nghị lần thứ mười hai Ban Chấp hành Trung ương khóa XII",
            "Nghị quyết Hội nghị lần thứ mười hai Ban Chấp hành Trung ương khoá XII",
            None,
        ),
    ],
)
def test_resolutions_of_central_committee_plenums(copy, text, resolution_id):
    assert resolutions(copy) == [(N(text), None, resolution_id)]


@pytest.mark.parametrize(
    "copy",
    [
        "Nghị quyết Trung ương năm 2024 khoá XIII",  # a year, not a plenum
        "Nghị quyết Trung ương 4",  # no term: which one?
        "Ban Chấp hành Trung ương khoá XIII họp Hội nghị lần thứ 4",
    ],
)
def test_no_plenum_resolution_without_its_number_and_term(copy):
    assert resolutions(copy) == []


def test_a_plenum_named_and_numbered_in_one_story_is_one_resolution():
    found = resolutions("Nghị quyết Trung ương 4 khoá XII và Nghị quyết số 04-NQ/TW")
    assert [rid for *_, rid in found] == [9]


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("4", 4),
        ("tư", 4),
        ("bốn", 4),
        ("mười", 10),
        ("mười hai", 12),
        ("mười lăm", 15),
        ("x", None),
    ],
)
def test_ordinals_in_words(words, value):
    assert ordinal_to_int(words) == value


def test_the_same_resolution_named_two_ways_is_reported_once():
    found = resolutions(
        "Thực hiện Nghị quyết XIII của Đảng và Nghị quyết Đại hội đại biểu toàn quốc lần thứ "
        "13 của Đảng, Nghị quyết số 15-NQ/TU và Nghị quyết 15 - NQ/TU."
    )
    assert [rid for *_, rid in found] == [5, 2]


@pytest.mark.parametrize(
    ("numeral", "value"),
    [("XIII", 13), ("xvii", 17), ("13", 13), ("IV", 4), ("XL", 40), ("A", None)],
)
def test_roman_numerals(numeral, value):
    assert roman_to_int(numeral) == value


def test_number_key_ignores_spacing_case_and_diacritics():
    assert number_key("15 - NQ/TU") == number_key("15-nq/tu") == "15-nq/tu"
    assert number_key("01/2021/NQ-HĐND") == "01/2021/nq-hdnd"
