"""Photo credits as Vietnamese papers print them: ``(Ảnh: AS)``, ``Ảnh: Minh Đức/TTXVN``.

Pure text functions (no model: the wire reader uses them too); the recorded credits come in as
a mapping. The labels printed before a credit are defined here once, for the credits the
newsroom stores (``strip_credit_wrapper``, ``expand_credit_text``) and for the wire reader's
captions (``articles.wire.read.credits`` builds its patterns from them). See docs/media.md,
"Credits", and docs/import.md.
"""

from __future__ import annotations

import re

from newsroom.text import normalize_inline

__all__ = [
    "CREDIT_LABEL",
    "CREDIT_LABEL_WORDS",
    "DESCRIPTIVE_LABEL",
    "DESCRIPTIVE_LABEL_WORDS",
    "LABEL_SEPARATOR",
    "credit_key",
    "credit_parts",
    "expand_credit_text",
    "strip_credit_wrapper",
]

# ---------------------------------------------------------------------------------------------
# Labels (regular expression parts, matched ignoring case)
# ---------------------------------------------------------------------------------------------

# "họa" with either tone placement (họa, hoạ).
_HOA = r"h(?:ọa|oạ)"
#: A stock or archive photo: "Ảnh minh họa", "Minh hoạ", "Ảnh tư liệu", "Ảnh chụp màn hình".
DESCRIPTIVE_LABEL = rf"(?:ảnh\s+)?(?:minh\s+{_HOA}|tư\s+liệu|chụp\s+màn\s+hình)"
#: Every label a caption's credit may carry: "Ảnh", "Ảnh, video", "Đồ họa", "Nguồn ảnh",
#: "Video", "Clip", "Photo", "Infographic", and the descriptive ones.
CREDIT_LABEL = (
    rf"(?:{DESCRIPTIVE_LABEL}"
    rf"|ảnh(?:\s*(?:,|và|&|/|\+)\s*(?:video|clip|đồ\s*{_HOA}))?"
    rf"|đồ\s*{_HOA}|nguồn\s+ảnh|video|clip|photo|infographic)"
)
#: Words every ``CREDIT_LABEL`` (and ``DESCRIPTIVE_LABEL``) contains, in lower case: a line
#: holding none of them holds no label, which is much cheaper to tell than matching.
CREDIT_LABEL_WORDS = ("ảnh", "minh", "liệu", "chụp", "đồ", "video", "clip", "photo", "infographic")
DESCRIPTIVE_LABEL_WORDS = ("minh", "liệu", "chụp")
#: Between a label and its credit.
LABEL_SEPARATOR = r"\s*(?::|-|–|—)\s*"

# The wrapper of a recorded credit: "(Ảnh: AS)", "Ảnh: AS", "ẢNH - AS", "Ảnh minh họa: TTXVN",
# also typed without diacritics ("Anh: AS") -> the part after the colon. Narrower than
# CREDIT_LABEL and LABEL_SEPARATOR (no "Đồ họa", "Video", em dash): a credit the photo desk
# types as "Đồ họa: Thanh Tâm" is stored as typed, and stored credits must not change.
_WRAPPER = re.compile(
    rf"^\(?\s*(?:ảnh|anh|photo)(?:\s+(?:minh\s+{_HOA}|tư\s+liệu))?\s*[:\-–]\s*(.*?)\s*\)?$",
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
