"""Photo credits, captions and bylines as Vietnamese agencies and papers write them.

Shared by every parser (plain text, NITF, NewsML-G2, HTML). The functions take one line (or
one caption/byline string) and never raise.

Credits recognised by :func:`split_credit`::

    Các đại biểu biểu quyết.  (Ảnh: AS)          → ("Các đại biểu biểu quyết.", "AS")
    Thủ tướng phát biểu. (Ảnh: Minh Đức/TTXVN)   → (…, "Minh Đức/TTXVN")
    Quang cảnh phiên họp - Ảnh: VGP/Nhật Bắc     → ("Quang cảnh phiên họp", "VGP/Nhật Bắc")
    Đại biểu bỏ phiếu. ẢNH: VIẾT THÀNH           → ("Đại biểu bỏ phiếu.", "Viết Thành")
    Ảnh: Nguyễn Hưng                             → ("", "Nguyễn Hưng")
    Ảnh minh họa: TTXVN                          → ("Ảnh minh họa", "TTXVN")
    Ảnh: Quang cảnh kỳ họp.                      → ("Quang cảnh kỳ họp.", None)
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import datetime

from media.credits import (
    CREDIT_LABEL,
    CREDIT_LABEL_WORDS,
    DESCRIPTIVE_LABEL,
    DESCRIPTIVE_LABEL_WORDS,
    LABEL_SEPARATOR,
)

from .dates import VIETNAM_TZ

__all__ = [
    "AuthorLine",
    "clean_credit",
    "is_caption_marker",
    "is_illustration",
    "is_layout_artefact",
    "parse_author_line",
    "parse_byline",
    "parse_source_line",
    "parse_theo_line",
    "photo_labelled",
    "say_once",
    "source_from_byline",
    "split_credit",
    "strip_layout_artefact",
    "tidy_name",
]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# --------------------------------------------------------------------------------------
# The "leftcenterrightdel" artefact
# --------------------------------------------------------------------------------------

# Scrapers of sites that lay photos out in a table (with align left/center/right/delete
# buttons in the editor) leave this word just before each caption.
_ARTEFACT = re.compile(r"^\s*left\s*center\s*right\s*del(?-i:(?![a-z]))[\s:.\-–|]*", re.IGNORECASE)


def is_layout_artefact(line: str) -> bool:
    """True for a line that is only the ``leftcenterrightdel`` scraper artefact."""
    match = _ARTEFACT.match(line)
    return bool(match) and not line[match.end() :].strip()


def strip_layout_artefact(line: str) -> tuple[bool, str]:
    """``(True, rest)`` when the line starts with the artefact, else ``(False, line)``."""
    match = _ARTEFACT.match(line)
    if not match:
        return False, line
    return True, line[match.end() :].strip()


# --------------------------------------------------------------------------------------
# Names
# --------------------------------------------------------------------------------------

_ACRONYMS = _words(
    "AFP AP ANTV ANTĐ AS BBT BCH BTV CAND CP CTV ĐBQH HĐND HTV KTĐT MTTQ NDO NLĐ PLO "
    "PV QĐND QH SGGP ST TL TP TPO TTO TTXVN TW UBND VGP VNA VNE VNN VOA VOV VTC VTV"
)
_DOMAIN = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.(?:vn|com|net|org|info)$", re.IGNORECASE)
_NAME_SEPARATORS = re.compile(r"(\s*[/,&()\-–—+]\s*|\s+và\s+|\s+)")


def _has_vowel(word: str) -> bool:
    base = unicodedata.normalize("NFD", word.lower())
    return any(char in "aeiouy" for char in base)


def _is_acronym(word: str) -> bool:
    return word in _ACRONYMS or (word.isupper() and not _has_vowel(word))


def tidy_name(name: str) -> str:
    """Tidy a byline or credit: collapse spaces, ``a / b`` → ``a/b``, and turn a name set
    in capitals (``THU HẰNG``) into title case, keeping acronyms (``TTXVN``, ``PV``) and
    lower-casing web addresses (``BAOCHINHPHU.VN``)."""
    text = re.sub(r"\s+", " ", name.replace("\u00a0", " ")).strip()
    text = re.sub(r"\s*/\s*", "/", text)
    words = [w for w in re.findall(r"[^\W\d_]+", text) if w]
    all_caps = len(words) >= 2 and all(w.isupper() for w in words)
    pieces = _NAME_SEPARATORS.split(text)
    out = []
    for piece in pieces:
        if not piece or _NAME_SEPARATORS.fullmatch(piece):
            out.append(piece)
        elif _DOMAIN.match(piece):
            out.append(piece.lower())
        elif all_caps and piece.isupper() and not _is_acronym(piece):
            out.append(piece[0] + piece[1:].lower())
        else:
            out.append(piece)
    return "".join(out)


def clean_credit(credit: str) -> str:
    """Strip wrapping punctuation from a credit and tidy it with :func:`tidy_name`."""
    text = re.sub(r"[.;,]+$", "", credit.replace("\u00a0", " ").strip()).strip()
    while text.startswith("(") and text.endswith(")"):
        text = text[1:-1].strip()
    if text.endswith(")") and text.count(")") > text.count("("):
        text = text[:-1].strip()
    if text.startswith("(") and text.count("(") > text.count(")"):
        text = text[1:].strip()
    text = re.sub(r"[.;,]+$", "", text).strip()
    return tidy_name(text)


# --------------------------------------------------------------------------------------
# Photo credits
# --------------------------------------------------------------------------------------

# The labels (Ảnh, Ảnh minh họa, Đồ họa, Video …) are media's (media.credits), as the credits
# the newsroom records are: one vocabulary for both.
_PAREN_CREDIT = re.compile(
    rf"^(?P<text>.*?)\s*\(\s*(?P<label>{CREDIT_LABEL}){LABEL_SEPARATOR}(?P<credit>[^()]+?)\s*\)\s*[.;,]?$",
    re.IGNORECASE,
)
_END_CREDIT = re.compile(
    rf"^(?P<text>.*?)(?P<sep>[.!?…;,)”\"]\s*|\s+[-–—|]\s*|\s+)"
    rf"(?P<label>{CREDIT_LABEL})\s*:\s*(?P<credit>[^:]{{1,80}}?)\s*[.]?$",
    re.IGNORECASE,
)
_START_CREDIT = re.compile(
    rf"^(?P<open>\()?\s*(?P<label>{CREDIT_LABEL})(?:\s+\d{{1,2}})?{LABEL_SEPARATOR}(?P<rest>.+?)\s*(?(open)\)|)\s*$",
    re.IGNORECASE,
)
_MARKER_ONLY = re.compile(rf"^\(?\s*{DESCRIPTIVE_LABEL}\s*\)?[.]?$", re.IGNORECASE)
# "… trực tuyến (Ảnh minh họa)", "… trực tuyến. Ảnh minh họa", "… - Ảnh tư liệu"
_MARKER_END = re.compile(
    rf"^.{{3,400}}?(?:\s*\(\s*{DESCRIPTIVE_LABEL}\s*\)|(?:[.]\s*|\s+[-–—|]\s*){DESCRIPTIVE_LABEL})\s*[.]?$",
    re.IGNORECASE,
)
# "Ảnh: Đại biểu chất vấn…", and numbered in a series: "Ảnh 2: …".
_PHOTO_LABEL = re.compile(r"^ảnh(?:\s+\d{1,2})?\s*:\s*(?P<rest>\S.*)$", re.IGNORECASE)
# The marks that follow a label. A line without one of them, or without any CREDIT_LABEL_WORDS,
# holds no credit or marker: most lines of a story, which the anchored patterns would each scan
# with backtracking (tens of microseconds for a paragraph; these checks take one).
_LABEL_MARKS = (":", "-", "–", "—")


def _may_hold_credit(text: str) -> bool:
    if not any(mark in text for mark in _LABEL_MARKS):
        return False
    lowered = text.lower()
    return any(word in lowered for word in CREDIT_LABEL_WORDS)


_DESCRIPTIVE_RE = re.compile(rf"^{DESCRIPTIVE_LABEL}$", re.IGNORECASE)
_CREDIT_WORDS = _words(
    "tư liệu internet st sưu tầm minh họa hoạ nguồn chụp màn hình theo của báo và bộ "
    "sở ban nhóm pv ctv"
)


_INITIAL = re.compile(r"(?:^|(?<=[\s/(]))([^\W\d_])\.\s")


def _credit_like(text: str, *, strict: bool) -> bool:
    """Whether ``text`` reads as a credit (names, agency, website) rather than a sentence."""
    text = text.strip().rstrip(".").strip()
    if not text or len(text) > (60 if strict else 80):
        return False
    # A full stop ends a sentence, except after an initial ("H. P", "Q. Hùng").
    if re.search(r"[!?;“”\"]", text) or re.search(r"[.…]\s", _INITIAL.sub(r"\1 ", text)):
        return False
    words = [w for w in re.split(r"[\s/,&()\-–—+]+", text) if w]
    if not words or len(words) > (7 if strict else 9):
        return False

    def name_word(word: str) -> bool:
        return (
            word[0].isupper()
            or word[0].isdigit()
            or _DOMAIN.match(word) is not None
            or word.lower() in _CREDIT_WORDS
        )

    if not name_word(words[0]):
        return False
    if not strict:
        return True
    good = sum(1 for w in words if name_word(w))
    return good >= 0.7 * len(words)


def _label_text(label: str) -> str | None:
    """The descriptive part of a label worth keeping in the caption (``Ảnh minh họa``)."""
    label = re.sub(r"\s+", " ", label.strip())
    if _DESCRIPTIVE_RE.match(label):
        return label[0].upper() + label[1:]
    return None


def _tidy_text(text: str) -> str:
    return re.sub(r"[\s\-–—|,;:]+$", "", text.strip())


_CREDIT_SPACES = re.compile(r"[ \t\u00a0\u200b\ufeff]+")


def split_credit(line: str) -> tuple[str, str | None]:
    """Split a caption line into ``(text, credit)``; ``credit`` is None when there is none.

    The text keeps its own punctuation; separators before the credit (`` - ``, ``|``) and
    the ``Ảnh:`` label are removed. Descriptive labels (``Ảnh minh họa``, ``Ảnh tư liệu``)
    stay in the text. A line that is only a credit gives ``("", credit)``.
    """
    text = _CREDIT_SPACES.sub(" ", line).strip()
    if text.startswith("[") and text.endswith("]") and "[" not in text[1:-1]:
        text = text[1:-1].strip()  # "[Ảnh: … - Ảnh: Hoàng Linh]": a photo box the scraper bracketed
    if not _may_hold_credit(text):
        return _unlabelled_credit(text)

    # "Ảnh: …" at the start: either a credit alone or a caption introduced by "Ảnh:".
    start = _START_CREDIT.match(text)
    if start:
        rest = start.group("rest")
        keep = _label_text(start.group("label"))
        if _credit_like(rest, strict=True):
            return keep or "", clean_credit(rest)
        if keep is None:
            inner, credit = split_credit(rest)
            return inner, credit

    paren = _PAREN_CREDIT.match(text)
    if paren and paren.group("credit").strip():
        body = _tidy_text(paren.group("text"))
        keep = _label_text(paren.group("label"))
        if keep:
            body = f"{body} ({keep})" if body else keep
        return body, clean_credit(paren.group("credit"))

    end = _END_CREDIT.match(text)
    if end:
        sep = end.group("sep")
        label = end.group("label")
        plain_space = not sep.strip()
        if (not plain_space or label[0].isupper()) and _credit_like(
            end.group("credit"), strict=plain_space
        ):
            body = end.group("text") + (sep.strip()[:1] if sep.strip()[:1] in '.!?…;)”"' else "")
            body = _tidy_text(body)
            keep = _label_text(label)
            if keep:
                body = f"{body} ({keep})" if body else keep
            return body, clean_credit(end.group("credit"))
    return _unlabelled_credit(text)


#: How far from the end of a line a label without colon may stand ("… . Ảnh báo Đà Nẵng").
MAX_BARE_CREDIT_TAIL = 70
# Credits printed without a label's colon:
# "… bìa phải). Ảnh báo Đà Nẵng": the label opens a sentence of its own after the caption;
_BARE_LABEL = re.compile(
    r"^(?P<text>.*?[.!?…)”\"])\s*(?-i:Ả|Ả)nh\s+(?P<credit>[^:()]{2,60}?)\s*\.?$"
)
# "… thu phí đường (ảnh cắt từ clip)": where the photo comes from, in brackets: a clip or a
# what it was taken from or who gave it ("ảnh chụp từ …", "ảnh do … cung cấp"), or an agency
# ("Ảnh VGP"); a bracket that describes the photo ("ảnh chụp cổng thành") is no credit;
_PROVENANCE = re.compile(
    r"^(?P<text>.*?)\s*\((?P<credit>ảnh\s+(?:(?:cắt|chụp|lấy|trích)(?:\s+lại)?\s+(?:từ|qua)\s|do\s|"
    r"(?-i:[A-ZĐ]))[^():]{1,60}?)\)\s*\.?$",
    re.IGNORECASE,
)
# "(Ảnh minh họa. Lê Lâm/TTXVN)": a stock photo's marker and its credit in one bracket;
_MARKED_CREDIT = re.compile(
    rf"^\(\s*(?P<label>{DESCRIPTIVE_LABEL})\s*[.,;:\-–]\s*(?P<credit>[^()]{{2,60}})\)\s*\.?$",
    re.IGNORECASE,
)
# "… tại London. (Nguồn: AFP/TTXVN)": a source in brackets after a one-sentence caption.
_SOURCE_CREDIT = re.compile(
    r"^(?P<text>[^.!?…]{10,200}[.!?…]?)\s*\(\s*nguồn\s*:\s*(?P<credit>[^()]{2,60})\)\s*\.?$",
    re.IGNORECASE,
)


# "… tại căn cứ quân sự. Nguồn: Reuters": the same source after the caption's full stop,
# without brackets, ending the line.
_SOURCE_AFTER_SENTENCE = re.compile(
    r"^(?P<text>[^.!?…]{5,200}[.!?…])\s+nguồn\s*:\s*(?P<credit>[^.!?()]{2,60})$",
    re.IGNORECASE,
)


def split_source_credit(line: str) -> tuple[str, str | None]:
    """``("… tại London.", "Reuters")`` for a one-sentence caption followed by ``Nguồn:
    Reuters`` without brackets; ``(line, None)`` otherwise. Only asked of lines that end
    without a stop (which would otherwise be read as subheadings): after a paragraph of the
    story, "Nguồn: …" names where its figures come from."""
    match = _SOURCE_AFTER_SENTENCE.match(line.strip())
    if not match or not _credit_like(match.group("credit"), strict=True):
        return line, None
    text = _tidy_text(match.group("text"))
    return _label_text(text.rstrip(".")) or text, clean_credit(match.group("credit"))


def _unlabelled_credit(text: str) -> tuple[str, str | None]:
    # Each shape ends the line: look at the end before matching (most lines are prose).
    bracketed = text.rstrip(" .").endswith(")")
    tail = text[-MAX_BARE_CREDIT_TAIL:]
    if not bracketed and "Ảnh " not in tail and "ẢNH " not in tail:
        return text, None
    lowered = text.lower()
    if "ảnh" not in lowered and "nguồn" not in lowered:
        return text, None
    marked = _MARKED_CREDIT.match(text) if bracketed else None
    if marked and _credit_like(marked.group("credit"), strict=True):
        return _label_text(marked.group("label")) or "", clean_credit(marked.group("credit"))
    bare = None if bracketed else _BARE_LABEL.match(text)
    if bare and not _DESCRIPTIVE_RE.match("ảnh " + bare.group("credit").split()[0]):
        credit = bare.group("credit")
        if _credit_like(credit, strict=True) and not _DESCRIPTIVE_START.match(credit):
            return _tidy_text(bare.group("text")), clean_credit(credit)
    if not bracketed:
        return text, None
    provenance = _PROVENANCE.match(text)
    if provenance and provenance.group("text") and not is_illustration(provenance.group("credit")):
        credit = provenance.group("credit")
        named = re.sub(r"^ảnh\s+", "", credit, flags=re.IGNORECASE)
        if _credit_like(named, strict=True) and named[0].isupper():
            credit = named  # "(Ảnh VGP)"
        return _tidy_text(provenance.group("text")), clean_credit(credit)
    source = _SOURCE_CREDIT.match(text)
    if source and _credit_like(source.group("credit"), strict=True):
        return _tidy_text(source.group("text")), clean_credit(source.group("credit"))
    return text, None


_DESCRIPTIVE_START = re.compile(rf"^{DESCRIPTIVE_LABEL}\b", re.IGNORECASE)


MIN_REPEATED_WORDS = 3


def say_once(text: str) -> str:
    """A caption a CMS printed twice in one paragraph ("Quang cảnh kỳ họp. Ảnh: TTXVN
    Quang cảnh kỳ họp. Ảnh: TTXVN") → once; any other text is returned unchanged."""
    middle = len(text) // 2
    for cut in (text.rfind(" ", 0, middle + 1), text.find(" ", middle)):
        if cut > 0:
            first, second = text[:cut].strip(), text[cut:].strip()
            # three words at least: "đi đi", "nhanh nhanh" are words said twice on purpose
            if first == second and len(first.split()) >= MIN_REPEATED_WORDS:
                return first
    return text


def is_caption_marker(line: str) -> bool:
    """A line that announces a photo by itself: ``Ảnh minh họa``, ``(Ảnh tư liệu)``, or a
    caption ending with such a marker (``Cán bộ xã tiếp dân (Ảnh minh họa)``)."""
    text = line.strip()
    lowered = text.lower()
    if not any(word in lowered for word in DESCRIPTIVE_LABEL_WORDS):
        return False
    return bool(_MARKER_ONLY.match(text) or _MARKER_END.match(text))


def is_illustration(caption: str) -> bool:
    """Whether a caption is marked as a stock/illustration or archive photo."""
    return bool(re.search(DESCRIPTIVE_LABEL, caption, re.IGNORECASE))


def photo_labelled(line: str) -> str | None:
    """The caption of a line introduced by ``Ảnh:`` (``Ảnh: Đại biểu chất vấn…``), when what
    follows is caption text rather than a credit; None otherwise."""
    match = _PHOTO_LABEL.match(line.strip())
    if not match or _credit_like(match.group("rest"), strict=True):
        return None
    return match.group("rest").strip()


# --------------------------------------------------------------------------------------
# Bylines and sources
# --------------------------------------------------------------------------------------

_TERMINAL = ".!?;:,…"
_BYLINE_PHRASE = re.compile(
    r"^(?:nhóm\s+)?(?:phóng\s+viên|pv|ctv|btv|cộng\s+tác\s+viên|biên\s+tập\s+viên)"
    r"(?:\s+[\wÀ-ỹ.]+){0,4}$",
    re.IGNORECASE,
)
# "PV." / "Nhóm CTV.": the stop closes the abbreviation, not a sentence
_ABBREVIATED_STAFF = re.compile(r"^(?:nhóm\s+)?(?:pv|ctv|btv)\.$", re.IGNORECASE)
_THEO = re.compile(r"^\(?\s*theo\s*:?\s+(?P<src>[^()]{2,60}?)\s*\)?\s*\.?$", re.IGNORECASE)
_SOURCE_LINE = re.compile(r"^\(?\s*nguồn\s*:\s*(?P<src>.{2,80}?)\s*\)?\s*\.?$", re.IGNORECASE)
_NAME_AGENCY = re.compile(r"^(?P<names>[^()]+?)\s*\((?P<agency>[^()]{2,40})\)$")
_NAME_PART_SPLIT = re.compile(r"\s*(?:[-–—/,&]|\bvà\b)\s*")
_NAME_WORD = re.compile(r"^[^\W\d_][\w.'’]*$")
_EMAIL = re.compile(r"\s*(?:[-–—|,]\s*)?\(?[\w.+-]+@[\w-]+(?:\.[\w-]+)+\)?$")
# The paper itself signs: "Báo điện tử Xây dựng", "Tạp chí Cộng sản", "Đài Tiếng nói Việt Nam".
_PUBLICATION = re.compile(
    r"^(?:báo|tạp\s+chí|cổng\s+thông\s+tin|trang\s+tin|đài)(?:\s+điện\s+tử)?\s+(?P<name>\S.*)$",
    re.IGNORECASE,
)


def _names_like(text: str) -> bool:
    parts = [p for p in _NAME_PART_SPLIT.split(text.strip()) if p]
    if not parts or len(parts) > 4:
        return False
    for part in parts:
        words = part.split()
        if not 1 <= len(words) <= 5:
            return False
        for word in words:
            if not _NAME_WORD.match(word) or not word[0].isupper():
                return False
    return True


def parse_byline(line: str) -> str | None:
    """The tidied byline when ``line`` reads as one, else None.

    Accepted: 1-5 capitalised words (``Ánh Sáng``, ``THU HẰNG``), several names joined by
    ``-``/``và``/``,``, ``Nhóm phóng viên``/``Nhóm PV``, ``Theo TTXVN`` and
    ``Minh Châu (TTXVN)``; ``PV.`` (a staff abbreviation with its stop) is ``PV``.
    """
    text = re.sub(r"\s+", " ", line.replace("\u00a0", " ")).strip().strip("*_ ")
    text = re.sub(r"\s+[-–—]$", "", text)  # "Hồ Xuân Mai -": a separator left by the page
    text = _EMAIL.sub("", text)  # "Thanh Tâm - tam@baoxyz.vn": the reporter's address
    if not text or len(text) > 80 or any(char.isdigit() for char in text):
        return None
    theo = parse_theo_line(text)
    if theo:
        return f"Theo {theo}"
    if _ABBREVIATED_STAFF.match(text):
        text = text[:-1]
    if text[-1] in _TERMINAL:
        return None
    if _BYLINE_PHRASE.match(text):
        return tidy_name(text)
    paired = _NAME_AGENCY.match(text)
    if paired and _names_like(paired.group("names")):
        return f"{tidy_name(paired.group('names'))} ({paired.group('agency').strip()})"
    if _names_like(text):
        return tidy_name(text)
    publication = _PUBLICATION.match(text)
    if publication and len(text.split()) <= 7 and publication.group("name")[0].isupper():
        return text
    return None


def parse_theo_line(line: str) -> str | None:
    """``Theo TTXVN`` / ``(Theo VOV)`` → the source named (``TTXVN``); None otherwise."""
    match = _THEO.match(re.sub(r"\s+", " ", line).strip())
    if not match:
        return None
    source = clean_credit(match.group("src"))
    return source if _credit_like(source, strict=True) else None


def source_from_byline(byline: str | None) -> str | None:
    """The agency named in a byline: ``Theo TTXVN`` → ``TTXVN``, ``An (VOV)`` → ``VOV``."""
    if not byline:
        return None
    theo = _THEO.match(byline)
    if theo:
        return clean_credit(theo.group("src"))
    paired = _NAME_AGENCY.match(byline)
    if paired:
        return paired.group("agency").strip()
    return None


def parse_source_line(line: str) -> str | None:
    """``Nguồn: TTXVN`` → ``TTXVN``; None for other lines."""
    match = _SOURCE_LINE.match(line.strip())
    if not match:
        return None
    source = clean_credit(match.group("src"))
    return source if _credit_like(source, strict=False) else None


# --------------------------------------------------------------------------------------
# Reporter lines near the top: "Bài và ảnh: Thu Hằng", "Nhóm PV - 14:35 25/11/2026"
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class AuthorLine:
    """What a reporter/time line says: who wrote it, who took the photos, and when."""

    byline: str | None
    photo_credit: str | None
    published_at: datetime | None


_BAI_VA_ANH = re.compile(
    r"^(?:(?:bài|tin)\s*(?:và|,|/|&|\+|-|–)\s*ảnh|ảnh\s*(?:và|,|/|&)\s*(?:bài|tin))"
    r"\s*:\s*(?P<name>.+?)\s*\.?$",
    re.IGNORECASE,
)
_BAI_ANH = re.compile(
    r"^bài\s*:\s*(?P<writer>.+?)\s*(?:[-–—|;,]\s*|\s+)ảnh\s*:\s*(?P<photo>.+?)\s*\.?$",
    re.IGNORECASE,
)
_BAI = re.compile(r"^(?:bài|tin|ghi\s+chép)\s*:\s*(?P<writer>.+?)\s*\.?$", re.IGNORECASE)
_TIME = r"(?P<hour>\d{1,2})\s*[:hg]\s*(?P<minute>\d{2})(?:\s*(?:phút|')?)"
_DATE = r"(?P<day>\d{1,2})[/.-](?P<month>\d{1,2})[/.-](?P<year>\d{4})"
_WEEKDAY = r"(?:(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)\s*,?\s*)?"
_GMT = r"(?:\s*\(?\s*GMT\s*\+\s*7\s*\)?)?"
_STAMPS = (
    re.compile(rf"^{_WEEKDAY}{_TIME}\s*[,|\-–]?\s*(?:ngày\s+)?{_DATE}{_GMT}$", re.IGNORECASE),
    re.compile(rf"^{_WEEKDAY}(?:ngày\s+)?{_DATE}\s*[,|\-–]?\s*{_TIME}{_GMT}$", re.IGNORECASE),
    # "10:35 Thứ Ba, 12/3/2024 (GMT+7)": the weekday between the time and the date
    re.compile(rf"^{_TIME}\s*[,|\-–]?\s*{_WEEKDAY}(?:ngày\s+)?{_DATE}{_GMT}$", re.IGNORECASE),
)
# Where a time stamp may start after a name or a reporter label: "Thu Hằng | 08:15, 12/3/2026".
_STAMP_SEPARATOR = re.compile(r"\s*[-–—|,]\s*")


# "Cập nhật: 08:30 | 18/09/2024", "Ngày đăng: 25/11/2026 14:35": what sites print before the time.
_STAMP_LABEL = re.compile(
    r"^(?:cập\s+nhật|ngày\s+đăng|đăng\s+(?:lúc|ngày)|xuất\s+bản|thời\s+gian)"
    r"(?:\s+lúc)?\s*:?\s*(?=\d|thứ|chủ)",
    re.IGNORECASE,
)


def _parse_stamp(text: str) -> datetime | None:
    text = _STAMP_LABEL.sub("", text.strip(), count=1)
    match = next((m for m in (p.match(text) for p in _STAMPS) if m), None)
    if match is None:
        return None
    try:
        return datetime(
            int(match.group("year")),
            int(match.group("month")),
            int(match.group("day")),
            int(match.group("hour")),
            int(match.group("minute")),
            tzinfo=VIETNAM_TZ,
        )
    except ValueError:
        return None


def parse_author_line(line: str) -> AuthorLine | None:
    """Read a reporter/photographer/time line; None when the line is something else.

    The reporter part (``Bài và ảnh: Thu Hằng``, ``Bài: A - Ảnh: B``, or a bare name) may be
    followed by a time stamp: ``Bài và ảnh: MINH QUÂN | 10:35 Thứ Ba, 12/3/2024 (GMT+7)``.
    """
    text = re.sub(r"\s+", " ", line.replace("\u00a0", " ")).strip()
    if not text or len(text) > 120:
        return None
    stamp = _parse_stamp(text)
    if stamp:
        return AuthorLine(byline=None, photo_credit=None, published_at=stamp)
    for separator in _STAMP_SEPARATOR.finditer(text):
        head = text[: separator.start()]
        if len(head) < 2 or any(char.isdigit() for char in head):
            continue
        stamp = _parse_stamp(text[separator.end() :])
        if stamp is None:
            continue
        reporters = _reporter_labels(head)
        if reporters is not None:
            return replace(reporters, published_at=stamp)
        byline = parse_byline(head)
        return AuthorLine(byline=byline, photo_credit=None, published_at=stamp) if byline else None
    return _reporter_labels(text)


def _reporter_labels(text: str) -> AuthorLine | None:
    """``Bài và ảnh: X``, ``Bài: X - Ảnh: Y``, ``Bài: X`` (no time stamp), or None."""
    match = _BAI_VA_ANH.match(text)
    if match and _credit_like(match.group("name"), strict=True):
        name = clean_credit(match.group("name"))
        return AuthorLine(byline=name, photo_credit=name, published_at=None)
    match = _BAI_ANH.match(text)
    if (
        match
        and _credit_like(match.group("writer"), strict=True)
        and _credit_like(match.group("photo"), strict=True)
    ):
        return AuthorLine(
            byline=clean_credit(match.group("writer")),
            photo_credit=clean_credit(match.group("photo")),
            published_at=None,
        )
    match = _BAI.match(text)
    if match and _credit_like(match.group("writer"), strict=True):
        return AuthorLine(
            byline=clean_credit(match.group("writer")), photo_credit=None, published_at=None
        )
    return None
