"""Two names closing a story on two lines, writer then photographer (issue 13, fifth round of
6 December), and closing lines that are no second signature. Sentences written for these
tests, with invented names."""

import pytest

from articles.wire.read import parse_text

TITLE = "Xã Đông Lâm khánh thành cầu dân sinh"
LEAD = (
    "Sáng 9/2, UBND xã Đông Lâm khánh thành cây cầu dân sinh bắc qua sông Cầu Ngòi, nối hai "
    "thôn ven sông sau hơn 20 năm người dân phải đi đò."
)
BODY = (
    "Cây cầu dài 120m, rộng 3,5m, được xây bằng vốn ngân sách huyện và tiền của người dân đóng "
    "góp, tổng cộng gần 9 tỷ đồng; công trình hoàn thành sớm hai tháng so với kế hoạch."
)
MORE = (
    "Bà Nguyễn Thị Lan, người dân thôn Thượng, cho biết trước đây mỗi lần đưa con đi học phải "
    "chờ đò cả tiếng, mùa lũ thì đành cho các cháu nghỉ ở nhà."
)


def page_of(*closing):
    """A page that printed its lead after the closing lines."""
    return parse_text("\n".join([TITLE, "", BODY, MORE, *closing, "", "", LEAD]))


def test_writer_and_photographer_on_two_lines_sign_the_story_together():
    story = page_of("Thu Trang", "Lê Hoàng")
    assert story.byline == "Thu Trang - Lê Hoàng"
    assert "Thu Trang" not in story.paragraphs


@pytest.mark.parametrize(
    "closing",
    [
        # a pull quote's speaker above the name signing the story
        ("“Cây cầu là niềm mơ ước của cả thôn.”", "Nguyễn Văn Hải", "Lê Hoàng"),
        # an organisation, not a person
        ("Ban Quản lý dự án huyện", "Lê Hoàng"),
        # a name under an unfinished line: no second signature
        ("Người dân thôn Thượng", "Lê Hoàng"),
    ],
)
def test_lines_above_the_signature_that_are_no_second_name_stay_apart(closing):
    story = page_of(*closing)
    assert story.byline == "Lê Hoàng"
