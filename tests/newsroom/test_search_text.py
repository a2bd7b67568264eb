"""Search text work without a database: tokens, queries, documents, highlighting."""

import html
import re
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsroom.search_text import (
    MAX_QUERY_LENGTH,
    MAX_UNITS,
    SearchDocument,
    bigrams,
    excerpt,
    highlight,
    html_to_text,
    kept_snippet,
    parse_query,
    resembles_name,
    sapo_length,
    snippet,
    snippet_text,
    tokens,
)
from newsroom.text import search_fold_chars


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Đinh Tiến Dũng", ["dinh", "tien", "dung"]),
        ("ĐINH TIẾN DŨNG", ["dinh", "tien", "dung"]),
        ("Thành uỷ Hà Nội", ["thanh", "uy", "ha", "noi"]),
        ("Thành ủy Hà Nội", ["thanh", "uy", "ha", "noi"]),
        (unicodedata.normalize("NFD", "Nguyễn Thị Thanh Hòa"), ["nguyen", "thi", "thanh", "hoa"]),
        ("Nghị quyết số 15-NQ/TU", ["nghi", "quyet", "so", "15", "nq", "tu"]),
        ("Luật số 27/2022/QH15", ["luat", "so", "27", "2022", "qh15"]),
        ("TP.HCM, Q.1 – ngày 29/4", ["tp", "hcm", "q", "1", "ngay", "29", "4"]),
        ("Người Ê Đê, Ba Na, H'Mông", ["nguoi", "e", "de", "ba", "na", "h", "mong"]),
        ("khóa XV, khoá XV", ["khoa", "xv", "khoa", "xv"]),
        ("Ｈà Ｎội １５", ["ha", "noi", "15"]),  # full-width forms typed on some phones
        ("snake_case__x", ["snake", "case", "x"]),
        ("' OR 1=1 -- <script>", ["or", "1", "1", "script"]),
        ("&|!:*()", []),
        ("", []),
    ],
)
def test_tokens_fold_case_diacritics_and_split_punctuation(text, expected):
    assert tokens(text) == expected


@pytest.mark.parametrize(
    ("raw", "units"),
    [
        ("dinh tien dung", (("dinh",), ("tien",), ("dung",))),
        ("Đinh  Tiến\tDũng", (("dinh",), ("tien",), ("dung",))),
        ("15-NQ/TU", (("15", "nq", "tu"),)),
        ("15 nq tu", (("15",), ("nq",), ("tu",))),
        ('"Thành uỷ Hà Nội" họp', (("thanh", "uy", "ha", "noi"), ("hop",))),
        ('"Thành uỷ', (("thanh",), ("uy",))),  # a lone quote is only punctuation
        ("Hà Nội hà nội HÀ NỘI", (("ha",), ("noi",))),  # repeated units count once
        ("' OR 1=1 --", (("or",), ("1", "1"))),
        ("&|!:*() ''' \"\" -- ;", ()),
        ("\x00\x00", ()),
        ("Hà\x00Nội", (("ha",), ("noi",))),
    ],
)
def test_parse_query_units(raw, units):
    assert parse_query(raw).units == units


def test_tsquery_ands_units_and_chains_tokens_of_a_unit():
    query = parse_query('Đinh Tiến Dũng 15-NQ/TU "Thành ủy"')
    assert query.tsquery() == (
        "('dinh') & ('tien') & ('dung') & ('15' <-> 'nq' <-> 'tu') & ('thanh' <-> 'uy')"
    )
    assert query.patterns() == [" dinh ", " tien ", " dung ", " 15 nq tu ", " thanh uy "]


def test_long_query_is_cut_at_a_word_and_flagged():
    raw = "Đinh Tiến Dũng làm việc với Thành ủy Hà Nội " * 40
    query = parse_query(raw)
    assert query.truncated
    assert len(query.text) <= MAX_QUERY_LENGTH
    assert raw.startswith(query.text)
    assert len(query.units) <= MAX_UNITS
    assert not parse_query("Đinh Tiến Dũng").truncated


def test_document_parts_are_token_lines_in_weight_order():
    document = SearchDocument.build(
        title="Đồng chí Đinh Tiến Dũng thăm Hải Phòng",
        sapo="Sáng 29/4, Bí thư Thành uỷ Hà Nội …",
        body_html="<p>Thực hiện Nghị quyết <b>số 15-NQ/TU</b>,</p><p>thành phố&nbsp;đã…</p>",
        names=["Đinh Tiến Dũng", "Ba Dũng", "", "15-NQ/TU"],
    )
    assert document.text == (
        " dong chi dinh tien dung tham hai phong |sapo| sang 29 4 bi thu thanh uy ha noi"
        " |names| dinh tien dung | ba dung | 15 nq tu"
        " |body| thuc hien nghi quyet so 15 nq tu thanh pho da "
    )
    # A phrase cannot run from one name into the next.
    assert " dung ba " not in document.text


def test_bigrams_pair_adjacent_tokens_but_not_across_names():
    assert bigrams("truong phuong phong") == ["truong_phuong", "phuong_phong"]
    assert bigrams("dinh tien dung | ba dung") == ["dinh_tien", "tien_dung", "ba_dung"]
    assert bigrams("hoi") == [] and bigrams("") == []
    document = SearchDocument.build(
        title="Thành ủy Hà Nội", sapo="", body_html="<p>Hà Nội</p>", names=["Đinh Tiến Dũng"]
    )
    assert document.bigrams() == ["thanh_uy", "uy_ha", "ha_noi", "dinh_tien", "tien_dung"]


def test_query_bigrams_are_the_pairs_each_unit_needs():
    assert parse_query("Đinh Tiến Dũng").bigrams() == []  # three separate words
    phrase, near, words = parse_query("Đinh Tiến Dũng").variants()
    assert phrase.bigrams() == ["dinh_tien", "tien_dung"] and words.bigrams() == []
    assert near.bigrams() == ["dinh_tien", "tien_dung"]  # each syllable beside a neighbour
    assert parse_query("15-NQ/TU hà nội").bigrams() == ["15_nq", "nq_tu"]
    # pairs that cover every token, not every pair
    assert parse_query('"Luật Các tổ chức tín dụng"').bigrams() == [
        "luat_cac", "to_chuc", "tin_dung"
    ]  # fmt: skip
    assert parse_query('"Đinh Tiến Dũng Thành ủy"').bigrams() == [
        "dinh_tien", "dung_thanh", "thanh_uy"
    ]  # fmt: skip
    assert parse_query('"quản lý đất đai"').bigrams() == ["quan_ly", "dat_dai"]
    assert parse_query("dũng").variants() == [parse_query("dũng")]


@pytest.mark.parametrize(
    ("markup", "text"),
    [
        ("<p>Hà Nội</p><p>sáng nay</p>", "Hà Nội sáng nay"),
        ("<a href=\"x>y\" title='a>b'>liên kết</a> tiếp", "liên kết tiếp"),
        ("<p>1 &lt; 2 &amp;&amp; 3 &gt; 2</p>", "1 < 2 && 3 > 2"),
        ("<!-- <p>ẩn</p> --><p>hiện</p>", "hiện"),
        ("", ""),
    ],
)
def test_html_to_text(markup, text):
    assert html_to_text(markup) == text


def test_highlight_marks_original_words_and_joins_a_name_into_one_mark():
    units = parse_query("dinh tien dung 15-nq/tu").units
    title = "Đồng chí Đinh Tiến Dũng chỉ đạo triển khai Nghị quyết 15-NQ/TU"
    assert highlight(title, units) == (
        "Đồng chí <mark>Đinh Tiến Dũng</mark> chỉ đạo triển khai Nghị quyết <mark>15-NQ/TU</mark>"
    )


def test_highlight_matches_whole_words_and_whole_phrases_only():
    units = parse_query("Hà 15-NQ/TU").units
    text = "Hải Phòng, Hà Nam: 15 đại biểu bàn về NQ/TU số 15-NQ/TU"
    assert highlight(text, units) == (
        "Hải Phòng, <mark>Hà</mark> Nam: 15 đại biểu bàn về NQ/TU số <mark>15-NQ/TU</mark>"
    )


def test_highlight_escapes_everything_it_does_not_mark():
    units = parse_query("script dung").units
    out = highlight('<script>alert("Dũng")</script> & Dũng', units)
    assert out == (
        "&lt;<mark>script</mark>&gt;alert(&quot;<mark>Dũng</mark>&quot;)"
        "&lt;/<mark>script</mark>&gt; &amp; <mark>Dũng</mark>"
    )


def test_excerpt_centres_on_the_matches_and_cuts_at_words():
    text = (
        ("Hội nghị thảo luận nhiều nội dung quan trọng của thành phố. " * 8)
        + (
            "Phát biểu kết luận, đồng chí Đinh Tiến Dũng yêu cầu các cấp ủy quán triệt "
            "Nghị quyết 15-NQ/TU đến từng chi bộ. "
        )
        + ("Hội nghị bế mạc lúc 17 giờ cùng ngày. " * 8)
    )
    out = excerpt(text, parse_query("đinh tiến dũng 15-NQ/TU").units, length=200)
    assert out.startswith("…") and out.endswith("…")
    assert "<mark>Đinh Tiến Dũng</mark>" in out
    assert "<mark>15-NQ/TU</mark>" in out
    plain = html.unescape(re.sub(r"</?mark>", "", out)).strip("…")
    assert plain in text
    assert len(plain) <= 200
    assert not plain.startswith(" ") and not plain.endswith(" ")


def test_excerpt_without_a_match_is_the_start_of_the_text():
    text = "Sáng 29/4, Thành ủy Hà Nội tổ chức hội nghị. " * 20
    out = excerpt(text, parse_query("đinh tiến dũng").units, length=100)
    assert out.startswith("Sáng 29/4, Thành ủy Hà Nội") and out.endswith("…")
    assert "<mark>" not in out


@pytest.mark.parametrize(
    ("query", "name", "expected"),
    [
        ("dinh tien dun", "Đinh Tiến Dũng", True),
        ("đinh tiến dũg", "Đinh Tiến Dũng", True),
        ("dihn tien dung", "Đinh Tiến Dũng", True),
        ("tien dung", "Đinh Tiến Dũng", True),
        ("Đinh Tiến Dũng Quốc hội", "Đinh Tiến Dũng", False),
        ("phat trien kinh te", "Đinh Tiến Dũng", False),
        ("vuong dinh hue", "Đinh Tiến Dũng", False),
        ("nguyen phu trong", "Nguyễn Phú Trọng", True),
        ("", "Đinh Tiến Dũng", False),
    ],
)
def test_resembles_name(query, name, expected):
    assert resembles_name(parse_query(query), name) is expected


def test_snippet_prefers_the_sapo_when_it_holds_every_word():
    sapo = "Chiều 12/5, Bí thư Thành ủy Hà Nội Đinh Tiến Dũng làm việc với Hải Phòng."
    body = "<p>" + "Hai bên thống nhất phối hợp. " * 20 + "Đinh Tiến Dũng nhấn mạnh.</p>"
    only_sapo = snippet(sapo, body, parse_query("đinh tiến dũng").units)
    assert only_sapo == sapo.replace("Đinh Tiến Dũng", "<mark>Đinh Tiến Dũng</mark>")
    with_body = snippet(sapo, body, parse_query("dũng nhấn mạnh").units)
    assert with_body.endswith("Đinh Tiến <mark>Dũng nhấn mạnh</mark>.")


@pytest.mark.parametrize(
    ("sapo", "body"),
    [
        ("  Quốc hội\nbiểu quyết   thông qua\tLuật Thủ đô.  ", "<p>Luật  Đất đai\n(sửa đổi).</p>"),
        ("Quốc hội biểu quyết thông qua.", ""),
        ("", "<p>Với 432/477 đại biểu tán thành,</p>\n\n<p>Quốc hội <b>biểu quyết</b>.</p>"),
        ("   ", "<p>  </p>"),
    ],
)
def test_snippet_reads_sapo_and_body_as_one_text_spaced_once(sapo, body):
    """The body's text is spaced once by ``html_to_text`` and the sapo on its own: the same
    excerpt as of the two joined and spaced again."""
    units = parse_query("quốc hội biểu quyết đất đai").units
    joined = excerpt(f"{sapo} {html_to_text(body)}", units)
    assert snippet(sapo, body, units) == joined


def _kept(sapo, body, query):
    text = snippet_text(sapo, body)
    folded = search_fold_chars(text)
    return kept_snippet(text, folded, sapo_length(sapo), parse_query(query).units)


@pytest.mark.parametrize(
    ("sapo", "body", "query"),
    [
        # the sapo holds every word: the excerpt is the sapo's
        (
            "Sáng 3/9, Thủ tướng dự lễ khánh thành cầu Rạch Miễu 2.",
            "<p>Cây cầu dài 17 km nối Tiền Giang với Bến Tre.</p>",
            "rach mieu",
        ),
        # a word only in the body; quotes, dashes and entities as agency copy prints them
        (
            "Đoàn công tác làm việc với tỉnh.",
            "<p>Ông nhấn mạnh: “Phải giải ngân – dứt điểm – vốn đầu tư công&nbsp;năm 2026”.</p>",
            "giải ngân vốn",
        ),
        # a phrase that runs from the sapo's last word into the body's first
        ("Hội nghị Ban Chấp hành Đảng bộ", "<p>tỉnh khóa XVII bế mạc.</p>", "đảng bộ tỉnh"),
        ("", "<p>Không có sapo, chỉ có <b>thân bài</b>.</p>", "than bai"),
        ("Chỉ có sapo.", "", "sapo"),
        ("Không khớp gì cả.", "<p>Cũng không.</p>", "nghị quyết"),
    ],
)
def test_a_kept_snippet_is_the_snippet(sapo, body, query):
    """Cut from the text and fold kept with the story, the snippet is the one cut from its
    sapo and body read again (``articles.site.teasers`` keeps them; search uses them)."""
    assert _kept(sapo, body, query) == snippet(sapo, body, parse_query(query).units)


@given(
    st.text(alphabet="aàảãáạăằẳẵắặâầẩẫấậđêềếệôồốộơờởớợưừứựĐ –“”&;<p>/ .,\n", max_size=80),
    st.text(alphabet="aàảãáạăằẳẵắặâầẩẫấậđêềếệôồốộơờởớợưừứựĐ –“”&;<p>/ .,\n", max_size=300),
    st.sampled_from(["đa", "a đ", "ơ ư", "ạ", "đê ơ", "a"]),
)
def test_a_kept_snippet_is_the_snippet_on_any_text(sapo, body, query):
    assert _kept(sapo, body, query) == snippet(sapo, body, parse_query(query).units)


@given(st.text(max_size=400))
def test_parse_query_never_raises_and_tsquery_has_only_safe_characters(raw):
    query = parse_query(raw)
    assert len(query.text) <= MAX_QUERY_LENGTH
    assert "\x00" not in query.text
    for unit in query.units:
        for token in unit:
            assert re.fullmatch(r"[^\W_]+", token)
    assert not re.search(r"[\\:*!|]", query.tsquery())


@given(st.text(max_size=300), st.text(max_size=60))
def test_highlight_only_adds_marks_to_the_escaped_text(text, raw):
    out = highlight(text, parse_query(raw).units)
    assert html.unescape(re.sub(r"</?mark>", "", out)) == text
    assert "<" not in re.sub(r"</?mark>", "", out)


@given(st.text(max_size=80))
def test_tokens_are_idempotent(text):
    once = tokens(text)
    assert tokens(" ".join(once)) == once


VIETNAMESE_WORDS = [
    "Đinh", "Tiến", "Dũng", "Thành", "uỷ", "ủy", "Hà", "Nội", "nghị", "quyết", "15-NQ/TU",
    "Hải", "Phòng", "đồng", "chí", "Bí", "thư", "Ủy", "ban",
]  # fmt: skip


@given(st.lists(st.sampled_from(VIETNAMESE_WORDS), min_size=1, max_size=30), st.data())
def test_any_word_of_a_text_is_highlighted_when_searched_without_diacritics(words, data):
    text = " ".join(words) + "."
    word = data.draw(st.sampled_from(words))
    units = parse_query(" ".join(tokens(word))).units
    out = highlight(text, units)
    assert "<mark>" in out
    # every marked stretch folds to a sequence containing the word's tokens
    for marked in re.findall(r"<mark>(.*?)</mark>", out):
        assert " ".join(tokens(word)) in " ".join(tokens(html.unescape(marked)))


def test_a_match_must_start_a_word_even_after_a_rejected_one():
    units = (("dinh", "tien"), ("tien", "dung"))
    assert highlight("xdinh tien dung", units) == "xdinh <mark>tien dung</mark>"
    assert highlight("dinh tien, adinh", units) == "<mark>dinh tien</mark>, adinh"
