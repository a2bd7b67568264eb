"""A ministry's department named after a sector its parent also holds, narrowed in lower case
("Cục Tài chính doanh nghiệp"): the title runs to the end of the department's name, and no
further than a clause of the sentence. Sentences written for these tests, invented names."""

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
            "Theo ông Lý Văn Đạt, Phó Cục trưởng Cục Tài chính doanh nghiệp (Bộ Tài chính), "
            "danh mục mới rõ ràng hơn.",
            "Lý Văn Đạt",
            "Phó Cục trưởng Cục Tài chính doanh nghiệp",
        ),
        (
            "Vụ trưởng Vụ Tổ chức cán bộ Ngô Thị Lan trao quyết định bổ nhiệm.",
            "Ngô Thị Lan",
            "Vụ trưởng Vụ Tổ chức cán bộ",
        ),
        (
            "Bà Đoàn Thu Hà, Phó Vụ trưởng Vụ Tài chính ngân hàng, cho biết dư nợ giảm.",
            "Đoàn Thu Hà",
            "Phó Vụ trưởng Vụ Tài chính ngân hàng",
        ),
    ],
)
def test_a_departments_lower_case_name_belongs_to_the_title(copy, name, title):
    assert found(copy) == [(N(name), [N(title)])]


@pytest.mark.parametrize(
    ("copy", "name", "title"),
    [
        # the next clause, not the department's name
        (
            "Cục trưởng Cục Tài chính Hồ Văn Tâm cho biết sẽ rà soát.",
            "Hồ Văn Tâm",
            "Cục trưởng Cục Tài chính",
        ),
        (
            "Ông Hồ Văn Tâm, Cục trưởng Cục Tài chính đề xuất cắt giảm thủ tục.",
            "Hồ Văn Tâm",
            "Cục trưởng Cục Tài chính",
        ),
        # a ministry's sector is its whole name: what follows is the sentence's
        (
            "Ông Vương Đình Hải, Bộ trưởng Bộ Tài chính ban hành thông tư 15.",
            "Vương Đình Hải",
            "Bộ trưởng Bộ Tài chính",
        ),
        # lower-case words that run on into the sentence without a mark closing them
        (
            "Ông Hồ Văn Tâm, Vụ trưởng Vụ Tổ chức hướng dẫn cách làm hồ sơ mới.",
            "Hồ Văn Tâm",
            "Vụ trưởng Vụ Tổ chức",
        ),
    ],
)
def test_a_department_title_stops_at_the_next_clause(copy, name, title):
    assert found(copy) == [(N(name), [N(title)])]
