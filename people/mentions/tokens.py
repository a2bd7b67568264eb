"""Words of normalised copy with their positions, and wire abbreviations spelt out.

Finding officials (``people.mentions.officials``) works on these tokens rather than on raw
strings: a token knows where it stands in the text, what lies between it and the previous one
(a space, a comma, a dash…), and its match key. Abbreviations such as ``UBND``, ``TP``, ``T.Ư``
or ``NN & PTNT`` become the words they stand for (``Uỷ ban nhân dân``, ``thành phố``, ``Trung
ương``…), each flagged ``expanded``, so titles are recognised and reported in full; the Latin
letter Ð (U+00D0) is read as Đ. See docs/vietnamese.md, "Titles in copy".
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from newsroom.text import fold, normalize_inline

__all__ = [
    "ABBREVIATIONS",
    "JOINED_ABBREVIATIONS",
    "LEVEL_INITIALS",
    "Token",
    "expand",
    "folded_keys",
    "key_of",
    "tokenize",
]

# A word: letters and digits, with inner apostrophes (H'Hen, K'Nhai).
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")

#: Abbreviations of wire copy and what they stand for, matched case-sensitively on a whole word
#: (so the ordinal "tư" is never read as "Trung ương").
ABBREVIATIONS: dict[str, str] = {
    "UBND": "Uỷ ban nhân dân",
    "HĐND": "Hội đồng nhân dân",
    "BCHTW": "Ban Chấp hành Trung ương",
    "BCH": "Ban Chấp hành",
    "TW": "Trung ương",
    "TƯ": "Trung ương",
    "BTV": "Ban Thường vụ",
    "TP": "thành phố",
    "Tp": "thành phố",
    "HCM": "Hồ Chí Minh",
    "MTTQ": "Mặt trận Tổ quốc",
    "MTTQVN": "Mặt trận Tổ quốc Việt Nam",
    "UBMTTQ": "Uỷ ban Mặt trận Tổ quốc",
    "ĐBQH": "đại biểu Quốc hội",
    "QH": "Quốc hội",
    "UBTVQH": "Uỷ ban Thường vụ Quốc hội",
    "TAND": "Toà án nhân dân",
    "VKSND": "Viện Kiểm sát nhân dân",
    "CAND": "Công an nhân dân",
    "QĐND": "Quân đội nhân dân",
    "BCĐ": "Ban Chỉ đạo",
    "ĐCSVN": "Đảng Cộng sản Việt Nam",
    "UB": "Uỷ ban",
    "VN": "Việt Nam",
    "TPHCM": "thành phố Hồ Chí Minh",
    "UBNDTP": "Uỷ ban nhân dân thành phố",
    "UBTW": "Uỷ ban Trung ương",
    "UBTƯ": "Uỷ ban Trung ương",
    "HĐQT": "Hội đồng quản trị",
    "HĐTV": "Hội đồng thành viên",
    "THADS": "Thi hành án dân sự",
    "NDVN": "Nông dân Việt Nam",
    "GTVT": "Giao thông vận tải",
    "GDĐT": "Giáo dục và Đào tạo",
    "NNPTNT": "Nông nghiệp và Phát triển nông thôn",
    "TNMT": "Tài nguyên và Môi trường",
    "VHTTDL": "Văn hoá, Thể thao và Du lịch",
    "LĐTBXH": "Lao động - Thương binh và Xã hội",
    "TDTT": "Thể dục thể thao",
    "ATGT": "An toàn giao thông",
    "NHNN": "Ngân hàng Nhà nước",
    "NHCSXH": "Ngân hàng Chính sách xã hội",
    "CHDCND": "Cộng hoà Dân chủ Nhân dân",
    "CHND": "Cộng hoà Nhân dân",
}

#: Abbreviations written in parts joined by dots, hyphens or "&" ("T.Ư", "NN & PTNT", "TT-Huế"),
#: keyed without spaces. The parts are read together, so "T" or "NN" alone means nothing here.
JOINED_ABBREVIATIONS: dict[str, str] = {
    "T.Ư": "Trung ương",
    "T.W": "Trung ương",
    "NN&PTNT": "Nông nghiệp và Phát triển nông thôn",
    "NN-PTNT": "Nông nghiệp và Phát triển nông thôn",
    "TN&MT": "Tài nguyên và Môi trường",
    "TN-MT": "Tài nguyên và Môi trường",
    "TT&TT": "Thông tin và Truyền thông",
    "TT-TT": "Thông tin và Truyền thông",
    "GD&ĐT": "Giáo dục và Đào tạo",
    "GD-ĐT": "Giáo dục và Đào tạo",
    "KH&CN": "Khoa học và Công nghệ",
    "KH-CN": "Khoa học và Công nghệ",
    "KH&ĐT": "Kế hoạch và Đầu tư",
    "KH-ĐT": "Kế hoạch và Đầu tư",
    "VH-TT-DL": "Văn hoá, Thể thao và Du lịch",
    "VH-TT&DL": "Văn hoá, Thể thao và Du lịch",
    "VHTT&DL": "Văn hoá, Thể thao và Du lịch",
    "LĐ-TB&XH": "Lao động - Thương binh và Xã hội",
    "TT-Huế": "Thừa Thiên - Huế",
    "BR-VT": "Bà Rịa - Vũng Tàu",
}
_JOINERS = frozenset(("&", "-", "–", "."))

#: Initials of an administrative level, read as the level when they follow a spelt-out organ
#: and precede a capitalised name: "UBND X. Phong Chương", "Phòng NN&PTNT H. Quảng Điền".
LEVEL_INITIALS: dict[str, str] = {
    "X": "xã",
    "H": "huyện",
    "Q": "quận",
    "P": "phường",
    "TT": "thị trấn",
    "TX": "thị xã",
}


def key_of(word: str) -> str:
    """How a word is compared: case-insensitive, with its tones (already normalised), and
    one apostrophe for the two copy uses in names ("H’Hen" and "H'Hen")."""
    key = word.casefold()
    return key.replace("’", "'") if "’" in key else key


class Token(NamedTuple):
    text: str
    start: int  # character offsets in the text (for an expanded word: the abbreviation's)
    end: int
    gap: str  # what stands between the previous token and this one ("" for the first)
    key: str
    expanded: bool = False  # part of a spelt-out abbreviation
    # Its first letter is a capital (stored: the linker asks for every word, many times).
    capitalised: bool = False

    @property
    def is_number(self) -> bool:
        return self.text.isdigit()


# A word, or what separates two words: split() gives [gap, word, gap, word, …, gap].
_SPLIT = re.compile(f"({_WORD.pattern})")
_tuple_new = tuple.__new__  # a Token without the Python-level __new__ of NamedTuple


#: The Latin capital eth (U+00D0), which some papers print for every capital Đ, and its small
#: letter: read as Đ and đ everywhere (same length, so offsets do not move).
_ETH = str.maketrans("\u00d0\u00f0", "Đđ")


def tokenize(text: str) -> list[Token]:
    """The words of ``text`` (already normalised), in order."""
    if "\u00d0" in text or "\u00f0" in text:
        text = text.translate(_ETH)
    parts = _SPLIT.split(text)
    tokens: list[Token] = []
    append = tokens.append
    gap = parts[0]
    start = len(gap)
    for index in range(1, len(parts), 2):
        word = parts[index]
        end = start + len(word)
        key = word.casefold()  # key_of(word), without a call per word
        if "’" in key:
            key = key.replace("’", "'")
        append(_tuple_new(Token, (word, start, end, gap, key, False, word[0].isupper())))
        gap = parts[index + 1]
        start = end + len(gap)
    return tokens


@cache
def _expansion(abbreviation: str) -> tuple[tuple[str, str], ...]:
    """(gap, word) pairs of what ``abbreviation`` stands for."""
    full = ABBREVIATIONS.get(abbreviation) or JOINED_ABBREVIATIONS.get(abbreviation)
    full = full or LEVEL_INITIALS[abbreviation]
    return tuple((t.gap, t.text) for t in tokenize(normalize_inline(full)))


def _joined(tokens: list[Token], i: int) -> tuple[str, int]:
    """The joined abbreviation starting at ``tokens[i]`` ("T.Ư", "NN & PTNT") and how many
    tokens it spans, or ("", 0)."""
    if not tokens[i].text[:1].isupper():
        return "", 0
    best = ("", 0)
    key = tokens[i].text
    for j in range(i + 1, min(i + 4, len(tokens))):
        joiner = tokens[j].gap.strip()
        if joiner not in _JOINERS or (joiner == "." and tokens[j].gap != "."):
            break
        key += joiner + tokens[j].text
        if key in JOINED_ABBREVIATIONS:
            best = (key, j - i + 1)
    return best


def _level_initial(tokens: list[Token], i: int, previous: Token | None) -> bool:
    """Whether ``tokens[i]`` is "X." / "H." / "TT." standing for an administrative level."""
    token = tokens[i]
    if token.text not in LEVEL_INITIALS or previous is None or not previous.expanded:
        return False
    following = tokens[i + 1] if i + 1 < len(tokens) else None
    return (
        following is not None
        and (following.capitalised or following.is_number)  # "Q. Tân Bình", "Q.2"
        and following.gap.strip() == "."
    )


def expand(tokens: list[Token]) -> list[Token]:
    """``tokens`` with every abbreviation replaced by the words it stands for.

    A full stop glued between an abbreviation and the next capitalised word ("TP.Hà Nội",
    "UBND X. Phong Chương") becomes a space: it marks the abbreviation, not a sentence end.
    """
    result: list[Token] = []
    i, n = 0, len(tokens)
    while i < n:
        token = tokens[i]
        joined, span, level = "", 0, False
        if token.capitalised and i + 1 < n and tokens[i + 1].gap.strip() in _JOINERS:
            joined, span = _joined(tokens, i)
            if not span and token.text in LEVEL_INITIALS:
                level = _level_initial(tokens, i, result[-1] if result else None)
        if not span and not level and token.text not in ABBREVIATIONS:
            glued = result and result[-1].expanded and token.gap.strip() == "."
            if glued and (token.capitalised or token.is_number):
                token = token._replace(gap=" ")  # "TP.Hà Nội", "H. Phong Điền", "Q.2"
            result.append(token)
            i += 1
            continue
        last = tokens[i + span - 1] if span else token
        for index, (gap, word) in enumerate(_expansion(joined or token.text)):
            gap = token.gap if index == 0 else gap
            result.append(
                Token(word, token.start, last.end, gap, key_of(word), True, word[:1].isupper())
            )
        i += span or 1
    return result


def folded_keys(phrase: str) -> tuple[str, ...]:
    """A phrase's words, abbreviations spelt out, folded: how titles are compared."""
    return tuple(fold(t.text) for t in expand(tokenize(normalize_inline(phrase))))
