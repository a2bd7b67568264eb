"""Photo credits as Vietnamese papers print them: ``(Ảnh: AS)``, ``Ảnh: Minh Đức/TTXVN``.

Pure text functions; the recorded credits come in as a mapping. See docs/media.md, "Credits".
"""

from __future__ import annotations

import re

from newsroom.text import normalize_inline

# "(Ảnh: AS)", "Ảnh: AS", "ẢNH - AS", "Ảnh minh họa: TTXVN" -> the part after the colon.
_WRAPPER = re.compile(
    r"^\(?\s*(?:ảnh|anh|photo)(?:\s+(?:minh\s+họa|minh\s+hoạ|tư\s+liệu))?\s*[:\-–]\s*(.*?)\s*\)?$",
    re.IGNORECASE,
)
# Parts of a credit: "Minh Đức/TTXVN", "VGP - Nhật Bắc", "AS, TTXVN". Separators are kept.
_SEPARATOR = re.compile(r"(\s*/\s*|\s+[-–]\s+|\s*,\s*|\s*;\s*)")


def credit_key(text: str) -> str:
    """How a name or short form is matched: case and spacing do not matter."""
    return " ".join(normalize_inline(text).casefold().split())


def strip_credit_wrapper(text: str) -> str:
    """``(Ảnh: AS)`` -> ``AS``; anything else comes back tidied but unchanged."""
    text = normalize_inline(text)
    match = _WRAPPER.match(text)
    return match.group(1).strip() if match else text


def expand_credit_text(text: str, known: dict[str, str]) -> tuple[str, list[str]]:
    """Replace each part of a credit found in ``known`` (credit_key -> printed name).

    Returns the printed credit, without the ``Ảnh:`` wrapper, and the keys that matched.

    >>> expand_credit_text("(Ảnh: AS)", {"as": "Anh Sơn"})
    ('Anh Sơn', ['as'])
    >>> expand_credit_text("Ảnh: AS/TTXVN", {"as": "Anh Sơn"})
    ('Anh Sơn/TTXVN', ['as'])
    """
    bare = strip_credit_wrapper(text)
    if not bare:
        return "", []
    pieces = _SEPARATOR.split(bare)
    matched = []
    for index in range(0, len(pieces), 2):  # even indexes are names, odd are separators
        key = credit_key(pieces[index])
        if key in known:
            pieces[index] = known[key]
            matched.append(key)
    return "".join(pieces), matched


def credit_parts(text: str) -> list[str]:
    """The keys to look up for ``text``: every part, matched by name or short form."""
    bare = strip_credit_wrapper(text)
    return [credit_key(part) for part in _SEPARATOR.split(bare)[::2] if part.strip()]
