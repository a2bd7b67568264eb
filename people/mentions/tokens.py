"""Words of normalised copy with their positions, and wire abbreviations spelt out.

The linking steps (``link_people``, ``link_resolutions``) work on these tokens rather than on
raw strings: a token knows where it stands in the text, what lies between it and the previous
one (a space, a comma, a dash…), and its match key. Abbreviations such as ``UBND`` or ``TP``
become the words they stand for (``Uỷ ban nhân dân``, ``thành phố``), each flagged
``expanded``, so titles are recognised and reported in full. See docs/vietnamese.md,
"Titles in copy".
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from newsroom.text import fold, normalize_inline

__all__ = ["ABBREVIATIONS", "Token", "expand", "folded_keys", "key_of", "tokenize"]

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


def tokenize(text: str) -> list[Token]:
    """The words of ``text`` (already normalised), in order."""
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
def _expansion(abbreviation: str) -> tuple[str, ...]:
    return tuple(normalize_inline(ABBREVIATIONS[abbreviation]).split(" "))


def expand(tokens: list[Token]) -> list[Token]:
    """``tokens`` with every abbreviation replaced by the words it stands for."""
    result: list[Token] = []
    for token in tokens:
        if token.text not in ABBREVIATIONS:
            result.append(token)
            continue
        for index, word in enumerate(_expansion(token.text)):
            gap = token.gap if index == 0 else " "
            result.append(
                Token(word, token.start, token.end, gap, key_of(word), True, word[:1].isupper())
            )
    return result


def folded_keys(phrase: str) -> tuple[str, ...]:
    """A phrase's words, abbreviations spelt out, folded: how titles are compared."""
    return tuple(fold(t.text) for t in expand(tokenize(normalize_inline(phrase))))
