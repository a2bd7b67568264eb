import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsroom.html_blocks import split_blocks
from newsroom.sanitize import clean_html


@pytest.mark.parametrize(
    ("html", "blocks"),
    [
        ("", []),
        ("   \n ", []),
        (
            "<p>Sáng 29/4, Thành uỷ Hà Nội tổ chức hội nghị.</p>\n"
            "<p>Dự hội nghị có 500 đại biểu.</p>",
            [
                "<p>Sáng 29/4, Thành uỷ Hà Nội tổ chức hội nghị.</p>",
                "<p>Dự hội nghị có 500 đại biểu.</p>",
            ],
        ),
        (
            "<p>Mở đầu</p><h2>Ba đột phá chiến lược</h2><ul><li>Thể chế</li><li>Hạ tầng</li></ul>"
            "<blockquote><p>Dân là gốc</p></blockquote><hr><p>Kết</p>",
            [
                "<p>Mở đầu</p>",
                "<h2>Ba đột phá chiến lược</h2>",
                "<ul><li>Thể chế</li><li>Hạ tầng</li></ul>",
                "<blockquote><p>Dân là gốc</p></blockquote>",
                "<hr>",
                "<p>Kết</p>",
            ],
        ),
        (  # loose text typed without a paragraph is one block; lone <br> between blocks is not
            "Hà Nội <b>sáng nay</b> &amp; chiều nay<br><p>Đoạn hai</p><br><br/>\n<p>Đoạn ba</p>",
            ["Hà Nội <b>sáng nay</b> &amp; chiều nay<br>", "<p>Đoạn hai</p>", "<p>Đoạn ba</p>"],
        ),
        (  # nested tables and lists stay whole; entities and quoted ">" survive untouched
            "<table><tr><td><p>Tỉnh</p></td><td>Số&nbsp;phiếu</td></tr></table>"
            '<p><a href="https://vi.wikipedia.org/wiki/A?b=1&amp;c=>">Nguồn</a></p>',
            [
                "<table><tr><td><p>Tỉnh</p></td><td>Số&nbsp;phiếu</td></tr></table>",
                '<p><a href="https://vi.wikipedia.org/wiki/A?b=1&amp;c=>">Nguồn</a></p>',
            ],
        ),
        ("<p>Chưa đóng <b>thẻ", ["<p>Chưa đóng <b>thẻ"]),
        ("<p></p><p>&nbsp;</p>", ["<p></p>", "<p>&nbsp;</p>"]),  # editors' empty lines count
    ],
)
def test_split_blocks(html, blocks):
    assert split_blocks(html) == blocks


TAG = re.compile(r"<[^>]*>")
VIETNAMESE = st.text(
    alphabet=st.sampled_from("aăâeêioôơuưy đĐ àáảãạ ếềểễệ ưừứửữự <>&\"'/=\n"), max_size=40
)
TAGS = st.sampled_from(["p", "h2", "b", "i", "a", "ul", "li", "blockquote", "br", "table", "td"])


@st.composite
def rich_text(draw):
    parts = []
    for _ in range(draw(st.integers(0, 8))):
        tag = draw(TAGS)
        parts.append(
            f"<{tag}>{draw(VIETNAMESE)}</{tag}>" if draw(st.booleans()) else draw(VIETNAMESE)
        )
    return "".join(parts)


@given(rich_text())
def test_blocks_of_sanitised_text_are_the_whole_text_in_order(raw):
    html = clean_html(raw)
    blocks = split_blocks(html)
    assert all(block == block.strip() and block for block in blocks)
    joined = "".join(blocks)
    # What lies between blocks and is dropped has no text: whitespace, <br>, empty <b></b>.
    rest = html
    for block in blocks:
        before, found, rest = rest.partition(block)
        assert found, f"{block!r} is not a slice of the body"
        assert TAG.sub("", before).strip() == ""
    assert TAG.sub("", rest).strip() == ""
    assert split_blocks(joined) == blocks


@given(rich_text())
def test_split_never_raises_and_is_stable_on_its_own_output(raw):
    html = clean_html(raw)
    blocks = split_blocks(html)
    assert [split_blocks(block) for block in blocks if block.startswith("<p>")] == [
        [block] for block in blocks if block.startswith("<p>")
    ]
