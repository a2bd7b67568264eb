"""A line standing alone between paragraphs, read with its neighbours: a quoted or a
questioning inter-title, the caption of a photo (isolated between long paragraphs, named
people acting not gone on from below, a line cut from a longer paragraph, a description that
lost its stop, a story's only inter-title too long to stand alone), a name over its posts on
the next line. :func:`read_lone_lines` runs the passes in order.

The shape of the line alone cannot tell these apart from the story's own sentences (a pull
quote, an interviewer's question, a sentence without its stop), so :mod:`.assemble` marks the
candidates while it classifies lines and these passes decide from what stands around them.
The rules, with examples, are in ``docs/import.md`` ("Plain text").
"""

from __future__ import annotations

import re
from typing import Protocol

from people.mentions.officials import opening_designation

from .caption_signals import excerpts_paragraph, introduces_again, restates_neighbour
from .shapes import (
    ISOLATION,
    MAX_NAMED_SCENE_WORDS,
    one_sentence,
    pictures_event_view,
    reads_as_isolated_caption,
    reads_as_lone_heading_caption,
    reads_as_quoted_heading,
    shows_people_acting,
    shows_scene,
)

__all__ = [
    "MAX_NAME_LINE_WORDS",
    "MAX_QUESTION_HEADING_WORDS",
    "MAX_STORY_QUESTIONS",
    "SCENE_ISOLATION",
    "designation_split",
    "ends_unstopped",
    "join_split_designations",
    "mark_isolated_captions",
    "mark_lone_heading_caption",
    "mark_question_headings",
    "mark_quoted_headings",
    "mark_scenes_and_excerpts",
    "read_lone_lines",
    "reads_as_isolated_question",
    "reads_as_question_heading",
    "reads_as_unstopped_caption",
]


class Entry(Protocol):
    """A classified body line of :mod:`.assemble` (its ``_Entry``)."""

    kind: str
    text: str
    inferred: bool


_STOPS = ".!?…:;,"
_CLOSING_QUOTES = "\"”»’'"
_OPENING_QUOTES = "\"“«‘'"


def ends_unstopped(text: str) -> bool:
    """Whether a line ends without a sentence's stop, a quoted phrase closing it included
    ("… hưởng ứng “Tết trồng cây”", "… hưởng ứng \"Tết trồng cây\""); a whole quotation or a
    quoted sentence ("… nói: “Đúng rồi.”") is not such a line."""
    text = text.rstrip()
    if not text or text[0] in _OPENING_QUOTES:
        return False
    if text[-1] in _CLOSING_QUOTES:
        quote = text[-1]
        opening = "“" if quote == "”" else "«" if quote == "»" else quote
        inner = text[:-1]
        if opening not in inner:
            return False
        text = inner.rstrip()
    return bool(text) and text[-1] not in _STOPS and text[-1] not in _CLOSING_QUOTES


def reads_as_unstopped_caption(text: str) -> bool:
    """A line with no final stop that the inter-title rules leave (too long for one, or closing
    on a phrase in straight quotes), showing named people doing what a photo shows
    (:func:`~.shapes.shows_people_acting`): the caption of an uncredited photo. Inter-title
    shaped lines are read by ``shows_scene`` instead."""
    return ends_unstopped(text) and shows_people_acting(text)


#: Longest question read as an inter-title, in words, and fewest.
MAX_QUESTION_HEADING_WORDS = 10
MIN_QUESTION_HEADING_WORDS = 3
#: A story with more question paragraphs than this is an interview or a string of rhetorical
#: questions: its short questions are the story's.
MAX_STORY_QUESTIONS = 2
#: How many times longer than a question the paragraph under it must be.
QUESTION_ANSWERED = 3
# Who a question is put to, or what it refers back to: an interviewer's or the story's own
# question ("Ông nghĩ sao?", "Vì sao vậy?"), not a section's. "như thế nào" asks, it does not
# refer back.
_ADDRESSED = re.compile(
    r"\b(?:ông|bà|anh|chị|em|bạn|tôi|chúng ta|chúng tôi|mình|ngài|này|đó|ấy|vậy|nữa)\b",
    re.IGNORECASE,
)


def reads_as_question_heading(text: str) -> bool:
    """One short question, put to no one and referring back to nothing ("Hà Nội chậm …?",
    "Đấu giá … diễn ra như thế nào?"): the shape of a section's inter-title asking what the
    section answers. Whether it is one depends on its neighbours
    (:func:`mark_question_headings`)."""
    text = text.strip()
    words = text.split()
    return (
        text.endswith("?")
        and not text.endswith(("??", "?!", "!?"))
        and MIN_QUESTION_HEADING_WORDS <= len(words) <= MAX_QUESTION_HEADING_WORDS
        and text[0].isupper()
        and not any(mark in text for mark in ',:;“”"«»()')
        and one_sentence(text[:-1])
        and not _ADDRESSED.search(text)
    )


#: How many times longer the paragraphs on each side of a scene must be than the scene itself
#: (:func:`mark_isolated_captions`); other sentences need :data:`~.shapes.ISOLATION`.
SCENE_ISOLATION = 1.5
#: Fewest words of a question read as a photo's caption: a shorter one heads a section.
MIN_QUESTION_CAPTION_WORDS = MAX_QUESTION_HEADING_WORDS + 1
MAX_QUESTION_CAPTION_WORDS = 30


# A question put to someone, as an interviewer puts it: "Ông nghĩ sao …?", "Thưa bà, …?",
# "… phải không, thưa ông?", "Theo anh, …?" ("ông chủ mới" inside is a noun, no address).
_PUT_TO = re.compile(
    r"^(?:theo\s+|thưa\s+)?(?:ông|bà|anh|chị|em|bạn|ngài)\b|\bthưa\b|\b(?:tôi|chúng ta|"
    r"chúng tôi|mình)\b|\b(?:ông|bà|anh|chị)\s*\?$",
    re.IGNORECASE,
)
_REFERS_BACK = re.compile(r"\b(?:này|đó|ấy|vậy|nữa)\b", re.IGNORECASE)


def reads_as_isolated_question(text: str) -> bool:
    """One question, longer than an inter-title's and put to no one ("Liệu sau khi …, các
    doanh nghiệp có giữ đúng cam kết …?"): between two much longer paragraphs of a story that
    asks no other question there, what a photo is left to ask (:func:`mark_isolated_captions`).
    """
    text = text.strip()
    return (
        text.endswith("?")
        and MIN_QUESTION_CAPTION_WORDS <= len(text.split()) <= MAX_QUESTION_CAPTION_WORDS
        and text[0].isupper()
        and not any(mark in text for mark in ':;“”"«»')
        and one_sentence(text[:-1])
        and not _PUT_TO.search(text)
        and not _REFERS_BACK.search(text)
    )


def _questions(entries: list[Entry]) -> int:
    return sum(1 for e in entries if e.kind == "paragraph" and e.text.rstrip().endswith("?"))


def read_lone_lines(entries: list[Entry], *, lead_found: bool) -> None:
    """Decide the lines :mod:`.assemble` left to their neighbours, in order: captions where the
    copy keeps photos' captions as lines (``lead_found``: its lead was printed apart; in other
    copy only the surest shapes), then quoted and questioning inter-titles, then a lone
    inter-title that is a caption."""
    if lead_found:
        mark_isolated_captions(entries)
        mark_scenes_and_excerpts(entries)
    else:
        mark_event_pictures(entries)
    mark_quoted_headings(entries)
    mark_question_headings(entries)
    if lead_found:
        mark_lone_heading_caption(entries)


def mark_event_pictures(entries: list[Entry]) -> None:
    """In copy with no other sign of where its photos stood, a line between two paragraphs
    that shows the view of an event (:func:`~.shapes.pictures_event_view`: "Quang cảnh phiên
    họp.", "Toàn cảnh hội nghị") and is shorter than the paragraph before it is a photo's
    uncredited caption: the story's prose does not say that."""
    for index in range(1, len(entries) - 1):
        entry, before, after = entries[index], entries[index - 1], entries[index + 1]
        if entry.kind != "paragraph" or before.kind != "paragraph":
            continue
        if after.kind not in ("paragraph", "subheading"):
            continue
        if len(before.text) < SCENE_ISOLATION * len(entry.text):
            continue
        if len(entry.text.split()) <= MAX_EVENT_PICTURE_WORDS and pictures_event_view(entry.text):
            entry.kind = "caption"


#: Longest line :func:`mark_event_pictures` reads as a caption, in words.
MAX_EVENT_PICTURE_WORDS = 25


def mark_isolated_captions(entries: list[Entry]) -> None:
    """A short descriptive sentence set between two much longer paragraphs is the caption of a
    photo that stood there (uncredited): see :func:`~.shapes.reads_as_isolated_caption`; so is
    a question longer than an inter-title (:func:`reads_as_isolated_question`) when the story
    asks no more than :data:`MAX_STORY_QUESTIONS` questions and none next to it. Only asked of
    copy whose lead was printed apart (the crawl that keeps photos' captions as lines)."""
    asked = _questions(entries)
    for index in range(1, len(entries) - 1):
        entry = entries[index]
        before, after = entries[index - 1], entries[index + 1]
        if entry.kind != "paragraph" or before.kind != "paragraph":
            continue
        if len(before.text) >= SCENE_ISOLATION * len(entry.text) and introduces_again(
            entry.text, [e.text for e in entries if e is not entry]
        ):
            # "Chủ tịch nước <Name> tới dự …", the person named in full again
            entry.kind = "caption"
            continue
        # a photo closing a section stands before the next inter-title
        if after.kind not in ("paragraph", "subheading"):
            continue
        # a scene ("<Title> <Name> khai mạc phiên giao dịch …") needs less isolation
        scene = entry.text.endswith(".") and shows_scene(entry.text[:-1])
        shortest = (SCENE_ISOLATION if scene else ISOLATION) * len(entry.text)
        if len(before.text) < shortest:
            continue
        if after.kind == "paragraph" and len(after.text) < shortest:
            continue
        if (
            reads_as_isolated_caption(entry.text)
            or restates_neighbour(entry.text, before.text, after.text)
        ) or (
            asked <= MAX_STORY_QUESTIONS
            and reads_as_isolated_question(entry.text)
            and not before.text.rstrip().endswith("?")
            and not after.text.rstrip().endswith("?")
        ):
            entry.kind = "caption"


# What opens a paragraph that goes on from the sentence above it, as the story's next sentence
# does and a photo's caption is never followed: "Tại đây, …", "Sau đó, …", "Nhân dịp này, …".
_GOES_ON = re.compile(
    r"^(?:cũng\s+)?(?:tại đây|sau đó|tiếp đó|tiếp theo|nhân dịp này|dịp này|trong dịp này)\b",
    re.IGNORECASE,
)


def mark_scenes_and_excerpts(entries: list[Entry]) -> None:
    """Sentences that are photos' captions wherever they stand between paragraphs: one that shows
    named people doing what a photo shows, with its stop ("Ông <Name>, Bí thư …, và ông <Name>,
    Chủ tịch … trao giấy chứng nhận cho …", :func:`~.shapes.shows_people_acting`) when the next
    paragraph does not go on from it ("Tại đây, …"); and a line cut nearly whole from a longer
    paragraph of the story (:func:`~.caption_signals.excerpts_paragraph`). Only asked of copy
    whose lead was printed apart (the crawl that keeps photos' captions as lines)."""
    # the line itself among them is no longer than itself: excerpts_paragraph passes it over
    paragraphs = [e.text for e in entries if e.kind == "paragraph"]
    for index, entry in enumerate(entries):
        if entry.kind != "paragraph":
            continue
        after = entries[index + 1].text if index + 1 < len(entries) else ""
        if _scene_sentence(entry.text.rstrip(), after) or excerpts_paragraph(
            entry.text, paragraphs
        ):
            entry.kind = "caption"


def _scene_sentence(text: str, after: str) -> bool:
    """One sentence with its stop showing named people acting, not gone on from below."""
    return (
        text.endswith(".")
        and not text.endswith("..")
        and len(text.split()) <= MAX_NAMED_SCENE_WORDS  # cheap first: most paragraphs are longer
        and one_sentence(text[:-1])
        and shows_people_acting(text[:-1])
        and not _GOES_ON.match(after)
    )


def mark_lone_heading_caption(entries: list[Entry]) -> None:
    """The one inter-title of a story, when it is too long to stand alone and describes
    (:func:`~.shapes.reads_as_lone_heading_caption`), is a photo's caption that lost its stop;
    the first and the last line are left to their own rules."""
    headings = [index for index, entry in enumerate(entries) if entry.kind == "subheading"]
    if len(headings) != 1:
        return
    index = headings[0]
    entry = entries[index]
    inside = 0 < index < len(entries) - 1
    if entry.inferred and inside and reads_as_lone_heading_caption(entry.text):
        entry.kind = "caption"


def _finished(entry: Entry) -> bool:
    return entry.kind == "caption" or entry.text.rstrip('”"’)')[-1:] in ".!?…"


def mark_quoted_headings(entries: list[Entry]) -> None:
    """A short quoted line (:func:`~.shapes.reads_as_quoted_heading`) after a finished sentence
    and over a paragraph at least twice its length opens a section; under a pull quote the
    speaker's short line follows instead."""
    for index in range(1, len(entries) - 1):
        entry, before, after = entries[index], entries[index - 1], entries[index + 1]
        if not (entry.kind == "paragraph" and entry.inferred):
            continue
        if not reads_as_quoted_heading(entry.text):  # a pull quote's speaker, inferred too
            continue
        if before.kind not in ("paragraph", "caption") or after.kind != "paragraph":
            continue
        if _finished(before) and len(after.text) >= 2 * len(entry.text):
            entry.kind = "subheading"


def mark_question_headings(entries: list[Entry]) -> None:
    """A short question (:func:`reads_as_question_heading`) after a finished sentence and over
    a paragraph at least three times its length, neither of them a question, opens a section —
    unless the story asks more than :data:`MAX_STORY_QUESTIONS` questions in its paragraphs (an
    interview, whose questions are followed by long answers too)."""
    if _questions(entries) > MAX_STORY_QUESTIONS:
        return
    for index in range(1, len(entries) - 1):
        entry, before, after = entries[index], entries[index - 1], entries[index + 1]
        if not (entry.kind == "paragraph" and entry.inferred):
            continue
        if not reads_as_question_heading(entry.text):
            continue
        if before.kind not in ("paragraph", "caption") or after.kind != "paragraph":
            continue
        if before.text.rstrip().endswith("?") or after.text.rstrip().endswith("?"):
            continue
        if _finished(before) and len(after.text) >= QUESTION_ANSWERED * len(entry.text):
            entry.kind = "subheading"


def designation_split(name_line: str, posts_line: str) -> bool:
    """A person's name (with forms of address) on one line and their posts alone on the next:
    "Ông <Name>" over "Phó Giám đốc Sở …", as pull-quote boxes sign a quotation."""
    name_end, named = opening_designation(name_line)
    posts_end, posts_named = opening_designation(posts_line)
    return (
        named
        and name_end == len(name_line.rstrip())
        and posts_end == len(posts_line.rstrip())
        and not posts_named
    )


#: Longest line read as a name alone over its posts, in words.
MAX_NAME_LINE_WORDS = 7


def join_split_designations(texts: list[str]) -> list[str]:
    """``texts`` with each name line and the posts line under it (:func:`designation_split`)
    read as one designation ("Ông <Name>, Phó Giám đốc Sở …"), so that the person is linked
    with their posts; the story's text keeps its two lines."""
    joined: list[str] = []
    for text in texts:
        if joined and _may_be_name_line(joined[-1]) and designation_split(joined[-1], text):
            joined[-1] = f"{joined[-1].rstrip()}, {text}"
        else:
            joined.append(text)
    return joined


def _may_be_name_line(text: str) -> bool:
    # cheap first: only a short line without a stop can be a name alone
    return len(text.split()) <= MAX_NAME_LINE_WORDS and text.rstrip()[-1:] not in _STOPS
