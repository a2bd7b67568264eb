"""Find the officials a story mentions, with the titles the copy gives them.

Pure: the people come in as a :class:`PeopleIndex` built once per batch from plain tuples
(``people.mentions.index`` reads them from the database in two queries), the story as plain
strings. Matching is a dictionary look-up per capitalised word, never a query per name.

How titles are read (heads, organisation phrases, abbreviations, stacking before and after the
name) is described with examples in docs/vietnamese.md, "Titles in copy"; the lexicon is
``people.mentions.titles``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from newsroom.text import fold, normalize_inline

from . import titles as lexicon
from .tokens import Token, expand, folded_keys, key_of, tokenize

__all__ = [
    "FORMER",
    "OfficialMatch",
    "PeopleIndex",
    "PersonEntry",
    "find_officials",
    "split_place_and_name",
    "titles_in",
    "without_former",
]

_ROMAN = re.compile(r"^[IVXLC]{1,7}$")


# --------------------------------------------------------------------------------------
# Phrase tables built from the lexicon
# --------------------------------------------------------------------------------------


class _Phrases:
    """Lexicon phrases by their first word; ``match`` gives the longest one at a position."""

    def __init__(self, phrases: Iterable[str], *, capital_first: bool, folded: bool = False):
        self.capital_first = capital_first
        self.by_first: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
        for phrase in phrases:
            tokens = expand(tokenize(normalize_inline(phrase)))
            keys = tuple(fold(t.text) if folded else t.key for t in tokens)
            gaps = tuple(t.gap.strip() for t in tokens[1:])
            self.by_first.setdefault(keys[0], []).append((keys, gaps))
        for entries in self.by_first.values():
            entries.sort(key=lambda entry: -len(entry[0]))

    def match(self, tokens: Sequence[Token], i: int) -> int:
        """Length (in tokens) of the longest phrase starting at ``tokens[i]``, or 0."""
        entries = self.by_first.get(tokens[i].key)
        if not entries or (self.capital_first and not tokens[i].capitalised):
            return 0
        for keys, gaps in entries:
            end = i + len(keys)
            if end > len(tokens):
                continue
            if all(tokens[i + k].key == keys[k] for k in range(1, len(keys))) and all(
                tokens[i + k].gap.strip() == gaps[k - 1] for k in range(1, len(keys))
            ):
                return len(keys)
        return 0

    def ending_at(self, tokens: Sequence[Token], end: int) -> int:
        """Length of the longest phrase ending just before ``tokens[end]``, or 0."""
        best = 0
        for start in range(max(0, end - 6), end):
            length = self.match(tokens, start)
            if start + length == end:
                best = max(best, length)
        return best


_PLURALS = ("các", "những", "vị", "mọi", "nhiều", "từng", "mỗi")
#: Words that make a title a former one: "nguyên Bộ trưởng", "cựu Chủ tịch".
FORMER = ("nguyên", "cựu")


class _Lexicon:
    """The lexicon's phrase tables, keyed by words as written (or folded, for copy typed
    without diacritics, where "Bi thu Thanh uy" must still read as a title)."""

    def __init__(self, *, folded: bool):
        def word_key(word: str) -> str:
            return fold(word) if folded else key_of(normalize_inline(word))

        self.heads = _Phrases(lexicon.HEADS, capital_first=False, folded=folded)
        self.organisations = _Phrases(
            lexicon.ORGANISATION_PHRASES, capital_first=True, folded=folded
        )
        self.sectors = _Phrases(lexicon.SECTORS, capital_first=True, folded=folded)
        self.lower_parts = _Phrases(
            (*lexicon.ADMIN_LEVELS, *lexicon.QUALIFIERS), capital_first=False, folded=folded
        )
        self.honorifics = _Phrases(lexicon.HONORIFICS, capital_first=False, folded=folded)
        self.places = _Phrases(lexicon.PLACES, capital_first=True, folded=folded)
        self.family = frozenset(word_key(name) for name in lexicon.FAMILY_NAMES)
        self.connectors = frozenset(word_key(word) for word in lexicon.CONNECTORS)
        self.plurals = frozenset(word_key(word) for word in _PLURALS)
        self.former = frozenset(word_key(word) for word in FORMER)
        self.abroad = frozenset(
            tuple(word_key(word) for word in head.split()) for head in lexicon.ABROAD_HEADS
        )
        self.at = word_key("tại")


_LEXICON = _Lexicon(folded=False)
_PLAIN_LEXICON = _Lexicon(folded=True)


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
# Titles
# --------------------------------------------------------------------------------------


@dataclass
class _Title:
    start: int
    end: int  # exclusive; the title's own words (a name split off its end is not included)
    text: str


@dataclass
class _Mention:
    start: int
    end: int
    ids: frozenset[int] | None  # None: not in the index (a possible suggestion)
    surface: str
    titles: list[str] = field(default_factory=list)


def _is_roman(token: Token) -> bool:
    return bool(_ROMAN.match(token.text))


def _name_word(token: Token) -> bool:
    """A word that can belong to a person's name (not "UBND", "XV", "2025", nor a spelt-out
    abbreviation)."""
    return (
        token.capitalised
        and not token.expanded
        and not token.is_number
        and not _is_roman(token)
        and not (len(token.text) > 1 and token.text.isupper())
    )


def _gap_inside_title(tokens: Sequence[Token], k: int) -> bool:
    """Whether the gap before ``tokens[k]`` may stand inside one title."""
    gap = tokens[k].gap
    mark = gap.strip()
    if not mark:
        return True
    previous, current = tokens[k - 1], tokens[k]
    if mark in ("-", "–") and gap != mark:  # "Bà Rịa - Vũng Tàu", "nhiệm kỳ 2020 - 2025"
        return (previous.capitalised or previous.is_number) and (
            current.capitalised or current.is_number
        )
    return mark == "." and gap == "." and previous.expanded  # "TP.HCM"


def _scan_title(
    tokens: Sequence[Token],
    head_end: int,
    name_starts: set[int],
    lex: _Lexicon,
    abroad: bool = False,
) -> tuple[int, int | None, bool]:
    """Read the organisation phrase after a head ending at ``head_end``; ``abroad``: the head
    of a post abroad, whose title goes on with "tại" and a capitalised place.

    Returns (end of the title, start of the run of capitalised words that closes it or None,
    whether that run follows an organisation word rather than the head itself).
    """
    k = head_end
    run_start: int | None = None
    run_after_org = False
    n = len(tokens)
    while k < n:
        if k in name_starts or not _gap_inside_title(tokens, k):
            break
        token = tokens[k]
        length = lex.organisations.match(tokens, k) or lex.sectors.match(tokens, k)
        if not length and token.capitalised and lex.heads.match(tokens, k):
            break  # a stacked title starts here: "Uỷ viên Bộ Chính trị Bí thư Thành uỷ"
        if not length:
            length = lex.lower_parts.match(tokens, k)
        if length:
            k += length
            run_start = None
            continue
        if token.capitalised and _name_word(token):
            if run_start is None:
                run_start = k
                run_after_org = k > head_end
            k += 1
            continue
        if token.capitalised or token.is_number:  # "Quân khu 7", "khoá XV", "UBKT"
            k += 1
            run_start = None
            continue
        if abroad and token.key == lex.at and k + 1 < n and tokens[k + 1].capitalised:
            k += 1  # "Đại sứ Việt Nam tại Nhật Bản"
            run_start = None
            continue
        break
    return k, run_start, run_after_org


def _place_prefix(words: Sequence[Token], lex: _Lexicon = _LEXICON) -> int:
    return lex.places.match(words, 0) if words else 0


def split_place_and_name(
    words: Sequence[Token], *, after_organisation: bool, lex: _Lexicon = _LEXICON
) -> int | None:
    """Where the person's name starts in a run of capitalised words that closes a title.

    ``Thành uỷ Hà Nội Nguyễn Thị Tuyến``: the run is "Hà Nội Nguyễn Thị Tuyến", the place
    "Hà Nội" is known, the name is the rest. Returns the index of the name's first word in
    ``words``, or None when the run is only a place. A name has 2–4 words and opens with a
    family name (``titles.FAMILY_NAMES``). After an organisation word (``UBND tỉnh ...``) a
    two-word run is taken for a place ("huyện Lâm Hà"), a 3–4-word run opening with a family
    name for a person ("Phó Chủ tịch UBND tỉnh Nguyễn Văn A", the province implied).
    """
    n = len(words)

    def family(index: int) -> bool:
        return words[index].key in lex.family

    place = _place_prefix(words, lex)
    if place:
        rest = n - place
        if rest == 0:
            return None
        if 2 <= rest <= 4 and family(place):
            return place
    elif 2 <= n <= 4 and family(0):
        if not after_organisation or n >= 3:
            return 0
        return None
    minimum_place = max(place, 1)
    for length in (3, 4, 2):
        begin = n - length
        if begin >= minimum_place and family(begin):
            return begin
    return None


def _skip_honorifics_back(tokens: Sequence[Token], start: int, lex: _Lexicon) -> int:
    """Move ``start`` left over forms of address standing before a name."""
    while start > 0:
        length = lex.honorifics.ending_at(tokens, start)
        if not length:
            break
        gap = tokens[start].gap.strip()
        if gap not in ("", ".", ","):
            break
        start -= length
    return start


def _honorific_before(tokens: Sequence[Token], start: int, lex: _Lexicon) -> bool:
    return (
        start > 0
        and bool(lex.honorifics.ending_at(tokens, start))
        and not tokens[start].gap.strip()
    )


def _title_text(tokens: Sequence[Token], start: int, end: int) -> str:
    parts = []
    for k in range(start, end):
        gap = tokens[k].gap if k > start else ""
        if gap == "." and tokens[k].expanded and tokens[k - 1].expanded:
            gap = " "  # "TP.HCM" spelt out: "thành phố Hồ Chí Minh"
        parts.append(gap + tokens[k].text)
    text = normalize_inline("".join(parts))
    return text[:1].upper() + text[1:]


def _leading_honorific(tokens: Sequence[Token], start: int, end: int, lex: _Lexicon) -> int:
    """Skip forms of address at the start of a run ("Ông Nguyễn Văn A", "Đồng chí …")."""
    while start < end:
        length = lex.honorifics.match(tokens, start)
        if not length:
            break
        start += length
    return start


# --------------------------------------------------------------------------------------
# Finding officials in a story
# --------------------------------------------------------------------------------------


@dataclass
class OfficialMatch:
    """An official found in a story: a known person, an ambiguous name, or a suggestion."""

    name: str
    titles: list[str]
    person_id: int | None
    suggested: bool  # not in the database, named with a title: editors may create them
    candidates: tuple[int, ...] = ()  # namesakes, when the titles could not tell them apart
    mentions: int = 1


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
        found.append(_Mention(i, i + length, ids, surface))
        i += length
    return found


def _short_mention(
    tokens: Sequence[Token], start: int, end: int, short_names: dict[tuple[str, ...], set[int]]
) -> frozenset[int] | None:
    """The one person named in full elsewhere in the story whom 1–2 words refer to."""
    key = tuple(t.key for t in tokens[start:end])
    ids = short_names.get(key)
    return frozenset(ids) if ids and len(ids) == 1 else None


def _analyse(
    text: _Text, short_names: dict[tuple[str, ...], set[int]]
) -> tuple[list[_Mention], list[_Title]]:
    """Titles and mentions of one text, each mention with the titles attached to it."""
    tokens = text.tokens
    n = len(tokens)
    lex = _PLAIN_LEXICON if text.plain else _LEXICON
    mentions = list(text.known)
    name_starts = {m.start for m in mentions}
    covered: set[int] = set()
    for mention in mentions:
        covered.update(range(mention.start, mention.end))

    # 1. Titles: a head, its organisation phrase, and maybe a name closing the run.
    spans: list[_Title] = []
    head_words = lex.heads.by_first  # checked here first: most words start no title
    i = 0
    while i < n:
        head = 0 if i in covered or tokens[i].key not in head_words else lex.heads.match(tokens, i)
        if not head:
            i += 1
            continue
        abroad = tuple(t.key for t in tokens[i : i + head]) in lex.abroad
        end, run_start, after_org = _scan_title(tokens, i + head, name_starts, lex, abroad)
        if _generic_noun(tokens, i, head, end, lex):
            i += head
            continue
        title_end = end
        if run_start is not None:
            words = tokens[run_start:end]
            split = split_place_and_name(words, after_organisation=after_org, lex=lex)
            if split is not None:
                mentions.append(_Mention(run_start + split, end, None, _words(words[split:])))
                title_end = run_start + split
            elif len(words) <= 2 and not _place_prefix(words, lex):
                ids = _short_mention(tokens, run_start, end, short_names)
                if ids is not None:  # "Bí thư Dũng"
                    mentions.append(_Mention(run_start, end, ids, ""))
                    title_end = run_start
        start = i - 1 if _former_before(tokens, i, covered, lex) else i
        spans.append(_Title(start, title_end, _title_text(tokens, start, title_end)))
        covered.update(range(start, end))
        i = end
    by_end = {span.end: span for span in spans}

    # 2. Names outside titles: an unknown name right before ", <title>" or right after a
    # title and forms of address; a bare given name after "ông", "bà", "đồng chí".
    i = 0
    while i < n:
        if i in covered or not tokens[i].capitalised or not _name_word(tokens[i]):
            i += 1
            continue
        j = i + 1
        while j < n and j not in covered and _name_word(tokens[j]) and not tokens[j].gap.strip():
            j += 1
        start = min(_leading_honorific(tokens, i, j, lex), j)
        words = tokens[start:j]
        covered.update(range(i, j))
        i = j
        if not words:
            continue
        looks_like_name = (
            2 <= len(words) <= 4
            and words[0].key in lex.family
            and _place_prefix(words, lex) != len(words)
        )
        followed_by_title = (
            j < n and tokens[j].gap.strip() in (",", "(") and bool(_head_or_former(tokens, j, lex))
        )
        if looks_like_name and (followed_by_title or _title_before(tokens, start, by_end, lex)):
            mentions.append(_Mention(start, j, None, _words(words)))
        elif len(words) <= 2 and _honorific_before(tokens, start, lex):
            ids = _short_mention(tokens, start, j, short_names)
            if ids is not None:
                mentions.append(_Mention(start, j, ids, ""))
    mentions.sort(key=lambda m: m.start)
    _attach_titles(tokens, mentions, spans, lex)
    return mentions, spans


def _former_before(tokens: Sequence[Token], head: int, covered: set[int], lex: _Lexicon) -> bool:
    """Whether the title whose head is at ``head`` is a former one: "nguyên Bộ trưởng"."""
    previous = head - 1
    return (
        previous >= 0
        and previous not in covered
        and tokens[previous].key in lex.former
        and not tokens[head].gap.strip()
    )


def _head_or_former(tokens: Sequence[Token], i: int, lex: _Lexicon) -> int:
    """Length of the title head at ``tokens[i]``, or after a "nguyên"/"cựu" standing there."""
    if tokens[i].key in lex.former and i + 1 < len(tokens) and not tokens[i + 1].gap.strip():
        return lex.heads.match(tokens, i + 1)
    return lex.heads.match(tokens, i)


def _generic_noun(tokens: Sequence[Token], start: int, head: int, end: int, lex: _Lexicon) -> bool:
    """A head used as a common noun: "các đại biểu", "bí thư các quận", "những vị chủ tịch".

    Lower case and bare (no organisation) or after a plural word, it names no one in particular.
    """
    if start > 0 and tokens[start - 1].key in lex.plurals:
        return True
    return not tokens[start].capitalised and end == start + head


def _words(tokens: Sequence[Token]) -> str:
    return normalize_inline(" ".join(t.text for t in tokens))


def _title_before(
    tokens: Sequence[Token], start: int, by_end: dict[int, _Title], lex: _Lexicon
) -> _Title | None:
    """The title standing right before the name at ``start`` (forms of address skipped).

    "Bí thư Đinh Tiến Dũng" (a space), "Bộ trưởng Bộ Y tế, GS.TS Nguyễn Văn A" (a comma, then
    forms of address).
    """
    anchor = _skip_honorifics_back(tokens, start, lex)
    span = by_end.get(anchor)
    if span is None or span.end <= span.start:
        return None
    gap = tokens[anchor].gap.strip()
    if gap == "" or (anchor != start and gap == ","):
        return span
    return None


def _attach_titles(
    tokens: Sequence[Token], mentions: list[_Mention], spans: list[_Title], lex: _Lexicon
) -> None:
    n = len(tokens)
    by_end = {span.end: span for span in spans if span.end > span.start}
    by_start = {span.start: span for span in spans if span.end > span.start}
    mention_starts = {m.start for m in mentions}
    mention_ends = {m.end for m in mentions}
    for mention in mentions:
        before: list[str] = []
        span = _title_before(tokens, mention.start, by_end, lex)
        while span is not None:  # stacked leftwards: "A, B, C <name>", "A kiêm B <name>"
            before.append(span.text)
            start = span.start
            joint = tokens[start].gap.strip()
            span = by_end.get(start) if joint in ("", ",") else None
            if (
                span is None
                and start >= 1
                and tokens[start - 1].key in lex.connectors
                and not joint
            ):
                span = by_end.get(start - 1) if not tokens[start - 1].gap.strip() else None
        if len(before) > 1 and start in mention_ends and tokens[start].gap.strip() in (",", "("):
            # "A, Bí thư Tỉnh uỷ, Chủ tịch HĐND tỉnh B": the titles further left follow A.
            before = before[:1]
        after: list[str] = []
        k = mention.end
        span = by_start.get(k) if k < n and tokens[k].gap.strip() in (",", "(") else None
        while span is not None:  # stacked rightwards: "<name>, A, B"
            if span.end in mention_starts:
                break  # that title belongs to the next person named
            after.append(span.text)
            k = span.end
            if k < n and tokens[k].key in lex.connectors and not tokens[k].gap.strip():
                span = by_start.get(k + 1)
            elif k < n and tokens[k].gap.strip() == ",":
                span = by_start.get(k)
            else:
                span = None
        mention.titles = [*reversed(before), *after]


def _dedupe_titles(seen: list[str]) -> list[str]:
    """Distinct titles, first-seen order, dropping one that a longer title seen extends."""
    folded = [" ".join(folded_keys(title)) for title in seen]
    result, keys = [], []
    for title, key in zip(seen, folded, strict=True):
        if key in keys:
            continue
        if any(other != key and other.startswith(key + " ") for other in folded):
            continue
        keys.append(key)
        result.append(title)
    return result


def _tokens(text: str) -> list[Token]:
    """Words of ``text`` with abbreviations spelt out (folded, in copy without diacritics)."""
    tokens = expand(tokenize(text))
    if text.isascii():
        tokens = [t._replace(key=fold(t.text)) if t.expanded else t for t in tokens]
    return tokens


def find_officials(texts: Iterable[str], index: PeopleIndex) -> list[OfficialMatch]:
    """Officials named in ``texts`` (title, sapo, paragraphs, captions, in reading order).

    Known people come first in order of first mention, with every title the copy gives them;
    names missing from the index that stand next to a recognised title follow as suggestions.
    A bare given name ("đồng chí Dũng") counts for the person named in full elsewhere in the
    story when only one such person has that given name.
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
    for text in prepared:
        mentions, _ = _analyse(text, short_names)
        for mention in mentions:
            _record(results, mention, index)
    ordered = sorted(results.values(), key=lambda match: match.suggested)
    for match in ordered:
        match.titles = _dedupe_titles(match.titles)
    return [m for m in ordered if not m.suggested or m.titles]


def _record(results: dict, mention: _Mention, index: PeopleIndex) -> None:
    if mention.ids is None:
        key: object = ("new", fold(mention.surface))
        match = results.get(key)
        if match is None:
            results[key] = OfficialMatch(mention.surface, list(mention.titles), None, True)
        else:
            match.titles.extend(mention.titles)
            match.mentions += 1
        return
    key = ("known", mention.ids)
    match = results.get(key)
    if match is None:
        match = results[key] = OfficialMatch("", [], None, False, tuple(sorted(mention.ids)), 0)
    match.titles.extend(mention.titles)
    match.mentions += 1
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
