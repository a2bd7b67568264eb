"""Legacy Vietnamese 8-bit font encodings: TCVN3 (ABC) and VNI-Windows.

Before Unicode, Vietnamese newsrooms typed with fonts whose glyphs sit on ordinary 8-bit
code points: a file saved from such a font is a stream of Windows-1252 bytes that only
looks Vietnamese when displayed in the right font. Python has no codec for them, so the
tables below map those bytes back to Unicode (NFC).

Sources of the tables
---------------------
* TCVN3 ("ABC", fonts ``.VnTime``, ``.VnArial``...): the 8-bit "VN3" layout of the
  national standard TCVN 5712:1993 ("Công nghệ thông tin - Bộ mã chuẩn 8-bit kí tự Việt
  dùng trong trao đổi thông tin"), as implemented by the ABC keyboard driver and the
  ``.Vn*`` fonts. Each of the 12 vowels occupies five consecutive slots in the order
  huyền, hỏi, ngã, sắc, nặng (grave, hook, tilde, acute, dot), starting at 0xB5 for ``a``;
  0xA1-0xA7 hold the upper-case letters Ă Â Ê Ô Ơ Ư Đ and 0xA8-0xAE their lower-case
  forms. The table was cross-checked entry by entry against the independent, corpus-derived
  TCVN3 table of the MIT-licensed ``viparse`` package (0.1.31), which agrees on all 74 codes.
* VNI ("VNI-Windows", fonts ``VNI-Times``, ``VNI-Helve``...): the layout of VNI
  Software's Windows fonts (the charset converters such as UniKey call "VNI Windows"). A
  toned letter is the ASCII base letter followed by one mark byte (lower-case marks
  0xE0-0xFC, upper-case marks 0xC0-0xDC: the upper-case mark is the lower-case one minus
  0x20). Nine letters are single bytes: ơ=0xF4, ư=0xF6, đ=0xF1, í=0xED, ì=0xEC, ỉ=0xE6,
  ĩ=0xF3, ị=0xF2, ỵ=0xEE (upper case: minus 0x20); the toned forms of ơ and ư are those
  single bytes followed by a tone mark. Cross-checked against the corpus-derived VNI table
  of ``viparse`` 0.1.31: all 132 of its entries decode the same here. It lacks ẳ/Ẳ (the
  breve+hook mark 0xFA/0xDA, inferred here from the breve row: ắ ằ ẳ ẵ ặ = 0xE9 0xE8 0xFA
  0xFC 0xEB), and writes ỵ as ``y`` + dot and ì/í as ``i`` + tone where the fonts have the
  single bytes 0xEE, 0xEC, 0xED; the decoder accepts both spellings.

Both encodings keep ASCII as is; any byte that is not part of a Vietnamese letter is read
as Windows-1252 (curly quotes, dashes, ellipsis typed in those fonts come through right),
and the five bytes Windows-1252 leaves undefined are read as Latin-1.

TCVN3 has no upper-case *toned* letters at all: a heading is typed with the same lower-case
codes in an upper-case font (``.VnTimeH``). :func:`decode_tcvn3` restores upper case for
words that are clearly written in capitals (see :func:`_restore_capitals`); an isolated
capitalised word such as ``Hà`` is left in title case.

Why not a PyPI package: ``vniencoder`` implements the VNI *typing method* (``a1`` → á), not
the VNI font encoding; ``viparse`` is a large document loader whose tables are incomplete
(see above) and which was not worth a dependency for two tables.
"""

from __future__ import annotations

import re
import unicodedata

from newsroom.text import split_tones

__all__ = [
    "TCVN3_TABLE",
    "VIETNAMESE_LETTERS",
    "VNI_TABLE",
    "decode_tcvn3",
    "decode_vni",
    "encode_cp1258",
    "encode_tcvn3",
    "encode_vni",
]

#: The 134 precomposed letters of the Vietnamese alphabet that are not plain ASCII:
#: 67 lower-case (12 vowels x 5 tones + ă â ê ô ơ ư đ) and their 67 upper-case forms.
_LOWER_LETTERS = (
    "àảãáạ" "ăằẳẵắặ" "âầẩẫấậ"
    "èẻẽéẹ" "êềểễếệ"
    "ìỉĩíị"
    "òỏõóọ" "ôồổỗốộ" "ơờởỡớợ"
    "ùủũúụ" "ưừửữứự"
    "ỳỷỹýỵ"
    "đ"
)  # fmt: skip
VIETNAMESE_LETTERS: str = _LOWER_LETTERS + _LOWER_LETTERS.upper()

# --------------------------------------------------------------------------------------
# TCVN3 (ABC): one byte per letter.
# --------------------------------------------------------------------------------------

#: TCVN3 byte -> Unicode letter (74 codes: 67 lower-case letters + Ă Â Ê Ô Ơ Ư Đ).
TCVN3_TABLE: dict[int, str] = {
    # upper-case letters without tone (the only upper-case letters TCVN3 has)
    0xA1: "Ă", 0xA2: "Â", 0xA3: "Ê", 0xA4: "Ô", 0xA5: "Ơ", 0xA6: "Ư", 0xA7: "Đ",
    # lower-case letters without tone
    0xA8: "ă", 0xA9: "â", 0xAA: "ê", 0xAB: "ô", 0xAC: "ơ", 0xAD: "ư", 0xAE: "đ",
    # a: huyền hỏi ngã sắc nặng
    0xB5: "à", 0xB6: "ả", 0xB7: "ã", 0xB8: "á", 0xB9: "ạ",
    # ă
    0xBB: "ằ", 0xBC: "ẳ", 0xBD: "ẵ", 0xBE: "ắ", 0xC6: "ặ",
    # â
    0xC7: "ầ", 0xC8: "ẩ", 0xC9: "ẫ", 0xCA: "ấ", 0xCB: "ậ",
    # e
    0xCC: "è", 0xCE: "ẻ", 0xCF: "ẽ", 0xD0: "é", 0xD1: "ẹ",
    # ê
    0xD2: "ề", 0xD3: "ể", 0xD4: "ễ", 0xD5: "ế", 0xD6: "ệ",
    # i
    0xD7: "ì", 0xD8: "ỉ", 0xDC: "ĩ", 0xDD: "í", 0xDE: "ị",
    # o
    0xDF: "ò", 0xE1: "ỏ", 0xE2: "õ", 0xE3: "ó", 0xE4: "ọ",
    # ô
    0xE5: "ồ", 0xE6: "ổ", 0xE7: "ỗ", 0xE8: "ố", 0xE9: "ộ",
    # ơ
    0xEA: "ờ", 0xEB: "ở", 0xEC: "ỡ", 0xED: "ớ", 0xEE: "ợ",
    # u
    0xEF: "ù", 0xF1: "ủ", 0xF2: "ũ", 0xF3: "ú", 0xF4: "ụ",
    # ư
    0xF5: "ừ", 0xF6: "ử", 0xF7: "ữ", 0xF8: "ứ", 0xF9: "ự",
    # y
    0xFA: "ỳ", 0xFB: "ỷ", 0xFC: "ỹ", 0xFD: "ý", 0xFE: "ỵ",
}  # fmt: skip

_TCVN3_ENCODE: dict[str, int] = {char: code for code, char in TCVN3_TABLE.items()}

# --------------------------------------------------------------------------------------
# VNI-Windows: base letter + mark byte.
# --------------------------------------------------------------------------------------

#: Unicode letter -> VNI bytes, for all 134 letters (lower case, then upper case).
VNI_TABLE: dict[str, bytes] = {
    # a
    "à": b"a\xf8", "ả": b"a\xfb", "ã": b"a\xf5", "á": b"a\xf9", "ạ": b"a\xef",
    # ă
    "ă": b"a\xea", "ằ": b"a\xe8", "ẳ": b"a\xfa", "ẵ": b"a\xfc", "ắ": b"a\xe9", "ặ": b"a\xeb",
    # â
    "â": b"a\xe2", "ầ": b"a\xe0", "ẩ": b"a\xe5", "ẫ": b"a\xe3", "ấ": b"a\xe1", "ậ": b"a\xe4",
    # e
    "è": b"e\xf8", "ẻ": b"e\xfb", "ẽ": b"e\xf5", "é": b"e\xf9", "ẹ": b"e\xef",
    # ê
    "ê": b"e\xe2", "ề": b"e\xe0", "ể": b"e\xe5", "ễ": b"e\xe3", "ế": b"e\xe1", "ệ": b"e\xe4",
    # i (single bytes)
    "ì": b"\xec", "ỉ": b"\xe6", "ĩ": b"\xf3", "í": b"\xed", "ị": b"\xf2",
    # o
    "ò": b"o\xf8", "ỏ": b"o\xfb", "õ": b"o\xf5", "ó": b"o\xf9", "ọ": b"o\xef",
    # ô
    "ô": b"o\xe2", "ồ": b"o\xe0", "ổ": b"o\xe5", "ỗ": b"o\xe3", "ố": b"o\xe1", "ộ": b"o\xe4",
    # ơ (single byte 0xF4, then tone)
    "ơ": b"\xf4", "ờ": b"\xf4\xf8", "ở": b"\xf4\xfb", "ỡ": b"\xf4\xf5", "ớ": b"\xf4\xf9",
    "ợ": b"\xf4\xef",
    # u
    "ù": b"u\xf8", "ủ": b"u\xfb", "ũ": b"u\xf5", "ú": b"u\xf9", "ụ": b"u\xef",
    # ư (single byte 0xF6, then tone)
    "ư": b"\xf6", "ừ": b"\xf6\xf8", "ử": b"\xf6\xfb", "ữ": b"\xf6\xf5", "ứ": b"\xf6\xf9",
    "ự": b"\xf6\xef",
    # y (ỵ is a single byte)
    "ỳ": b"y\xf8", "ỷ": b"y\xfb", "ỹ": b"y\xf5", "ý": b"y\xf9", "ỵ": b"\xee",
    # đ
    "đ": b"\xf1",
    # A
    "À": b"A\xd8", "Ả": b"A\xdb", "Ã": b"A\xd5", "Á": b"A\xd9", "Ạ": b"A\xcf",
    # Ă
    "Ă": b"A\xca", "Ằ": b"A\xc8", "Ẳ": b"A\xda", "Ẵ": b"A\xdc", "Ắ": b"A\xc9", "Ặ": b"A\xcb",
    # Â
    "Â": b"A\xc2", "Ầ": b"A\xc0", "Ẩ": b"A\xc5", "Ẫ": b"A\xc3", "Ấ": b"A\xc1", "Ậ": b"A\xc4",
    # E
    "È": b"E\xd8", "Ẻ": b"E\xdb", "Ẽ": b"E\xd5", "É": b"E\xd9", "Ẹ": b"E\xcf",
    # Ê
    "Ê": b"E\xc2", "Ề": b"E\xc0", "Ể": b"E\xc5", "Ễ": b"E\xc3", "Ế": b"E\xc1", "Ệ": b"E\xc4",
    # I
    "Ì": b"\xcc", "Ỉ": b"\xc6", "Ĩ": b"\xd3", "Í": b"\xcd", "Ị": b"\xd2",
    # O
    "Ò": b"O\xd8", "Ỏ": b"O\xdb", "Õ": b"O\xd5", "Ó": b"O\xd9", "Ọ": b"O\xcf",
    # Ô
    "Ô": b"O\xc2", "Ồ": b"O\xc0", "Ổ": b"O\xc5", "Ỗ": b"O\xc3", "Ố": b"O\xc1", "Ộ": b"O\xc4",
    # Ơ
    "Ơ": b"\xd4", "Ờ": b"\xd4\xd8", "Ở": b"\xd4\xdb", "Ỡ": b"\xd4\xd5", "Ớ": b"\xd4\xd9",
    "Ợ": b"\xd4\xcf",
    # U
    "Ù": b"U\xd8", "Ủ": b"U\xdb", "Ũ": b"U\xd5", "Ú": b"U\xd9", "Ụ": b"U\xcf",
    # Ư
    "Ư": b"\xd6", "Ừ": b"\xd6\xd8", "Ử": b"\xd6\xdb", "Ữ": b"\xd6\xd5", "Ứ": b"\xd6\xd9",
    "Ự": b"\xd6\xcf",
    # Y
    "Ỳ": b"Y\xd8", "Ỷ": b"Y\xdb", "Ỹ": b"Y\xd5", "Ý": b"Y\xd9", "Ỵ": b"\xce",
    # Đ
    "Đ": b"\xd1",
}  # fmt: skip

# Two-byte sequences (base + mark) and single bytes, for decoding.
_VNI_PAIRS: dict[bytes, str] = {}
_VNI_SINGLE: dict[int, str] = {}
for _letter, _seq in VNI_TABLE.items():
    if len(_seq) == 1:
        _VNI_SINGLE[_seq[0]] = _letter
    else:
        _VNI_PAIRS[_seq] = _letter
# Lenient spellings seen in the wild: a mark typed in the other case than its base letter
# (caps-lock accidents: "A" + lower-case acute), and ỵ written as "y" + dot below.
for _seq, _letter in list(_VNI_PAIRS.items()):
    _base, _mark = _seq[0], _seq[1]
    _other_mark = _mark + 0x20 if _mark < 0xE0 else _mark - 0x20
    _VNI_PAIRS.setdefault(bytes((_base, _other_mark)), _letter)
# Some converters also write the i-tones as "i" + tone mark instead of the single bytes.
_LENIENT_PAIRS = {
    b"y\xef": "ỵ", b"y\xcf": "ỵ", b"Y\xcf": "Ỵ", b"Y\xef": "Ỵ",
    b"i\xf8": "ì", b"i\xfb": "ỉ", b"i\xf5": "ĩ", b"i\xf9": "í", b"i\xef": "ị",
    b"I\xd8": "Ì", b"I\xdb": "Ỉ", b"I\xd5": "Ĩ", b"I\xd9": "Í", b"I\xcf": "Ị",
}  # fmt: skip
for _seq, _letter in _LENIENT_PAIRS.items():
    _VNI_PAIRS.setdefault(_seq, _letter)
del _letter, _seq, _base, _mark, _other_mark

_VNI_BASES = frozenset(seq[0] for seq in _VNI_PAIRS)


def _cp1252_char(byte: int) -> str:
    """One byte as Windows-1252, falling back to Latin-1 for its five undefined codes."""
    try:
        return bytes((byte,)).decode("cp1252")
    except UnicodeDecodeError:
        return chr(byte)


_CP1252 = [_cp1252_char(b) for b in range(256)]


def decode_vni(data: bytes) -> str:
    """Decode VNI-Windows bytes to NFC Unicode text. Never fails."""
    out: list[str] = []
    i, n = 0, len(data)
    while i < n:
        byte = data[i]
        if byte in _VNI_BASES and i + 1 < n:
            letter = _VNI_PAIRS.get(data[i : i + 2])
            if letter is not None:
                out.append(letter)
                i += 2
                continue
        single = _VNI_SINGLE.get(byte)
        out.append(single if single is not None else _CP1252[byte])
        i += 1
    return unicodedata.normalize("NFC", "".join(out))


def encode_vni(text: str) -> bytes:
    """Encode text as VNI-Windows bytes (letters outside Vietnamese go through cp1252).

    Raises ``UnicodeEncodeError`` for characters that neither table can represent.
    """
    out = bytearray()
    for char in unicodedata.normalize("NFC", text):
        seq = VNI_TABLE.get(char)
        if seq is not None:
            out += seq
        else:
            out += char.encode("cp1252")
    return bytes(out)


def decode_tcvn3(data: bytes) -> str:
    """Decode TCVN3 (ABC) bytes to NFC Unicode text. Never fails."""
    text = "".join(TCVN3_TABLE.get(byte) or _CP1252[byte] for byte in data)
    return _restore_capitals(unicodedata.normalize("NFC", text))


def encode_tcvn3(text: str) -> bytes:
    """Encode text as TCVN3 bytes, the way a typist using an upper-case font would.

    Upper-case toned letters, which TCVN3 lacks, are written with the lower-case code (as
    text typed in ``.VnTimeH``); :func:`decode_tcvn3` restores them where it can.
    """
    out = bytearray()
    for char in unicodedata.normalize("NFC", text):
        code = _TCVN3_ENCODE.get(char)
        if code is None and char in VIETNAMESE_LETTERS:
            code = _TCVN3_ENCODE.get(char.lower())
        if code is not None:
            out.append(code)
        else:
            out += char.encode("cp1252")
    return bytes(out)


# Lower-case letters that TCVN3 can only write in lower case (toned letters).
_TCVN3_LOWER_ONLY = frozenset(
    char for char in TCVN3_TABLE.values() if char.islower() and char.upper() not in _TCVN3_ENCODE
)
_WORD = re.compile(r"\w+")
# A toned letter opening a sentence was typed in an upper-case font: "ñy ban" → "Ủy ban".
_SENTENCE_START = re.compile(
    r"((?:^|[.!?…][”\"’)]?\s+)[“\"‘(\[]?)([" + "".join(sorted(_TCVN3_LOWER_ONLY)) + "])"
)


def _restore_capitals(text: str) -> str:
    """Upper-case words written in capitals with TCVN3's lower-case toned letters.

    A toned letter that opens a line or a sentence is upper-cased (``ủy ban`` at the start of
    a sentence is ``Ủy ban``). ``NéI`` (N + ộ + I) is clearly ``NỘI``: a toned letter sits
    among capitals and there is no lower-case ASCII letter. A single leading capital
    (``Hµ`` → ``Hà``) is ambiguous, so such a word is only upper-cased when a neighbouring
    word was restored, or when the whole line is written in capitals.
    """
    lines = text.split("\n")
    for index, line in enumerate(lines):
        if not any(char in _TCVN3_LOWER_ONLY for char in line):
            continue
        line = _SENTENCE_START.sub(lambda m: m.group(1) + m.group(2).upper(), line)
        lines[index] = _restore_line(line)
    return "\n".join(lines)


def _restore_line(line: str) -> str:
    words = list(_WORD.finditer(line))
    plain_letters = [c for c in line if c.isascii() and c.isalpha()]
    whole_line = len(plain_letters) >= 3 and all(c.isupper() for c in plain_letters)
    verdicts: list[str] = []  # "upper", "maybe", or "keep" per word
    for match in words:
        word = match.group()
        if not any(char in _TCVN3_LOWER_ONLY for char in word):
            verdicts.append("keep")
            continue
        if any(c.isascii() and c.islower() for c in word) or any(
            c.islower() and c not in _TCVN3_LOWER_ONLY for c in word
        ):
            verdicts.append("keep")
            continue
        capitals_after_start = any(c.isupper() for c in word[1:])
        if whole_line or capitals_after_start:
            verdicts.append("upper")
        elif word[0].isupper():
            verdicts.append("maybe")
        else:
            verdicts.append("keep")

    # An ambiguous word next to a restored one (only spaces between them) is part of the
    # same capitalised phrase.
    def joined(left: int, right: int) -> bool:
        return line[words[left].end() : words[right].start()].isspace()

    changed = True
    while changed:
        changed = False
        for i, verdict in enumerate(verdicts):
            if verdict != "maybe":
                continue
            before = i > 0 and verdicts[i - 1] == "upper" and joined(i - 1, i)
            after = i + 1 < len(words) and verdicts[i + 1] == "upper" and joined(i, i + 1)
            if before or after:
                verdicts[i] = "upper"
                changed = True
    pieces: list[str] = []
    last = 0
    for match, verdict in zip(words, verdicts, strict=True):
        pieces.append(line[last : match.start()])
        pieces.append(match.group().upper() if verdict == "upper" else match.group())
        last = match.end()
    pieces.append(line[last:])
    return "".join(pieces)


def encode_cp1258(text: str) -> bytes:
    """Encode text as Windows-1258 the way Windows does: a letter cp1258 lacks precomposed
    (``ộ``, ``ế``…) is written as its base letter (``ô``, ``ê``) plus a combining tone mark.

    Python's ``cp1258`` codec only maps single characters, so ``"ộ".encode("cp1258")`` fails.
    """
    out = bytearray()
    for char in unicodedata.normalize("NFC", text):
        try:
            out += char.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        base, tones = split_tones(char)
        out += base.encode("cp1258") + tones.encode("cp1258")
    return bytes(out)
