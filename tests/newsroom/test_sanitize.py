"""newsroom.sanitize.clean_html: hostile HTML and pasted word-processor markup come out clean."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsroom.sanitize import clean_html

HOSTILE = [
    ("<p>Xin chào</p><script>alert('xss')</script>", "<p>Xin chào</p>"),
    ('<p onclick="steal()" onmouseover="x()">Bấm</p>', "<p>Bấm</p>"),
    ('<img src=x onerror="alert(1)">Ảnh', "Ảnh"),
    ('<a href="javascript:alert(1)">xem</a>', '<a rel="noopener noreferrer">xem</a>'),
    ('<a href="JaVaScRiPt:alert(1)">xem</a>', '<a rel="noopener noreferrer">xem</a>'),
    ('<a href="&#106;avascript:alert(1)">xem</a>', '<a rel="noopener noreferrer">xem</a>'),
    ('<a href="data:text/html,&lt;script&gt;">xem</a>', '<a rel="noopener noreferrer">xem</a>'),
    ('<a href="vbscript:msgbox(1)">xem</a>', '<a rel="noopener noreferrer">xem</a>'),
    ('<p style="background:url(javascript:alert(1))">Nền</p>', "<p>Nền</p>"),
    ("<style>body{display:none}</style><p>Nội dung</p>", "<p>Nội dung</p>"),
    ('<iframe src="https://evil.example/">khung</iframe><p>Sau</p>', "<p>Sau</p>"),
    ('<object data="x.swf">dự phòng</object><embed src="x.swf"><p>Sau</p>', "<p>Sau</p>"),
    ('<svg onload="alert(1)"><text>chữ</text><script>alert(1)</script></svg><p>Sau</p>',
     "<p>Sau</p>"),
    ('<math><mi xlink:href="javascript:alert(1)">x</mi></math><p>Sau</p>', "<p>Sau</p>"),
    ('<form action="https://evil.example/"><input name="mat_khau"><button>Gửi</button></form>',
     ""),
    ('<base href="https://evil.example/"><link rel=stylesheet href=x><p>Sau</p>', "<p>Sau</p>"),
    ('<meta http-equiv="refresh" content="0;url=https://evil.example/"><p>Sau</p>',
     "<p>Sau</p>"),
    ("<p>a<!-- bình luận ẩn --></p>", "<p>a</p>"),
    ('<p>Chữ "đẹp" &amp; &lt;b&gt;</p>', '<p>Chữ "đẹp" &amp; &lt;b&gt;</p>'),
    ('<a href="https://baochinhphu.vn/" target="_blank">Báo Chính phủ</a>',
     '<a href="https://baochinhphu.vn/" rel="noopener noreferrer">Báo Chính phủ</a>'),
]  # fmt: skip

PASTED = [
    # Microsoft Word
    (
        '<p class=MsoNormal style="margin-bottom:0cm;line-height:normal">'
        '<span lang=VI style="font-size:13.0pt;font-family:&quot;Times New Roman&quot;">'
        "Chiều 18/1, Quốc hội biểu quyết thông qua Luật Đất đai (sửa đổi).<o:p></o:p></span></p>"
        "<p class=MsoNormal><o:p>&nbsp;</o:p></p>",
        "<p>Chiều 18/1, Quốc hội biểu quyết thông qua Luật Đất đai (sửa đổi).</p>",
    ),
    (
        "<!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View></w:WordDocument>"
        "</xml><![endif]--><p class=MsoNormal><b><span lang=VI>Hà Nội</span></b></p>",
        "<p><b>Hà Nội</b></p>",
    ),
    (
        "<xml><o:DocumentProperties><o:Author>Phòng Thư ký</o:Author></o:DocumentProperties>"
        "</xml><p class=MsoListParagraph style='mso-list:l0 level1 lfo1'>Ý thứ nhất</p>",
        "<p>Ý thứ nhất</p>",
    ),
    # Google Docs: the whole paste wrapped in a false <b>, bold and italic as styled spans
    (
        '<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-7f2c1e">'
        '<p dir="ltr" style="line-height:1.38;margin-top:0pt">'
        '<span style="font-size:11pt;font-weight:700;">Thủ tướng</span>'
        '<span style="font-size:11pt;font-weight:400;"> yêu cầu </span>'
        '<span style="font-style:italic;">khẩn trương</span>'
        '<span style="font-weight:700;font-style:italic"> hoàn thành</span></p><br></b>',
        "<p><strong>Thủ tướng</strong> yêu cầu <em>khẩn trương</em>"
        "<strong><em> hoàn thành</em></strong></p><br>",
    ),
    (
        '<b id="docs-internal-guid-abc"><ul><li dir="ltr"><p dir="ltr">Một</p></li></ul></b>',
        "<ul><li><p>Một</p></li></ul>",
    ),
    # A real <b> stays bold
    ("<p>Đồng chí <b>Tô Lâm</b> phát biểu</p>", "<p>Đồng chí <b>Tô Lâm</b> phát biểu</p>"),
]


@pytest.mark.parametrize(("dirty", "clean"), HOSTILE + PASTED)
def test_clean_html(dirty, clean):
    assert clean_html(dirty) == clean


@pytest.mark.parametrize(("dirty", "clean"), HOSTILE + PASTED)
def test_clean_html_is_idempotent_on_cases(dirty, clean):
    assert clean_html(clean_html(dirty)) == clean_html(dirty)


TAGS = ["p", "b", "i", "span", "a", "script", "svg", "style", "ul", "li", "o:p", "xml", "td"]
ATTRS = [
    "",
    ' style="font-weight:700"',
    ' style="font-weight:normal" id="docs-internal-guid-1"',
    ' onclick="x()"',
    ' href="javascript:alert(1)"',
    ' href="https://vnexpress.net/"',
    " class=MsoNormal",
]
fragment = st.one_of(
    st.text(alphabet="aăâđêôơưĐ ạảấ&<>;\"'", max_size=8),
    st.builds(lambda t, a: f"<{t}{a}>", st.sampled_from(TAGS), st.sampled_from(ATTRS)),
    st.builds(lambda t: f"</{t}>", st.sampled_from(TAGS)),
)


@given(st.lists(fragment, max_size=25).map("".join))
def test_clean_html_property_idempotent_and_free_of_active_content(html):
    once = clean_html(html)
    assert clean_html(once) == once
    lowered = once.lower()
    for bad in ("<script", "<svg", "<style", "javascript:", "onclick", "style=", "<span"):
        assert bad not in lowered


_FRAGMENTS = [
    "<p>", "</p>", "<h2>", "</h2>", "<b>", "</b>", "<strong>", "</strong>", "<em>", "<i>",
    '<b style="font-weight:normal" id="docs-internal-guid-1">', '<span style="font-weight:700">',
    '<span style="font-style:italic">', "<span>", "</span>", "<br>", "<br/>", "<hr>",
    '<a href="http://vnexpress.net/x?a=1&b=2" onclick="x()">', "</a>", '<a href="javascript:x">',
    "<ul>", "<li>", "</li>", "</ul>", "<table><tr><td colspan=2>", "</td></tr></table>",
    "<script>alert(1)</script>", "<style>p{}</style>", "<!-- ghi chú -->", "<blockquote>",
    "&amp;", "&", "&nbsp;", "&#39;", "&#x27;", "<", ">", '"', "'", "\n", " ", "Quốc hội",
    "Thành uỷ Hà Nội", "AT&T", "1 < 2", "<p></p>", "<p>&nbsp;</p>", "<img src=x onerror=y>",
    "<bdi>", "<blink>", "<sPan>", "<B>",
]  # fmt: skip


@settings(max_examples=400)
@given(st.lists(st.sampled_from(_FRAGMENTS), max_size=30).map("".join))
def test_cleaning_without_pasted_tags_skips_the_rewrite_and_gives_the_same_html(html):
    """The rewrite of pasted formatting only runs when the first pass left a <b> or <span>:
    the result is what running it always gives."""
    import nh3

    from newsroom import sanitize as s

    def always_rewritten(html):
        if not html:
            return ""
        first = nh3.clean(
            html,
            tags=s.ALLOWED_TAGS | {"span"},
            clean_content_tags=s.DROPPED_WITH_CONTENT,
            attributes={**s.ALLOWED_ATTRIBUTES, "b": {"id", "style"}, "span": {"style"}},
            url_schemes=s.ALLOWED_URL_SCHEMES,
            strip_comments=True,
        )
        return nh3.clean(
            s._EMPTY_PARAGRAPH_RE.sub("", s._rewrite_pasted_formatting(first)),
            tags=s.ALLOWED_TAGS,
            clean_content_tags=s.DROPPED_WITH_CONTENT,
            attributes=s.ALLOWED_ATTRIBUTES,
            url_schemes=s.ALLOWED_URL_SCHEMES,
            link_rel="noopener noreferrer",
            strip_comments=True,
        ).strip()

    assert clean_html(html) == always_rewritten(html)
