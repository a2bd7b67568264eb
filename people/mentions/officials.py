"""Find the officials a story mentions, with the titles the copy gives them.

Pure: the people come in as a :class:`PeopleIndex` built once per batch from plain tuples
(``people.mentions.index`` reads them from the database in two queries), the story as plain
strings. Matching is a dictionary look-up per capitalised word, never a query per name.

How titles are read (heads, organisation phrases, abbreviations, stacking before and after the
name, dashes, ranks, lists after a colon) is described with examples in docs/vietnamese.md,
"Titles in copy"; the grammar is ``people.mentions.grammar``, the lexicon
``people.mentions.titles``.
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
    is_dash,
    is_full_name,
    looks_like_name,
    match_head,
    name_word,
    pen_name_after,
    place_length,
    scan_title,
    split_place_and_name,
    title_text,
)
from .tokens import Token, expand, folded_keys, tokenize
from .untitled import Unattached

__all__ = [
    "FORMER",
    "RULES",
    "OfficialMatch",
    "PeopleIndex",
    "PersonEntry",
    "find_officials",
    "opening_designation",
    "split_place_and_name",
    "titles_in",
    "without_former",
]


# --------------------------------------------------------------------------------------
# The index of people
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PersonEntry:
    """What matching needs to know of one ``people.Person``."""

    id: int
    full_name: str
    names: tuple[str, ...]  # full name first, then aliases
    titles: tuple[str, ...] = ()  # titles of their positions, to tell namesakes apart


class PeopleIndex:
    """Every name and alias of every person, as word tuples, for look-ups in running text.

    Names are compared on normalised words, case-insensitively and with their tones (so
    "Nguyễn Văn Hùng" and "Nguyễn Văn Hưng" stay two people; "Thành ủy"/"Thành uỷ" spellings
    are one after normalisation). Copy typed without any diacritics is compared folded.
    One-word aliases are ignored: a bare given name is only trusted as a short mention of
    someone the story already named in full.
    """

    def __init__(self, people: Iterable[PersonEntry]):
        self.people: dict[int, PersonEntry] = {}
        self._exact: dict[tuple[str, ...], set[int]] = {}
        self._folded: dict[tuple[str, ...], set[int]] = {}
        self._titles: dict[int, list[str]] = {}
        #: Each person's names as word keys (full name first), for short mentions.
        self.name_keys: dict[int, tuple[tuple[str, ...], ...]] = {}
        self.max_words = 2
        for person in people:
            self.people[person.id] = person
            keys = []
            for name in person.names:
                tokens = tokenize(normalize_inline(name))
                keys.append(tuple(t.key for t in tokens))
                if len(tokens) < 2:
                    continue
                self.max_words = max(self.max_words, len(tokens))
                self._exact.setdefault(tuple(t.key for t in tokens), set()).add(person.id)
                self._folded.setdefault(tuple(fold(t.text) for t in tokens), set()).add(person.id)
            self._titles[person.id] = [" ".join(folded_keys(title)) for title in person.titles]
            self.name_keys[person.id] = tuple(keys)
        self._first_exact = {key[0] for key in self._exact}
        self._first_folded = {key[0] for key in self._folded}

    def __len__(self) -> int:
        return len(self.people)

    def lookup(self, tokens: Sequence[Token], i: int) -> tuple[int, frozenset[int]] | None:
        """(number of words, person ids) of the longest known name starting at ``tokens[i]``."""
        first = tokens[i]
        if first.expanded or not first.capitalised:
            return None
        ascii_first = first.text.isascii()
        if first.key not in self._first_exact and not (
            ascii_first and fold(first.text) in self._first_folded
        ):
            return None
        longest = min(self.max_words, len(tokens) - i)
        for length in range(longest, 1, -1):
            words = tokens[i : i + length]
            if any(
                t.expanded or not t.capitalised or (k and t.gap.strip())
                for k, t in enumerate(words)
            ):
                continue
            ids = self._exact.get(tuple(t.key for t in words))
            if ids is None and all(t.text.isascii() for t in words):
                ids = self._folded.get(tuple(fold(t.text) for t in words))
            if ids:
                return length, frozenset(ids)
        return None

    def best_for_titles(self, ids: frozenset[int], seen: list[str]) -> int | None:
        """Of namesakes ``ids``, the one whose positions match the titles seen, if exactly one."""
        if len(ids) == 1:
            return next(iter(ids))
        seen_folded = [" ".join(folded_keys(title)) for title in seen]
        scores = {}
        for person_id in ids:
            held = self._titles.get(person_id, [])
            scores[person_id] = sum(
                1 for title in seen_folded if any(_overlaps(title, h) for h in held)
            )
        best = max(scores.values(), default=0)
        winners = [pid for pid, score in scores.items() if score == best]
        return winners[0] if best > 0 and len(winners) == 1 else None


def _overlaps(a: str, b: str) -> bool:
    return a == b or f" {a} " in f" {b} " or f" {b} " in f" {a} "


# --------------------------------------------------------------------------------------
# Titles and mentions in one text
# --------------------------------------------------------------------------------------


@dataclass(eq=False)
class _Title:
    start: int
    end: int  # exclusive; the title's own words (a name split off its end is not included)
    text: str
    public: bool = True  # a public post (Party, state, army …), not a company's or a church's
    foreign: bool = False  # a foreign post ("Thủ tướng Lào")
    into_name: bool = False  # the title runs straight into a name: it is that person's


@dataclass(eq=False)
class _Mention:
    start: int
    end: int
    ids: frozenset[int] | None  # None: not in the index (a possible suggestion)
    surface: str
    titles: list[_Title] = field(default_factory=list)
    rank: str | None = None
    clergy: bool = False
    rule: str = ""


#: How a mention was found, as reported per official (``OfficialMatch.rule``).
RULES = {
    "known": "name in the database",
    "before": "title before the name",
    "after": "title after the name",
    "shared": "title shared before a colon",
    "rank": "rank before the name",
    "short": "short mention of a person named in full",
    "comrade": "one of two or more names listed after “các đồng chí”",
    "office": "the one untitled name beside an office written without a name",
}


def _prefix_back(tokens: Sequence[Token], start: int, lex: Lexicon) -> tuple[int, str | None, bool]:
    """Move ``start`` left over forms of address and a rank standing before a name: the new
    start, the rank, and whether a form of address of clergy was among them."""
    rank, clergy = None, False
    while start > 0 and tokens[start].gap.strip() in ("", "."):  # "GS.TS", not past a comma
        length = lex.ranks.ending_at(tokens, start)
        if length and rank is None:
            rank = title_text(tokens, start - length, start)
        elif lex.clergy.ending_at(tokens, start):
            length = lex.clergy.ending_at(tokens, start)
            clergy = True
        else:
            length = lex.honorifics.ending_at(tokens, start)
        if not length:
            break
        start -= length
    return start, rank, clergy


def _leading_honorific(tokens: Sequence[Token], start: int, end: int, lex: Lexicon) -> int:
    """Skip forms of address at the start of a run ("Ông Nguyễn Văn A", "Đồng chí …")."""
    while start < end:
        length = lex.honorifics.match(tokens, start)
        if not length:
            break
        start += length
    return start


@dataclass
class _Text:
    tokens: list[Token]
    known: list[_Mention]
    plain: bool = False  # typed without diacritics: the lexicon is matched folded


def _known_mentions(tokens: list[Token], index: PeopleIndex) -> list[_Mention]:
    found, i = [], 0
    while i < len(tokens):
        hit = index.lookup(tokens, i) if tokens[i].capitalised else None  # most words: not
        if hit is None:
            i += 1
            continue
        length, ids = hit
        surface = " ".join(t.text for t in tokens[i : i + length])
        found.append(_Mention(i, i + length, ids, surface, rule="known"))
        i += length
    return found


def _short_mention(
    tokens: Sequence[Token], start: int, end: int, short_names: dict[tuple[str, ...], set[int]]
) -> frozenset[int] | None:
    """The one person named in full elsewhere in the story whom 1–2 words refer to."""
    key = tuple(t.key for t in tokens[start:end])
    ids = short_names.get(key)
    return frozenset(ids) if ids and len(ids) == 1 else None


def _read_title(
    tokens: Sequence[Token],
    i: int,
    head: tuple[int, int, int],
    name_starts: set[int],
    short_names: dict[tuple[str, ...], set[int]],
    covered: set[int],
    lex: Lexicon,
) -> tuple[_Title, int, _Mention | None] | None:
    """The title whose head is at ``tokens[i]``, where its scan ended, and the name closing it."""
    length, office, office_length = head
    office_keys = tuple(t.key for t in tokens[office : office + office_length])
    unit_first = office_keys == (lex.chief,)
    scan = scan_title(tokens, i + length, name_starts, lex, office_keys in lex.abroad, unit_first)
    if _generic_noun(tokens, i, length, scan.end, lex):
        return None
    if pen_name_after(office_keys, tokens, i + length, lex):  # "Tổng Bí thư Trường Chinh"
        scan.run_start, scan.end, scan.foreign_run = i + length, i + length + 2, 0
    title_end, mention, foreign_name, split_place = scan.end, None, False, 0
    words: Sequence[Token] = ()
    if scan.run_start is not None:
        words = tokens[scan.run_start : scan.end]
        split = split_place_and_name(
            words, after_organisation=scan.run_after_org, after_level=scan.run_after_level, lex=lex
        )
        foreign = scan.foreign_run
        if split is not None and not foreign:
            mention = _Mention(scan.run_start + split, scan.end, None, _words(words[split:]))
            title_end, split_place = scan.run_start + split, split
        elif foreign and foreign < len(words):
            title_end, foreign_name = scan.run_start + foreign, True  # "Thủ tướng Lào <name>"
        elif scan.run_start == i + length and (
            _named_like_a_place(words, lex) or pen_name_after(office_keys, tokens, i + length, lex)
        ):  # After a bare head, a city's name ("Chủ tịch Hồ Chí Minh") or a pen name.
            mention = _Mention(scan.run_start, scan.end, None, _words(words))
            title_end = scan.run_start
        elif len(words) <= 2 and not place_length(words, 0, lex):
            ids = _short_mention(tokens, scan.run_start, scan.end, short_names)
            if ids is not None:  # "Bí thư Dũng"
                mention = _Mention(scan.run_start, scan.end, ids, "", rule="short")
                title_end = scan.run_start
    start = i - 1 if _former_before(tokens, i, covered, lex) else i
    if split_place:  # what stands before the name: a province, or a body ("Becamex")
        if lex.places.match(words, 0) < split_place:
            scan.unknown = True
        elif scan.bare:
            scan.public = True  # the province alone: "Chủ tịch Hà Nội Nguyễn Văn A"
        scan.body = True
    # An office any body may have is a public post in a public body, or "Chủ tịch" alone ("Chủ
    # tịch Hồ Chí Minh", "Chủ tịch Nguyễn Văn A" after the full title); never in a company.
    public = not scan.private and (
        scan.public
        or office_keys not in lex.any_body
        or (scan.bare and office_keys in lex.public_alone)
    )
    title = _Title(
        start,
        title_end,
        title_text(tokens, start, title_end, scan.skipped),
        public=public and not scan.foreign,
        foreign=scan.foreign,
        # A foreign post ending in words no table knows ends in a foreign name.
        into_name=mention is not None
        or foreign_name
        or scan.end in name_starts
        or (scan.foreign and scan.run_start is not None),
    )
    return title, scan.end, mention


def _named_like_a_place(words: Sequence[Token], lex: Lexicon) -> bool:
    """A run that is wholly a place of three or more words and opens with a family name."""
    return (
        3 <= len(words) <= 4
        and words[0].key in lex.family
        and (place_length(words, 0, lex) == len(words))
    )


def _analyse(
    text: _Text, short_names: dict[tuple[str, ...], set[int]]
) -> tuple[list[_Mention], list[_Title]]:
    """Titles and mentions of one text, each mention with the titles attached to it."""
    tokens = text.tokens
    n = len(tokens)
    lex = PLAIN_LEXICON if text.plain else LEXICON
    mentions = list(text.known)
    name_starts = {m.start for m in mentions}
    covered: set[int] = set()
    for mention in mentions:
        covered.update(range(mention.start, mention.end))

    # 1. Titles: a head, its organisation phrase, and maybe a name closing the run.
    spans: list[_Title] = []
    head_words = lex.head_first  # checked here first: most words start no title
    i = 0
    while i < n:
        if i in covered or tokens[i].key not in head_words:
            i += 1
            continue
        head = match_head(tokens, i, lex)
        read = None
        if head[0]:
            read = _read_title(tokens, i, head, name_starts, short_names, covered, lex)
        if read is None:
            i += head[0] or 1
            continue
        title, end, mention = read
        if mention is not None:
            mentions.append(mention)
        spans.append(title)
        covered.update(range(title.start, end))
        i = end
    by_end = {span.end: span for span in spans}
    by_start = {span.start: span for span in spans if span.end > span.start}
    colons = [s.end for s in spans if s.end < n and tokens[s.end].gap.strip().startswith(":")]

    # 2. Names outside titles: an unknown name right before ", <title>" (or a dash, a bracket)
    # or right after a title, a rank and forms of address; a bare given name after "ông".
    i = 0
    while i < n:
        if i in covered or not tokens[i].capitalised or not name_word(tokens[i]):
            i += 1
            continue
        j = i + 1
        while j < n and j not in covered and name_word(tokens[j]) and not tokens[j].gap.strip():
            j += 1
        start = min(_leading_honorific(tokens, i, j, lex), j)
        words = tokens[start:j]
        covered.update(range(i, j))
        i = j
        if not words:
            continue
        is_name = is_full_name(words, lex)
        if not is_name and (len(words) > 2 or not short_names):
            continue  # neither a full name nor a short mention of one named in full
        followed_by_title = _title_after(tokens, j, by_start, lex) is not None
        anchor, rank, _ = _prefix_back(tokens, start, lex)
        title_before = _title_before(tokens, start, by_end, lex) is not None
        listed = is_name and _list_colon(tokens, anchor, colons, lex) is not None
        if is_name and (followed_by_title or title_before or rank or listed):
            rule = "before" if title_before else "after" if followed_by_title else "rank"
            mentions.append(_Mention(start, j, None, _words(words), rule=rule))
        elif len(words) <= 2 and anchor < start:
            ids = _short_mention(tokens, start, j, short_names)
            if ids is not None:
                mentions.append(_Mention(start, j, ids, "", rule="short"))
    mentions.sort(key=lambda m: m.start)
    _attach_titles(tokens, mentions, spans, lex)
    return mentions, spans


def _list_colon(
    tokens: Sequence[Token], anchor: int, colons: list[int], lex: Lexicon
) -> int | None:
    """The colon after a title whose list the name at ``anchor`` is an item of ("Các Phó Bí
    thư: A; B và C"): the item opens right after the colon, a semicolon, a comma or "và", in
    the same sentence. None otherwise."""
    if not colons or anchor == 0:
        return None
    mark = tokens[anchor].gap.strip()
    if not (mark in (":", ";", ",") or tokens[anchor - 1].key == lex.and_):
        return None
    colon = max((c for c in colons if c <= anchor), default=None)
    if colon is None or any(
        any(stop in tokens[k].gap for stop in ".!?") for k in range(colon + 1, anchor + 1)
    ):
        return None
    return colon


def _former_before(tokens: Sequence[Token], head: int, covered: set[int], lex: Lexicon) -> bool:
    """Whether the title whose head is at ``head`` is a former one: "nguyên Bộ trưởng"."""
    previous = head - 1
    return (
        previous >= 0
        and previous not in covered
        and tokens[previous].key in lex.former
        and not tokens[head].gap.strip()
    )


def _head_or_former(tokens: Sequence[Token], i: int, lex: Lexicon) -> int:
    """Length of the title head at ``tokens[i]``, or after a "nguyên"/"cựu" standing there."""
    if tokens[i].key in lex.former and i + 1 < len(tokens) and not tokens[i + 1].gap.strip():
        return match_head(tokens, i + 1, lex)[0]
    return match_head(tokens, i, lex)[0]


def _generic_noun(tokens: Sequence[Token], start: int, head: int, end: int, lex: Lexicon) -> bool:
    """A head used as a common noun: "các đại biểu", "bí thư các quận", "những vị chủ tịch".

    Lower case and bare (no organisation) or after a plural word, it names no one in particular
    — unless a list follows a colon: "Các Uỷ viên Bộ Chính trị: A, B" gives the title to each.
    """
    if (start > 0 and tokens[start - 1].key in lex.plurals) or _counted(tokens, start, lex):
        return not (end < len(tokens) and tokens[end].gap.strip().startswith(":"))
    return not tokens[start].capitalised and end == start + head


#: Numbers written as words that count people: "hai đồng chí Phó Chủ tịch". ("năm" is left
#: out: it is also "year".)
_COUNT_WORDS = frozenset(("hai", "ba", "bốn", "sáu", "bảy", "tám", "chín", "mười"))


def _counted(tokens: Sequence[Token], start: int, lex: Lexicon) -> bool:
    """A head after a number and a form of address counts people, naming none of them:
    "ý kiến của 4 đồng chí Phó Chủ tịch UBND TP, Chủ tịch UBND TP <Name> …"."""
    if start == 0 or tokens[start].gap.strip():
        return False
    address = lex.honorifics.ending_at(tokens, start)
    count = start - address - 1
    if not address or count < 0 or tokens[start - address].gap.strip():
        return False
    return tokens[count].is_number or fold(tokens[count].text) in _FOLDED_COUNTS


_FOLDED_COUNTS = frozenset(fold(word) for word in _COUNT_WORDS)


def _words(tokens: Sequence[Token]) -> str:
    return normalize_inline(" ".join(t.text for t in tokens))


def _joint(tokens: Sequence[Token], k: int, lex: Lexicon) -> int | None:
    """Where the next stacked title starts after a title ending at ``tokens[k]``: right there,
    after a comma, a dash or "kiêm" ("A B", "A, B", "A - B", "A kiêm B", "A, kiêm B"); None
    after any other mark."""
    if k >= len(tokens):
        return None
    mark = tokens[k].gap.strip()
    if mark not in ("", ",") and not is_dash(mark):
        return None
    if tokens[k].key in lex.connectors and k + 1 < len(tokens) and not tokens[k + 1].gap.strip():
        return k + 1
    return k


def _title_before(
    tokens: Sequence[Token], start: int, by_end: dict[int, _Title], lex: Lexicon
) -> _Title | None:
    """The title standing right before the name at ``start`` (a rank and forms of address
    skipped): "Bí thư Đinh Tiến Dũng", "Bộ trưởng Bộ Y tế, GS.TS Nguyễn Văn A", "Bí thư Tỉnh
    uỷ – Nguyễn Văn A"."""
    anchor, _, _ = _prefix_back(tokens, start, lex)
    span = by_end.get(anchor)
    if span is None or span.end <= span.start:
        return None
    gap = tokens[anchor].gap.strip()
    if gap in ("", ")") or is_dash(gap) or (anchor != start and gap == ","):
        return span  # ")": after a bracketed abbreviation, "Cục … (THADS) Vũ Quốc Doanh"
    return None


def _title_after(
    tokens: Sequence[Token], end: int, by_start: dict[int, _Title], lex: Lexicon
) -> _Title | None:
    """The first title after the name ending at ``end``: after a comma, a dash or a bracket,
    past a bracket about the person ("(SN 1964)", "(giữa)") and "chức vụ"."""
    n = len(tokens)
    if end >= n:
        return None
    k, mark = end, tokens[end].gap.strip()
    if mark.endswith("(") and not _head_or_former(tokens, k, lex):
        while k + 1 < n and ")" not in tokens[k + 1].gap:
            k += 1
        k += 1
        if k >= n:
            return None
        mark = tokens[k].gap.strip().lstrip(")").strip()
    if not (mark in (",", "(") or is_dash(mark)):
        return None
    if k + 1 < n and tokens[k].key == lex.post[0] and tokens[k + 1].key in lex.post[1]:
        k += 2  # "chức vụ", "chức danh"
    return by_start.get(k)


def _attach_titles(
    tokens: Sequence[Token], mentions: list[_Mention], spans: list[_Title], lex: Lexicon
) -> None:
    titles = [span for span in spans if span.end > span.start]
    by_end = {span.end: span for span in titles}
    by_start = {span.start: span for span in titles}
    mention_at = {m.start: m for m in mentions}
    claimed: set[int] = set()
    after: dict[int, list[_Title]] = {}
    # Titles after a name, read from the last name back: a title followed by another name that
    # has no title of its own after it is that name's ("A, Bộ trưởng Bộ Y tế, GS.TS B"); a
    # stack running into the next name is that name's when this one has its titles before it
    # ("T1 A, T2, T3 B": the list names each person after their titles).
    for mention in reversed(mentions):
        chain: list[_Title] = []
        span = _title_after(tokens, mention.end, by_start, lex)
        while span is not None and id(span) not in claimed:
            if span.into_name:
                if _title_before(tokens, mention.start, by_end, lex) is not None:
                    chain = []
                break
            following = _next_name(tokens, span.end, mention_at, lex)
            if following is not None and not after.get(id(following)):
                break
            chain.append(span)
            k = _joint(tokens, span.end, lex)
            span = by_start.get(k) if k is not None else None
        claimed.update(id(span) for span in chain)
        after[id(mention)] = chain
    for mention in mentions:
        before: list[_Title] = []
        span = _title_before(tokens, mention.start, by_end, lex)
        while span is not None and id(span) not in claimed:  # "A, B, C <name>", "A - B <name>"
            before.append(span)
            claimed.add(id(span))
            start = span.start
            span = by_end.get(start) if _joint(tokens, start, lex) == start else None
            if span is None and start > 0 and tokens[start - 1].key in lex.connectors:
                span = by_end.get(start - 1)  # "A kiêm B <name>"
        _, mention.rank, mention.clergy = _prefix_back(tokens, mention.start, lex)
        mention.titles = [*reversed(before), *after[id(mention)]]
        if mention.rule not in ("known", "short"):
            chain = after[id(mention)]
            mention.rule = "before" if before else "after" if chain else "rank"
    _share_titles_before_colons(tokens, mentions, titles, by_end, lex)


def _next_name(
    tokens: Sequence[Token], k: int, mention_at: dict[int, _Mention], lex: Lexicon
) -> _Mention | None:
    """The person named right after a comma at ``tokens[k]``, forms of address skipped."""
    if k >= len(tokens) or tokens[k].gap.strip() != ",":
        return None
    j = k
    while j < len(tokens):
        length = lex.honorifics.match(tokens, j) or lex.ranks.match(tokens, j)
        if not length or (j > k and tokens[j].gap.strip()):
            break
        j += length
    return mention_at.get(j)


def _share_titles_before_colons(
    tokens: Sequence[Token],
    mentions: list[_Mention],
    titles: list[_Title],
    by_end: dict[int, _Title],
    lex: Lexicon,
) -> None:
    """ "…, Thứ trưởng Bộ Quốc phòng: Thượng tướng A; Thượng tướng B": the titles before the
    colon go to every name listed after it (after the colon, a semicolon, a comma or "và"), up
    to the end of the sentence. A name inside a clause after the colon ("Thủ tướng: Bộ trưởng
    A phải …") is not an item of a list."""
    colons = {
        span.end: span
        for span in titles
        if span.end < len(tokens) and tokens[span.end].gap.strip().startswith(":")
    }
    if not colons:
        return
    ends = sorted(colons)
    for mention in mentions:
        anchor, _, _ = _prefix_back(tokens, mention.start, lex)
        colon = _list_colon(tokens, anchor, ends, lex)
        if colon is None:
            continue
        shared = [colons[colon]]
        while (k := _joint(tokens, shared[0].start, lex)) == shared[0].start and k in by_end:
            shared.insert(0, by_end[k])
        mention.titles = [*shared, *(t for t in mention.titles if t not in shared)]
        mention.rule = mention.rule if mention.ids else "shared"


def _dedupe_titles(seen: list[str]) -> list[str]:
    """Distinct titles, first-seen order, dropping one that a longer title seen extends or
    states in full ("Chủ tịch TP Hà Nội" beside "Chủ tịch UBND TP Hà Nội")."""
    folded = [" ".join(folded_keys(title)) for title in seen]
    result, keys = [], []
    for title, key in zip(seen, folded, strict=True):
        if key in keys:
            continue
        if any(other != key and other.startswith(key + " ") for other in folded):
            continue
        if any(_short_form_of(key, other) for other in folded):
            continue
        keys.append(key)
        result.append(title)
    return result


def _short_form_of(short: str, full: str) -> bool:
    """Whether the folded title ``short`` is ``full`` with words of its organisation left out:
    the same head, the same last word, every word of ``short`` in ``full`` in order."""
    words, other = short.split(), full.split()
    if len(words) < 3 or len(words) >= len(other) or words[:2] != other[:2]:
        return False
    if words[-1] != other[-1]:
        return False
    remaining = iter(other)
    return all(word in remaining for word in words)


def _tokens(text: str) -> list[Token]:
    """Words of ``text`` with abbreviations spelt out (folded, in copy without diacritics)."""
    tokens = expand(tokenize(text))
    if text.isascii():
        tokens = [t._replace(key=fold(t.text)) if t.expanded else t for t in tokens]
    return tokens


@dataclass
class OfficialMatch:
    """An official found in a story: a known person, an ambiguous name, or a suggestion."""

    name: str
    titles: list[str]
    person_id: int | None
    suggested: bool  # not in the database, named with a title: editors may create them
    candidates: tuple[int, ...] = ()  # namesakes, when the titles could not tell them apart
    mentions: int = 1
    rank: str | None = None  # a military or police rank given before the name ("Đại tướng")
    rule: str = ""  # how the name was first found: a key of ``RULES``
    public: bool = True  # named with a public post (or a rank), not only a company's or abroad
    clergy: bool = False  # addressed as clergy ("Hoà thượng"): no official


def find_officials(texts: Iterable[str], index: PeopleIndex) -> list[OfficialMatch]:
    """Officials named in ``texts`` (title, sapo, paragraphs, captions, in reading order).

    Known people come first in order of first mention, with every title the copy gives them;
    names missing from the index that stand next to a recognised public title (or after a
    rank) follow as suggestions — a company's director, an association's chairman, a foreign
    minister or a monk is not one. A bare given name ("đồng chí Dũng") counts for the person
    named in full elsewhere in the story when only one such person has that given name.
    """
    prepared = []
    for text in texts:
        if not text:
            continue
        tokens = _tokens(text)
        prepared.append(_Text(tokens, _known_mentions(tokens, index), text.isascii()))
    short_names: dict[tuple[str, ...], set[int]] = {}
    for text in prepared:
        for mention in text.known:
            for person_id in mention.ids or ():
                for words in index.name_keys[person_id]:
                    for size in (1, 2):
                        if len(words) > size:
                            short_names.setdefault(words[-size:], set()).add(person_id)
    results: dict[object, OfficialMatch] = {}
    unattached = Unattached()
    for block, text in enumerate(prepared):
        mentions, spans = _analyse(text, short_names)
        unattached.read(text.tokens, text.plain, mentions, spans, block)
        for mention in mentions:
            _record(results, mention, index)
    for name, rule in unattached.officials(results.values()):  # no title beside the name
        results[("new", fold(name))] = OfficialMatch(name, [], None, True, rule=rule)
    ordered = sorted(results.values(), key=lambda match: match.suggested)
    for match in ordered:
        match.titles = _dedupe_titles(match.titles)
    return [m for m in ordered if not m.suggested or (m.public and not m.clergy)]


def _record(results: dict, mention: _Mention, index: PeopleIndex) -> None:
    titles = [t.text for t in mention.titles if not t.foreign]
    public = any(t.public for t in mention.titles) or (
        mention.rank is not None and not any(t.foreign for t in mention.titles)
    )
    key: object = ("new", fold(mention.surface)) if mention.ids is None else ("known", mention.ids)
    match = results.get(key)
    if match is None:
        match = results[key] = OfficialMatch(
            mention.surface,
            [],
            None,
            mention.ids is None,
            tuple(sorted(mention.ids or ())),
            0,
            rule=mention.rule,
            public=False,
        )
    match.titles.extend(titles)
    match.mentions += 1
    match.rank = match.rank or mention.rank
    match.public = match.public or public
    match.clergy = match.clergy or mention.clergy
    if mention.ids is None:
        return
    person_id = index.best_for_titles(mention.ids, match.titles)
    match.person_id = person_id
    if person_id is not None:
        match.name = index.people[person_id].full_name
        match.candidates = ()
    else:
        match.name = mention.surface or match.name


def without_former(title: str) -> str | None:
    """The title a former one names ("Nguyên Bộ trưởng Bộ Y tế" → "Bộ trưởng Bộ Y tế"), or
    None when ``title`` is not a former one."""
    first, _, rest = title.strip().partition(" ")
    key = first.casefold()
    former = key in FORMER or (title.isascii() and key in ("nguyen", "cuu"))
    return rest.strip() or None if former else None


def titles_in(text: str) -> list[str]:
    """Every title recognised in ``text``, spelt out."""
    text = normalize_inline(text)
    _, spans = _analyse(_Text(_tokens(text), [], text.isascii()), {})
    return [span.text for span in spans if span.end > span.start]


_DESIGNATION_JOINS = ("", ",", "-", "–", "—", ".")


def opening_designation(text: str) -> tuple[int, bool]:
    """Where the words designating a person that open ``text`` end (a character offset into
    ``text``, already normalised), and whether they name the person: forms of address, a rank,
    titles and a name, as in "Thủ tướng phát biểu …", "Bí thư Tỉnh uỷ <Name> trao quà …",
    "Đại tá <Name>, Trưởng Công an huyện … trao tặng …". ``(0, False)`` when ``text`` opens
    with anything else. Used to tell a photo's caption from an inter-title."""
    tokens = _tokens(text)
    if not tokens or not tokens[0].capitalised:
        return 0, False
    plain = text.isascii()
    lex = PLAIN_LEXICON if plain else LEXICON
    mentions, spans = _analyse(_Text(tokens, [], plain), {})
    titles = {span.start: span.end for span in spans if span.end > span.start}
    names = {mention.start: mention.end for mention in mentions}
    i, named, titled, n = 0, False, False, len(tokens)
    while i < n:
        if i and tokens[i].gap.strip() not in _DESIGNATION_JOINS:
            break
        if i in names:
            i, named = names[i], True
        elif i in titles:
            i, titled = titles[i], True
        elif length := max(lex.honorifics.match(tokens, i), lex.ranks.match(tokens, i)):
            i += length
        elif i and looks_like_name(tokens, i, lex):  # "Ông Nguyễn Văn A", untitled
            j = i + 1
            while j < n and name_word(tokens[j]) and not tokens[j].gap.strip():
                j += 1
            i, named = j, True
        else:
            break
    if not (named or titled):
        return 0, False
    return tokens[i - 1].end, named
