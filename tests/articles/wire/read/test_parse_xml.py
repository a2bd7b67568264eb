"""IPTC NITF 3.x and NewsML-G2 → WireStory, and refusal of unsafe XML."""

from datetime import UTC, datetime

import pytest

from articles.wire.read import WireParseError, detect_format, parse, parse_newsml, parse_nitf
from articles.wire.read.dates import VIETNAM_TZ, parse_datetime
from articles.wire.read.legacy_encodings import encode_cp1258
from newsroom.text import normalize_inline
from tests.paths import WIRE_DATA

DATA = WIRE_DATA


def N(text):
    return normalize_inline(text)


def read(name: str) -> bytes:
    return (DATA / name).read_bytes()


def captions(story):
    return [(c.text, c.credit, c.position) for c in story.captions]


def test_nitf():
    story = parse_nitf(read("nitf_ttxvn.xml"))
    assert story.source_format == "nitf"
    assert story.title == N("Quốc hội thông qua Luật Thủ đô (sửa đổi)")  # hl1 beats head/title
    assert story.guid == "TTXVN-20261125-0142"
    assert story.version == 3
    assert story.published_at == datetime(2026, 11, 25, 9, 30, tzinfo=VIETNAM_TZ)
    assert story.source == "TTXVN"
    assert story.byline == "Minh Châu (TTXVN)"
    assert story.dateline == "Hà Nội, 25/11/2026"
    assert story.sapo == N(
        "Sáng 25/11, với 451/460 đại biểu tán thành, Quốc hội đã biểu quyết thông qua Luật Thủ "
        "đô (sửa đổi), tạo hành lang pháp lý để Hà Nội phát triển nhanh và bền vững."
    )
    assert [b.kind for b in story.blocks] == [
        "paragraph",
        "caption",
        "subheading",
        "paragraph",
        "paragraph",
    ]
    assert story.subheadings == [N("Phân cấp mạnh cho chính quyền thành phố")]
    assert captions(story) == [
        (
            N("Các đại biểu Quốc hội bấm nút biểu quyết thông qua Luật Thủ đô (sửa đổi)."),
            "Doãn Tấn/TTXVN",
            1,
        )
    ]
    # Inline markup is flattened; the end marker is removed.
    assert N("thu hút nhân tài, điều chỉnh mức thu phí") in story.paragraphs[1]
    assert story.paragraphs[-1] == N("Luật có hiệu lực thi hành từ ngày 1/7/2027.")
    assert story.warnings == []


def test_newsml_with_xhtml_body():
    story = parse_newsml(read("newsml_vgp.xml"))
    assert story.source_format == "newsml"
    assert story.guid == "urn:newsml:baochinhphu.vn:20261126:chinh-phu-hop-chuyen-de"
    assert story.version == 2
    assert story.title == N("Chính phủ họp chuyên đề về xây dựng pháp luật tháng 11")
    assert story.published_at == datetime(2026, 11, 26, 16, 40, tzinfo=VIETNAM_TZ)
    assert story.source == N("Báo Điện tử Chính phủ")
    assert story.byline == "Thu Hằng"  # <by>THU HẰNG</by>
    # The dateline in the summary is taken out of the sapo; <dateline> wins.
    assert story.dateline == "Hà Nội"
    assert story.sapo.startswith(N("Chiều 26/11, Thủ tướng Chính phủ chủ trì phiên họp chuyên đề"))
    assert captions(story) == [
        (N("Thủ tướng chủ trì phiên họp chuyên đề về xây dựng pháp luật"), "VGP/Nhật Bắc", 0)
    ]
    assert story.subheadings == [N("Tháo gỡ điểm nghẽn thể chế")]
    assert len(story.paragraphs) == 3
    assert N('"điểm nghẽn của điểm nghẽn"') in story.paragraphs[1]


def test_newsml_message_with_inline_nitf():
    story = parse_newsml(read("newsml_inline_nitf.xml"))
    assert story.guid == "urn:newsml:ttxvn.vn:20261127:mttq"
    assert story.version == 1
    assert story.title == N("Mặt trận Tổ quốc triển khai giám sát chuyên đề năm 2027")
    assert story.published_at == datetime(2026, 11, 27, 7, 55, tzinfo=UTC)
    assert story.source == "TTXVN"
    assert story.dateline == "HÀ NỘI (TTXVN)"
    assert story.sapo.startswith(N("Ngày 27/11, Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam"))
    assert story.paragraphs[-1] == N(
        "Kết quả giám sát sẽ được tổng hợp, báo cáo Quốc hội và Chính phủ trong quý III/2027."
    )
    assert story.byline == "Lan Anh"  # short line after the "/." end marker


def test_newsml_inline_data_plain_text_and_several_items():
    xml = """<?xml version="1.0" encoding="UTF-8"?>
<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><itemSet>
<newsItem guid="urn:a" version="4"><contentSet><inlineData contenttype="text/plain">
Quốc hội bế mạc kỳ họp thứ 10

HÀ NỘI (TTXVN) - Chiều 28/11, Quốc hội khóa XV bế mạc kỳ họp thứ 10 sau 40 ngày làm việc.

Quốc hội đã thông qua 18 luật và 21 nghị quyết quan trọng./.

Minh Châu</inlineData></contentSet></newsItem>
<newsItem guid="urn:b" version="1"/>
</itemSet></newsMessage>"""
    story = parse_newsml(xml.encode("utf-8"))
    assert story.guid == "urn:a"
    assert story.version == 4
    assert story.title == N("Quốc hội bế mạc kỳ họp thứ 10")
    assert story.dateline == "HÀ NỘI (TTXVN)"
    assert story.paragraphs == [N("Quốc hội đã thông qua 18 luật và 21 nghị quyết quan trọng.")]
    assert story.byline == "Minh Châu"
    assert any("2 tin" in warning for warning in story.warnings)


def test_newsml_without_content_warns():
    story = parse_newsml(b'<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="x"/>')
    assert story.guid == "x"
    assert story.version is None
    assert any("không có nội dung" in w for w in story.warnings)


def test_newsml_item_meta_title_is_the_fallback_title():
    xml = (
        '<newsItem guid="y" version="abc"><itemMeta><title>Tin vắn Quốc hội</title></itemMeta>'
        "<contentSet><inlineXML><p>Quốc hội thảo luận về dự án Luật Thủ đô.</p></inlineXML>"
        "</contentSet></newsItem>"
    )
    story = parse_newsml(xml.encode())
    assert story.title == "Tin vắn Quốc hội"
    assert story.version is None  # not a number
    assert story.sapo == N("Quốc hội thảo luận về dự án Luật Thủ đô.")


def test_xml_in_windows_1258():
    xml = (
        b'<?xml version="1.0" encoding="windows-1258"?><nitf><body><body.head><hedline><hl1>'
        + encode_cp1258("Hội nghị Thành ủy")
        + b"</hl1></hedline></body.head><body.content><p>"
        + encode_cp1258("Nghị quyết số 15-NQ/TU được ban hành.")
        + b"</p></body.content></body></nitf>"
    )
    story = parse(xml, name="tin.xml")
    assert story.source_format == "nitf"
    assert story.encoding == "cp1258"
    assert story.title == N("Hội nghị Thành ủy")
    assert story.sapo == N("Nghị quyết số 15-NQ/TU được ban hành.")


def test_xml_with_explicit_encoding():
    xml = '<?xml version="1.0" encoding="utf-8"?><nitf><head><title>Hà Nội</title></head></nitf>'
    story = parse(xml.encode("utf-16"), name="a.xml", encoding="utf-16")
    assert story.title == "Hà Nội"
    assert story.encoding == "utf-16"


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("billion_laughs.xml", "EntitiesForbidden"),
        ("external_entity.xml", "EntitiesForbidden"),
        ("external_dtd.xml", "DTDForbidden"),
    ],
)
@pytest.mark.parametrize("parser", [parse_nitf, parse_newsml])
def test_unsafe_xml_is_refused(name, reason, parser):
    with pytest.raises(WireParseError, match="an toàn") as info:
        parser(read(name))
    assert reason in str(info.value)
    assert "root:" not in str(info.value)  # nothing was read from the file


def test_unsafe_xml_is_refused_through_parse():
    for name in ("billion_laughs.xml", "external_entity.xml", "external_dtd.xml"):
        with pytest.raises(WireParseError, match="refused for safety"):
            parse(read(name), name=name)


def test_parameter_entity_is_refused():
    xml = b'<!DOCTYPE nitf [<!ENTITY % pe SYSTEM "file:///etc/passwd"> %pe;]><nitf/>'
    with pytest.raises(WireParseError, match="an toàn"):
        parse_nitf(xml)


def test_public_nitf_doctype_is_tolerated():
    story = parse_nitf(read("nitf_ttxvn.xml"))
    assert b"<!DOCTYPE nitf PUBLIC" in read("nitf_ttxvn.xml")
    assert story.title


@pytest.mark.parametrize(
    "xml",
    [b"<nitf><head><title>Tin</title></head>", b"<nitf>&khongco;</nitf>", b"not xml at all"],
)
def test_malformed_xml(xml):
    with pytest.raises(WireParseError, match="không hợp lệ"):
        parse_nitf(xml)


def test_wrong_root():
    with pytest.raises(WireParseError, match="NITF"):
        parse_nitf(b"<rss><channel/></rss>")
    with pytest.raises(WireParseError, match="<rss>"):
        parse(b"<?xml version='1.0'?><rss><channel/></rss>", name="tin.xml")
    with pytest.raises(WireParseError, match="NewsML-G2"):
        parse_newsml(b"<nitf/>")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("20261125T093000+0700", datetime(2026, 11, 25, 9, 30, tzinfo=VIETNAM_TZ)),
        ("2026-11-25T09:30:00+07:00", datetime(2026, 11, 25, 9, 30, tzinfo=VIETNAM_TZ)),
        ("2026-11-25T02:30:00Z", datetime(2026, 11, 25, 2, 30, tzinfo=UTC)),
        ("20261125T093000", datetime(2026, 11, 25, 9, 30, tzinfo=VIETNAM_TZ)),
        ("20261125", datetime(2026, 11, 25, tzinfo=VIETNAM_TZ)),
        ("2026-11-25 09:30", datetime(2026, 11, 25, 9, 30, tzinfo=VIETNAM_TZ)),
        ("25/11/2026 08:30", datetime(2026, 11, 25, 8, 30, tzinfo=VIETNAM_TZ)),
        ("5/1/2026", datetime(2026, 1, 5, tzinfo=VIETNAM_TZ)),
        ("25-11-2026 08:30:15", datetime(2026, 11, 25, 8, 30, 15, tzinfo=VIETNAM_TZ)),
        ("31/02/2026", None),
        ("hôm qua", None),
        ("20261345", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_datetime(value, expected):
    assert parse_datetime(value) == expected


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("nitf_ttxvn.xml", "nitf"),
        ("newsml_vgp.xml", "newsml"),
        ("newsml_inline_nitf.xml", "newsml"),
        ("billion_laughs.xml", "nitf"),
        ("page_baodientu.html", "html"),
        ("ttxvn_hanoi.txt", "text"),
        ("bom_nbsp_plo.txt", "text"),
    ],
)
def test_detect_format_by_content(name, fmt):
    data = read(name)
    assert detect_format(data, name) == fmt
    # The content decides, whatever the file is called.
    assert detect_format(data, "tin-bai.bin") == fmt
    assert detect_format(data, "") == fmt


@pytest.mark.parametrize(
    ("data", "name", "fmt"),
    [
        (b"<?xml version='1.0'?><!-- tin --><nitf/>", "x", "nitf"),
        (b"<!DOCTYPE nitf SYSTEM 'nitf.dtd'><x/>", "x", "nitf"),
        (b'<ns:newsItem xmlns:ns="http://iptc.org/std/nar/2006-10-01/"/>', "x", "newsml"),
        (b"<!doctype html><title>x</title>", "x.txt", "html"),
        (b"<div><p>Tin</p></div>", "x", "html"),
        (b"<root><item>x</item></root>", "tin.newsml", "newsml"),
        (b"<root><item>x</item></root>", "tin.nitf", "nitf"),
        (b"<root><item>x</item></root>", "tin.htm", "html"),
        (b"<?xml version='1.0'?><rss/>", "tin.xml", "nitf"),  # parse_nitf then says what it is
        (b"Tin nhanh: <b>x</b>", "tin.html", "text"),  # prose that merely contains a tag
        ("<nitf/>".encode("utf-16"), "x", "nitf"),
        ("<nitf/>".encode("utf-16-le"), "x", "nitf"),
        ("\ufeff<html><body>x</body></html>".encode(), "x", "html"),
    ],
)
def test_detect_format_edge_cases(data, name, fmt):
    assert detect_format(data, name) == fmt


def test_parse_with_forced_format():
    data = read("ttxvn_hanoi.txt")
    with pytest.raises(WireParseError, match="không được hỗ trợ"):
        parse(data, name="x", format="rtf")
    story = parse(read("nitf_ttxvn.xml"), name="x", format="nitf")
    assert story.source_format == "nitf"
    assert story.encoding == "utf-8"


def test_html_entities_in_xml_are_read_as_characters():
    # CMS exports leave HTML's &nbsp; &ocirc; in NITF; XML does not define them.
    story = parse_nitf(
        "<nitf><body><body.head><hedline><hl1>Tin</hl1></hedline></body.head><body.content>"
        "<p>Sáng 24/11, đồng chí <b><i>Trần&nbsp;Quốc Hưng</i></b> chủ trì hội nghị Ban "
        "Thường vụ Tỉnh ủy Gia Lai &ndash; kiểm điểm năm 2026.</p>"
        "<p></p><p>   </p><p>H&ocirc;m nay &amp; ng&agrave;y mai.</p>"
        "</body.content></body></nitf>".encode()
    )
    assert story.sapo == N(
        "Sáng 24/11, đồng chí Trần Quốc Hưng chủ trì hội nghị Ban Thường vụ Tỉnh ủy Gia Lai "
        "– kiểm điểm năm 2026."
    )
    assert story.paragraphs == [N("Hôm nay & ngày mai.")]


def test_nitf_with_blocks_media_byttl_and_tagline():
    story = parse(read("nitf_blocks_media.xml"), name="x")
    assert story.title == N("Chủ tịch nước tiếp Đại sứ các nước trình Quốc thư")
    assert story.byline == N("Ngọc Anh")  # <byttl> is the writer's job, not the name
    assert story.dateline == N("Hà Nội, 23/11")
    assert story.guid == "TTXVN-2026-11-23-0456"
    assert story.version == 2
    assert story.published_at == datetime(2026, 11, 23, 8, 30, tzinfo=VIETNAM_TZ)
    assert story.subheadings == [N("Thúc đẩy hợp tác thực chất")]
    assert captions(story) == [
        (N("Chủ tịch nước Lương Văn Tâm tiếp Đại sứ nước ngoài."), "Thống Nhất/TTXVN", 1)
    ]


def test_nitf_body_sent_as_cdata_html():
    story = parse(read("nitf_cdata_body.xml"), name="x")
    assert story.title == N('Thành ủy Đà Nẵng & các quận "chốt" nhân sự')
    assert story.sapo == N(
        "Chiều 24/11, Ban Thường vụ Thành ủy Đà Nẵng họp bàn phương án nhân sự các quận sau "
        "sắp xếp."
    )
    assert story.paragraphs == [
        N("Bí thư Thành ủy Hồ Văn Nam yêu cầu hoàn thành trước ngày 15/12.")
    ]
    assert "<" not in story.sapo


def test_newsml_escaped_html_in_inline_data():
    story = parse_newsml(
        b'<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="g1"><contentMeta>'
        b"<headline>Tin</headline></contentMeta><contentSet>"
        b'<inlineData contenttype="text/html">&lt;p&gt;S\xc3\xa1ng 24/11, H\xc4\x90ND t\xe1\xbb'
        b"\x89nh h\xe1\xbb\x8dp b\xe1\xba\xa5t th\xc6\xb0\xe1\xbb\x9dng.&lt;/p&gt;"
        b"&lt;p&gt;K\xe1\xbb\xb3 h\xe1\xbb\x8dp b\xe1\xba\xa7u b\xe1\xbb\x95 sung nh\xc3"
        b"\xa2n s\xe1\xbb\xb1.&lt;/p&gt;</inlineData></contentSet></newsItem>"
    )
    assert story.sapo == N("Sáng 24/11, HĐND tỉnh họp bất thường.")
    assert story.paragraphs == [N("Kỳ họp bầu bổ sung nhân sự.")]


def test_newsml_xhtml_body_with_roles():
    story = parse(read("newsml_xhtml_roles.xml"), name="x")
    # The role="hlrole:short" headline and the <h1> repeating the title are not used.
    assert story.title == N("Quốc hội chất vấn Bộ trưởng Bộ Nội vụ về tinh gọn bộ máy")
    assert story.sapo.startswith(N("Sáng 21/11, Quốc hội chất vấn"))
    assert story.byline == N("Minh Thư")  # the creator, not the editor (contributor)
    assert story.source == "VietnamPlus"
    assert story.version == 3
    assert story.published_at == datetime(2026, 11, 21, 9, 0, tzinfo=VIETNAM_TZ)
    assert story.subheadings == [N("Chế độ cho người nghỉ việc")]
    assert captions(story) == [(N("Bộ trưởng Đỗ Thanh Hà trả lời chất vấn."), "Doãn Tấn/TTXVN", 3)]


def test_newsml_package_item_is_refused_with_a_clear_message():
    with pytest.raises(WireParseError, match="packageItem"):
        parse(
            b'<packageItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="p1"><groupSet>'
            b'<group id="G1"><itemRef residref="urn:ttxvn:1"/></group></groupSet></packageItem>',
            name="goi.xml",
        )


def test_newsml_prefers_the_item_language_and_the_markup_rendition():
    # An English headline first, then the Vietnamese one; inlineData before inlineXML.
    story = parse(read("newsml_two_languages_two_renditions.xml"), name="x")
    assert story.title == N("Bộ trưởng Quốc phòng tiếp đoàn đại biểu quân sự")
    assert story.byline == N("Hồng Sơn")
    assert story.paragraphs == [N("Hai bên trao đổi về hợp tác quốc phòng song phương.")]
    assert captions(story) == [(N("Quang cảnh buổi tiếp."), N("Trọng Hải"), 1)]


def test_newsml_picture_caption_description_is_not_the_sapo():
    story = parse_newsml(
        '<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="p1"><contentMeta>'
        "<headline>Chủ tịch Quốc hội tiếp đoàn đại biểu</headline>"
        '<description role="drol:caption">Chủ tịch Quốc hội tiếp đoàn. Ảnh: Doãn Tấn</description>'
        '</contentMeta><contentSet><remoteContent href="a.jpg"/></contentSet></newsItem>'.encode()
    )
    assert story.sapo == ""
    assert any("không có nội dung" in w for w in story.warnings)


def test_nitf_release_date_when_there_is_no_issue_date():
    story = parse_nitf(
        b'<nitf><head><docdata><date.release norm="20261124T170000+0700"/></docdata></head>'
        b"<body><body.content><p>Tin.</p></body.content></body></nitf>"
    )
    assert story.published_at == datetime(2026, 11, 24, 17, 0, tzinfo=VIETNAM_TZ)


def test_xml_declared_utf8_but_written_in_windows_1258():
    story = parse(read("nitf_cp1258_declared_utf8.xml"), name="bt.xml")
    assert story.encoding == "cp1258"
    assert story.title == N("Hội đồng nhân dân tỉnh Bến Tre họp chuyên đề")
    assert story.paragraphs == [N("Chủ tịch HĐND tỉnh Hồ Thị Hoàng Yến chủ trì kỳ họp.")]
    assert any("khai báo bảng mã UTF-8" in w for w in story.warnings)


def test_utf8_xml_with_a_broken_byte_is_still_malformed():
    data = read("nitf_ttxvn.xml")
    at = data.index("Quốc hội".encode()) + 2
    with pytest.raises(WireParseError, match="không hợp lệ"):
        parse(data[:at] + b"\xff" + data[at + 1 :], name="x")
