"""Officials the copy names with no title beside the name (docs/import.md, "Officials").

A name alone makes no official; two shapes give other evidence, each read narrowly so that no
resident or foreigner is taken for one:

- **Comrades listed**: "… làm việc với các đồng chí A, B và C". "Đồng chí" is the Party's form of
  address for its cadres, and a list of two or more full names after the plural "các đồng chí"
  names cadres, as does the plural written out, "đồng chí A và đồng chí B" (a single "đồng chí
  A" may be anyone the writer calls so, and is left alone).
- **The office holder**: a story that speaks of one office by the office alone ("Chủ tịch UBND
  TP cho biết …", "… Chủ tịch Hà Nội nhấn mạnh") and names one person in full, untitled, after a
  form of address ("Theo ông A …", "ông A yêu cầu …") in the same or the next paragraph, names
  that office's holder. Not when anyone else in the story has a title of that office, when
  offices of different heads go unnamed, when two untitled people are named, or when the name is
  followed by a bracket ("ông A (62 tuổi, trú …)": a resident).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from newsroom.text import fold, normalize_inline

from .grammar import (
    FORMER,
    LEXICON,
    PLAIN_LEXICON,
    Lexicon,
    is_full_name,
    looks_like_name,
    name_size_fits,
    name_word,
    place_length,
)
from .titles import COMMITTEES, HEAD_MODIFIERS
from .tokens import Token

__all__ = ["Unattached", "comrades_listed", "shared_office"]

#: Openings (folded) of titles that several people hold at once: deputies, members, delegates.
_SHARED = (
    *(f"{fold(modifier)} " for modifier in HEAD_MODIFIERS),
    "uy vien",
    "thanh vien",
    "dai bieu",
    "thu truong",
    "tro ly",
    "chuyen vien",
    *(f"{fold(committee)} vien" for committee in COMMITTEES),
)
_FORMER = tuple(f"{fold(word)} " for word in FORMER)


def shared_office(title: str) -> bool:
    """Whether ``title`` names an office several people hold at once ("Phó Chủ tịch …",
    "Uỷ viên Bộ Chính trị", "Đại biểu Quốc hội")."""
    return " ".join(fold(title).split()).startswith(_SHARED)


def comrades_listed(tokens: Sequence[Token], lex: Lexicon) -> set[int]:
    """Where the full names listed after "các đồng chí" start, when two or more are listed
    (separated by commas or "và"); or two or more names each after its own "đồng chí", joined
    by "và" or a comma ("đồng chí A và đồng chí B"): the same plural, written out."""
    starts: set[int] = set()
    n = len(tokens)
    keys = [token.key for token in tokens]
    if "chí" not in keys:
        return starts

    def comrade(k: int) -> bool:  # "đồng chí" at k, then a word, in one phrase
        return (
            k + 2 < n
            and (keys[k], keys[k + 1]) == ("đồng", "chí")
            and not any(tokens[j].gap.strip() for j in (k + 1, k + 2))
        )

    for i in [k for k in range(n - 2) if comrade(k)]:
        plural = i > 0 and keys[i - 1] == "các" and not tokens[i].gap.strip()
        items: list[tuple[int, int]] = []
        k = i + 2
        while k < n and name_word(tokens[k]):
            end = k + 1
            while end < n and name_word(tokens[end]) and not tokens[end].gap.strip():
                end += 1
            items.append((k, end))
            if end < n and tokens[end].gap.strip() == ",":
                k = end
            elif end + 1 < n and tokens[end].key == lex.and_ and not tokens[end + 1].gap.strip():
                k = end + 1
            else:
                break
            if not plural:  # each name after its own "đồng chí"
                if not comrade(k):
                    break
                k += 2
        if len(items) < 2:
            continue
        for start, end in items:
            words = tokens[start:end]
            if is_full_name(words, lex):
                starts.add(start)
    return starts


@dataclass(frozen=True)
class _Untitled:
    surface: str  # a full name after a form of address, with no title, rank or list
    block: int  # which text of the story (title, sapo, paragraphs …) it stands in
    bracketed: bool  # a bracket follows it: a resident's age or address


@dataclass(frozen=True)
class _Unnamed:
    title: str  # a public office written with no name: "Chủ tịch UBND TP Hà Nội nói"
    block: int


def _head(title: str) -> str:
    return " ".join(fold(title).split()[:2])


@dataclass
class Unattached:
    """What a story's texts leave unattached: names without titles, offices without names."""

    untitled: list[_Untitled] = field(default_factory=list)
    unnamed: list[_Unnamed] = field(default_factory=list)
    comrades: list[str] = field(default_factory=list)

    def read(self, tokens: Sequence[Token], plain: bool, mentions, spans, block: int) -> None:
        """Collect from one text (``block``) what ``officials._analyse`` left unattached (its
        ``_Mention`` and ``_Title`` lists): public titles that no name takes, full names after
        a form of address outside any title or mention, names listed as comrades."""
        lex = PLAIN_LEXICON if plain else LEXICON
        attached = {id(title) for mention in mentions for title in mention.titles}
        self.unnamed += [
            _Unnamed(span.text, block)
            for span in spans
            if span.public
            and not span.foreign
            and span.end > span.start
            and id(span) not in attached
        ]
        comrades = comrades_listed(tokens, lex)
        n = len(tokens)
        family = lex.family
        keys = [token.key for token in tokens]
        # where a name may open (``grammar.opens_name``, checked by ``looks_like_name``)
        candidates = [
            k
            for k in range(1, n)
            if keys[k] in family
            or k in comrades
            or keys[k] == "y"
            or keys[k].startswith("h'")
            or (k + 1 < n and keys[k + 1] == "thị")
        ]
        taken: set[int] = set()
        for item in (*mentions, *spans) if candidates else ():
            taken.update(range(item.start, item.end))
        for i in candidates:
            if i in taken or not (i in comrades or looks_like_name(tokens, i, lex)):
                continue
            end = i + 1
            while end < n and name_word(tokens[end]) and not tokens[end].gap.strip():
                end += 1
            words = tokens[i:end]
            if not name_size_fits(words) or place_length(words, 0, lex) == len(words):
                continue
            surface = normalize_inline(" ".join(t.text for t in words))
            if i in comrades:
                self.comrades.append(surface)
            elif not tokens[i].gap.strip() and lex.honorifics.ending_at(tokens, i):
                bracketed = end < n and "(" in tokens[end].gap
                self.untitled.append(_Untitled(surface, block, bracketed))

    def officials(self, found: Iterable) -> list[tuple[str, str]]:
        """(name, rule) of the officials named with no title: the comrades listed, and the
        office's holder (:meth:`office_holder`). ``found``: the officials named otherwise
        (``officials.OfficialMatch``), whose names are not repeated."""
        found = list(found)
        named = {fold(match.name) for match in found}
        result = []
        for name in self.comrades:
            if fold(name) not in named:
                named.add(fold(name))
                result.append((name, "comrade"))
        holder = self.office_holder(found, named)
        return [*result, (holder, "office")] if holder else result

    def office_holder(self, found: list, named: set[str]) -> str | None:
        """The one untitled name holding the one office the story leaves unnamed, or None."""
        titled = [title for match in found for title in match.titles]
        untitled = [person for person in self.untitled if fold(person.surface) not in named]
        offices = [
            office
            for office in self.unnamed
            if len(office.title.split()) >= 3
            and not shared_office(office.title)
            and not fold(office.title).startswith(_FORMER)
        ]
        if len({fold(person.surface) for person in untitled}) != 1 or not offices:
            return None
        heads = {_head(office.title) for office in offices}
        if len(heads) != 1 or any(_head(title) in heads for title in titled):
            return None
        if any(person.bracketed for person in untitled):
            return None
        near = {office.block + step for office in offices for step in (-1, 0, 1)}
        if not any(person.block in near for person in untitled):
            return None
        return untitled[0].surface
