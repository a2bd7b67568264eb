"""Titles in shapes that copy nobody tuned on showed (issue 13, held-out sample): party
committees in lower case, abbreviations joined with "&", a title stated short beside its full
form. Sentences written for these tests, with invented names."""

import pytest

from newsroom.text import normalize, normalize_inline
from people.mentions.officials import PeopleIndex, find_officials


def N(text):
    return normalize_inline(text)


def found(text):
    return [(o.name, o.titles) for o in find_officials([normalize(text)], PeopleIndex([]))]


@pytest.mark.parametrize(
    ("copy", "name", "title"),
    [
        (
            "Ông Hà Văn Khánh, Bí thư huyện ủy Định Thành cho biết huyện đã rà soát.",
            "Hà Văn Khánh",
            "Bí thư huyện uỷ Định Thành",
        ),
        (
            "Bí thư đảng ủy xã Tân Lập Trần Văn Bình kiểm tra công trình.",
            "Trần Văn Bình",
            "Bí thư đảng uỷ xã Tân Lập",
        ),
        (
            "Phó Bí thư thị ủy Sơn Tây Lê Thị Cúc phát biểu.",
            "Lê Thị Cúc",
            "Phó Bí thư thị uỷ Sơn Tây",
        ),
        (
            "Ông Đỗ Minh Đức - Phó Bí thư Thường trực tỉnh ủy Nghệ An dự buổi lễ.",
            "Đỗ Minh Đức",
            "Phó Bí thư Thường trực tỉnh uỷ Nghệ An",
        ),
    ],
)
def test_a_party_committee_in_lower_case_ends_no_title(copy, name, title):
    assert found(copy) == [(N(name), [N(title)])]


def test_the_plural_of_a_lower_case_committee_is_nobody():
    assert found("Các bí thư huyện ủy đã nhận nhiệm vụ mới.") == []


@pytest.mark.parametrize(
    ("copy", "name", "title"),
    [
        (
            "Giám đốc Sở TT-TT Vũ Văn Kiên trả lời cử tri.",
            "Vũ Văn Kiên",
            "Giám đốc Sở Thông tin và Truyền thông",
        ),
        (
            "Viện trưởng Viện KH & CN Trần Văn Hải trình bày đề án.",
            "Trần Văn Hải",
            "Viện trưởng Viện Khoa học và Công nghệ",
        ),
        # joined initials no table spells out stay whole instead of being cut at "&"
        ("Giám đốc Sở XH&NV Phan Văn Tâm dự họp.", "Phan Văn Tâm", "Giám đốc Sở XH&NV"),
        (
            "Thứ trưởng Bộ NN&PTNT Lê Quốc Thanh kiểm tra đê.",
            "Lê Quốc Thanh",
            "Thứ trưởng Bộ Nông nghiệp và Phát triển nông thôn",
        ),
    ],
)
def test_abbreviations_joined_with_ampersand_or_hyphen_stay_whole(copy, name, title):
    assert found(copy) == [(N(name), [N(title)])]


def test_a_short_form_beside_the_full_title_is_reported_once_in_full():
    copy = (
        "Chủ tịch TP. Hà Nội Nguyễn Văn Chung nói rõ yêu cầu. Sau đó, Chủ tịch UBND TP. Hà Nội "
        "Nguyễn Văn Chung giao nhiệm vụ cho các sở."
    )
    full = N("Chủ tịch Uỷ ban nhân dân thành phố Hà Nội")
    assert found(copy) == [(N("Nguyễn Văn Chung"), [full])]


def test_two_different_posts_are_both_kept():
    copy = "Phó Chủ tịch UBND tỉnh Lê Văn An dự họp. Chủ tịch UBND tỉnh Lê Văn An kết luận."
    assert found(copy) == [
        (
            N("Lê Văn An"),
            [N("Phó Chủ tịch Uỷ ban nhân dân tỉnh"), N("Chủ tịch Uỷ ban nhân dân tỉnh")],
        )
    ]


@pytest.mark.parametrize(
    "copy",
    [
        "Sau khi nghe ý kiến của 4 đồng chí Phó Chủ tịch UBND TP, Chủ tịch UBND TP "
        "Nguyễn Văn Chung kết luận hội nghị.",
        "Sau phần trình bày của hai vị Phó Chủ tịch UBND TP, Chủ tịch UBND TP "
        "Nguyễn Văn Chung kết luận hội nghị.",
    ],
)
def test_a_counted_title_in_a_list_goes_to_no_one(copy):
    assert found(copy) == [(N("Nguyễn Văn Chung"), [N("Chủ tịch Uỷ ban nhân dân thành phố")])]


def test_one_person_addressed_before_the_title_keeps_it():
    copy = "Năm 2016, ông Phó Chủ tịch UBND tỉnh Lê Văn An đã ký quyết định."
    assert found(copy) == [(N("Lê Văn An"), [N("Phó Chủ tịch Uỷ ban nhân dân tỉnh")])]


@pytest.mark.parametrize(
    ("copy", "name", "title"),
    [
        (
            "Ông Lương Văn Tài – Phó Giám đốc NHCSXH Nam Định – cho biết vốn đã về tận xã.",
            "Lương Văn Tài",
            "Phó Giám đốc Ngân hàng Chính sách xã hội Nam Định",
        ),
        (
            "“Vốn ủy thác tăng mạnh” – bà Đào Thị Hoa, Phó Tổng Giám đốc NHCSXH cho biết.",
            "Đào Thị Hoa",
            "Phó Tổng Giám đốc Ngân hàng Chính sách xã hội",
        ),
        (
            "Tổng Giám đốc Kho bạc Nhà nước Phạm Văn Lộc báo cáo tình hình giải ngân.",
            "Phạm Văn Lộc",
            "Tổng Giám đốc Kho bạc Nhà nước",
        ),
        (
            "Ông Cao Đức Minh, Giám đốc Bảo hiểm xã hội tỉnh Hà Nam, cho biết số người tăng.",
            "Cao Đức Minh",
            "Giám đốc Bảo hiểm xã hội tỉnh Hà Nam",
        ),
        (
            "Chủ tịch Ủy ban Chứng khoán Nhà nước Lê Văn Quang cùng các đại biểu bấm nút.",
            "Lê Văn Quang",
            "Chủ tịch Uỷ ban Chứng khoán Nhà nước",
        ),
        (
            "Ông Tạ Quang Huy, Chủ tịch Ủy ban Quản lý vốn nhà nước tại doanh nghiệp, phát biểu.",
            "Tạ Quang Huy",
            "Chủ tịch Uỷ ban Quản lý vốn nhà nước tại doanh nghiệp",
        ),
        (
            "Giám đốc Đại học Quốc gia Hà Nội Trịnh Văn Sơn trao bằng cho tân thạc sĩ.",
            "Trịnh Văn Sơn",
            "Giám đốc Đại học Quốc gia Hà Nội",
        ),
    ],
)
def test_officers_of_state_institutions_named_like_businesses_hold_public_posts(copy, name, title):
    assert found(copy) == [(N(name), [N(title)])]


@pytest.mark.parametrize(
    "copy",
    [
        "Ông Lê Hữu Phúc, Tổng Giám đốc Ngân hàng Vietcombank, cho biết lãi suất sẽ giảm.",
        "Ông Lê Hữu Phúc, Giám đốc Công ty Bảo hiểm Bảo Việt Nam Định, cho biết như vậy.",
        "Giám đốc Ngân hàng Hợp tác xã chi nhánh Hà Nam Lê Hữu Phúc cho biết.",
    ],
)
def test_a_commercial_bank_or_insurer_stays_a_company(copy):
    assert found(copy) == []
