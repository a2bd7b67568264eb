"""Deeply nested markup: refused with a clear error, quickly, never a RecursionError; markup
as deep as the limit allows is still read whole."""

import pytest

from articles.wire.read import WireParseError, parse, parse_html, parse_nitf
from articles.wire.read.markup import MAX_DEPTH

TITLE = "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 18"
TEXT = (
    "Sáng 2/12, Ban Chấp hành Đảng bộ tỉnh tổ chức hội nghị lần thứ 18 để đánh giá tình hình "
    "thực hiện nhiệm vụ chính trị năm 2026, bàn giải pháp cho năm 2027."
)


def nested_page(depth: int, tag: str = "div") -> str:
    """A page whose story paragraph is ``depth`` elements deep (html, body, article and the
    paragraph count as four of them)."""
    inner = depth - 4
    return (
        f"<html><body><article><h1>{TITLE}</h1>"
        + f"<{tag}>" * inner
        + f"<p>{TEXT}</p>"
        + f"</{tag}>" * inner
        + "</article></body></html>"
    )


@pytest.mark.parametrize("depth", [MAX_DEPTH + 1, 5_000, 30_000])
def test_html_nested_past_the_limit_is_refused_with_a_clear_error(depth):
    with pytest.raises(WireParseError, match="HTML lồng quá sâu"):
        parse(nested_page(depth).encode(), name="trang-long-sau.html")


@pytest.mark.parametrize("tag", ["div", "span", "blockquote", "font"])
def test_html_as_deep_as_the_limit_is_read_whole(tag):
    story = parse_html(nested_page(MAX_DEPTH, tag))
    assert story.title == TITLE
    assert TEXT in " ".join(block.text for block in story.blocks) + story.sapo


def test_unclosed_tags_count_as_nesting():
    """Old CMS pages leave <font> open: what a browser would nest is nested here too."""
    page = f"<html><body><h1>{TITLE}</h1>" + "<font size=2>" * 10_000 + f"<p>{TEXT}</p>"
    with pytest.raises(WireParseError, match="HTML lồng quá sâu"):
        parse_html(page)


def nitf(depth: int) -> bytes:
    body = "<div>" * depth + f"<p>{TEXT}</p>" + "</div>" * depth
    return (
        '<?xml version="1.0" encoding="UTF-8"?><nitf><head><title>t</title></head><body>'
        f"<body.head><hedline><hl1>{TITLE}</hl1></hedline></body.head>"
        f"<body.content>{body}</body.content></body></nitf>"
    ).encode()


def test_xml_nested_past_the_limit_is_refused_with_a_clear_error():
    with pytest.raises(WireParseError, match="XML lồng quá sâu"):
        parse_nitf(nitf(5_000))


def test_xml_within_the_limit_is_read():
    story = parse_nitf(nitf(MAX_DEPTH - 10))
    assert story.title == TITLE
    assert TEXT in " ".join(block.text for block in story.blocks) + story.sapo
