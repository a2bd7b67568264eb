"""Find the resolutions, directives and conclusions a story refers to.

Two ways copy names a document (docs/vietnamese.md, "Titles in copy", has more examples):

* **By number**: "Chỉ thị số 35-CT/TW", "Nghị quyết 27/2022/QH15", "Kết luận 12-KL/TW",
  with or without "số" and with odd spacing ("15 - NQ/TU"). Numbers are compared without
  spaces, case or diacritics, against ``Resolution.number``. A bare number ("Nghị quyết 57")
  links only when exactly one document of that kind has a number starting with it, and is
  not reported at all otherwise ("Chỉ thị 05" may be anything: no document number is
  invented from it).
* **By congress**: "Nghị quyết Đại hội XIII", "Nghị quyết Đại hội đại biểu toàn quốc lần thứ
  XIII của Đảng", "Nghị quyết XIII của Đảng", "Nghị quyết Đại hội lần thứ 13" (13 and XIII
  are the same congress), "Nghị quyết Đại hội XVII Đảng bộ TP". Matched against the congress
  in ``Resolution.term`` or ``title``; a local party organisation ("Đảng bộ", "Thành uỷ") is
  told apart from the national congress.
* **By plenum** of the Central Committee: "Nghị quyết Trung ương 4 khoá XII", "Nghị quyết Hội
  nghị lần thứ tư Ban Chấp hành Trung ương Đảng khoá XII" (numbers in figures or words).

Pure: the resolutions come in as a :class:`ResolutionIndex` built from plain tuples.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from newsroom.text import fold, normalize_inline

__all__ = [
    "ResolutionEntry",
    "ResolutionIndex",
    "ResolutionMatch",
    "find_resolutions",
    "number_key",
    "ordinal_to_int",
    "roman_to_int",
]

#: Document kinds as copy writes them → ``people.Resolution.Kind`` values (None: other acts,
#: which are still linked by number).
KINDS = {
    "nghị quyết": "nghi-quyet",
    "chỉ thị": "chi-thi",
    "kết luận": "ket-luan",
    "quyết định": "quyet-dinh",
    "chương trình": "chuong-trinh",
    "quy định": None,
    "nghị định": None,
    "thông tư": None,
    "hướng dẫn": None,
    "thông báo": None,
}
_KIND = "|".join(r"\s+".join(kind.split()) for kind in KINDS)
_PART = r"[0-9a-zđ]+(?!\w)"
_BY_NUMBER = re.compile(
    rf"\b(?P<kind>{_KIND})\s+(?:số\s*)?"
    rf"(?P<number>\d{{1,5}}(?:[a-zđ]+)?(?!\w)(?:\s*[-/]\s*{_PART})*)",
    re.IGNORECASE,
)
# A number alone, without the issuer's part ("-NQ/TW", "/2022/QH15"): a document number only
# when a stored resolution has it.
_BARE_NUMBER = re.compile(r"\d+[a-zđ]*", re.IGNORECASE)
_NUMERAL = r"(?P<n>[IVXLC]{1,7}|\d{1,2})(?!\w)"
_BY_CONGRESS = re.compile(
    r"\bnghị\s+quyết\s+(?:của\s+)?đại\s+hội"
    r"(?P<head>(?:\s+đại\s+biểu)?(?:\s+toàn\s+quốc)?(?:\s+đảng(?:\s+bộ(?:\s+[^\W\d_]+){0,4}?)?)?)"
    rf"(?:\s+lần\s+thứ)?\s+{_NUMERAL}"
    r"(?P<tail>(?:\s+(?:của\s+)?đảng(?:\s+bộ)?)?)",
    re.IGNORECASE,
)
_SHORT_CONGRESS = re.compile(rf"\bnghị\s+quyết\s+{_NUMERAL}\s+của\s+đảng(?!\s+bộ)", re.IGNORECASE)
# Plenums of the Central Committee, numbered in figures or words: "Nghị quyết Trung ương 4 khoá
# XII", "Nghị quyết Hội nghị Trung ương 8 khoá XIII", "Nghị quyết Hội nghị lần thứ tư Ban Chấp
# hành Trung ương Đảng khoá XII". A number word must not open a year ("Trung ương năm 2024").
_ORDINAL = (
    r"(?:\d{1,2}|mười(?:\s+(?:một|hai|ba|bốn|lăm|sáu|bảy|tám|chín))?"
    r"|nhất|một|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín)(?!\w)(?![\s/]*\d)"
)
_CENTRAL_PLENUM = (
    rf"(?:lần\s+thứ\s+(?P<before>{_ORDINAL})\s+)?(?:ban\s+chấp\s+hành\s+)?trung\s+ương"
    rf"(?:\s+đảng)?(?:\s+(?:lần\s+thứ\s+)?(?P<after>{_ORDINAL}))?"
)
_TERM = r"kh(?:oá|óa)\s+(?P<term>[IVXLC]{1,7}|\d{1,2})(?!\w)"
_BY_PLENUM = re.compile(
    rf"\bnghị\s+quyết\s+(?:của\s+)?(?:hội\s+nghị\s+)?{_CENTRAL_PLENUM}"
    rf"(?:\s*,\s*|\s*(?P<open>\()\s*|\s+){_TERM}(?(open)\s*\))",
    re.IGNORECASE,
)
# How a stored resolution names its plenum (in its title or term), and its term.
_PLENUM_NAME = re.compile(rf"\bhội\s+nghị\s+{_CENTRAL_PLENUM}", re.IGNORECASE)
_TERM_NAME = re.compile(rf"\b{_TERM}", re.IGNORECASE)
_ORDINAL_WORDS = {
    "nhất": 1, "một": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "lăm": 5, "năm": 5,
    "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10,
}  # fmt: skip
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
_LOCAL_ORGANS = ("dang bo", "thanh uy", "tinh uy", "huyen uy", "quan uy", "thi uy", "dang uy")


def roman_to_int(numeral: str) -> int | None:
    """ "XIII" → 13, "13" → 13; None for anything else."""
    text = numeral.strip().upper()
    if text.isdigit():
        return int(text)
    if not text or any(char not in _ROMAN_VALUES for char in text):
        return None
    total = 0
    for index, char in enumerate(text):
        value = _ROMAN_VALUES[char]
        following = _ROMAN_VALUES[text[index + 1]] if index + 1 < len(text) else 0
        total += -value if value < following else value
    return total


def ordinal_to_int(text: str) -> int | None:
    """ "4" → 4, "tư" → 4, "mười hai" → 12, "mười lăm" → 15; None for anything else."""
    words = text.casefold().split()
    if len(words) == 1 and words[0].isdigit():
        return int(words[0])
    values = [_ORDINAL_WORDS.get(word) for word in words]
    if not values or None in values:
        return None
    if len(values) == 2 and values[0] == 10:
        return 10 + values[1]
    return values[0] if len(values) == 1 else None


def _plenum(match: re.Match[str] | None) -> int | None:
    if match is None:
        return None
    written = match.group("before") or match.group("after")
    return ordinal_to_int(written) if written else None


def number_key(number: str) -> str:
    """How document numbers are compared: "15 - NQ/TU" and "15-nq/tu" are the same."""
    return re.sub(r"\s+", "", fold(number))


@dataclass(frozen=True)
class ResolutionEntry:
    """What matching needs to know of one ``people.Resolution``."""

    id: int
    kind: str
    number: str = ""
    term: str = ""
    title: str = ""
    issuer: str = ""


@dataclass
class ResolutionMatch:
    text: str  # as written in the copy
    number: str | None  # the number as written (without spaces), None for a congress name
    resolution_id: int | None
    kind: str | None = None
    congress: int | None = None


def _congress_of(text: str) -> int | None:
    match = re.search(
        rf"đại\s+hội\b[^,;:()]*?(?:lần\s+thứ\s+)?{_NUMERAL}", text or "", re.IGNORECASE
    )
    return roman_to_int(match.group("n")) if match else None


def _is_local(text: str) -> bool:
    folded = fold(text)
    return any(organ in folded for organ in _LOCAL_ORGANS)


class ResolutionIndex:
    def __init__(self, entries: Iterable[ResolutionEntry]):
        self._by_number: dict[str, set[int]] = {}
        self._by_kind_and_lead: dict[tuple[str, str], set[int]] = {}
        self._by_congress: dict[int, list[tuple[int, bool, bool]]] = {}
        self._by_plenum: dict[tuple[int, int], set[int]] = {}
        for entry in entries:
            if entry.number:
                key = number_key(entry.number)
                self._by_number.setdefault(key, set()).add(entry.id)
                lead = re.match(r"\d+", key)
                if lead:
                    self._by_kind_and_lead.setdefault((entry.kind, lead.group()), set()).add(
                        entry.id
                    )
            if entry.kind != "nghi-quyet":
                continue
            plenum = self._plenum_of(entry)
            if plenum is not None:
                self._by_plenum.setdefault(plenum, set()).add(entry.id)
            congress = _congress_of(entry.term) or _congress_of(entry.title)
            if congress is None:
                continue
            local = _is_local(f"{entry.term} {entry.title} {entry.issuer}")
            names_congress = "đại hội" in normalize_inline(entry.title).casefold()
            self._by_congress.setdefault(congress, []).append((entry.id, local, names_congress))

    @staticmethod
    def _plenum_of(entry: ResolutionEntry) -> tuple[int, int] | None:
        """(plenum, term) of a Central Committee plenum's resolution, from its title or term."""
        named = f"{entry.title} {entry.term}"
        plenum = _plenum(_PLENUM_NAME.search(named))
        term = _TERM_NAME.search(f"{entry.term} {entry.title}")
        if plenum is None or term is None or _is_local(named):
            return None
        value = roman_to_int(term.group("term"))
        return (plenum, value) if value else None

    def by_plenum(self, plenum: int, term: int) -> int | None:
        ids = self._by_plenum.get((plenum, term))
        return next(iter(ids)) if ids and len(ids) == 1 else None

    def by_number(self, number: str, kind: str | None) -> int | None:
        key = number_key(number)
        ids = self._by_number.get(key)
        if ids is None and key.isdigit() and kind:
            ids = self._by_kind_and_lead.get((kind, key))
        return next(iter(ids)) if ids and len(ids) == 1 else None

    def by_congress(self, congress: int, local: bool | None) -> int | None:
        candidates = self._by_congress.get(congress, [])
        if local is not None:
            candidates = [c for c in candidates if c[1] == local]
        elif len(candidates) > 1:  # "Nghị quyết Đại hội XIII" alone: the national congress
            candidates = [c for c in candidates if not c[1]]
        if len(candidates) > 1:  # an action programme next to the resolution itself
            candidates = [c for c in candidates if c[2]]
        return candidates[0][0] if len(candidates) == 1 else None


def _scope(head: str, tail: str, whole: str) -> bool | None:
    """True for a local party congress, False for the national one, None when unsaid."""
    if _is_local(head) or _is_local(tail):
        return True
    if "toan quoc" in fold(whole) or "dang" in fold(tail) or "dang" in fold(head):
        return False
    return None


def _may_name_a_document(text: str) -> bool:
    """Whether ``text`` holds a document kind at all: most paragraphs do not, and the four
    patterns above each scan the whole paragraph."""
    words = " ".join(text.lower().split())
    return any(kind in words for kind in KINDS)


def find_resolutions(texts: Iterable[str], index: ResolutionIndex) -> list[ResolutionMatch]:
    """Documents named in ``texts``, each once, in order of first mention."""
    found: dict[object, ResolutionMatch] = {}
    for text in texts:
        if not text or not _may_name_a_document(text):
            continue
        hits: list[tuple[int, object, ResolutionMatch]] = []
        for match in _BY_NUMBER.finditer(text):
            kind = KINDS[" ".join(match.group("kind").lower().split())]
            written = re.sub(r"\s+", "", match.group("number"))
            resolution_id = index.by_number(written, kind)
            if resolution_id is None and _BARE_NUMBER.fullmatch(written):
                continue  # "Chỉ thị 05", "Nghị quyết 98": a count or a date as often as a number
            surface = normalize_inline(match.group())
            hits.append(
                (
                    match.start(),
                    ("number", number_key(written)),
                    ResolutionMatch(surface, written, resolution_id, kind),
                )
            )
        for match in _BY_CONGRESS.finditer(text):
            congress = roman_to_int(match.group("n"))
            local = _scope(match.group("head"), match.group("tail"), match.group())
            surface = normalize_inline(match.group()).rstrip()
            hits.append(
                (
                    match.start(),
                    ("congress", congress, local),
                    ResolutionMatch(
                        surface, None, index.by_congress(congress, local), "nghi-quyet", congress
                    ),
                )
            )
        for match in _SHORT_CONGRESS.finditer(text):
            congress = roman_to_int(match.group("n"))
            hits.append(
                (
                    match.start(),
                    ("congress", congress, False),
                    ResolutionMatch(
                        normalize_inline(match.group()),
                        None,
                        index.by_congress(congress, False),
                        "nghi-quyet",
                        congress,
                    ),
                )
            )
        for match in _BY_PLENUM.finditer(text):
            plenum, term = _plenum(match), roman_to_int(match.group("term"))
            if plenum is None or term is None:
                continue
            hits.append(
                (
                    match.start(),
                    ("plenum", plenum, term),
                    ResolutionMatch(
                        normalize_inline(match.group()),
                        None,
                        index.by_plenum(plenum, term),
                        "nghi-quyet",
                    ),
                )
            )
        for _, key, hit in sorted(hits, key=lambda item: item[0]):
            # One entry per document: "Nghị quyết Đại hội XIII" and "Nghị quyết XIII của
            # Đảng" in the same story are the same resolution.
            found.setdefault(("id", hit.resolution_id) if hit.resolution_id else key, hit)
    return list(found.values())
