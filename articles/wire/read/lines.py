"""Lines of plain-text copy as pages saved to text set them (see ``docs/import.md``, "Plain
text"): the blank lines between them, lines broken around a linked word, and a lead paragraph
printed after the byline.

A page turned into text keeps a line break wherever the markup had an element boundary: a
linked word (``<a>VietNamNet</a>``), a highlighted name, a credit in its own ``<span>``. The
sentence is then spread over several lines::

    Trong cuộc trao đổi với          ← no final punctuation
    VietNamNet                        ← the linked word, alone
    về chuyện bổ nhiệm cán bộ, …      ← goes on in lower case

:func:`rejoin_broken_lines` puts such a sentence back on one line. It only joins what cannot
stand alone: a line that starts in lower case or with closing punctuation (``.``, ``,``, ``)``),
a short line wedged into a sentence, a credit pushed under its ``Ảnh:`` label, a name under a
dangling dash (``Minh Khang -`` / ``Hoàng Lan``), a short bracket (``(t/h)``, ``(TTXVN)``) under
the line it belongs to. Clean agency copy has none of these, so it comes through unchanged.
:func:`moved_lead` finds the sapo a page printed last.
"""

from __future__ import annotations

import re

from media.credits import CREDIT_LABEL

from .credits import is_layout_artefact, split_credit

__all__ = ["Line", "moved_lead", "rejoin_broken_lines", "spaced_lines"]

#: A line of text and the number of blank lines above it.
Line = tuple[str, int]

# A sentence (or a caption, a title) ends here: nothing after it on the next line belongs to it.
_ENDS_SENTENCE = re.compile(r"[.!?…:;][”\"’»)\]]*$")
# A quotation or bracket closed at the end of the line (a quote ends a paragraph).
_ENDS_CLOSED = re.compile(r"[”\"’»)\]]$")
# An enumeration ("a) …", "b. …") starts a new item, though in lower case.
_ENUMERATION = re.compile(r"^[^\W\d_]{1,2}[).]\s")
# Punctuation that cannot open a line: it closes what the line above started.
_CLOSING_START = re.compile(r"^[.,;:)\]!?]")
# A credit label left at the end of a caption, its credit on the next line ("… Ảnh:" / "Getty.").
# Also "… sáng 6/2. Ảnh" / "Thắng Quang.": the label opening its own sentence, without colon.
_DANGLING_LABEL = re.compile(
    rf"(?:(?:^|[\s.(])(?:{CREDIT_LABEL})\s*:|[.!?…]\s+(?-i:Ảnh|ẢNH))$", re.IGNORECASE
)
#: The end of a line long enough to hold a label and its separator.
MAX_LABEL_TAIL = 40
# A short bracket alone on its line: "(t/h)", "(TTXVN)", "(trái)", "(ảnh cắt từ clip)".
_SHORT_BRACKET = re.compile(r"^\([^()]{1,40}\)$")
# The outlet a name was written for, after a slash the crawler put on a line of its own.
_SLASH_TAIL = re.compile(r"^/\s?[^\W\d_][^/]{0,30}$")
#: A line at most this many words long, alone between two parts of a sentence, is a word the
#: page linked or highlighted ("VietNamNet", "BBC", "War is Boring").
MAX_WEDGED_WORDS = 4
MAX_WEDGED_CHARS = 40
#: The most words of a credit pushed onto the line under its label.
MAX_PUSHED_CREDIT_WORDS = 6


def spaced_lines(text: str) -> list[Line]:
    """Non-empty lines, stripped, each with the number of blank lines above it."""
    lines: list[Line] = []
    blank = 0
    for raw in text.split("\n"):
        line = raw.strip()
        if not line:
            blank += 1
            continue
        lines.append((line, blank))
        blank = 0
    return lines


def _dangling_label(text: str) -> bool:
    # only the end of the line can hold it: the pattern is not scanned over the whole line
    if not text.endswith((":", "Ảnh", "ẢNH")):
        return False
    return bool(_DANGLING_LABEL.search(text[-MAX_LABEL_TAIL:]))


def _ends_sentence(text: str) -> bool:
    return bool(_ENDS_SENTENCE.search(text))


def _goes_on(text: str) -> bool:
    """Lower case after a break: the sentence goes on ("về chuyện…", "trao quyết định…")."""
    return text[0].islower() and not _ENUMERATION.match(text)


def _continues(text: str) -> bool:
    """The line can only be the rest of the line above."""
    return _goes_on(text) or bool(_CLOSING_START.match(text))


def _open(text: str) -> bool:
    """The line stops in mid-sentence, and is no caption that ends with its credit."""
    if _ends_sentence(text) or _ENDS_CLOSED.search(text):
        return False
    return split_credit(text)[1] is None


def _join(left: str, right: str) -> str:
    if left.endswith(("(", "[", "“", "/")) or _CLOSING_START.match(right) or right[0] == "/":
        return left + right
    return f"{left} {right}"


def _wedged(text: str) -> bool:
    return (
        len(text) <= MAX_WEDGED_CHARS
        and len(text.split()) <= MAX_WEDGED_WORDS
        and not _ends_sentence(text)
    )


def rejoin_broken_lines(lines: list[Line]) -> list[Line]:
    """Join the lines of a sentence (or caption, or byline) that the page broke around a
    linked word or a credit; a joined line keeps the gap of its first part."""
    out: list[Line] = []
    index = 0
    total = len(lines)
    while index < total:
        text, gap = lines[index]
        index += 1
        if is_layout_artefact(text):
            out.append((text, gap))
            continue
        previous = out[-1] if out and gap == 0 and not is_layout_artefact(out[-1][0]) else None
        # A credit pushed under its label: "… cúp máy đột ngột. Ảnh:" / "Getty."
        if (
            previous is not None
            and _dangling_label(previous[0])
            and len(text.split()) <= MAX_PUSHED_CREDIT_WORDS
        ):
            out[-1] = (f"{previous[0]} {text}", previous[1])
            continue
        # A name after a dash: "Minh Khang -" / "Hoàng Lan".
        if (
            previous is not None
            and previous[0].endswith((" -", " –", " —"))
            and len(text.split()) <= MAX_PUSHED_CREDIT_WORDS
            and not _ends_sentence(text)
        ):
            out[-1] = (f"{previous[0]} {text}", previous[1])
            continue
        # A short line wedged into a sentence: "… trao đổi với" / "VietNamNet" / "về chuyện…".
        if index < total and lines[index][1] == 0 and _wedged(text) and _continues(lines[index][0]):
            text = _join(text, lines[index][0])
            index += 1
            if previous is not None and _open(previous[0]):
                out[-1] = (_join(previous[0], text), previous[1])
            else:
                out.append((text, gap))
            continue
        if previous is not None and (
            _CLOSING_START.match(text) or (_goes_on(text) and _open(previous[0]))
        ):
            out[-1] = (_join(previous[0], text), previous[1])
            continue
        # A short bracket under the line it belongs to: "Thế Công" / "(t/h)"; an outlet after
        # its slash: "Thế Công" / "/KD&PL".
        if (
            out
            and gap <= 1
            and (_SHORT_BRACKET.match(text) or _SLASH_TAIL.match(text))
            and not is_layout_artefact(out[-1][0])
            and not _ends_sentence(out[-1][0])
            and not _ENDS_CLOSED.search(out[-1][0])
        ):
            out[-1] = (_join(out[-1][0], text), out[-1][1])
            continue
        out.append((text, gap))
    return out


#: A lead paragraph is at least this long, and at least MIN_UNSTOPPED_LEAD without a stop.
MIN_LEAD = 60
MIN_UNSTOPPED_LEAD = 100
#: Share of the body's lines that follow the line above without a blank line, for the body to
#: count as packed (one paragraph a line, no blank lines between).
PACKED = 0.8
#: The fewest lines a body needs for its spacing to say anything.
MIN_BODY_LINES = 3
#: The first line must read as a title: at most this long, no final full stop.
MAX_HEAD = 200


def moved_lead(lines: list[Line]) -> str | None:
    """The lead paragraph when a page printed it last, set apart from the story.

    Some sites (and the aggregators that copy them) print the sapo after the body, under the
    byline. It shows as a last paragraph standing apart (a blank line above it) from a body
    whose lines are packed (one paragraph a line, no blank lines between), under a first line
    (the title) that stands apart too. In copy whose
    paragraphs are all spaced, or all packed, nothing stands apart, and nothing is moved.
    (The decoder's normalisation keeps at most one blank line, so a gap is 0 or 1.)
    """
    # A title (or first line) apart, a packed body of some lines, the lead apart again.
    if len(lines) < 2 + MIN_BODY_LINES or lines[1][1] == 0:
        return None
    head = lines[0][0]
    if len(head) > MAX_HEAD or (head.endswith(".") and not head.endswith("..")):
        return None
    text, gap = lines[-1]
    if gap == 0 or len(text) < MIN_LEAD or text[0] in "(*[":
        return None
    # a paragraph: it ends a sentence, or is too long for anything else (a sapo without stop)
    if not (_ends_sentence(text) or _ENDS_CLOSED.search(text) or len(text) >= MIN_UNSTOPPED_LEAD):
        return None
    inner = [spacing for _, spacing in lines[2:-1]]
    packed = sum(1 for spacing in inner if spacing == 0)
    return text if packed >= PACKED * len(inner) else None
