"""Officials named with no title beside the name (people.mentions.untitled, issue 13): names
listed after "các đồng chí", and the one untitled name in a story that speaks of an office by
the office alone. Sentences written for these tests, with invented names."""

import pytest

from newsroom.text import normalize, normalize_inline
from people.mentions.officials import PeopleIndex, find_officials
from people.mentions.untitled import shared_office


def N(text):
    return normalize_inline(text)


def found(*texts):
    matches = find_officials([normalize(t) for t in texts], PeopleIndex([]))
    return [(m.name, m.titles, m.rule) for m in matches]


# ---------------------------------------------------------------------------------------------
# Comrades listed
# ---------------------------------------------------------------------------------------------


def test_names_listed_after_cac_dong_chi_are_officials_without_titles():
    copy = (
        "Năm 1954, Người làm việc với các đồng chí Trần Quang Khải, Lê Văn Đạt và "
        "Hoàng Minh Tâm để bàn kế hoạch tiếp quản Thủ đô."
    )
    assert found(copy) == [
        (N("Trần Quang Khải"), [], "comrade"),
        (N("Lê Văn Đạt"), [], "comrade"),
        (N("Hoàng Minh Tâm"), [], "comrade"),
    ]


def test_a_comrade_titled_elsewhere_keeps_the_title_and_its_rule():
    texts = [
        "Phó Thủ tướng Trần Quang Khải chủ trì hội nghị.",
        "Dự họp có các đồng chí Trần Quang Khải, Lê Văn Đạt.",
    ]
    assert found(*texts) == [
        (N("Trần Quang Khải"), [N("Phó Thủ tướng")], "before"),
        (N("Lê Văn Đạt"), [], "comrade"),
    ]


@pytest.mark.parametrize(
    "copy",
    [
        # One comrade alone: anyone the writer calls so.
        "Bác giới thiệu đồng chí Nguyễn Văn Lâm với đoàn cán bộ.",
        "Bác giới thiệu các đồng chí Nguyễn Văn Lâm với đoàn cán bộ.",
        # A list after a plain "các ông" is no list of cadres.
        "Các ông Nguyễn Văn Lâm, Trần Văn Hùng đã nộp đơn khiếu nại.",
        # A list of places after "các đồng chí ở".
        "Các đồng chí ở Hà Nội, Hải Phòng đã về dự.",
    ],
)
def test_no_list_of_two_names_after_cac_dong_chi_makes_no_official(copy):
    assert found(copy) == []


@pytest.mark.parametrize(
    "copy",
    [
        "Đồng chí Trần Quang Khải và đồng chí Lê Văn Đạt trò chuyện với ban soạn thảo.",
        "Tiếp đoàn có đồng chí Trần Quang Khải, đồng chí Lê Văn Đạt.",
    ],
)
def test_two_names_each_after_its_own_dong_chi_are_the_plural_written_out(copy):
    assert found(copy) == [(N("Trần Quang Khải"), [], "comrade"), (N("Lê Văn Đạt"), [], "comrade")]


@pytest.mark.parametrize(
    "copy",
    [
        # One "đồng chí" is left alone, with or without another name after "và".
        "Đồng chí Trần Quang Khải đã viết về thời kỳ ấy.",
        "Đồng chí Trần Quang Khải và ông Lê Văn Đạt trò chuyện.",
        "Đồng chí Trần Quang Khải và Lê Văn Đạt trò chuyện.",
        # The second "đồng chí" in another sentence is no pair.
        "Đồng chí Trần Quang Khải phát biểu. Và đồng chí Lê Văn Đạt cũng vậy.",
    ],
)
def test_a_single_dong_chi_makes_no_official(copy):
    assert found(copy) == []


# ---------------------------------------------------------------------------------------------
# The office's holder
# ---------------------------------------------------------------------------------------------

STORY = [
    "Chủ tịch Nam Định yêu cầu dẹp chợ tạm lấn đường",
    "Sáng 7/2, tại buổi giao ban, Chủ tịch UBND tỉnh Nam Định nói chợ tạm gây mất an toàn.",
    "Theo ông Trần Văn Bảy, các huyện phải rà soát, xử lý dứt điểm trước ngày 15/2.",
    "“Không để tái diễn”, Chủ tịch UBND tỉnh nhấn mạnh.",
]


def test_the_one_untitled_name_beside_an_office_written_alone_is_its_holder():
    assert found(*STORY) == [(N("Trần Văn Bảy"), [], "office")]


def test_a_deputy_office_written_alone_names_no_holder():
    story = [t.replace("Chủ tịch", "Phó Chủ tịch") for t in STORY]
    assert found(*story) == []


def test_two_untitled_names_leave_the_office_unattached():
    story = [*STORY, "Bà Lê Thị Hoa bán rau ở chợ đã nhiều năm, bà đồng ý di dời."]
    assert found(*story) == []


def test_a_resident_with_age_and_address_is_not_the_holder():
    story = [*STORY]
    story[2] = "Ông Trần Văn Bảy (58 tuổi, trú xã Nam Phong) nói chợ họp từ 4 giờ sáng."
    assert found(*story) == []


def test_the_office_held_by_someone_named_in_the_story_is_theirs():
    story = [*STORY, "Chủ tịch UBND tỉnh Nam Định Phạm Đình Nghị đã ký công văn."]
    title = N("Chủ tịch Uỷ ban nhân dân tỉnh Nam Định")
    assert found(*story) == [(N("Phạm Đình Nghị"), [title], "before")]


def test_a_name_far_from_the_office_is_not_its_holder():
    story = [
        "Sáng 7/2, Chủ tịch UBND tỉnh Nam Định kiểm tra chợ tạm.",
        "Chợ họp từ 4 giờ sáng, lấn ra quốc lộ.",
        "Xe tải chở hàng đỗ kín hai bên đường.",
        "Ông Trần Văn Bảy nói mỗi sáng phải chờ nửa tiếng mới qua được chợ.",
    ]
    assert found(*story) == []


@pytest.mark.parametrize(
    ("title", "shared"),
    [
        ("Chủ tịch UBND tỉnh Nam Định", False),
        ("Bí thư Tỉnh uỷ", False),
        ("Phó Chủ tịch UBND tỉnh", True),
        ("Uỷ viên Bộ Chính trị", True),
        ("Đại biểu Quốc hội", True),
        ("Thứ trưởng Bộ Y tế", True),
        ("Tỉnh uỷ viên", True),
    ],
)
def test_offices_several_people_hold_at_once(title, shared):
    assert shared_office(normalize_inline(title)) is shared
