"""Names of the peoples whose family names the lists do not hold, or hold as something else.

Central Highlands (Ê Đê, Jrai): a man's Ê Đê name opens with "Y" and may have five words (Y, a
given name of two, a family name of two), a woman's given name with "H'"; Jrai names open with
their family ("Rah Lan …", "Ksor H'…"). Khmer and Cham: "Sơn" opens "Sơn La" far more often
than a name, so a woman's name is known by its "Thị"; "Đàng" is a Cham family name. Sentences
written for these tests, with invented names in the shapes of real copy (a Vice-Chair of the
National Assembly is named so)."""

import pytest

from newsroom.text import normalize
from people.mentions.officials import PeopleIndex, find_officials

NOBODY = PeopleIndex([])


def found(text):
    """(name, titles) of every official found, in order."""
    return [(o.name, o.titles) for o in find_officials([normalize(text)], NOBODY)]


@pytest.mark.parametrize(
    ("copy", "name", "titles"),
    [
        (
            "Phó Chủ tịch Quốc hội Y Minh Hà Niê Kđăm điều hành phiên thảo luận.",
            "Y Minh Hà Niê Kđăm",
            ["Phó Chủ tịch Quốc hội"],
        ),
        (
            "Ông Y Minh Hà Niê Kđăm, Chủ tịch Hội đồng Dân tộc, trình bày báo cáo thẩm tra.",
            "Y Minh Hà Niê Kđăm",
            ["Chủ tịch Hội đồng Dân tộc"],
        ),
        (
            "Phó Chủ tịch UBND tỉnh Đắk Lắk Y Sơn Gry Niê Knơng kiểm tra công trình thủy lợi.",
            "Y Sơn Gry Niê Knơng",
            ["Phó Chủ tịch Ủy ban nhân dân tỉnh Đắk Lắk"],
        ),
        (
            # the district is no known place: the name still starts at "Y"
            "Phó Chủ tịch UBND huyện Ea Kar Y Sơn Gry Niê Knơng dự lễ khánh thành.",
            "Y Sơn Gry Niê Knơng",
            ["Phó Chủ tịch Ủy ban nhân dân huyện Ea Kar"],
        ),
        (
            "Phó Bí thư Tỉnh ủy H'Lan Niê phát biểu tại hội nghị.",
            "H'Lan Niê",
            ["Phó Bí thư Tỉnh ủy"],
        ),
        (
            "Bà H'Lan Niê, Phó Chủ tịch HĐND tỉnh, cho biết kỳ họp sẽ kéo dài ba ngày.",
            "H'Lan Niê",
            ["Phó Chủ tịch Hội đồng nhân dân tỉnh"],
        ),
        (
            "Chủ tịch UBND tỉnh Gia Lai Rah Lan Sơn kiểm tra tiến độ dự án.",
            "Rah Lan Sơn",
            ["Chủ tịch Ủy ban nhân dân tỉnh Gia Lai"],
        ),
        (
            "Phó Chủ tịch UBND tỉnh Sóc Trăng Sơn Thị Ánh Hoa kiểm tra điểm trường.",
            "Sơn Thị Ánh Hoa",
            ["Phó Chủ tịch Ủy ban nhân dân tỉnh Sóc Trăng"],
        ),
        (
            "Bà Sơn Thị Ánh Hoa, Phó Chủ tịch UBND tỉnh Sóc Trăng, trao học bổng.",
            "Sơn Thị Ánh Hoa",
            ["Phó Chủ tịch Ủy ban nhân dân tỉnh Sóc Trăng"],
        ),
        (
            "Phó Chủ tịch HĐND tỉnh Ninh Thuận Đàng Hải Nhân phát biểu bế mạc kỳ họp.",
            "Đàng Hải Nhân",
            ["Phó Chủ tịch Hội đồng nhân dân tỉnh Ninh Thuận"],
        ),
    ],
)
def test_names_are_read_whole(copy, name, titles):
    assert found(copy) == [(name, titles)]


@pytest.mark.parametrize(
    ("copy", "expected"),
    [
        # "Y" of "Bộ Y tế", "Sở Y tế" opens no name
        (
            "Thứ trưởng Bộ Y tế Đỗ Xuân Tường kiểm tra bệnh viện tuyến huyện.",
            [("Đỗ Xuân Tường", ["Thứ trưởng Bộ Y tế"])],
        ),
        (
            "Giám đốc Sở Y tế Hà Nội Trần Thị Nhị Hằng cho biết số ca bệnh giảm.",
            [("Trần Thị Nhị Hằng", ["Giám đốc Sở Y tế Hà Nội"])],
        ),
        # "Thị xã" opens no name
        (
            "Chủ tịch UBND Thị xã Sơn Tây Nguyễn Văn Ân kiểm tra đê.",
            [("Nguyễn Văn Ân", ["Chủ tịch Ủy ban nhân dân Thị xã Sơn Tây"])],
        ),
        # a four-word name after a known place, as before
        (
            "Bí thư Thành ủy Hà Nội Nguyễn Văn Minh Quang dự lễ.",
            [("Nguyễn Văn Minh Quang", ["Bí thư Thành ủy Hà Nội"])],
        ),
    ],
)
def test_the_prefix_changes_nothing_else(copy, expected):
    assert found(copy) == expected
