"""Signals that a line of the story is an uncredited photo's caption, read from what it shares
with the rest of the story or from what it says it shows.

- a bracket naming the photo (``… (ảnh chụp di tích …)``): the line says it is about a photo;
- a copy of the story's words: agencies write captions from the text, so the line where the
  lead photo stood may repeat a clause of a later paragraph word for word, a line anywhere may
  be cut, nearly whole, from a longer paragraph, and a sentence set between two much longer
  paragraphs may say again, in their words, what one of them said;
- a person or a public body introduced again in full: a caption names the official with
  their post, or the body by its whole name, even when the text has done so (``Chủ tịch nước
  <Name> tới dự …`` after ``Tham dự có Chủ tịch nước <Name>, …``), since a caption is read
  apart from the text; the story's own later sentences say ``ông <Name>``, the post or
  ``Sở`` alone;
- a document or a plan shown, named and dated and nothing else (``Biên bản cuộc họp ngày …``).

Each is only asked where :mod:`.assemble` and :mod:`.lone_lines` already stand a photo (the
first body line of copy whose lead was printed apart, an isolated sentence); the rules, with
examples, are in ``docs/import.md`` ("Plain text").
"""

from __future__ import annotations

import functools
import math
import re

from people.mentions.officials import opening_designation

from .shapes import (
    _NARRATIVE_OPENING,
    MAX_SUBHEADING_WORDS_AT_TOP,
    _prescriptive,
    one_sentence,
    reads_as_caption,
)

__all__ = [
    "MIN_COPIED_WORDS",
    "RESTATED_NEIGHBOUR_SHARE",
    "copies_story_clause",
    "excerpts_paragraph",
    "introduces_again",
    "names_photo_in_bracket",
    "restates_neighbour",
    "shows_document",
]

_WORD = re.compile(r"[^\W_]+")

# A closing bracket that says what the photo shows: "(ảnh chụp di tích …)", "(trong ảnh: …)".
# "(Ảnh: CTV)" and "(ảnh cắt từ clip)" are credits (:mod:`.credits`), read before this.
_PHOTO_BRACKET = re.compile(
    r"\s\((?:ảnh\s+chụp|trong\s+ảnh|hình\s+chụp)\b[^()]{3,120}\)\.?$",
    re.IGNORECASE,
)
#: Longest line read as a caption for its bracket, in words.
MAX_BRACKETED_CAPTION_WORDS = 45


def names_photo_in_bracket(text: str) -> bool:
    """Whether a line closes on a bracket saying what its photo shows ("Lãnh đạo thành phố
    yêu cầu … (ảnh chụp di tích …)"): a story's sentence does not point at a photo."""
    if not text.rstrip(".").endswith(")"):  # cheap first: most lines close on no bracket
        return False
    return (
        len(text.split()) <= MAX_BRACKETED_CAPTION_WORDS
        and _PHOTO_BRACKET.search(text) is not None
        and one_sentence(_PHOTO_BRACKET.sub("", text).rstrip("."))
    )


#: Fewest words of a first body line read as a copy of a later paragraph's clause.
MIN_COPIED_WORDS = 8


def _words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def copies_story_clause(text: str, later: list[str]) -> bool:
    """Whether the line where the lead photo stood repeats, word for word, a clause of a later
    paragraph ("Tính đến ngày …, 98% cơ sở … đã kết nối vào hệ thống" with no stop, the very
    words of a sentence further down): the caption, written from the text. One sentence of at
    least :data:`MIN_COPIED_WORDS` words that reports no speech; an inter-title announces its
    section in its own words."""
    words = _words(text)
    if len(words) < MIN_COPIED_WORDS or not one_sentence(text.rstrip(".")):
        return False
    if not reads_as_caption(text):
        return False
    needle = f" {' '.join(words)} "
    return any(needle in f" {' '.join(_words(paragraph))} " for paragraph in later)


#: Share of a line's words standing, unbroken and in their order, in a longer paragraph for it to
#: be cut from that paragraph; how many times longer (in words) the paragraph must be — a
#: paragraph the page printed twice is no excerpt —; and the line's length in words: longer
#: than an inter-title, which may well take its words from its section.
EXCERPT_SHARE = 0.85
EXCERPT_SOURCE_RATIO = 1.2
MIN_EXCERPT_WORDS = MAX_SUBHEADING_WORDS_AT_TOP + 1
MAX_EXCERPT_WORDS = 40
_OPENING_QUOTES = "\"“«‘'"


def excerpts_paragraph(text: str, paragraphs: list[str]) -> bool:
    """Whether a line of the body is, nearly all of it, one run of words cut from a longer
    paragraph of the story ("<Title> <Name> tiếp ông <Name>, Trưởng đại diện … ." under "Sáng
    7/2, tại …, <Title> <Name> tiếp ông <Name>, Trưởng đại diện … ."; "<Province> tỉnh sẽ tiếp
    tục …" with no stop, the very words of a paragraph above): the caption of a photo, written
    from the text. The story does not say again, word for word, what it has just said. One
    sentence of 11–40 words, with or without its stop, that reports no speech; not a quotation
    (a pull quote repeats the story's words too)."""
    if text[:1] in _OPENING_QUOTES or ":" in text or len(text.split()) > MAX_EXCERPT_WORDS:
        return False  # cheap first: most paragraphs are longer
    words = _words(text)
    if not MIN_EXCERPT_WORDS <= len(words) <= MAX_EXCERPT_WORDS:
        return False
    if not one_sentence(text.rstrip(".")) or not reads_as_caption(text):
        return False
    span = math.ceil(EXCERPT_SHARE * len(words))
    runs = [f" {' '.join(words[start : start + span])} " for start in range(len(words) - span + 1)]
    for paragraph in paragraphs:
        size, haystack = _joined_words(paragraph)
        if size >= EXCERPT_SOURCE_RATIO * len(words) and any(run in haystack for run in runs):
            return True
    return False


@functools.lru_cache(maxsize=1024)
def _joined_words(paragraph: str) -> tuple[int, str]:
    """A paragraph's word count and its words joined between spaces (asked once per line)."""
    words = _words(paragraph)
    return len(words), f" {' '.join(words)} "


#: Share of an isolated sentence's words found in the paragraph beside it for it to restate it.
RESTATED_NEIGHBOUR_SHARE = 0.8
MIN_RESTATED_WORDS = 8
MAX_RESTATED_WORDS = 30


def restates_neighbour(text: str, before: str, after: str) -> bool:
    """Whether a sentence set between two much longer paragraphs (the caller measures that)
    says again, nearly all in their words, what the paragraph before or after it says ("Sông
    <Name> chảy qua xã … đã được cải tạo …" under "… sông <Name> chảy qua huyện đã được cải
    tạo …"): the caption of a photo of it, written from the text — narrated past included,
    which the descriptive rules refuse. It must still be one sentence with its stop, report no
    speech, and open on no link to what came before and no claim or call."""
    words = _words(text)
    if not MIN_RESTATED_WORDS <= len(words) <= MAX_RESTATED_WORDS:
        return False
    if not text.endswith(".") or text.endswith("..") or not text[0].isupper():
        return False
    if not one_sentence(text[:-1]) or not reads_as_caption(text) or ":" in text:
        return False
    if _NARRATIVE_OPENING.match(text) or _prescriptive(text):
        return False
    for neighbour in (before, after):
        known = set(_words(neighbour))
        if sum(word in known for word in words) >= RESTATED_NEIGHBOUR_SHARE * len(words):
            return True
    return False


# Documents and plans a photo shows: "Biên bản cuộc làm việc ngày …", "Công văn số … ngày …",
# "Phối cảnh dự án …", "Sơ đồ …".
_DOCUMENT = re.compile(
    r"^(?:bản\s+sao\s+)?(?:biên bản|công văn|văn bản|tờ trình|bức thư|lá thư|lá đơn|đơn thư|"
    r"giấy chứng nhận|giấy phép|giấy mời|quyết định|thông báo|bản đồ|sơ đồ|phối cảnh|"
    r"bản vẽ|mô hình)\s+(?P<rest>.+)$",
    re.IGNORECASE,
)
_DATE_AT_END = re.compile(r"\bngày\s+\d{1,2}\s*[-/.]\s*\d{1,2}(?:\s*[-/.]\s*\d{2,4})?$")
# Words that make the phrase a sentence about the document, not the document shown: "Quyết
# định có hiệu lực từ ngày …", "Văn bản được gửi ngày …".
_DOCUMENT_PREDICATE = frozenset(
    ("có", "là", "được", "bị", "đã", "sẽ", "đang", "phải", "cần", "không", "nêu", "ghi",
     "yêu", "cho", "gửi", "quy", "nói", "chỉ", "vừa", "mới")
)  # fmt: skip
#: Longest document line read as a caption, in words.
MAX_DOCUMENT_WORDS = 15


def shows_document(text: str) -> bool:
    """Whether a line names a document or a plan and dates it, and says nothing about it
    ("Biên bản cuộc làm việc ngày 1/2/2017."): the caption of a photo of that document. A
    sentence about it has a predicate ("Quyết định có hiệu lực từ ngày …")."""
    text = text.strip()
    if not text.rstrip(".")[-1:].isdigit():
        return False  # cheap first: the line closes on its date
    body = text[:-1] if text.endswith(".") and not text.endswith("..") else text
    found = _DOCUMENT.match(body)
    if found is None or len(body.split()) > MAX_DOCUMENT_WORDS:
        return False
    if not one_sentence(body) or not _DATE_AT_END.search(body):
        return False
    return not any(word.casefold() in _DOCUMENT_PREDICATE for word in found["rest"].split())


#: Longest sentence read as a caption for whom it introduces again, in words.
MAX_REINTRODUCED_WORDS = 35
_ADDRESS = frozenset(("ông", "bà", "anh", "chị", "đồng chí"))


def introduces_again(text: str, others: list[str]) -> bool:
    """Whether a sentence opens on a named person with their post ("Chủ tịch nước <Name>",
    "Ông <Name>, Phó Chủ tịch UBND tỉnh …,") or on a public body's whole name ("Sở Thông tin
    và Truyền thông <Place>", :func:`_opening_body`) written word for word in another paragraph
    of the story too, then says what they do: a caption, which introduces them again because it
    is read apart from the text. One sentence with its stop and a lower-case predicate, no
    reported speech, no link to what came before; the caller asks that the paragraph before
    it be longer."""
    words = text.split()
    if len(words) > MAX_REINTRODUCED_WORDS or not text.endswith(".") or text.endswith(".."):
        return False
    if not one_sentence(text[:-1]) or not reads_as_caption(text) or ":" in text:
        return False
    if _NARRATIVE_OPENING.match(text) or _prescriptive(text):
        return False
    end, named = opening_designation(text)
    if not named:
        end = _opening_body(text)
        if not end:
            return False
    designation = text[:end].rstrip(" ,")
    rest = text[end:].lstrip(" ,")
    if not rest or not rest[0].islower():
        return False
    # a post, not an address and a name alone ("Ông <Name>"): titles hold lower-case words
    head = designation.split()
    if head and head[0].casefold() in _ADDRESS:
        head = head[1:]
    if not any(word[0].islower() for word in head):
        return False
    return any(designation in other for other in others)


# Public bodies a caption names in full, as it names people: "Sở Thông tin và Truyền thông
# <Place> đang lấy ý kiến …".
_BODY_HEADS = frozenset(
    ("sở", "bộ", "ủy ban", "uỷ ban", "ubnd", "cục", "tổng cục", "ban", "viện", "tòa án", "toà án",
     "công an", "hội đồng", "văn phòng", "tỉnh ủy", "tỉnh uỷ", "thành ủy", "thành uỷ",
     "huyện ủy", "huyện uỷ", "quận ủy", "quận uỷ", "ngân hàng", "kho bạc", "thanh tra")
)  # fmt: skip
#: Fewest words of a body's name read as naming it in full.
MIN_BODY_WORDS = 5


def _opening_body(text: str) -> int:
    """Where the full name of a public body opening ``text`` ends ("Sở Thông tin và Truyền
    thông Hà Nội"), or 0: a head ("Sở", "Ủy ban" …), then capitalised words and the
    lower-case words between them, ending on a capitalised one, at least five words."""
    words = text.split()
    head = next((n for n in (2, 1) if " ".join(words[:n]).casefold() in _BODY_HEADS), 0)
    if not head:
        return 0
    last = 0
    for k in range(head, len(words)):
        word = words[k].rstrip(",")
        if not word[:1].isupper():
            # a lower-case word inside the name is followed by a capitalised one
            if not any(w[:1].isupper() for w in words[k + 1 : k + 3]):
                break
            continue
        last = k + 1
        if words[k].endswith(","):
            break
    if last < MIN_BODY_WORDS:
        return 0
    return len(" ".join(words[:last]))
