"""Decoding wire files: UTF-8/UTF-16/Windows-1258 and the legacy TCVN3 and VNI encodings."""

import codecs
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from articles.wire.read import WireDecodeError, decode, parse
from articles.wire.read.decode import detect_encoding, syllable_score
from articles.wire.read.legacy_encodings import (
    TCVN3_TABLE,
    VIETNAMESE_LETTERS,
    VNI_TABLE,
    decode_tcvn3,
    decode_vni,
    encode_cp1258,
    encode_tcvn3,
    encode_vni,
)
from newsroom.text import normalize, normalize_inline
from tests.paths import WIRE_DATA

DATA = WIRE_DATA
STORY = (DATA / "encoded_story.txt").read_text(encoding="utf-8")


def encodings_of(text: str) -> dict[str, bytes]:
    """The same text in every encoding the importer reads, as the agencies send it."""
    return {
        "utf-8": text.encode("utf-8"),
        "utf-8 BOM": codecs.BOM_UTF8 + text.encode("utf-8"),
        "utf-16 BOM": text.encode("utf-16"),
        "utf-16-le without BOM": text.encode("utf-16-le"),
        "utf-16-be without BOM": text.encode("utf-16-be"),
        "cp1258": encode_cp1258(text),
        "tcvn3": encode_tcvn3(text),
        "vni": encode_vni(text),
        "utf-8 decomposed (NFD)": unicodedata.normalize("NFD", text).encode("utf-8"),
    }


EXPECTED_NAME = {
    "utf-8": "utf-8",
    "utf-8 BOM": "utf-8",
    "utf-16 BOM": "utf-16",
    "utf-16-le without BOM": "utf-16",
    "utf-16-be without BOM": "utf-16",
    "cp1258": "cp1258",
    "tcvn3": "tcvn3",
    "vni": "vni",
    "utf-8 decomposed (NFD)": "utf-8",
}


@pytest.mark.parametrize("variant", list(EXPECTED_NAME))
def test_auto_detects_each_encoding_of_the_same_story(variant):
    data = encodings_of(STORY)[variant]
    decoded = decode(data)
    assert decoded.encoding == EXPECTED_NAME[variant]
    assert decoded.text == normalize(STORY)
    assert detect_encoding(data) == EXPECTED_NAME[variant]


@pytest.mark.parametrize("variant", ["utf-16 BOM", "cp1258", "tcvn3", "vni"])
def test_whole_pipeline_reads_the_encoded_story_the_same(variant):
    reference = parse(STORY.encode("utf-8"), name="tin.txt")
    story = parse(encodings_of(STORY)[variant], name="tin.txt")
    assert story.encoding == EXPECTED_NAME[variant]
    assert story.source_format == "text"
    assert story.title == normalize_inline("Thành ủy Hà Nội quán triệt Nghị quyết số 15-NQ/TU")
    assert (story.title, story.sapo, story.blocks, story.captions, story.byline) == (
        reference.title,
        reference.sapo,
        reference.blocks,
        reference.captions,
        reference.byline,
    )
    assert story.captions[0].credit == "Hải Yến"
    assert story.byline == "Minh Châu"


@pytest.mark.parametrize(
    "phrase",
    [
        "Nghị quyết số 15-NQ/TU của Thành ủy",
        "Hà Nội",
        "HĐND thành phố khóa XVI",
        "Đồng chí Bí thư phát biểu kết luận hội nghị.",
    ],
)
@pytest.mark.parametrize(
    ("name", "encoder"), [("cp1258", encode_cp1258), ("tcvn3", encode_tcvn3), ("vni", encode_vni)]
)
def test_short_phrases_are_detected_too(phrase, name, encoder):
    decoded = decode(encoder(phrase))
    assert decoded.encoding == name
    assert decoded.text == normalize(phrase)


@pytest.mark.parametrize(
    ("requested", "encoder", "reported"),
    [
        ("utf-8", lambda t: t.encode("utf-8"), "utf-8"),
        ("UTF8", lambda t: t.encode("utf-8"), "utf-8"),
        ("utf-16", lambda t: t.encode("utf-16"), "utf-16"),
        ("utf-16-le", lambda t: t.encode("utf-16-le"), "utf-16"),
        ("windows-1258", encode_cp1258, "cp1258"),
        ("cp1258", encode_cp1258, "cp1258"),
        ("TCVN3", encode_tcvn3, "tcvn3"),
        ("abc", encode_tcvn3, "tcvn3"),
        ("vni", encode_vni, "vni"),
        ("VNI-Windows", encode_vni, "vni"),
    ],
)
def test_explicit_encoding(requested, encoder, reported):
    decoded = decode(encoder(STORY), requested)
    assert decoded.encoding == reported
    assert decoded.text == normalize(STORY)


def test_other_python_codecs_are_accepted_by_name():
    decoded = decode("Hà Nội".encode("utf-32"), "utf-32")
    assert decoded == decoded.__class__(text="Hà Nội", encoding="utf-32")


def test_explicit_encoding_that_does_not_fit_is_an_error():
    with pytest.raises(WireDecodeError, match="utf-8"):
        decode(encode_cp1258(STORY), "utf-8")


def test_unknown_encoding_name_is_an_error():
    with pytest.raises(WireDecodeError, match="không được hỗ trợ"):
        decode(b"abc", "klingon-8")


@pytest.mark.parametrize(
    "data",
    [
        bytes(range(256)) * 4,
        b"\x00\x01\x02\x03\x04\x05" * 50,
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10",
    ],
)
def test_binary_data_is_refused(data):
    with pytest.raises(WireDecodeError):
        decode(data)


def test_empty_input():
    assert decode(b"").text == ""
    assert decode(b"").encoding == "utf-8"


def test_text_is_normalised():
    raw = "Thành ủy\u00a0Hà Nội\r\n\r\n\r\n\r\nNghị\u200b quyết  số 15"
    decoded = decode(raw.encode("utf-8"))
    assert decoded.text == normalize(raw)
    assert "\r" not in decoded.text
    assert "\u00a0" not in decoded.text
    assert "\u200b" not in decoded.text
    assert "\n\n\n" not in decoded.text


def test_cp1258_combining_tones_are_composed():
    data = encode_cp1258("Nghị quyết")
    assert b"\xf2" in data  # the dot below arrives as a separate combining byte
    assert decode(data).text == "Nghị quyết"


@given(st.binary(max_size=300))
@settings(max_examples=200, deadline=None)
def test_decode_raises_only_wire_decode_error(data):
    try:
        decoded = decode(data)
    except WireDecodeError:
        return
    assert isinstance(decoded.text, str)
    assert decoded.encoding in {"utf-8", "utf-16", "cp1258", "tcvn3", "vni"}


# --------------------------------------------------------------------------------------
# The legacy tables themselves
# --------------------------------------------------------------------------------------


def test_the_alphabet_has_134_precomposed_letters():
    assert len(VIETNAMESE_LETTERS) == 134
    assert len(set(VIETNAMESE_LETTERS)) == 134
    assert all(unicodedata.is_normalized("NFC", letter) for letter in VIETNAMESE_LETTERS)


def test_vni_table_covers_every_letter_and_round_trips():
    assert set(VNI_TABLE) == set(VIETNAMESE_LETTERS)
    assert len(set(VNI_TABLE.values())) == 134  # no two letters share a byte sequence
    for letter in VIETNAMESE_LETTERS:
        assert decode_vni(encode_vni(letter)) == letter
        assert decode_vni(b"x" + encode_vni(letter) + b"x") == f"x{letter}x"


def test_tcvn3_table_has_every_lower_case_letter_and_the_seven_capitals():
    lower = {c for c in VIETNAMESE_LETTERS if c.islower()}
    assert set(TCVN3_TABLE.values()) == lower | set("ĂÂÊÔƠƯĐ")
    assert len(TCVN3_TABLE) == 74
    for letter in lower:
        # (at the start of a line a toned letter is taken as a capital: see the next test)
        assert decode_tcvn3(b"x" + encode_tcvn3(letter)) == f"x{letter}"


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        # Known code points of the ABC keyboard/.VnTime fonts.
        (b"H\xb5 N\xe9i", "Hà Nội"),
        (b"Ngh\xde quy\xd5t", "Nghị quyết"),
        (b"\xa7\xb9i h\xe9i \xae\xb6ng", "Đại hội đảng"),
        (b"Th\xb5nh \xf1y", "Thành ủy"),
    ],
)
def test_tcvn3_known_bytes(raw, text):
    assert decode_tcvn3(raw) == text


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        (b"Ha\xf8 No\xe4i", "Hà Nội"),
        (b"Ngh\xf2 quye\xe1t", "Nghị quyết"),
        (b"\xd1a\xefi ho\xe4i \xf1a\xfbng", "Đại hội đảng"),
        (b"Tha\xf8nh u\xfby", "Thành ủy"),
        (b"HA\xd8 NO\xc4I", "HÀ NỘI"),
        (b"ng\xf6\xf4\xf8i", "người"),
        (b"Chi ph\xed che\xe1t v\xec", "Chi phí chết vì"),
        # lenient spellings: ỵ as y + dot, í as i + acute, a mark in the other case
        (b"Ly\xef", "Lỵ"),
        (b"Chi phi\xf9", "Chi phí"),
        (b"A\xf9", "Á"),
    ],
)
def test_vni_known_bytes(raw, text):
    assert decode_vni(raw) == text


@pytest.mark.parametrize(
    ("text", "restored"),
    [
        # Words set in capitals come back in capitals...
        ("HÀ NỘI", "HÀ NỘI"),
        ("ĐẠI HỘI ĐẢNG BỘ LẦN THỨ XVIII", "ĐẠI HỘI ĐẢNG BỘ LẦN THỨ XVIII"),
        ("Hội nghị BAN CHẤP HÀNH Đảng bộ", "Hội nghị BAN CHẤP HÀNH Đảng bộ"),
        # ...and so does a toned capital opening a sentence...
        (
            "Ủy ban nhân dân. Ông Nguyễn Văn An phát biểu.",
            "Ủy ban nhân dân. Ông Nguyễn Văn An phát biểu.",
        ),
        ("“Ấn tượng” lắm", "“Ấn tượng” lắm"),
        # ...but a toned capital inside a sentence cannot be told from lower case.
        ("Chủ tịch Ủy ban", "Chủ tịch ủy ban"),
        ("Hà Nội ở đâu", "Hà Nội ở đâu"),
        ("HỘI NGHỊ. Hà Nội", "HỘI NGHỊ. Hà Nội"),
    ],
)
def test_tcvn3_capitals(text, restored):
    assert decode_tcvn3(encode_tcvn3(text)) == restored


def test_cp1258_encoder_writes_every_letter():
    for letter in VIETNAMESE_LETTERS:
        assert unicodedata.normalize("NFC", encode_cp1258(letter).decode("cp1258")) == letter


def test_syllable_score_prefers_the_right_decoding():
    data = encode_vni(STORY)
    right = syllable_score(decode_vni(data))
    wrong = syllable_score(data.decode("cp1258"))
    assert right > 20
    assert wrong < 0
    assert syllable_score("Hello world") == 0


@pytest.mark.parametrize(
    "data, endian",
    [
        ("Quốc hội thông qua Luật Thủ đô".encode("utf-16-le"), "utf-16-le"),
        ("Quốc hội thông qua Luật Thủ đô".encode("utf-16-be"), "utf-16-be"),
        ("Quốc hội".encode() * 2000, None),  # over the 8 KB sample, no NUL
        (b"\x00a" * 5000 + b"\x00", "utf-16-be"),  # odd length, sample cut at 8 KB
        (b"a\x00" * 3 + b"\x00\x00" * 2, None),  # NULs on both sides
        (b"a\x00", None),  # too short to tell
    ],
)
def test_utf16_sniffed_from_the_side_of_the_nul_bytes(data, endian):
    from articles.wire.read.decode import sniff_utf16

    assert sniff_utf16(data) == endian


@pytest.mark.parametrize(("encoder", "expected"), [(encode_tcvn3, "tcvn3"), (encode_vni, "vni")])
def test_html_page_declaring_windows_1258_but_typed_in_a_legacy_font(encoder, expected):
    # Pages typed with .VnTime (TCVN3) or VNI-Times fonts declare windows-1258 or -1252.
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258">'
        '</head><body><div class="content"><h1>Hội nghị Ban Chấp hành Đảng bộ huyện</h1>'
        "<p>Ngày 24/11, Ban Chấp hành Đảng bộ huyện Yên Thế tổ chức hội nghị lần thứ 18.</p>"
        "<p>Bí thư Huyện ủy Nguyễn Đức Thắng chủ trì hội nghị.</p></div></body></html>"
    )
    story = parse(encoder(html), name="yt.html")
    assert story.encoding == expected
    assert story.title == normalize("Hội nghị Ban Chấp hành Đảng bộ huyện")
    assert story.paragraphs == [normalize("Bí thư Huyện ủy Nguyễn Đức Thắng chủ trì hội nghị.")]
    assert any("windows-1258" in warning for warning in story.warnings)


def test_html_page_really_in_windows_1258_keeps_its_declared_charset():
    html = (
        '<html><head><meta charset="windows-1258"></head><body><div><h1>Tỉnh ủy họp</h1>'
        "<p>Sáng 24/11, Ban Thường vụ Tỉnh ủy họp phiên thường kỳ tháng 11.</p>"
        "<p>Hội nghị thống nhất nhiều nội dung quan trọng.</p></div></body></html>"
    )
    story = parse(encode_cp1258(html), name="x.html")
    assert story.encoding == "cp1258"
    assert story.warnings == []
