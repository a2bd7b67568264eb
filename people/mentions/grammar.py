"""The grammar of titles, over the tokens of a text: where a title starts and ends, what it
holds, and whether it is a public post.

A title is a *head* (an office with its modifiers: "Phó Chủ tịch Thường trực", "Quyền Cục
trưởng", "Thành uỷ viên", "Trưởng" + the unit it leads) and an *organisation phrase* (bodies,
sectors, administrative levels, places, qualifiers, a body's own name). The lexicon is data, in
``people.mentions.titles``; the conventions, with examples, are in docs/vietnamese.md, "Titles in
copy". ``people.mentions.officials`` uses this to attach titles to names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from newsroom.text import fold, normalize_inline

from . import titles as lexicon
from .tokens import Token, expand, key_of, tokenize

__all__ = [
    "FORMER",
    "LEXICON",
    "PLAIN_LEXICON",
    "Lexicon",
    "Phrases",
    "Scan",
    "is_dash",
    "is_full_name",
    "looks_like_name",
    "match_head",
    "name_size_fits",
    "name_word",
    "opens_name",
    "pen_name_after",
    "place_length",
    "scan_title",
    "split_place_and_name",
    "title_text",
]

_ROMAN = re.compile(r"^[IVXLC]{1,7}$")
#: One Vietnamese syllable, folded: an initial, a vowel group, a final ("truong", "chinh");
#: "Theresa", "Manuel", "Valls" are none.
_SYLLABLE = re.compile(
    r"^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?"
    r"(uye|uya|uyu|oai|oay|uay|uoi|uou|ieu|yeu|oeo|[aeiouy]{1,2})"
    r"(ch|ng|nh|[cmnpt])?$"
)
_DASHES = ("-", "–", "—")
_PLURALS = ("các", "những", "vị", "mọi", "nhiều", "từng", "mỗi")
#: Words that make a title a former one: "nguyên Bộ trưởng", "cựu Chủ tịch".
FORMER = ("nguyên", "cựu")
#: Lower-case words of a body's own name read after its first, capitalised word.
_MAX_NAME_TAIL = 4


class Phrases:
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
        self.last_words = frozenset(
            keys[-1] for entries in self.by_first.values() for keys, _ in entries
        )

    def match(self, tokens: Sequence[Token], i: int, *, any_case: bool = False) -> int:
        """Length (in tokens) of the longest phrase starting at ``tokens[i]``, or 0."""
        entries = self.by_first.get(tokens[i].key)
        if not entries or (self.capital_first and not any_case and not tokens[i].capitalised):
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
        if end <= 0 or tokens[end - 1].key not in self.last_words:
            return 0
        best = 0
        for start in range(max(0, end - 6), end):
            length = self.match(tokens, start)
            if start + length == end:
                best = max(best, length)
        return best


class Lexicon:
    """The lexicon's phrase tables, keyed by words as written (or folded, for copy typed
    without diacritics, where "Bi thu Thanh uy" must still read as a title)."""

    def __init__(self, *, folded: bool):
        def word_key(word: str) -> str:
            return fold(word) if folded else key_of(normalize_inline(word))

        def phrases(items: Iterable[str], capital_first: bool) -> Phrases:
            return Phrases(items, capital_first=capital_first, folded=folded)

        def keys(items: Iterable[str]) -> frozenset[tuple[str, ...]]:
            return frozenset(tuple(word_key(w) for w in item.split()) for item in items)

        self.offices = phrases(lexicon.heads(), False)
        self.modifiers = frozenset(word_key(word) for word in lexicon.HEAD_MODIFIERS)
        self.head_qualifiers = phrases(lexicon.HEAD_QUALIFIERS, False)
        self.chief = word_key(lexicon.CHIEF_BEFORE_UNIT)
        self.departments = frozenset(word_key(word) for word in lexicon.DEPARTMENTS)
        self.head_first = frozenset((*self.offices.by_first, *self.modifiers, self.chief))
        self.any_body = keys(lexicon.OFFICES_OF_ANY_BODY)
        self.public_alone = keys(lexicon.PUBLIC_WHEN_ALONE)
        self.abroad = keys(lexicon.ABROAD_HEADS)
        self.pen_name_offices = keys(lexicon.PEN_NAME_OFFICES)
        self.ranks = phrases(lexicon.RANKS, False)
        self.organisations = phrases(lexicon.ORGANISATION_PHRASES, True)
        self.private = phrases(lexicon.PRIVATE_BODIES, True)
        self.generic = keys(lexicon.GENERIC_BODIES)
        self.state_bodies = phrases(lexicon.STATE_BODIES, True)
        self.sectors = phrases(lexicon.SECTORS, True)
        # A party committee in lower case ("Bí thư huyện uỷ Định Hoá", "đảng uỷ xã Tân Lập")
        # is read like a level: a place may follow it.
        self.lower_parts = phrases(
            (*lexicon.ADMIN_LEVELS, *lexicon.QUALIFIERS, *lexicon.COMMITTEES), False
        )
        self.honorifics = phrases(lexicon.HONORIFICS, False)
        self.clergy = phrases(lexicon.CLERGY, False)
        self.places = phrases(lexicon.PLACES, True)
        self.foreign = phrases(lexicon.FOREIGN_PLACES, True)
        self.family = frozenset(
            word_key(name) for name in (*lexicon.FAMILY_NAMES, *lexicon.RARE_FAMILY_NAMES)
        )
        self.connectors = frozenset(word_key(word) for word in lexicon.CONNECTORS)
        self.clause_words = frozenset(word_key(word) for word in lexicon.CLAUSE_WORDS)
        self.plurals = frozenset(word_key(word) for word in _PLURALS)
        self.former = frozenset(word_key(word) for word in FORMER)
        self.at = word_key("tại")
        self.of = word_key("của")
        self.and_ = word_key("và")
        self.post = (word_key("chức"), frozenset((word_key("vụ"), word_key("danh"))))


LEXICON = Lexicon(folded=False)
PLAIN_LEXICON = Lexicon(folded=True)


# --------------------------------------------------------------------------------------
# Words
# --------------------------------------------------------------------------------------


def is_roman(token: Token) -> bool:
    return bool(_ROMAN.match(token.text))


def name_word(token: Token) -> bool:
    """A word that can belong to a person's name (not "UBND", "XV", "2025", nor a spelt-out
    abbreviation)."""
    return (
        token.capitalised
        and not token.expanded
        and not token.is_number
        and not is_roman(token)
        and not (len(token.text) > 1 and token.text.isupper())
    )


def _highland_prefix(token: Token) -> bool:
    """The word an Ê Đê or Jrai given name may open with: "Y" for a man ("Y Khuê Niê"), "H'…"
    joined to it for a woman ("H'Lan Niê", "Ksor H'Bơ Khăp")."""
    key = token.key
    return key == "y" or (key.startswith("h'") and len(key) > 2)


def opens_name(tokens: Sequence[Token], i: int, lex: Lexicon) -> bool:
    """Whether a person's name may open with ``tokens[i]``: a family name, the prefix of a
    Central Highlands given name, which then opens the name ("H'Lan Niê"), or any word before
    "Thị" and another capitalised word, a woman's name whatever her family name ("Sơn Thị …",
    Khmer, where "Sơn" alone opens "Sơn La" far more often)."""
    token = tokens[i]
    if token.key in lex.family or _highland_prefix(token):
        return True
    return (
        i + 2 < len(tokens)
        and tokens[i + 1].key == "thị"
        and not tokens[i + 1].gap.strip()
        and name_word(tokens[i + 1])
        and name_word(tokens[i + 2])
        and not tokens[i + 2].gap.strip()
    )


def name_size_fits(words: Sequence[Token]) -> bool:
    """Whether a run of words has the size of a full name: 2–4 words, or 5 when it opens with
    a Central Highlands prefix ("Y Thanh Hà Niê Kđăm": Y, a given name of two words, a family
    name of two)."""
    return 2 <= len(words) <= 4 or (len(words) == 5 and _highland_prefix(words[0]))


def is_full_name(words: Sequence[Token], lex: Lexicon) -> bool:
    """Whether a run of capitalised words is a person's full name: its size, its first word
    (``opens_name``), and not wholly a place."""
    return (
        name_size_fits(words)
        and opens_name(words, 0, lex)
        and place_length(words, 0, lex) != len(words)
    )


def is_dash(gap: str) -> bool:
    return gap.strip() in _DASHES


def place_length(words: Sequence[Token], i: int = 0, lex: Lexicon = LEXICON) -> int:
    """Length of the Vietnamese or foreign place named at ``words[i]``, or 0."""
    if i >= len(words):
        return 0
    return max(lex.places.match(words, i), lex.foreign.match(words, i))


def looks_like_name(tokens: Sequence[Token], i: int, lex: Lexicon) -> bool:
    """Whether a person's name (2–4 capitalised words opening with a family name, then no
    more capitalised words; see ``name_size_fits``) starts at ``tokens[i]``."""
    if not name_word(tokens[i]) or not opens_name(tokens, i, lex):
        return False
    j = i + 1
    while j < len(tokens) and name_word(tokens[j]) and not tokens[j].gap.strip():
        j += 1
    return name_size_fits(tokens[i:j]) and place_length(tokens[i:j], 0, lex) != j - i


def match_head(tokens: Sequence[Token], i: int, lex: Lexicon) -> tuple[int, int, int]:
    """(length, office start, office length) of the title head at ``tokens[i]``, or zeros.

    ``Phó``/``Quyền`` before an office, ``Thường trực`` after it; ``Trưởng`` (or ``Phó
    Trưởng``) counts only before the unit it leads ("Trưởng Ban …", "Trưởng phòng …"), which
    is left to the organisation phrase.
    """
    n = len(tokens)
    k = i
    while k < n and tokens[k].key in lex.modifiers and (k == i or not tokens[k].gap.strip()):
        k += 1
    if k >= n or (k > i and tokens[k].gap.strip()):
        return 0, 0, 0
    office = lex.offices.match(tokens, k)
    if not office:
        unit = k + 1
        if (
            tokens[k].key == lex.chief
            and unit < n
            and not tokens[unit].gap.strip()
            and lex.organisations.match(tokens, unit, any_case=True)
        ):
            return unit - i, k, 1
        return 0, 0, 0
    end = k + office
    if end < n and not tokens[end].gap.strip():
        end += lex.head_qualifiers.match(tokens, end)
    return end - i, k, office


# --------------------------------------------------------------------------------------
# The organisation phrase
# --------------------------------------------------------------------------------------


@dataclass
class Scan:
    """What follows a head, up to where the title ends."""

    end: int  # the first token after the title (a name closing it included)
    run_start: int | None = None  # the run of capitalised words that closes it
    run_after_org: bool = False  # that run follows an organ or level ("UBND huyện Lâm Hà")
    run_after_level: bool = False  # … a level ("quận Nam Từ Liêm"): its place has 2+ words
    skipped: tuple[tuple[int, int], ...] = ()  # bracketed abbreviations, left out of the text
    public: bool = False  # names a public organ, sector, level or place
    private: bool = False  # names a company, business association, church …
    foreign: bool = False  # names a foreign country or body (before any "tại")
    foreign_run: int = 0  # the closing run opens with a foreign place of this many words
    unknown: bool = False  # holds capitalised words no table knows
    body: bool = False  # names a body at all ("Chủ tịch" alone does not)

    @property
    def bare(self) -> bool:
        return not (self.body or self.public or self.private or self.unknown)


def _bracketed_abbreviation(tokens: Sequence[Token], k: int) -> int:
    """End of a bracket opening at ``tokens[k]`` that holds only abbreviations ("(MTTQ)",
    "(UB T.Ư MTTQ VN)", "(THADS)", "(TP.HCM)"): it restates the body or place just named.
    0 otherwise."""
    if "(" not in tokens[k].gap or ")" in tokens[k].gap:
        return 0
    for j in range(k, min(k + 16, len(tokens))):
        token = tokens[j]
        if j > k and token.gap.strip() and not (token.gap == "." and token.expanded):
            return j if token.gap.strip().startswith(")") else 0  # "(TP.HCM)" is one
        if not (token.expanded or (token.text.isupper() and not token.is_number)):
            return 0
    return 0


def _body_name_tail(tokens: Sequence[Token], k: int, lex: Lexicon) -> int:
    """End of the lower-case words that go on a body's own name after its capitalised first
    word at ``tokens[k]`` ("Cục Văn hoá cơ sở", "Uỷ ban Chứng khoán Nhà nước", "Ban Chỉ đạo Đổi
    mới và Phát triển doanh nghiệp"), or ``k`` when there are none.

    Place and person names capitalise every word, so a lower-case word after a capitalised one
    belongs to a body's name; it runs up to a capitalised word, a number, punctuation, a word of
    the next clause ("cho biết") or a level ("tỉnh"), at most a few words.
    """
    n = len(tokens)
    j = k + 1
    while j < n:
        token = tokens[j]
        if token.gap.strip() or token.capitalised or token.is_number:
            break
        if token.key in lex.clause_words or lex.lower_parts.match(tokens, j):
            break
        j += 1
        if j - k - 1 > _MAX_NAME_TAIL:
            return k
    if j < n and tokens[j - 1].key == lex.and_:
        j -= 1
    return j if j > k + 1 else k


def _department_tail(tokens: Sequence[Token], k: int, lex: Lexicon) -> int:
    """End of a department's name whose sector, ending at ``tokens[k]``, a ministry shares:
    "Cục Tài chính doanh nghiệp", "Vụ Tổ chức cán bộ". The lower-case words (at most a few)
    belong to the name only when a mark, a capitalised word or the end of the text closes
    them: "Cục Tài chính doanh nghiệp (Bộ …)", "… doanh nghiệp Nguyễn Văn A". Words of the
    next clause or a level end them ("Cục Tài chính cho biết"); ``k + 1`` without a tail."""
    tail = _body_name_tail(tokens, k, lex)
    closed = tail >= len(tokens) or tokens[tail].gap.strip() or tokens[tail].capitalised
    return tail if tail > k and closed else k + 1


def _ends_title_at_dash(tokens: Sequence[Token], k: int, lex: Lexicon) -> bool:
    """Whether a spaced dash before ``tokens[k]`` ends the title: it does before a head, a rank,
    a person's name or a lower-case word; between names it joins them ("Việt - Úc")."""
    previous, token = tokens[k - 1], tokens[k]
    if not (previous.capitalised or previous.is_number):
        return True
    if not (token.capitalised or token.is_number):
        return True
    return bool(
        match_head(tokens, k, lex)[0]
        or lex.ranks.match(tokens, k)
        or looks_like_name(tokens, k, lex)
    )


def _joins_initials(tokens: Sequence[Token], k: int) -> bool:
    """Whether the "&" before ``tokens[k]`` joins the parts of one abbreviation ("XH&NV")."""
    previous, token = tokens[k - 1], tokens[k]
    return (
        not previous.expanded
        and not token.expanded
        and previous.text.isupper()
        and token.text.isupper()
        and len(previous.text) <= 4
        and len(token.text) <= 5
    )


def scan_title(
    tokens: Sequence[Token],
    head_end: int,
    name_starts: set[int],
    lex: Lexicon,
    abroad: bool = False,
    unit_first: bool = False,
) -> Scan:
    """Read the organisation phrase after a head ending at ``head_end``; ``abroad``: the head
    of a post abroad, whose title goes on with "tại" and a capitalised place; ``unit_first``:
    the head is "Trưởng" and the unit it leads follows, maybe in lower case ("Trưởng phòng",
    "trưởng ban"). After other heads a lower-case noun is a verb's: "Thủ tướng ban hành"."""
    scan = Scan(head_end)
    k = head_end
    n = len(tokens)
    skipped: list[tuple[int, int]] = []
    after_body = False  # the last words read were a body's noun or own name
    place_may_follow = False  # … an organ or a level, which a place name may follow
    after_level = False  # … a level ("huyện"): a Vietnamese place follows
    noun_end = -1  # where the last body's noun ended
    seen_at = False
    while k < n:
        if k in name_starts:
            break
        token = tokens[k]
        gap = token.gap
        mark = gap.strip()
        if mark:
            closing = _bracketed_abbreviation(tokens, k) if k > head_end else 0
            if closing:
                skipped.append((k, closing))
                k = closing
                if k >= n or tokens[k].gap.strip() != ")":
                    break
                continue
            if mark == ")" and skipped and skipped[-1][1] == k:
                pass  # just after a skipped bracket: "(MTTQ) Việt Nam"
            elif mark == "." and gap == mark and (tokens[k - 1].expanded or after_level):
                if not (token.capitalised or tokens[k - 1].expanded):
                    break
                # "TP.HCM"; a level glued to its place: "thành phố.Phan Thiết"
            elif mark == "&" and _joins_initials(tokens, k):
                pass  # "Sở KH&CN", "Bộ TT & TT": an abbreviation the tables do not spell out
            elif mark == "-" and gap == mark:  # "Bà Rịa-Vũng Tàu", "2015-2020"
                previous = tokens[k - 1]
                if not (previous.capitalised or previous.is_number):
                    break
                if not (token.capitalised or token.is_number):
                    break
            elif not (mark in _DASHES and not _ends_title_at_dash(tokens, k, lex)):
                break
        if (
            token.expanded
            and k > head_end
            and tokens[k - 1].expanded
            and (tokens[k - 1].start == token.start)
        ):
            k += 1  # the rest of one spelt-out abbreviation: "NHCSXH" is one body's name
            continue
        if token.capitalised and (match_head(tokens, k, lex)[0] or lex.ranks.match(tokens, k)):
            organ = lex.organisations.match(tokens, k)
            if organ < match_head(tokens, k, lex)[0] or not organ:
                break  # a stacked title or a rank starts here
        state = lex.state_bodies.match(tokens, k)
        if state:  # "Ngân hàng Chính sách xã hội": a generic noun, a public body
            scan.public = scan.body = True
            k += state
            # a place may follow ("NHCSXH Thái Bình"), not after a national body's name
            # ("Uỷ ban Chứng khoán Nhà nước Vũ Bằng", "… Việt Nam"): a name follows there
            after_body = True
            place_may_follow = not (
                lex.sectors.ending_at(tokens, k) or lex.places.ending_at(tokens, k)
            )
            after_level = False
            noun_end = k
            scan.run_start = None
            continue
        length = lex.organisations.match(tokens, k, any_case=k == head_end and unit_first)
        if length == 1 and k > head_end and looks_like_name(tokens, k, lex):
            length = 0  # "Giám đốc Công an thành phố Đoàn Duy Khương": a name, not "Đoàn"
        if length:
            private = lex.private.match(tokens, k, any_case=True)
            if private:
                scan.private = True
                length = max(length, private)
            elif tuple(t.key for t in tokens[k : k + length]) not in lex.generic:
                scan.public = True
            scan.body = True
            k += length
            after_body = place_may_follow = True
            after_level = False
            noun_end = k
            scan.run_start = None
            continue
        # A sector right after a body's noun may be in lower case: "Ban tổ chức", "Ban quản lý".
        sector = lex.sectors.match(tokens, k, any_case=k == noun_end)
        length = sector or lex.private.match(tokens, k)
        if length:
            if sector:
                scan.public = True
            else:
                scan.private = True
            if sector and k == noun_end and tokens[k - 1].key in lex.departments:
                # "Cục Tài chính doanh nghiệp": a department's name goes on in lower case
                length = _department_tail(tokens, k + length - 1, lex) - k
            k += length
            after_body = bool(sector)  # a body's own name may go on: "Ban tổ chức Lễ hội"
            place_may_follow = after_level = False
            scan.run_start = None
            continue
        length = lex.lower_parts.match(tokens, k)
        if length:
            scan.public = scan.public or not token.capitalised
            k += length
            after_body = False
            place_may_follow = after_level = True
            scan.run_start = None
            continue
        if token.key == lex.of and k + 1 < n and lex.organisations.match(tokens, k + 1):
            k += 1  # "người phát ngôn của UBND tỉnh", "Uỷ ban Pháp luật của Quốc hội"
            continue
        if token.key == lex.and_ and after_body and k + 1 < n and tokens[k + 1].capitalised:
            k += 1  # "Ban Chỉ đạo Đổi mới và Phát triển doanh nghiệp"
            continue
        if token.capitalised and after_body and scan.run_start is None:
            tail = _body_name_tail(tokens, k, lex)
            if tail > k:
                scan.unknown = True
                k = tail
                place_may_follow = False
                continue  # after_body stays: "Đổi mới và Phát triển doanh nghiệp"
        if scan.run_start is None:
            # At the start of a run, not after a level and not after "tại" only: "Đức", "Anh"
            # are given names, "huyện Đức Thọ" a district, "Đại sứ Việt Nam tại Lào" ours.
            foreign = 0 if seen_at or after_level else lex.foreign.match(tokens, k)
            scan.foreign_run = foreign
            scan.foreign = scan.foreign or bool(foreign)
        if token.capitalised and name_word(token):
            if scan.run_start is None:
                scan.run_start = k
                scan.run_after_org = place_may_follow
                scan.run_after_level = after_level
            k += 1
            after_body = after_level = False
            continue
        after_body = after_body and token.text.isupper() and not token.expanded  # "Công ty TNHH"
        place_may_follow = after_level = False
        if token.expanded:  # the rest of a spelt-out abbreviation: "THADS", "CHDCND"
            k += 1
            while k < n and tokens[k].expanded and tokens[k].start == token.start:
                k += 1
            scan.run_start = None
            continue
        if (
            token.is_number
            and scan.run_start is not None
            and looks_like_name(tokens, scan.run_start, lex)
        ):
            break  # "Phó Thủ tướng Vũ Đức Đam 3 lần …": the number is not the title's
        if token.capitalised or token.is_number:  # "Quân khu 7", "khoá XV", "UBKT"
            k += 1
            scan.run_start = None
            scan.unknown = scan.unknown or token.capitalised
            continue
        if abroad and token.key == lex.at and k + 1 < n and tokens[k + 1].capitalised:
            k += 1  # "Đại sứ Việt Nam tại Nhật Bản"
            seen_at = True
            scan.run_start = None
            continue
        break
    while k > head_end and tokens[k - 1].key == lex.and_:
        k -= 1  # "Chánh án Toà án nhân dân tối cao và …": "và" joins two people, not bodies
    scan.end = k
    scan.skipped = tuple(skipped)
    return scan


def pen_name_after(
    office: tuple[str, ...], tokens: Sequence[Token], start: int, lex: Lexicon = LEXICON
) -> bool:
    """Whether the two words at ``tokens[start]``, right after a bare top office of
    :data:`titles.PEN_NAME_OFFICES`, are a leader's pen name: "Tổng Bí thư Trường Chinh".

    Two capitalised words and no third, each a Vietnamese syllable ("Theresa May" is none),
    that are no place, open with no family name (such runs are names by the ordinary rule) and
    no body: a generic noun alone ("Trường") needs a name of its own, a school being no body a
    top office belongs to, while "Đảng Cộng sản" or "Hội Nông dân" are bodies.
    """
    if office not in lex.pen_name_offices or start + 2 > len(tokens):
        return False
    words = tokens[start : start + 2]
    after = tokens[start + 2] if start + 2 < len(tokens) else None
    body = max(lex.organisations.match(tokens, start), lex.state_bodies.match(tokens, start))
    return (
        all(name_word(w) and _SYLLABLE.match(fold(w.text)) for w in words)
        and not words[0].gap.strip()
        and not words[1].gap.strip()
        and (after is None or bool(after.gap.strip()) or not after.capitalised)
        and words[0].key not in lex.family
        and not place_length(words, 0, lex)
        and not place_length(words, 1, lex)
        and (body == 0 or (body == 1 and (words[0].key,) in lex.generic))
    )


def split_place_and_name(
    words: Sequence[Token],
    *,
    after_organisation: bool,
    after_level: bool = False,
    lex: Lexicon = LEXICON,
) -> int | None:
    """Where the person's name starts in a run of capitalised words that closes a title.

    ``Thành uỷ Hà Nội Nguyễn Thị Tuyến``: the run is "Hà Nội Nguyễn Thị Tuyến", the place
    "Hà Nội" is known, the name is the rest. Returns the index of the name's first word in
    ``words``, or None when the run is only a place. A name has 2–4 words (``name_size_fits``)
    and opens with a family name (``titles.FAMILY_NAMES``) or a highland prefix. After an
    organisation word (``UBND tỉnh ...``) a two-word run is taken for a place ("huyện Lâm Hà")
    unless it opens with a highland prefix ("H'Lan Niê"), a 3–4-word run opening with a family
    name for a person ("Phó Chủ tịch UBND tỉnh Nguyễn Văn A", the province implied). After a
    level, a two-word name needs an unknown place of two words or more before it: "quận Nam Từ
    Liêm" names nobody.
    """
    n = len(words)

    def family(index: int) -> bool:
        return opens_name(words, index, lex)

    place = place_length(words, 0, lex)
    if place:
        rest = n - place
        if rest == 0:
            return None
        if name_size_fits(words[place:]) and family(place):
            return place
    elif name_size_fits(words) and family(0):
        if not after_organisation or n >= 3 or _highland_prefix(words[0]):
            return 0
        return None
    minimum_place = max(place, 1)
    # A man's Ê Đê name opens with "Y": after an unknown place, its start is certain.
    for begin in range(minimum_place, n - 1):
        if words[begin].key == "y" and name_size_fits(words[begin:]):
            return begin
    for length in (3, 4, 2):
        begin = n - length
        if length == 2 and after_level and not place:
            minimum_place = 2  # "quận Nam Từ Liêm": not a place "Nam" and a person "Từ Liêm"
        if begin >= minimum_place and family(begin):
            return begin
    return None


def title_text(
    tokens: Sequence[Token], start: int, end: int, skipped: tuple[tuple[int, int], ...] = ()
) -> str:
    """The words of a title as reported: abbreviations spelt out, skipped brackets left out."""
    parts = []
    left_out = {k for begin, stop in skipped for k in range(begin, stop)}
    previous = None
    for k in range(start, end):
        if k in left_out:
            continue
        gap = tokens[k].gap if previous is not None else ""
        if previous is not None and (previous != k - 1 or ")" in gap):
            gap = " "
        elif gap == "." and (tokens[k].capitalised or tokens[k].expanded):
            gap = " "  # "TP.HCM" spelt out: "thành phố Hồ Chí Minh"; "thành phố.Phan Thiết"
        parts.append(gap + tokens[k].text)
        previous = k
    text = _without_repeats(normalize_inline("".join(parts)))
    return text[:1].upper() + text[1:]


def _without_repeats(text: str) -> str:
    """A phrase of two or more words written twice in a row, once: "Uỷ ban Trung ương MTTQ
    (UBTƯ) MTTQ Việt Nam" spelt out repeats "Mặt trận Tổ quốc"."""
    words = text.split(" ")
    for size in range(len(words) // 2, 1, -1):
        for begin in range(len(words) - 2 * size + 1):
            if words[begin : begin + size] == words[begin + size : begin + 2 * size]:
                return _without_repeats(" ".join(words[: begin + size] + words[begin + 2 * size :]))
    return text
