"""``search_fold_chars`` keeps letters and signs that fold to themselves ("“", "–", "€") without
running the mark-removing regex over the whole text: the same folding, the same highlighting
and snippets, character for character, as with that regex."""

import html
import unicodedata
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsroom import search_text
from newsroom import text as text_module
from newsroom.search_text import highlight, parse_query, snippet
from newsroom.text import search_fold_chars


def reference_search_fold_run(text: str) -> str:
    """``_search_fold_run`` as it was: the marks removed by ``_MARK_RE`` whenever a character
    of the run does not fold to ASCII."""
    decomposed = text_module._decomposed(text, "NFKD", text_module._SEARCH_FOLD_LETTERS)
    ascii_only = decomposed.encode("ascii", "ignore").decode("ascii")
    if len(ascii_only) == len(text):
        return ascii_only
    return unicodedata.normalize("NFC", text_module._MARK_RE.sub("", decomposed))


def reference_search_fold_chars(text: str) -> str:
    """``search_fold_chars`` with ``reference_search_fold_run``."""
    with mock.patch.object(text_module, "_search_fold_run", reference_search_fold_run):
        return text_module.search_fold_chars(text)


def reference_snippet(sapo: str, body_html: str, units) -> str:
    """``snippet`` folding as it did, with ``reference_search_fold_chars``."""
    with mock.patch.object(search_text, "search_fold_chars", reference_search_fold_chars):
        return snippet(sapo, body_html, units)


SAPO = "Sáng 12/5, Thành ủy Hà Nội tổ chức hội nghị “Sơ kết 5 năm” – Bí thư Đinh Tiến Dũng dự."

BODIES = [
    # agency copy: curly quotes, en dash, ellipsis, entities, inline tags
    "<p>Phát biểu tại hội nghị, đồng chí <strong>Đinh Tiến Dũng</strong> nhấn mạnh: “Thành ủy "
    "Hà Nội xác định công tác cán bộ là khâu then chốt” – và yêu cầu quán triệt Nghị quyết "
    "15-NQ/TU…</p>\n<p>Tổng vốn đầu tư đạt 12.500 tỷ đồng &amp; 3,2 triệu €; tỷ lệ giải ngân "
    "đạt 87&nbsp;%.</p><p>Theo ‘kế hoạch’, Ủy ban nhân dân thành phố sẽ báo cáo Quốc hội.</p>",
    # decomposed (NFD) Vietnamese, a ligature, full-width digits, NBSP, emoji
    "<p>"
    + unicodedata.normalize("NFD", "Đồng chí Nguyễn Thị Thanh Hòa, Phó Bí thư Tỉnh ủy")
    + ", phát biểu về ﬁnance số １５ 😀 tại Hải\u00a0Phòng.</p>"
    "<p>Ông Müller (Straße 5), bà Ærø và “Hà Nội” – “Hải Phòng” cùng ký kết.</p>",
    # combining marks on their own, a comment, an attribute holding ">"
    '<!-- ghi chú --><p title="a > b">Quốc hội \u0301biểu quyết thông qua Luật Thủ đô '
    "(sửa đổi) với 432/477 đại biểu tán thành — chiếm 87,8%.</p>"
    + "<p>Hội nghị bế mạc lúc 17 giờ cùng ngày, “thành công tốt đẹp”.</p>" * 12
    + "<p>Cuối cùng, đồng chí Đinh Tiến Dũng yêu cầu các cấp ủy “quán triệt” nghị quyết.</p>",
]

QUERIES = [
    "đinh tiến dũng",
    "Hà Nội",
    "thành ủy hà nội",
    "15-NQ/TU",
    '"quán triệt" nghị quyết',
    "finance 15",
    "hai phong",
    "quốc hội biểu quyết",
    "muller",
    "thanh cong tot dep",
]


@pytest.mark.parametrize("body", BODIES)
@pytest.mark.parametrize("query", QUERIES)
def test_snippet_and_highlight_are_those_of_the_mark_removing_regex(body, query):
    for variant in parse_query(query).variants():
        units = variant.marked
        assert snippet(SAPO, body, units) == reference_snippet(SAPO, body, units)
        assert snippet("", body, units) == reference_snippet("", body, units)
        with mock.patch.object(search_text, "search_fold_chars", reference_search_fold_chars):
            expected = highlight(SAPO, units)
        assert highlight(SAPO, units) == expected


def test_a_story_with_quotes_folds_like_one_without():
    """The case the change is for: curly quotes used to send the whole run to the regex."""
    body = html.unescape(search_text.html_to_text(BODIES[0]))
    folded = search_fold_chars(body)
    assert folded == reference_search_fold_chars(body)
    assert "“thanh uy ha noi xac dinh cong tac can bo la khau then chot” – " in folded
    assert len(folded) == len(body)


@settings(max_examples=500)
@given(st.text(max_size=300))
def test_any_text_folds_as_with_the_mark_removing_regex(text):
    assert search_fold_chars(text) == reference_search_fold_chars(text)


WORDS = [
    "Đinh", "Tiến", "Dũng", "Thành", "uỷ", "ủy", "Hà", "Nội", "nghị", "quyết", "15-NQ/TU",
    "Hải", "Phòng", "“Hà", "Nội”", "–", "…", "‘đồng", "chí’", "€", "ﬁ", "e\u0301", "\u00a0",
    "😀", "&amp;", "Æ", "ß", "“", "”", "quán", "triệt",
]  # fmt: skip
TYPED = ["đinh tiến dũng", "hà nội", "dinh tien dung ha noi", "15-NQ/TU", '"thành ủy" hà nội']


@settings(max_examples=300)
@given(
    st.lists(st.sampled_from(WORDS), max_size=300),
    st.lists(st.sampled_from(WORDS), max_size=40),
    st.sampled_from(TYPED),
    st.data(),
)
def test_generated_snippets_are_those_of_the_mark_removing_regex(body, sapo, typed, data):
    markup = "<p>" + " ".join(body) + "</p>"
    units = data.draw(st.sampled_from(parse_query(typed).variants())).marked
    sapo_text = " ".join(sapo)
    assert snippet(sapo_text, markup, units) == reference_snippet(sapo_text, markup, units)
