"""The text side of reader search, the same on every database: tokens, queries, stored
documents, highlighting and snippets.

Pure functions on plain strings (no models, no database), so the SQLite fallback and the
PostgreSQL full-text search tokenise and fold text in exactly one way:

* A *token* is a run of letters and digits (with their combining marks), folded by
  ``newsroom.text.search_fold``: lower case, every diacritic removed, ``đ`` → ``d``,
  compatibility forms decomposed (full-width digits, ligatures). "Đinh Tiến Dũng" → dinh,
  tien, dung; "Thành uỷ" and "Thành ủy" → thanh, uy; "15-NQ/TU" → 15, nq, tu.
* A *query* is a list of *units*, all of which must match. A unit is one whitespace-separated
  word of what the reader typed (or a "quoted phrase") as a tuple of tokens: "15-NQ/TU" is the
  unit (15, nq, tu) and matches those three tokens in a row; "15 nq tu" is three units.
* A stored *document* keeps each weighted part of an article as a line of tokens separated by
  single spaces (see ``SearchDocument.text``), so ``" dinh tien dung "`` is a whole-word,
  in-order match on any database.

Highlighting finds units in the original text (with its diacritics) and wraps them in
``<mark>``, escaping everything else. See docs/search.md.
"""

from __future__ import annotations

import bisect
import dataclasses
import difflib
import functools
import html
import itertools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from django.utils.safestring import SafeString, mark_safe

from newsroom.text import search_fold, search_fold_chars

__all__ = [
    "MAX_QUERY_LENGTH",
    "MAX_UNITS",
    "Query",
    "SearchDocument",
    "bigrams",
    "excerpt",
    "highlight",
    "html_to_text",
    "kept_snippet",
    "parse_query",
    "resembles_name",
    "sapo_length",
    "snippet",
    "snippet_text",
    "tokens",
]

#: Longer queries are cut to this many characters (a reader never needs more; a bot may send more).
MAX_QUERY_LENGTH = 200
#: At most this many units are searched for; the rest of a very long query is ignored.
MAX_UNITS = 12

# A token after folding: letters and digits only.
_TOKEN_RE = re.compile(r"[^\W_]+")
# Control characters (NUL included), which PostgreSQL refuses in text and nobody types.
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_QUERY_PART_RE = re.compile(r'"([^"]*)"|(\S+)')


def tokens(text: str) -> list[str]:
    """Every folded token of ``text``, in order: lower case, compatibility forms decomposed,
    diacritics removed, split at anything that is not a letter or a digit."""
    return _TOKEN_RE.findall(search_fold(text or ""))


def html_to_text(markup: str) -> str:
    """Readable text of sanitised rich text: tags become spaces, entities are decoded."""
    if not markup:
        return ""
    text = _TAG_RE.sub(" ", markup)
    return " ".join(html.unescape(text).split())


# A tag with quoted attribute values (which may hold ">"), or a comment.
_TAG_RE = re.compile(r"<!--.*?-->|<(?:[^>\"']|\"[^\"]*\"|'[^']*')*>", re.DOTALL)


# ---------------------------------------------------------------------------------------------
# Queries
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Query:
    """What a reader searched for, cleaned, and the units every result must contain.

    ``any_of`` (the near-words form, see ``variants``) adds groups of units of which a result
    must contain at least one each; ``marks`` are more units to highlight. ``form`` says which
    of ``variants`` this is: "phrase", "near" or "words" (every unit anywhere, as typed)."""

    text: str
    units: tuple[tuple[str, ...], ...]
    truncated: bool = False
    any_of: tuple[tuple[tuple[str, ...], ...], ...] = ()
    marks: tuple[tuple[str, ...], ...] = ()
    form: str = "words"

    def __bool__(self) -> bool:
        return bool(self.units)

    @property
    def folded(self) -> str:
        """All tokens as one string, for fuzzy (trigram) matching of names."""
        return " ".join(token for unit in self.units for token in unit)

    @property
    def tokens(self) -> tuple[str, ...]:
        """Every token of the query, in the order typed."""
        return tuple(token for unit in self.units for token in unit)

    @property
    def marked(self) -> tuple[tuple[str, ...], ...]:
        """Every unit a result may show, for highlighting: ``units`` and those of ``any_of``."""
        grouped = (unit for group in self.any_of for unit in group)
        return tuple(dict.fromkeys([*self.units, *grouped, *self.marks]))

    def tsquery(self) -> str:
        """The query in PostgreSQL ``to_tsquery`` syntax: units ANDed, a unit's tokens in a row,
        each ``any_of`` group ORed.

        Tokens are letters and digits only, so nothing a reader types can become an operator.
        """
        units = [_tsquery_unit(unit) for unit in self.units]
        groups = ["(" + " | ".join(map(_tsquery_unit, group)) + ")" for group in self.any_of]
        return " & ".join(units + groups)

    def bigrams(self) -> list[str]:
        """Pairs of tokens that must stand side by side in a match (see ``bigrams``): for each
        unit, pairs that do not overlap, the last one overlapping when the count is odd, so
        that every token is in one ("a b c d e" → a_b, c_d, d_e). Fewer pairs to look up
        than all of them, still rare together; ranking checks the whole phrase."""
        pairs = []
        for unit in self.units:
            pairs += _covering_pairs(unit)
        return list(dict.fromkeys(pairs))

    def any_of_bigrams(self) -> list[list[list[str]]]:
        """For each ``any_of`` group, each unit's covering pairs (see ``bigrams``)."""
        return [[_covering_pairs(unit) for unit in group] for group in self.any_of]

    def variants(self) -> list[Query]:
        """The forms to try in turn: the whole query as one phrase, then the near-words form
        (``near_words``), then every unit anywhere (the query itself), each only if it asks
        something the previous did not; only the query itself when it is one unit."""
        if len(self.units) < 2:
            return [self]
        phrase = dataclasses.replace(self, units=(self.tokens,), form="phrase")
        forms: dict[tuple, Query] = {}
        for query in (phrase, self.near_words(), self):
            forms.setdefault((query.units, query.any_of), query)
        return list(forms.values())

    def near_words(self) -> Query:
        """The query with every typed syllable required next to a neighbour it was typed with.

        Vietnamese words and names are runs of syllables ("xây dựng", "Đinh Tiến Dũng"), each
        syllable also part of countless other words: "dinh tien dung" scattered is "quyết
        định", "thực tiễn", "xây dựng". So in a run of one-token units (words typed apart),
        each token must stand beside its neighbour before or after it, in the order typed:
        "dinh tien dung hai phong" needs ``dinh tien`` and ``hai phong``, and ``tien dung`` or
        ``dung hai``. A unit of several tokens ("15-NQ/TU", a "quoted phrase") or a number
        stands alone, and so does a one-token unit with no such neighbour ("Trump" after a
        quoted name)."""
        units: list[tuple[str, ...]] = []
        any_of: list[tuple[tuple[str, ...], ...]] = []
        marks: list[tuple[str, ...]] = []
        run: list[str] = []

        def close_run():
            if len(run) == 1:
                units.append((run[0],))
            elif run:
                # highlighted: any stretch of the run found in the text ("Đinh Tiến Dũng")
                marks.extend(
                    tuple(run[i:j]) for i in range(len(run)) for j in range(i + 2, len(run) + 1)
                )
                pairs = list(itertools.pairwise(run))
                units.extend([pairs[0], pairs[-1]])
                # a syllable inside the run: the pair before it or the pair after it
                any_of.extend((before, after) for before, after in itertools.pairwise(pairs))
            run.clear()

        for unit in self.units:
            if len(unit) == 1 and not any(char.isdigit() for char in unit[0]):
                run.append(unit[0])
            else:
                close_run()
                units.append(unit)
        close_run()
        units = list(dict.fromkeys(units))
        # A group holding a required unit is met already.
        groups = [group for group in dict.fromkeys(any_of) if not set(group) & set(units)]
        return dataclasses.replace(
            self, units=tuple(units), any_of=tuple(groups), marks=tuple(marks), form="near"
        )

    def patterns(self) -> list[str]:
        """One whole-word substring per unit for searching ``SearchDocument.text``."""
        return [_pattern(unit) for unit in self.units]

    def any_of_patterns(self) -> list[list[str]]:
        """For each ``any_of`` group, its units' whole-word substrings (one must be found)."""
        return [[_pattern(unit) for unit in group] for group in self.any_of]


def _pattern(unit: tuple[str, ...]) -> str:
    return f" {' '.join(unit)} "


def _tsquery_unit(unit: tuple[str, ...]) -> str:
    return "(" + " <-> ".join(f"'{token}'" for token in unit) + ")"


def _covering_pairs(unit: tuple[str, ...]) -> list[str]:
    starts = list(range(0, len(unit) - 1, 2))
    if len(unit) > 2 and len(unit) % 2:
        starts.append(len(unit) - 2)
    return [f"{unit[i]}_{unit[i + 1]}" for i in starts]


def clean_query(raw: str | None) -> tuple[str, bool]:
    """The query as it will be shown back: NFC, no control characters, one line, at most
    ``MAX_QUERY_LENGTH`` characters. Returns (text, whether it was cut)."""
    text = unicodedata.normalize("NFC", _CONTROL_RE.sub(" ", raw or ""))
    text = " ".join(text.split())
    if len(text) <= MAX_QUERY_LENGTH:
        return text, False
    cut = text[:MAX_QUERY_LENGTH]
    space = cut.rfind(" ")
    return (cut[:space] if space > MAX_QUERY_LENGTH // 2 else cut).rstrip(), True


def parse_query(raw: str | None) -> Query:
    """Parse what a reader typed into a ``Query``. Never raises; punctuation alone gives an
    empty query."""
    text, truncated = clean_query(raw)
    units: list[tuple[str, ...]] = []
    for match in _QUERY_PART_RE.finditer(text):
        phrase, word = match.groups()
        # A lone quote glued to a word ('"Hà', 'Nội"') is punctuation, like any other.
        unit = tuple(tokens(phrase if phrase is not None else word))
        if unit and unit not in units:
            units.append(unit)
    return Query(text=text, units=tuple(units[:MAX_UNITS]), truncated=truncated)


def resembles_name(query: Query, name: str, *, cutoff: float = 0.75) -> bool:
    """Whether ``query`` is ``name`` give or take a typo: every token of the query is close to
    some token of the name ("dinh tien dun", "dihn tien dung" → Đinh Tiến Dũng) and nothing
    else was asked ("Đinh Tiến Dũng Quốc hội" is not a name)."""
    name_tokens = tokens(name)
    return bool(query.units) and all(
        any(difflib.SequenceMatcher(None, token, other).ratio() >= cutoff for other in name_tokens)
        for unit in query.units
        for token in unit
    )


def bigrams(line: Iterable[str] | str) -> list[str]:
    """Adjacent tokens joined by "_" ("truong phuong phong" → truong_phuong, phuong_phong).

    Vietnamese words are mostly two syllables, each a common token on its own: a phrase index
    without positions (PostgreSQL's GIN) narrows "Trương Phương Phong" to the few stories with
    both pairs instead of the thousands with all three syllables somewhere. "|" (between
    names) breaks a line: no pair across it."""
    words = line.split() if isinstance(line, str) else list(line)
    return [f"{a}_{b}" for a, b in itertools.pairwise(words) if "|" not in (a, b)]


# ---------------------------------------------------------------------------------------------
# Stored documents
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SearchDocument:
    """The searchable parts of an article as token lines, most important first.

    ``names`` holds the full names and aliases of the officials the article mentions and the
    numbers of the resolutions it mentions.
    """

    title: str
    sapo: str
    names: str
    body: str

    #: Separators between the parts of ``text``; "|" is never part of a token.
    SAPO_MARK = " |sapo| "
    NAMES_MARK = " |names| "
    BODY_MARK = " |body| "

    @classmethod
    def build(
        cls, *, title: str, sapo: str, body_html: str, names: Iterable[str] = ()
    ) -> SearchDocument:
        return cls(
            title=" ".join(tokens(title)),
            sapo=" ".join(tokens(sapo)),
            # "|" between names, so that a phrase cannot run from one name into the next.
            names=" | ".join(" ".join(tokens(name)) for name in names if tokens(name)),
            body=" ".join(tokens(html_to_text(body_html))),
        )

    def bigrams(self) -> list[str]:
        """Every pair of adjacent tokens in any part, once each."""
        parts = (self.title, self.sapo, self.names, self.body)
        return list(dict.fromkeys(pair for part in parts for pair in bigrams(part)))

    @property
    def text(self) -> str:
        """One string for ``Article.search_text``: `` title |sapo| sapo |names| names |body|
        body ``, every token between spaces. The order of the parts is what the SQLite ranking
        relies on (an earlier part weighs more)."""
        return (
            f" {self.title}{self.SAPO_MARK}{self.sapo}{self.NAMES_MARK}{self.names}"
            f"{self.BODY_MARK}{self.body} "
        )


# ---------------------------------------------------------------------------------------------
# Highlighting
# ---------------------------------------------------------------------------------------------


@functools.lru_cache(maxsize=256)
def _units_pattern(units: tuple[tuple[str, ...], ...]) -> tuple[re.Pattern, dict]:
    """One regex finding any unit as whole words in folded text (longest unit first), and the
    index of each unit."""
    ordered = sorted(units, key=len, reverse=True)
    alternatives = "|".join(
        _starting_a_word(r"[\W_]+".join(map(re.escape, unit))) for unit in ordered
    )
    pattern = re.compile(rf"(?:{alternatives})(?![^\W_])")
    return pattern, {unit: index for index, unit in enumerate(units)}


def _starting_a_word(alternative: str) -> str:
    """``alternative`` (which starts with a letter or digit) only where no letter or digit
    comes before it: the check follows the first character, so that the regex engine can
    skip ahead to that character (checked first, it made every position a candidate, about
    25 times slower on a story's body)."""
    first = alternative[0]
    return rf"{first}(?<![^\W_]{first}){alternative[1:]}"


def _spans(text: str, units: Iterable[tuple[str, ...]]) -> list[tuple[int, int, int]]:
    """(start, end, unit index) of every unit found in ``text``, in order, not overlapping."""
    return _folded_spans(search_fold_chars(text), units) if text else []


def _folded_spans(folded: str, units: Iterable[tuple[str, ...]]) -> list[tuple[int, int, int]]:
    """``_spans`` of the text whose ``search_fold_chars`` is ``folded``."""
    units = tuple(unit for unit in units if unit)
    if not units or not folded:
        return []
    pattern, index_of = _units_pattern(units)
    return [
        (match.start(), match.end(), index_of.get(tuple(_TOKEN_RE.findall(match.group())), 0))
        for match in pattern.finditer(folded)
    ]


def _merged(text: str, spans: list[tuple[int, int, int]]) -> list[tuple[int, int]]:
    """Spans separated only by a space or short punctuation ("Đinh Tiến Dũng", "15-NQ/TU")
    become one."""
    merged: list[tuple[int, int]] = []
    for start, end, _ in spans:
        if merged:
            gap = text[merged[-1][1] : start]
            if len(gap) <= 3 and not _TOKEN_RE.search(gap):
                merged[-1] = (merged[-1][0], end)
                continue
        merged.append((start, end))
    return merged


def _render(text: str, marks: list[tuple[int, int]], start: int, end: int) -> str:
    # html.escape: what django.utils.html.escape does, without its wrapper for lazy strings
    out, at = [], start
    for mark_start, mark_end in marks:
        if mark_end <= start or mark_start >= end:
            continue
        mark_start, mark_end = max(mark_start, start), min(mark_end, end)
        out.append(html.escape(text[at:mark_start]))
        out.append(f"<mark>{html.escape(text[mark_start:mark_end])}</mark>")
        at = mark_end
    out.append(html.escape(text[at:end]))
    return "".join(out)


def highlight(text: str, units: Iterable[tuple[str, ...]]) -> SafeString:
    """All of ``text``, escaped, with every unit found wrapped in ``<mark>``."""
    text = text or ""
    marks = _merged(text, _spans(text, units))
    return mark_safe(_render(text, marks, 0, len(text)))  # _render escapes the text


def excerpt(text: str, units: Iterable[tuple[str, ...]], *, length: int = 220) -> SafeString:
    """About ``length`` characters of ``text`` around where most units are found, escaped, with
    the units in ``<mark>`` and "…" where the text was cut. The start of the text when no
    unit is found."""
    text = " ".join((text or "").split())
    return _excerpt(text, _spans(text, units), length)


def _excerpt(text: str, spans: list[tuple[int, int, int]], length: int) -> SafeString:
    """``excerpt`` of a text whose whitespace is already one space between words, with the
    ``spans`` of its units."""
    start = 0
    if spans:
        ends = [end for _, end, _ in spans]
        found = len({unit for _, _, unit in spans})
        best, best_score = 0, -1
        for i, (span_start, _, _) in enumerate(spans):
            # the distinct units within the window that starts at this match
            last = bisect.bisect_right(ends, span_start + length - length // 4, lo=i)
            score = len({unit for _, _, unit in spans[i:last]})
            if score > best_score:
                best, best_score = i, score
                if score == found:
                    break  # cannot do better than every unit
        # Some context before the first match, starting at a word.
        start = max(0, spans[best][0] - length // 4)
        if start:
            space = text.find(" ", start, spans[best][0])
            start = space + 1 if space != -1 else spans[best][0]
    end = min(len(text), start + length)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start else end
    marks = _merged(text, spans)
    body = _render(text, marks, start, end)
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    return mark_safe(f"{prefix}{body}{suffix}")  # _render escapes the text


def snippet(sapo: str, body_html: str, units: Iterable[tuple[str, ...]], *, length: int = 220):
    """The excerpt a search result shows: from the sapo alone when it holds every unit (the
    story's own summary, and no body to read), otherwise from the sapo and the body
    (``snippet_text``)."""
    units = tuple(units)
    if _every_unit(_spans(sapo, units), units):
        return excerpt(sapo, units, length=length)
    text = snippet_text(sapo, body_html)
    return _excerpt(text, _spans(text, units), length)


def kept_snippet(
    text: str,
    folded: str,
    sapo_length: int,
    units: Iterable[tuple[str, ...]],
    *,
    length: int = 220,
):
    """``snippet`` from what is kept with the story (``articles.site.teasers``): ``text`` is
    its ``snippet_text``, ``folded`` that text's ``search_fold_chars`` and ``sapo_length`` the
    ``sapo_length`` of its sapo, so the body is neither turned into text nor folded again (most
    of a result's cost) and the sapo not read."""
    units = tuple(units)
    # ``text`` starts with the sapo, spaced, and a space: so its fold starts with the sapo's
    in_sapo = _folded_spans(folded[:sapo_length], units)
    if _every_unit(in_sapo, units):
        return _excerpt(text[:sapo_length], in_sapo, length)
    return _excerpt(text, _folded_spans(folded, units), length)


def sapo_length(sapo: str) -> int:
    """How much of a story's ``snippet_text`` is its sapo."""
    return len(" ".join(sapo.split()))


def snippet_text(sapo: str, body_html: str) -> str:
    """The text a snippet is cut from: the sapo and the body's text, one space between words."""
    # html_to_text gives its words one space apart already: only the sapo is spaced again.
    parts = (" ".join(sapo.split()), html_to_text(body_html))
    return " ".join(part for part in parts if part)


def _every_unit(spans: list[tuple[int, int, int]], units: tuple[tuple[str, ...], ...]) -> bool:
    """Whether ``spans`` (``_spans`` of some text) hold every one of ``units``."""
    return bool(units) and len({unit for _, _, unit in spans}) == len(units)
