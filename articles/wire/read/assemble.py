"""Turn a sequence of raw body items into a :class:`WireStory`.

Every parser reduces its input to a list of :class:`Item` (a plain-text line, or a
paragraph/subheading/caption that markup already identified) plus whatever metadata the
format carries, and :func:`build_story` applies the conventions of Vietnamese wire copy:

1. drop site boilerplate ("Theo dõi chúng tôi trên…", "Chia sẻ", "Tin liên quan"…);
2. read reporter lines ("Bài và ảnh: Thu Hằng", "Nhóm PV - 14:35 25/11/2026");
3. cut the body at the ``/.`` end marker; short lines after it are the byline; without a
   marker, a trailing byline/source line ("Ánh Sáng", "Theo TTXVN", "Nguồn: VGP") is taken;
4. for plain text, find the title line (short, no final period, followed by a longer
   paragraph);
5. take the sapo (first paragraph) and split its dateline ("HÀ NỘI (TTXVN) -");
6. classify the rest: captions (after a ``leftcenterrightdel`` artefact, carrying a photo
   credit, or shaped like one: :mod:`.shapes`), subheadings (short lines without final
   punctuation) and paragraphs;
7. drop a lead paragraph the scraper repeated, and place each caption in its slot.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from newsroom.text import fold, normalize_inline

from .caption_signals import copies_story_clause, names_photo_in_bracket, shows_document
from .cleanup import (
    is_boilerplate,
    is_page_header,
    is_related_heading,
    same_text,
    split_dateline,
    split_end_marker,
)
from .credits import (
    is_caption_marker,
    is_illustration,
    is_layout_artefact,
    parse_author_line,
    parse_byline,
    parse_source_line,
    parse_theo_line,
    photo_labelled,
    say_once,
    source_from_byline,
    split_credit,
    split_source_credit,
    strip_layout_artefact,
    tidy_name,
)
from .lone_lines import (
    designation_split,
    read_lone_lines,
    reads_as_question_heading,
    reads_as_unstopped_caption,
)
from .shapes import (
    MAX_PULL_QUOTE,
    MAX_PULL_QUOTE_WORDS,
    MAX_SUBHEADING,
    describes_photo,
    is_subheading,
    names_person,
    reads_as_caption,
    reads_as_caption_above_heading,
    reads_as_lead_caption,
    reads_as_photo_line,
    reads_as_quoted_heading,
    restates_lead,
    shows_portrait,
    shows_scene,
)
from .structure import Block, BlockKind, Caption, WireStory

__all__ = [
    "TEASER_WARNING",
    "Item",
    "build_story",
    "is_subheading",  # from .shapes, where the line-shape predicates live
    "page_header_lines",
    "reads_as_caption",
]

ItemKind = Literal["line", "paragraph", "subheading", "caption", "artefact"]

#: Longest caption (characters); a longer line after a photo artefact is body text.
MAX_CAPTION = 400
#: Longest title line.
MAX_TITLE = 200
#: The most lines of a page's header (site name, menu) read above a headline.
MAX_HEADER_LINES = 4
#: A line after the end marker at most this long is part of the byline.
MAX_TAIL_BYLINE = 100

_THEO_OPENING = re.compile(r"^\(?\s*theo\s+\S", re.IGNORECASE)
_SECTION_BREAK = re.compile(r"^[*•·#~_=+\-–—\s]{3,}$")
_BULLET = re.compile(r"^\s*(?:[-–—•·+*►▶»>]+|\d+[.)])\s*\S")
# Arrows that mark a link to another story: "► …", ">> …".
_LINK_ARROW = re.compile(r"^\s*(?:[►▶]+|>>+|»»+)\s*(?=\S)")


@dataclass
class Item:
    """One raw body element. ``line`` is unclassified plain text; the other kinds come from
    markup (a ``<p>`` is a ``paragraph``, an ``<h2>`` a ``subheading``, a ``<figcaption>``
    a ``caption``). ``after_photo``: markup put it right under an image that had no caption
    of its own."""

    kind: ItemKind
    text: str
    credit: str | None = None
    after_photo: bool = False


# --------------------------------------------------------------------------------------


@dataclass
class _Entry:
    kind: BlockKind
    text: str
    credit: str | None = None
    #: Read from the shape of a line (not said by markup): a later rule may change it.
    inferred: bool = False


class _Assembler:
    def __init__(self, items: list[Item], story: WireStory):
        self.story = story
        self.items = [
            Item(item.kind, normalize_inline(item.text or ""), item.credit, item.after_photo)
            for item in items
            if item.kind == "artefact" or (item.text or "").strip()
        ]
        self.photo_credit: str | None = None
        self.closing_source: str | None = None  # a "Nguồn: …" line closing the story
        self.entries: list[_Entry] = []

    def warn(self, message: str) -> None:
        if message not in self.story.warnings:
            self.story.warnings.append(message)

    # -- 1. boilerplate ------------------------------------------------------------------

    def drop_boilerplate(self) -> None:
        kept: list[Item] = []
        related = teaser_head = False
        dropped = 0
        teasers: list[str] = []
        for item in self.items:
            if item.kind in ("caption", "artefact"):
                related = False
                kept.append(item)
                continue
            if is_related_heading(item.text):
                related, teaser_head = True, False
                dropped += 1
                continue
            if related and _BULLET.match(item.text) and len(item.text) <= MAX_SUBHEADING:
                dropped += 1
                continue
            link = _LINK_ARROW.match(item.text)
            if link and is_subheading(item.text[link.end() :]):
                # "► <another story's headline>": a link, with or without a label above it
                teasers.append(item.text)
                continue
            if related and _teaser_head(item.text):  # a linked story's headline
                teaser_head = True
                teasers.append(item.text)
                continue
            if related and teaser_head and _teaser_summary(item.text):  # … and its summary
                teaser_head = False
                teasers.append(item.text)
                continue
            related = teaser_head = False
            if is_boilerplate(item.text):
                dropped += 1
                continue
            if _SECTION_BREAK.match(item.text):  # "* * *", "———": the layout, not the story
                continue
            kept.append(item)
        self.items = kept
        if dropped:
            self.warn(f"Đã bỏ {dropped} dòng thừa của trang web (chia sẻ, tin liên quan…).")
        self._warn_teasers(teasers)

    def _warn_teasers(self, lines: list[str]) -> None:
        # quoted whole, so that an editor sees what was taken out
        if lines:
            self.warn(f"{TEASER_WARNING}: " + " | ".join(lines))

    # -- 2. reporter lines -----------------------------------------------------------------

    def take_author_lines(self) -> None:
        total = len(self.items)
        if total <= 1:
            return
        kept: list[Item] = []
        for index, item in enumerate(self.items):
            if item.kind not in ("line", "paragraph"):
                kept.append(item)
                continue
            author = parse_author_line(item.text)
            near_edge = index < 5 or index >= total - 2
            starts_with_label = item.text[:4].lower().startswith(("bài", "tin", "ảnh", "ghi"))
            if author is None or not (near_edge or starts_with_label):
                kept.append(item)
                continue
            if author.byline and not self.story.byline:
                self.story.byline = author.byline
            if author.photo_credit:
                self.photo_credit = author.photo_credit
            if author.published_at and not self.story.published_at:
                self.story.published_at = author.published_at
        self.items = kept

    # -- 3. end marker and byline --------------------------------------------------------------

    def take_end(self) -> None:
        marker = None
        for index in range(len(self.items) - 1, -1, -1):
            item = self.items[index]
            if item.kind not in ("line", "paragraph"):
                continue
            text, found = split_end_marker(item.text)
            if found:
                item.text = text
                marker = index
                break
        if marker is None:
            self._take_trailing_byline()
            self._source_as_byline()
            return
        tail = self.items[marker + 1 :]
        self.items = self.items[: marker + 1]
        if not self.items[marker].text:
            del self.items[marker]
        parts: list[str] = []
        for item in tail:
            if item.kind not in ("line", "paragraph"):
                self.items.append(item)
                continue
            source = parse_source_line(item.text)
            if source:
                self.story.source = self.story.source or source
                self.closing_source = self.closing_source or source
                continue
            if self.story.byline and parse_theo_line(item.text):
                self.story.source = self.story.source or parse_theo_line(item.text)
                continue
            author = parse_author_line(item.text)
            if author and (author.byline or author.published_at):
                self.story.byline = self.story.byline or author.byline
                self.story.published_at = self.story.published_at or author.published_at
                continue
            if len(item.text) <= MAX_TAIL_BYLINE and item.text[-1] not in ".!?…":
                parts.append(item.text)
            else:
                self.items.append(item)
                self.warn("Có nội dung sau dấu kết thúc bài “/.”; đã giữ lại trong thân bài.")
        if parts:
            byline = _join_byline(parts)
            if not self.story.byline or _extends(byline, self.story.byline):
                self.story.byline = byline
            elif not _extends(self.story.byline, byline):
                self.warn(f"Bỏ qua dòng tác giả thứ hai sau “/.”: {byline}")
        self._source_as_byline()

    def _source_as_byline(self) -> None:
        """A story signed by no one but closing on its source ("(Nguồn: Dân trí)") is
        credited to that source, as "Theo …" lines are."""
        if not self.story.byline and self.closing_source:
            self.story.byline = f"Theo {self.closing_source}"

    def drop_trailing_teasers(self) -> None:
        """Other stories' headlines closing the text, alone or each over a one-sentence
        summary ("<headline>" / "<summary>." …): a block of related links printed without
        its label. Two or more make a block; one alone is left (it may be the story's)."""
        items, end, heads, questions = self.items, len(self.items), 0, 0
        start = end
        while start > 0 and items[start - 1].kind == "line":
            last = items[start - 1].text
            if _teaser_head(last):
                start, heads = start - 1, heads + 1
            elif (
                start >= 2
                and items[start - 2].kind == "line"
                and _teaser_head(items[start - 2].text, question=True)
                and _teaser_summary(last)
            ):
                start, heads = start - 2, heads + 1
                questions += items[start].text.endswith("?")
            else:
                break
        # headlines asking ("…: Lỗ hổng ở đâu?") count beside others, never alone: an
        # interview closing on short questions and answers is the story's
        if heads >= MIN_TEASERS and heads > questions and start > 0:
            self._warn_teasers([item.text for item in items[start:]])
            del items[start:]

    def _take_trailing_byline(self) -> None:
        # A "subheading" last of all heads nothing: in saved pages it is the reporter's name
        # set in bold at the end (``<p><strong>Sơn Hà</strong></p>``).
        signed_here = False
        for _ in range(4):
            if len(self.items) < 2 or self.items[-1].kind not in (
                "line",
                "paragraph",
                "subheading",
            ):
                return
            text = self.items[-1].text
            source = parse_source_line(text)
            if source:
                self.story.source = self.story.source or source
                self.closing_source = self.closing_source or source
                self.items.pop()
                continue
            theo = parse_theo_line(text)
            signed = self._signed_above()
            if theo is None and signed and _THEO_OPENING.match(text):
                theo = source_from_byline(text)  # under a name: the outlet, however spelt
            if theo and (self.story.byline or signed):
                # "Cao Nguyên" / "Theo Đời sống Plus": the author, then where the story is from
                self.story.source = self.story.source or theo
                self.items.pop()
                continue
            if self._repeats_caption(text):  # a caption printed again after the story
                self.items.pop()
                continue
            byline = parse_byline(text)
            if byline and (not self.story.byline or same_text(byline, self.story.byline)):
                self.story.byline = byline
                self.items.pop()
                signed_here = True
                continue
            if byline and signed_here and self._second_signature(byline):
                # "Việt Hương" over "Nguyễn Hoàn": the writer, then the photographer
                self.story.byline = f"{byline} - {self.story.byline}"
                self.items.pop()
                return
            return

    def _second_signature(self, byline: str) -> bool:
        """Whether a name alone above the name that signs the story signs it too (writer and
        photographer on two lines): both are people's names (two to four capitalised words),
        and the line above them ends a sentence of the story, not a pull quote (whose
        speaker's name would follow it)."""
        if not (_bare_name(byline) and _bare_name(self.story.byline or "")):
            return False
        if len(self.items) < 2 or self.items[-2].kind not in ("line", "paragraph"):
            return False
        above = self.items[-2].text.rstrip()
        return above[-1:] in ".!?…" and not above.endswith(("”.", '".', "».", "..."))

    def _signed_above(self) -> bool:
        """The line above the last one is an author's name (not another source line)."""
        above = self.items[-2]
        return (
            above.kind in ("line", "paragraph", "subheading")
            and parse_theo_line(above.text) is None
            and parse_source_line(above.text) is None
            and parse_byline(above.text) is not None
        )

    def _repeats_caption(self, text: str) -> bool:
        caption, credit = split_credit(text)
        if credit is None or not caption:
            return False
        return any(same_text(split_credit(item.text)[0], caption) for item in self.items[:-1][-80:])

    # -- 4. title (plain text only) ------------------------------------------------------

    def take_title(self) -> None:
        header = page_header_lines([item.text for item in self.items[: MAX_HEADER_LINES + 1]])
        if any(item.kind not in ("line", "paragraph") for item in self.items[:header]):
            header = 0
        if header and header < len(self.items):
            del self.items[:header]  # the page's header above the headline
            self.warn(f"Đã bỏ {header} dòng đầu trang (tên trang, trình đơn) trước tiêu đề.")
        first = next(
            (i for i, item in enumerate(self.items) if item.kind in ("line", "paragraph")), None
        )
        reason = "văn bản không có dòng nào"
        if first is not None and first == 0:
            text = self.items[0].text
            # The paragraph under the title, past a caption or a subheading shorter than it
            # (a lead photo's caption without credit, the first inter-title); a sapo printed
            # apart from the body is that paragraph.
            following = first_line = None
            for item in self.items[1:]:
                if item.kind not in ("line", "paragraph") or self._caption_like(item.text):
                    continue
                if same_text(item.text, text):
                    continue
                first_line = first_line or item.text
                if not is_subheading(item.text):
                    following = item.text
                    break
            following = following or first_line
            if self.story.sapo and len(self.story.sapo) > len(following or ""):
                following = self.story.sapo
            reason = _title_problem(text, following)
            if reason is None:
                self.story.title = text
                del self.items[0]
                # The scraper sometimes repeats the title as the first body line.
                if self.items and same_text(self.items[0].text, text):
                    del self.items[0]
                    self.warn("Đã bỏ dòng lặp lại tiêu đề.")
                return
        elif first is not None:
            reason = "bài bắt đầu bằng ảnh"
        self.warn(f"Thiếu tiêu đề: {reason}; dòng đầu được dùng làm sapo, cần đặt tiêu đề khi lưu.")

    def _caption_like(self, text: str) -> bool:
        if is_layout_artefact(text) or is_caption_marker(text) or photo_labelled(text):
            return True
        caption, credit = split_credit(text)
        return credit is not None and len(caption) <= MAX_CAPTION

    # -- 5. sapo ------------------------------------------------------------------------

    def take_sapo(self) -> None:
        if not self.story.sapo:
            pending = False
            for index, item in enumerate(self.items):
                if item.kind == "artefact" or is_layout_artefact(item.text):
                    pending = True
                    continue
                if item.kind not in ("line", "paragraph"):
                    continue
                if pending or strip_layout_artefact(item.text)[0] or self._caption_like(item.text):
                    pending = False
                    continue
                self.story.sapo = item.text
                del self.items[index]
                break
        self.story.sapo = normalize_inline(self.story.sapo or "")
        if self.story.sapo:
            dateline, rest, agency = split_dateline(self.story.sapo)
            if dateline and rest:
                self.story.sapo = rest
                self.story.dateline = self.story.dateline or dateline
                self.story.source = self.story.source or agency
        else:
            self.warn("Thiếu sapo: không tìm thấy đoạn mở đầu.")

    def take_lead_photo_caption(self) -> None:
        first = next((item for item in self.items if item.kind != "artefact"), None)
        if first is None or first.kind != "line":
            return
        if not (
            reads_as_lead_caption(first.text)
            or restates_lead(first.text, self.story.sapo)
            or copies_story_clause(
                first.text, [i.text for i in self.items if i is not first and i.kind == "line"]
            )
        ):
            return
        if split_credit(first.text)[1] is None and not is_caption_marker(first.text):
            first.kind = "caption"

    # -- 6. body -----------------------------------------------------------------------------

    def classify(self) -> None:
        pending = False
        for item in self.items:
            text = item.text
            if item.kind == "artefact" or (item.kind != "caption" and is_layout_artefact(text)):
                pending = True
                continue
            if item.kind == "caption":
                pending = False
                self._add_caption(text, item.credit)
                continue
            if item.kind == "subheading":
                pending = False
                self.entries.append(_Entry("subheading", text))
                continue
            glued, rest = strip_layout_artefact(text)
            if glued:
                text, pending = rest, True
            if pending:
                pending = False
                if len(text) <= MAX_CAPTION:
                    self._add_caption(text, None)
                    continue
                self.warn("Sau dấu ảnh “leftcenterrightdel” là một đoạn dài, không phải chú thích.")
            caption, credit = split_credit(text)
            if credit is not None and not caption:
                self._attach_credit(credit)
                continue
            labelled = photo_labelled(text) if credit is None else None
            if labelled and len(labelled) <= MAX_CAPTION:
                self.entries.append(_Entry("caption", labelled, None))
                continue
            if credit is not None and len(caption) <= MAX_CAPTION:
                self.entries.append(_Entry("caption", caption, credit))
                continue
            if is_caption_marker(text):
                self.entries.append(_Entry("caption", text, None))
                continue
            if item.kind in ("line", "paragraph") and (
                names_photo_in_bracket(text) or shows_document(text)
            ):
                # "… (ảnh chụp di tích …)", "Biên bản cuộc làm việc ngày …": a photo's caption
                self.entries.append(_Entry("caption", text, None))
                continue
            if item.kind in ("line", "paragraph") and describes_photo(text):
                self.entries.append(_Entry("caption", text, None))
                continue
            if item.kind == "line" and item.after_photo and reads_as_photo_line(text):
                # under an image without caption, a line describing it is that caption
                self.entries.append(_Entry("caption", text, None))
                continue
            sourced, source = split_source_credit(text) if item.kind == "line" else (text, None)
            if source is not None and reads_as_caption(sourced):
                self.entries.append(_Entry("caption", sourced, source))
                continue
            if item.kind == "line" and is_subheading(text) and shows_scene(text):
                # "Thủ tướng phát biểu tại hội nghị": an uncredited photo's caption
                self.entries.append(_Entry("caption", text, None, inferred=True))
                continue
            if item.kind == "line" and is_subheading(text):
                if self._names_speaker(text):
                    kind = "paragraph"
                else:  # "Nguyên Bí thư Tỉnh ủy <Name>" alone: the caption of a portrait
                    kind = "caption" if shows_portrait(text) else "subheading"
                self.entries.append(_Entry(kind, text, inferred=True))
                continue
            if item.kind == "line" and reads_as_unstopped_caption(text):
                # "Ông <Name>, Chủ tịch …, và Đại tá <Name> … trồng cây, hưởng ứng “…”"
                self.entries.append(_Entry("caption", text, None, inferred=True))
                continue
            # a candidate inter-title that its neighbours decide (.lone_lines)
            asks = reads_as_quoted_heading(text) or reads_as_question_heading(text)
            self.entries.append(_Entry("paragraph", text, inferred=item.kind == "line" and asks))
        if pending:
            self.warn("Dấu ảnh “leftcenterrightdel” ở cuối bài không có chú thích.")
        # An inter-title is followed by its section's text, not by a second inter-title: a
        # description right above one is the caption of a photo that closed the section.
        entries = self.entries
        for index in range(len(entries) - 1):
            entry, following = entries[index], entries[index + 1]
            if not (entry.inferred and following.inferred):
                continue
            if following.kind != "subheading":
                continue
            if designation_split(entry.text, following.text):
                # "Ông <Name>" over "Phó Giám đốc Sở …": a speaker's or an author's name and
                # posts, set on two lines, head nothing
                entry.kind = following.kind = "paragraph"
                continue
            if entry.kind != "subheading":
                continue
            if index and entries[index - 1].kind == "subheading":
                continue  # three in a row: a list of some kind, not a photo
            if index + 2 < len(entries) and entries[index + 2].kind == "subheading":
                continue
            if reads_as_caption_above_heading(entry.text, following.text):
                entry.kind = "caption"
        # A heading last of all heads nothing: a short closing sentence without its stop.
        last = next((e for e in reversed(self.entries) if e.kind != "caption"), None)
        if last is not None and last.kind == "subheading" and last.inferred:
            last.kind = "paragraph"
        # An official's posts and name closing the text sign it (an article by the minister).
        if entries and entries[-1].inferred and shows_portrait(entries[-1].text):
            entries[-1].kind = "paragraph"

    def _names_speaker(self, text: str) -> bool:
        """The speaker's line under a pull quote ("Thượng nghị sĩ Tim Kaine" under a quoted
        sentence): a person named after a short statement is no inter-title."""
        previous = self.entries[-1] if self.entries else None
        return (
            previous is not None
            and previous.kind == "paragraph"
            and len(previous.text) <= MAX_PULL_QUOTE
            and len(previous.text.split()) <= MAX_PULL_QUOTE_WORDS
            and names_person(text)
        )

    def _add_caption(self, text: str, credit: str | None) -> None:
        text = say_once(text)
        caption, found = split_credit(text)
        if credit is None:
            credit = found
        else:
            caption = text
        previous = self.entries[-1] if self.entries else None
        if (
            previous is not None
            and previous.kind == "caption"
            and same_text(previous.text, caption)
        ):
            # one caption written twice (a CMS paragraph and its image's box): report it once
            previous.credit = previous.credit or credit
            return
        self.entries.append(_Entry("caption", caption, credit))

    def _attach_credit(self, credit: str) -> None:
        previous = self.entries[-1] if self.entries else None
        if previous is not None and previous.kind == "caption" and previous.credit is None:
            previous.credit = credit
        elif (
            previous is not None
            and previous.kind in ("paragraph", "subheading")
            and reads_as_caption(previous.text)
        ):
            previous.kind, previous.credit = "caption", credit
        else:
            self.entries.append(_Entry("caption", "", credit))
            self.warn(f"Dòng tín dụng ảnh không có chú thích đi kèm: {credit}")

    # -- 7. duplicates, captions, metadata -----------------------------------------------------

    def finish(self) -> WireStory:
        story = self.story
        text_entries = [e for e in self.entries if e.kind != "caption"]
        if text_entries and story.sapo and same_text(text_entries[0].text, story.sapo):
            self.entries.remove(text_entries[0])
            self.warn("Đã bỏ đoạn lặp lại sapo ở đầu thân bài.")
        text_entries = [e for e in self.entries if e.kind != "caption"]
        if text_entries and story.title and same_text(text_entries[0].text, story.title):
            self.entries.remove(text_entries[0])
            self.warn("Đã bỏ dòng lặp lại tiêu đề.")

        story.blocks = []
        story.captions = []
        slot = 0
        for entry in self.entries:
            if entry.kind == "caption":
                credit = entry.credit
                if credit is None and not is_illustration(entry.text):
                    credit = self.photo_credit
                story.captions.append(Caption(text=entry.text, credit=credit, position=slot))
            else:
                slot += 1
            story.blocks.append(Block(kind=entry.kind, text=entry.text))

        if story.title is not None:
            story.title = normalize_inline(story.title) or None
        if story.byline:
            story.byline = normalize_inline(story.byline) or None
        story.source = story.source or source_from_byline(story.byline)
        if not story.blocks and not story.sapo:
            self.warn("Bài không có nội dung.")
        return story


#: How the warning listing dropped related-story lines starts.
TEASER_WARNING = "Đã bỏ tin liên quan (tiêu đề và tóm tắt bài khác)"
#: Most words in the summary under a linked story's headline.
MAX_TEASER_SUMMARY_WORDS = 40
#: Fewest words of another story's headline.
MIN_TEASER_HEAD_WORDS = 4
#: Headlines of other stories in a row that make a block of related links.
MIN_TEASERS = 2


def _teaser_head(text: str, *, question: bool = False) -> bool:
    """A line shaped like another story's headline (and not like a photo's caption); with
    ``question``, one asking a question counts too (over its summary)."""
    if question and text.endswith("?"):
        text = text.rstrip("?").rstrip()
    return (
        bool(text)
        and is_subheading(text)
        and len(text.split()) >= MIN_TEASER_HEAD_WORDS
        and parse_byline(text) is None
        and not _BULLET.match(text)
        and split_credit(text)[1] is None
        and not shows_scene(text)
        and not names_person(text)
    )


def _teaser_summary(text: str) -> bool:
    """The short summary printed under a linked story's headline: a sentence or two."""
    return (
        not is_subheading(text)
        and len(text.split()) <= MAX_TEASER_SUMMARY_WORDS
        and split_credit(text)[1] is None
        and text[-1:] in '.!?…”"'
    )


def page_header_lines(lines: list[str]) -> int:
    """How many of the first ``lines`` are the page's header above the headline: lines
    :func:`~.cleanup.is_page_header` knows, and a site's name alone ("VietNamNet") over a
    line that reads as a headline (at least four words, no final stop)."""
    count = 0
    while count < min(len(lines) - 1, MAX_HEADER_LINES):
        text, below = lines[count], lines[count + 1]
        named = (
            len(text.split()) <= 2
            and all(word[0].isupper() for word in text.split())
            and len(below.split()) >= 4
            and _title_problem(below, None) == "sau dòng đầu không có đoạn văn"
        )
        if not (named or is_page_header(text)):
            break
        count += 1
    return count


def _title_problem(text: str, following: str | None) -> str | None:
    """Why ``text`` is not a title line, or None when it is one."""
    if len(text) >= MAX_TITLE:
        return "dòng đầu dài hơn một tiêu đề"
    if text[-1] in ".:;," and not text.endswith(".."):  # "..": a headline cut short
        return "dòng đầu kết thúc bằng dấu câu"
    if split_dateline(text)[2]:
        return "dòng đầu bắt đầu bằng tên thông tấn xã"
    if is_layout_artefact(text) or is_caption_marker(text) or split_credit(text)[1]:
        return "dòng đầu là chú thích ảnh"
    if following is None:
        return "sau dòng đầu không có đoạn văn"
    if len(following) <= len(text):
        return "đoạn sau dòng đầu không dài hơn nó"
    return None


def _extends(longer: str, shorter: str) -> bool:
    """``Minh Châu (TTXVN)`` extends ``Minh Châu`` (same name, more detail)."""
    key_long = re.sub(r"[\W_]+", " ", fold(longer)).strip()
    key_short = re.sub(r"[\W_]+", " ", fold(shorter)).strip()
    return bool(key_short) and key_long.startswith(key_short)


#: Most words of a person's name signing a story.
MAX_NAME_WORDS = 4


def _bare_name(text: str) -> bool:
    """A person's name alone ("Việt Hương", "Nguyễn Thị Hoàn"): no agency, no outlet."""
    words = text.split()
    return 2 <= len(words) <= MAX_NAME_WORDS and all(
        word[0].isupper() and word[1:].islower() and word.isalpha() for word in words
    )


def _join_byline(parts: list[str]) -> str:
    if len(parts) == 1:
        return parse_byline(parts[0]) or tidy_name(parts[0])
    joined = parts[0]
    for part in parts[1:]:
        joined += f" {part}" if part.startswith("(") else f" - {part}"
    return parse_byline(joined) or tidy_name(joined)


def build_story(
    items: list[Item], story: WireStory, *, detect_title: bool = False, lead_found: bool = False
) -> WireStory:
    """Fill ``story`` (blocks, captions, sapo, byline, warnings…) from the body ``items``.

    Metadata already on ``story`` (title, sapo, byline from markup) wins over what the body
    text suggests. ``detect_title`` looks for a title line at the top (plain text).
    ``lead_found``: the sapo on ``story`` was printed apart from the body (after the byline),
    so the body opens where the page had its lead photo, and a first line that reads as a
    caption is that photo's caption.
    """
    assembler = _Assembler(items, story)
    assembler.drop_boilerplate()
    assembler.take_author_lines()
    assembler.take_end()
    assembler.drop_trailing_teasers()
    if detect_title and story.title is None:
        assembler.take_title()
    assembler.take_sapo()
    if lead_found and (story.title is not None or not detect_title):
        assembler.take_lead_photo_caption()
    assembler.classify()
    read_lone_lines(assembler.entries, lead_found=lead_found)
    return assembler.finish()
