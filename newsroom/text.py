"""Vietnamese text helpers: normalising, accent folding, slugs and name sort keys.

Pure functions on the standard library, so they can be used from models, management commands,
migrations and tests alike; Django is used only to read the house style of tone placement,
``settings.TONE_PLACEMENT``, through ``django.conf`` (without configured settings: "classic").
The rules, with examples and the reasons behind them, are documented for the whole team in
``docs/vietnamese.md`` (see "Tone placement" there).

Public API:

* ``normalize(text)``: NFC, the house tone placement, clean whitespace. Idempotent.
* ``place_tones(text)``: only the tone marks moved to the house placement (re-saving stored rows).
* ``house_tone_placement()``: the house style, "classic" or "main-vowel".
* ``normalize_inline(text)``: the same for one-line values (titles, names): newlines become spaces.
* ``fold(text)``: lower case without any diacritic (``đ`` → ``d``) for search and matching.
* ``search_fold(text)``, ``search_fold_chars(text)``: the same rule as search tokens use it
  (compatibility forms too), the second character by character, for highlighting.
* ``slugify(text, max_length=80)``: ASCII slug that keeps ``Đ`` (``dinh-tien-dung``).
* ``split_tones(text)``: the letters without their tone marks, and the tone marks.
* ``given_name_key(full_name)``: digits-only key sorting people by given name, Vietnamese style.
* ``sort_key(text)``: the same rule for labels read in order (tags): first word first.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata

from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver

__all__ = [
    "AS_WRITTEN",
    "DEFAULT_TONE_PLACEMENT",
    "GIVEN_NAME_KEY_MAX_LENGTH",
    "TONE_PLACEMENTS",
    "fold",
    "given_name_key",
    "house_tone_placement",
    "normalize",
    "normalize_inline",
    "place_tones",
    "search_fold",
    "search_fold_chars",
    "slugify",
    "sort_key",
    "split_tones",
]

# ---------------------------------------------------------------------------------------------
# Characters
# ---------------------------------------------------------------------------------------------

# Tone marks as combining characters (what NFD splits precomposed letters into).
_HUYEN, _HOI, _NGA, _SAC, _NANG = "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"
_TONES = (_HUYEN, _HOI, _NGA, _SAC, _NANG)
# Vietnamese dictionary order of tones: ngang (none), huyền, hỏi, ngã, sắc, nặng.
_TONE_RANK = {"": 0, _HUYEN: 1, _HOI: 2, _NGA: 3, _SAC: 4, _NANG: 5}

# Letter modifiers that make separate letters of the alphabet: ă â ê ô ơ ư.
_BREVE, _CIRCUMFLEX, _HORN = "\u0306", "\u0302", "\u031b"
_MODIFIED = {
    ("a", _BREVE): "ă",
    ("a", _CIRCUMFLEX): "â",
    ("e", _CIRCUMFLEX): "ê",
    ("o", _CIRCUMFLEX): "ô",
    ("o", _HORN): "ơ",
    ("u", _HORN): "ư",
}
_MODIFIED_VOWELS = frozenset("ăâêôơư")
_VOWELS = frozenset("aăâeêioôơuưy")
_CONSONANTS = frozenset("bcdđghklmnpqrstvx") | frozenset("fjwz")

_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e"
# Characters that end a line (str.splitlines() boundaries). U+2029 is a paragraph break.
_LINE_BREAKS = "\n\v\f\x1c\x1d\x1e\x85\u2028"


def _build_translation() -> dict[int, str | None]:
    table: dict[int, str | None] = {ord(c): None for c in _ZERO_WIDTH}
    for code in range(0x3001):  # every whitespace character str.isspace() knows is below U+3001
        char = chr(code)
        if char.isspace():
            table[code] = "\n" if char in _LINE_BREAKS else " "
    table[0x2029] = "\n\n"
    table[ord("\r")] = "\n"
    return table


_TRANSLATION = _build_translation()
# The characters the translation changes, and what each becomes: copy has few of them, so
# they are found with a regex and replaced one by one (``str.translate`` with a table looks
# every character up: four times slower on agency copy).
_REPLACEMENTS = {chr(c): v or "" for c, v in _TRANSLATION.items() if v != chr(c)}
_TRANSLATED_RE = re.compile("[" + re.escape("".join(_REPLACEMENTS)) + "]")


def _replacement(match: re.Match[str]) -> str:
    return _REPLACEMENTS[match.group()]


_SPACES_RE = re.compile(r" {2,}")
_BLANK_LINES_RE = re.compile(r"\n{3,}")
# Combining diacritical marks (main block, extended, supplement, for symbols, half marks).
_MARK_CLASS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_MARK_RE = re.compile(f"[{_MARK_CLASS}]")
# A word: letters, each possibly followed by combining marks (decomposed or odd input).
_WORD_RE = re.compile(f"(?:[^\\W\\d_][{_MARK_CLASS}]*)+")

# ---------------------------------------------------------------------------------------------
# Tone placement
# ---------------------------------------------------------------------------------------------

#: The two tone-placement conventions. They differ only in oa, oe, uy without a final consonant:
#: ``"classic"``: òa, òe, ùy: hòa, khỏe, thủy, Thành ủy, Ủy ban, Khánh Hòa, Thanh Hóa, khóa XV:
#: what political copy and legal documents print ("Ủy ban nhân dân"), the house default.
#: ``"main-vowel"``: oà, oè, uỳ: hoà, khoẻ, thuỷ, Thành uỷ (QĐ 1989/QĐ-BGDĐT, 2018).
#: ``fold``, slugs, search and sort keys do not depend on the choice, so a search for "Thành uỷ"
#: finds "Thành ủy". See "Tone placement" in docs/vietnamese.md.
TONE_PLACEMENTS = ("classic", "main-vowel")
#: The house style when ``settings.TONE_PLACEMENT`` is not set (or Django is not configured).
DEFAULT_TONE_PLACEMENT = "classic"
#: ``normalize(text, tone_placement=AS_WRITTEN)`` leaves tone marks where they were typed (a
#: person's name, spelled as its bearer spells it); everything else is still normalised.
AS_WRITTEN = "as-written"
_STYLES = (*TONE_PLACEMENTS, AS_WRITTEN)


# The setting once read: reading it through ``django.conf.settings`` on every ``normalize``
# made a short, already normalised text six times slower to normalise (2.7 µs instead of 0.44).
_house_style: list[str] = []


def house_tone_placement() -> str:
    """The house style of tone placement: ``settings.TONE_PLACEMENT``, else "classic"."""
    if _house_style:
        return _house_style[0]
    if not settings.configured:
        return DEFAULT_TONE_PLACEMENT
    style = getattr(settings, "TONE_PLACEMENT", DEFAULT_TONE_PLACEMENT)
    if style not in TONE_PLACEMENTS:
        raise ValueError(f"tone placement must be one of {TONE_PLACEMENTS}, not {style!r}")
    _house_style.append(style)
    return style


@receiver(setting_changed)
def _forget_house_style(*, setting, **kwargs):
    """Tests change the setting (``override_settings``): read it again."""
    if setting == "TONE_PLACEMENT":
        _house_style.clear()


# Index of the vowel that carries the tone, by vowel cluster (after the onset, so the u of "qu"
# and the i of "gi" are not part of it), for syllables without / with a final consonant.
# Single vowels are always index 0. Rhymes missing here are left exactly as written.
_OPEN_RHYMES = {
    # two vowels: the first one (ua: not after q, where the u belongs to the onset)
    "ai": 0, "ao": 0, "au": 0, "ay": 0, "âu": 0, "ây": 0, "eo": 0, "êu": 0, "ia": 0,
    "iu": 0, "oi": 0, "ôi": 0, "ơi": 0, "ua": 0, "ui": 0, "ưa": 0, "ưi": 0, "ưu": 0,
    # two vowels, the second with a modifier: that one
    "uê": 1, "uơ": 1, "ươ": 1,
    # three vowels: the middle one
    "iêu": 1, "yêu": 1, "oai": 1, "oay": 1, "oao": 1, "oeo": 1, "uây": 1, "uôi": 1,
    "ươi": 1, "ươu": 1, "uya": 1, "uyu": 1,
}  # fmt: skip
# oa, oe, uy without a final consonant: the only rhymes where the two conventions differ.
_STYLE_RHYMES = {
    "classic": {"oa": 0, "oe": 0, "uy": 0},
    "main-vowel": {"oa": 1, "oe": 1, "uy": 1},
}
# With a final consonant the tone goes on the last vowel (ê in uyê).
_CLOSED_RHYMES = {
    "iê": 1, "yê": 1, "uô": 1, "ươ": 1, "oa": 1, "oă": 1, "oe": 1, "uâ": 1, "uê": 1,
    "uy": 1, "oo": 1, "ôô": 1, "uyê": 2,
}  # fmt: skip
_CODAS = frozenset({"", "c", "ch", "k", "m", "n", "ng", "nh", "p", "t"})


def _split_letters(word: str) -> list[list[str]] | None:
    """Decompose ``word`` into [original base, lower-case Vietnamese letter, other marks, tone].

    Returns None when the word is not plain Vietnamese letters (foreign marks, two tones on one
    letter, a mark with nothing to sit on...), in which case it is left alone.
    """
    letters: list[list[str]] = []
    for char in unicodedata.normalize("NFD", word):
        if unicodedata.combining(char):
            if not letters:
                return None
            letter = letters[-1]
            if char in _TONES:
                if letter[3]:
                    return None
                letter[3] = char
            elif char in (_BREVE, _CIRCUMFLEX, _HORN) and not letter[2]:
                modified = _MODIFIED.get((letter[1], char))
                if modified is None:
                    return None
                letter[1], letter[2] = modified, char
            else:
                return None
        else:
            lower = char.lower()
            if lower not in _VOWELS and lower not in _CONSONANTS:
                return None
            letters.append([char, lower, "", ""])
    return letters


def split_tones(text: str) -> tuple[str, str]:
    """``text`` without its tone marks (NFC; ă â ê ô ơ ư keep their own marks) and the tone
    marks it held, in order: "Hoà" → ("Hoa", U+0300), "Nguyễn" → ("Nguyên", U+0303)."""
    decomposed = unicodedata.normalize("NFD", text)
    tones = "".join(char for char in decomposed if char in _TONES)
    if not tones:
        return unicodedata.normalize("NFC", text), ""
    base = "".join(char for char in decomposed if char not in _TONES)
    return unicodedata.normalize("NFC", base), tones


def _tone_target(letters: list[str], style: str) -> int | None:
    """Index (in ``letters``, the lower-case letters of one syllable) of the tone-bearing vowel."""
    n = len(letters)
    i = 0
    while i < n and letters[i] not in _VOWELS:
        i += 1
    if i == n:
        return None
    onset = "".join(letters[:i])
    # "qu" and "gi" onsets: the u / i belongs to the consonant when another vowel follows.
    if onset == "q" or onset == "g":
        nxt = "u" if onset == "q" else "i"
        if letters[i] == nxt and i + 1 < n and letters[i + 1] in _VOWELS:
            i += 1
        elif onset == "q":
            return None
    j = i
    while j < n and letters[j] in _VOWELS:
        j += 1
    cluster, coda = "".join(letters[i:j]), "".join(letters[j:])
    if coda not in _CODAS:
        return None
    if len(cluster) == 1:
        return i
    if coda:
        offset = _CLOSED_RHYMES.get(cluster)
    else:
        offset = _STYLE_RHYMES[style].get(cluster, _OPEN_RHYMES.get(cluster))
    return None if offset is None else i + offset


def _place_tone(match: re.Match[str], style: str) -> str:
    word = match.group()
    return word if word.isascii() else _placed(word, style)


# Copy is made of a few thousand distinct syllables repeated: placing each once is enough
# (the wire import normalises every paragraph several times; see bench/import_wire.py).
@functools.lru_cache(maxsize=1 << 16)
def _placed(word: str, style: str) -> str:
    letters = _split_letters(word)
    if letters is None:
        return word
    toned = [k for k, letter in enumerate(letters) if letter[3]]
    if len(toned) != 1:
        return word
    current = toned[0]
    target = _tone_target([letter[1] for letter in letters], style)
    if target is None or target == current or letters[current][1] not in _VOWELS:
        return word
    letters[target][3], letters[current][3] = letters[current][3], ""
    rebuilt = "".join(base + marks + tone for base, _, marks, tone in letters)
    return unicodedata.normalize("NFC", rebuilt)


# ---------------------------------------------------------------------------------------------
# Public functions
# ---------------------------------------------------------------------------------------------


def normalize(text: str, *, tone_placement: str | None = None) -> str:
    """Return ``text`` in the form we store: NFC, one tone placement, clean whitespace.

    * Unicode NFC (decomposed input, e.g. from macOS or Word, is composed).
    * Tone marks moved to the vowel ``tone_placement`` prescribes (by default the house style,
      ``house_tone_placement()``; ``AS_WRITTEN`` leaves them), syllable by syllable. Classic:
      "hoà" → "hòa", "Thành uỷ" → "Thành ủy", "THUỶ" → "THỦY"; "quả", "già", "người", "thuở",
      "khuya", "nguyệt", "hoàng" are already right and stay. Case of every letter is kept.
      Words that are not Vietnamese syllables are left untouched.
    * Zero-width characters (ZWSP, ZWNJ, ZWJ, word joiner, BOM, soft hyphen) removed; no-break
      and other Unicode spaces and tabs become a plain space; CRLF, CR and other line
      separators become LF.
    * Runs of spaces inside a line collapsed; every line stripped; 3+ newlines become 2
      (paragraph breaks kept); the whole text stripped.

    Idempotent: ``normalize(normalize(x)) == normalize(x)``.
    """
    if tone_placement is None:
        tone_placement = _house_style[0] if _house_style else house_tone_placement()
    elif tone_placement not in _STYLES:
        _checked(tone_placement)
    if not text:
        return ""
    if len(text) <= _CACHED_LENGTH:
        return _normalize_cached(text, tone_placement)
    return _normalize(text, tone_placement)


# Parsers and models normalise the same lines and names again and again (a wire story's
# paragraphs are normalised by the decoder, the parser, the linker and Article.save): short
# texts are remembered, within a bounded memory (at most 8,192 texts of 2,000 characters).
_CACHED_LENGTH = 2000


@functools.lru_cache(maxsize=8192)
def _normalize_cached(text: str, tone_placement: str) -> str:
    return _normalize(text, tone_placement)


def _normalize(text: str, tone_placement: str) -> str:
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n")
    # Zero-width characters go, spaces become " ", line breaks "\n"; then compose again, as
    # a removed zero-width character may have separated a letter from its combining mark.
    text, replaced = _TRANSLATED_RE.subn(_replacement, text)
    if replaced:
        text = unicodedata.normalize("NFC", text)
    lines = (_SPACES_RE.sub(" ", line).strip(" ") for line in text.split("\n"))
    text = _BLANK_LINES_RE.sub("\n\n", "\n".join(lines)).strip(" \n")
    if text.isascii() or tone_placement == AS_WRITTEN:
        return text
    return unicodedata.normalize("NFC", _place_tones(text, tone_placement))


def _checked(tone_placement: str | None) -> str:
    style = house_tone_placement() if tone_placement is None else tone_placement
    if style not in _STYLES:
        raise ValueError(f"tone placement must be one of {_STYLES}, not {style!r}")
    return style


def place_tones(text: str, *, tone_placement: str | None = None) -> str:
    """``text`` (NFC) with only its tone marks moved to ``tone_placement`` (the house style by
    default): whitespace and everything else as it was. For re-saving rows already normalised
    under another style: "Thành uỷ Thanh Hoá" → "Thành ủy Thanh Hóa" (classic)."""
    style = _checked(tone_placement)
    text = unicodedata.normalize("NFC", text or "")
    if text.isascii() or style == AS_WRITTEN:
        return text
    return unicodedata.normalize("NFC", _place_tones(text, style))


def _place_tones(text: str, style: str) -> str:
    """Every word of ``text`` with its tone placed: ``_WORD_RE.sub(_place_tone, text)``.

    Words never span a space, so the text is placed chunk by chunk between spaces, each
    distinct chunk once (remembered: copy repeats "Thành uỷ," and "Hà Nội" endlessly), and
    rebuilt only when a chunk changes. Most text arrives already in the stored form (it is
    normalised again and again), and agency copy that is not repeats a few old-style words.
    """
    parts = text.split(" ")
    changed = {}
    for part in set(parts):
        if part.isascii():
            continue
        placed = _place_chunk(part, style) if len(part) <= 64 else _place_words(part, style)
        if placed != part:
            changed[part] = placed
    if not changed:
        return text
    return " ".join([changed.get(part, part) for part in parts])


def _place_words(text: str, style: str) -> str:
    return _WORD_RE.sub(lambda m: _place_tone(m, style), text)


_place_chunk = functools.lru_cache(maxsize=1 << 16)(_place_words)


def normalize_inline(text: str, *, tone_placement: str | None = None) -> str:
    """``normalize`` for one-line values (titles, names, captions): newlines become one space."""
    text = normalize(text, tone_placement=tone_placement)
    return _NEWLINES_RE.sub(" ", text) if "\n" in text else text


_NEWLINES_RE = re.compile(r"\n+")


# ---------------------------------------------------------------------------------------------
# Folding
# ---------------------------------------------------------------------------------------------

# Letters with no Unicode decomposition that still carry a "diacritic" for matching purposes.
_FOLD_LETTERS = {"đ": "d", "ð": "d", "ø": "o", "ł": "l"}
# Search tokens fold two more (Maltese ħ, Turkish dotless ı: "Yıldırım" is found by
# "yildirim"). ``fold`` keeps them: what it gives is stored (``Person.search_names``,
# ``Resolution.number_folded``, suggestion name keys) and makes slugs, which must not change.
_SEARCH_FOLD_LETTERS = {**_FOLD_LETTERS, "ħ": "h", "ı": "i"}


def _folded(text: str, decomposition: str, letters: dict[str, str]) -> str:
    """The one folding rule: ``text`` decomposed (``"NFD"``, or ``"NFKD"`` to also turn
    compatibility forms such as "²", "ﬁ" and full-width letters into plain ones), lower case,
    ``letters`` replaced (``đ`` → ``d``), every combining mark removed, composed again."""
    return unicodedata.normalize("NFC", _MARK_RE.sub("", _decomposed(text, decomposition, letters)))


def _decomposed(text: str, decomposition: str, letters: dict[str, str]) -> str:
    """``_folded`` before its marks are removed."""
    text = unicodedata.normalize(decomposition, text).lower()
    # str.replace per letter: much faster than str.translate on long documents.
    for letter, plain in letters.items():
        if letter in text:
            text = text.replace(letter, plain)
    return text


def fold(text: str) -> str:
    """Lower case with every diacritic removed, for search and matching.

    "Đinh Tiến Dũng" → "dinh tien dung"; "Thành uỷ" and "Thành ủy" both → "thanh uy".
    Digits and punctuation are kept; all whitespace (newlines too) collapses to one space.
    Idempotent, and ``fold(normalize(x)) == fold(x)``.
    """
    if len(text) <= _FOLD_CACHED_LENGTH:
        return _fold_cached(text)
    return _fold(text)


# Matching folds the same words and names over and over (every token of every story, every
# title of the lexicon): short texts are remembered, within a bounded memory.
_FOLD_CACHED_LENGTH = 200


@functools.lru_cache(maxsize=1 << 15)
def _fold_cached(text: str) -> str:
    return _fold(text)


def _fold(text: str) -> str:
    return " ".join(_folded(normalize(text), "NFD", _FOLD_LETTERS).split())


def search_fold(text: str) -> str:
    """``text`` folded as search tokens are (``newsroom.search_text.tokens``): the rule of
    ``fold``, with compatibility forms decomposed ("²" → "2", "ﬁ" → "fi", "Ｈà" → "ha") and
    ``ħ``, ``ı`` folded too; spaces, punctuation and zero-width characters are left where
    they are (tokens split at them, where ``fold`` removes zero-width characters)."""
    return _folded(text, "NFKD", _SEARCH_FOLD_LETTERS)


def _search_fold_char(char: str) -> str:
    """``search_fold`` of one character when that is one character; otherwise (ligatures,
    fractions, a lone combining mark) the character lower-cased, or as it is."""
    folded = search_fold(char)
    if len(folded) != 1:
        lower = char.lower()
        folded = lower if len(lower) == 1 else char
    return folded


class _CharFold(dict):
    """``_search_fold_char`` of each character met, by code point."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = _search_fold_char(chr(code))
        return folded


_CHAR_FOLD = _CharFold()


def _search_fold_run(text: str) -> str:
    """``search_fold`` of a run of characters that each fold to one character (see
    ``_other_chars``), at C speed: dropping every non-ASCII character of the decomposed text
    drops the marks and keeps the letters when all of them are plain ASCII, as in most
    Vietnamese text, and is much faster than removing the marks with a regular expression;
    the length tells whether they were. Otherwise the few characters that are not (curly
    quotes, dashes in agency copy) are kept and the stretches between them folded the same
    way."""
    decomposed = _decomposed(text, "NFKD", _SEARCH_FOLD_LETTERS)
    ascii_only = decomposed.encode("ascii", "ignore").decode("ascii")
    if len(ascii_only) == len(text):
        return ascii_only
    # ``_MARK_RE.sub`` on a whole body (marks on most Vietnamese letters) took longer than
    # all the rest of the folding; between the kept characters, ASCII and marks only.
    pieces = _NOT_ASCII_OR_MARK_RE.split(decomposed)
    pieces[::2] = [piece.encode("ascii", "ignore").decode("ascii") for piece in pieces[::2]]
    return unicodedata.normalize("NFC", "".join(pieces))


# What ``_search_fold_run`` keeps of a decomposed text besides ASCII (a captured separator).
_NOT_ASCII_OR_MARK_RE = re.compile(rf"([^\x00-\x7f{_MARK_CLASS}])")


@functools.cache
def _other_chars() -> re.Pattern:
    """The characters ``_search_fold_run`` may not fold as ``_search_fold_char`` does, one
    by one: all but those of the Latin, Vietnamese, punctuation and currency blocks whose
    folding is a single character and the same both ways (not "…" → "...", "ĳ" → "ij", nor a
    lone combining mark, which ``_search_fold_char`` keeps). Lower case, mark removal and
    ``đ`` → ``d`` act on each character alone, and the results (plain letters, digits,
    punctuation) never compose, so on a run of these the fast path gives the same."""
    blocks = [(0x0000, 0x024F), (0x1E00, 0x1EFF), (0x2000, 0x206F), (0x20A0, 0x20CF)]
    same = [
        code
        for first, last in blocks
        for code in range(first, last + 1)
        if len(search_fold(chr(code))) == 1 and search_fold(chr(code)) == _CHAR_FOLD[code]
    ]
    ranges, start = [], same[0]
    for code, following in itertools.pairwise([*same, None]):
        if following != code + 1:
            ranges.append(f"{re.escape(chr(start))}-{re.escape(chr(code))}")
            start = following
    return re.compile(f"[^{''.join(ranges)}]")


def search_fold_chars(text: str) -> str:
    """``text`` folded character by character as search tokens are (``search_fold`` of each
    character that folds to one character): same length, so a position in the result is a
    position in ``text`` (highlighting finds words in the folded text and marks the
    original). Runs of common characters are folded at C speed: ``str.translate`` with a
    mapping looks every character up in Python, several times slower on a story's body."""
    pieces, at = [], 0
    for other in _other_chars().finditer(text):
        pieces += [_search_fold_run(text[at : other.start()]), _CHAR_FOLD[ord(other.group())]]
        at = other.end()
    pieces.append(_search_fold_run(text[at:]))
    return "".join(pieces)


# Extra transliterations for slugs only (search keeps these letters).
_SLUG_LETTERS = str.maketrans({"ß": "ss", "æ": "ae", "œ": "oe", "þ": "th"})
# Whitespace, hyphen and dash characters, slashes, underscore, vertical bar: word separators.
_SLUG_SEPARATORS_RE = re.compile(r"[\s_/\\|\-\u2010-\u2015\u2212\u2043\ufe58\ufe63\uff0d]+")
_SLUG_DROP_RE = re.compile(r"[^a-z0-9-]+")


def slugify(text: str, max_length: int = 80) -> str:
    """ASCII slug that keeps the meaning of Vietnamese text.

    "Đinh Tiến Dũng" → "dinh-tien-dung"; "15-NQ/TU" → "15-nq-tu"; "2020–2025" → "2020-2025".
    Spaces, dashes, slashes and underscores become hyphens, other punctuation is dropped, and
    the result is cut at a hyphen so that it is at most ``max_length`` long (a single word
    longer than that is cut hard). The result matches ``^[a-z0-9]+(-[a-z0-9]+)*$`` or is "".
    """
    if max_length < 1:
        raise ValueError("max_length must be at least 1")
    # NFKC first: full-width letters, ligatures, superscripts and the like become ASCII-able.
    text = fold(unicodedata.normalize("NFKC", text)).translate(_SLUG_LETTERS)
    text = _SLUG_SEPARATORS_RE.sub("-", text)
    slug = re.sub(r"-{2,}", "-", _SLUG_DROP_RE.sub("", text)).strip("-")
    if len(slug) > max_length:
        cut = slug.rfind("-", 0, max_length + 1)
        slug = slug[:cut] if cut > 0 else slug[:max_length]
    return slug


# ---------------------------------------------------------------------------------------------
# Sorting names
# ---------------------------------------------------------------------------------------------

#: Default cap on the key length (the width of ``people.Person.sort_key``). A cut key still sorts
#: correctly up to the cut; names that long only tie beyond it.
GIVEN_NAME_KEY_MAX_LENGTH = 400

_ALPHABET = "aăâbcdđeêghiklmnoôơpqrstuưvxy"  # Vietnamese alphabetical order, 29 letters
_OTHER_LATIN = "fjwz"
_LETTER_CODES = {letter: f"{10 + k:02d}" for k, letter in enumerate(_ALPHABET + _OTHER_LATIN)}
_LETTER_CODES["ð"] = _LETTER_CODES["đ"]
# Token layout (every token is fixed-width and no token is a prefix of another, so comparing
# keys as strings compares token by token):
#   "10".."42"       a … y, then f j w z
#   "50" + 7 digits  any other letter, by code point
#   "60".."69"       digits 0-9
#   "00"             end of a name part's letters (sorts before any letter: "An" < "Anh"),
#                    followed by one tone digit 0-5 per letter/digit of that part
#   "01"             between name parts (a name with fewer parts sorts first)
_OTHER_LETTER = "50"
_DIGIT_BASE = 60
_END_OF_LETTERS = "00"
_PART_SEPARATOR = "01"
_BASE_VOWEL_OF = {_LETTER_CODES[letter]: letter for letter in "aeou"}


def _encode_part(word: str) -> str:
    """Letters of one name part as codes, then "00", then one tone digit per code."""
    codes: list[str] = []
    tones: list[int] = []
    attached = False  # whether combining marks apply to the last encoded character
    for char in unicodedata.normalize("NFD", word.lower()):
        if unicodedata.combining(char):
            if not attached:
                continue
            if char in _TONE_RANK and tones[-1] == 0:
                tones[-1] = _TONE_RANK[char]
            elif char in (_BREVE, _CIRCUMFLEX, _HORN):
                modified = _MODIFIED.get((_BASE_VOWEL_OF.get(codes[-1], ""), char))
                if modified is not None:
                    codes[-1] = _LETTER_CODES[modified]
            continue
        category = unicodedata.category(char)
        if char in _LETTER_CODES:
            codes.append(_LETTER_CODES[char])
        elif category == "Nd":
            codes.append(f"{_DIGIT_BASE + unicodedata.decimal(char)}")
        elif category[0] in "LN":
            codes.append(f"{_OTHER_LETTER}{ord(char):07d}")
        else:  # punctuation inside a name ("H'Hen", "Phi-La"), symbols: ignored
            attached = False
            continue
        tones.append(0)
        attached = True
    if not codes:
        return ""
    return "".join(codes) + _END_OF_LETTERS + "".join(map(str, tones))


def given_name_key(full_name: str, *, max_length: int | None = GIVEN_NAME_KEY_MAX_LENGTH) -> str:
    """Sort key for a Vietnamese personal name: given name, then family name, then middle names.

    Sorting keys as plain strings gives Vietnamese list order: the last word (given name) first,
    then the first word (family name), then the middle names in order; within a word the
    Vietnamese alphabet (a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y, then other
    letters, then digits), case-insensitive; a word's tones (none, huyền, hỏi, ngã, sắc, nặng)
    only break ties between words with the same letters ("Anh" < "Ánh" < "Anha" < "Ân" < "Ấn").

    The key is ASCII digits only, so ``ORDER BY`` gives the same order under any collation
    (SQLite binary, PostgreSQL ICU/glibc, which skip spaces and punctuation). Returns "" for a
    name with no letters or digits. Keys longer than ``max_length`` are cut (None: no cap).
    """
    parts = _encoded_words(full_name)
    if not parts:
        return ""
    ordered = [parts[-1], *parts[:-1]] if len(parts) > 1 else parts
    key = _PART_SEPARATOR.join(ordered)
    return key if max_length is None else key[:max_length]


def sort_key(text: str, *, max_length: int | None = GIVEN_NAME_KEY_MAX_LENGTH) -> str:
    """Sort key for a label read in order (tags, places, titles): the words as written, first
    to last, compared by the same rule as ``given_name_key`` (Vietnamese alphabet, đ after d,
    ă and â after a, tones only breaking ties), case-, NFC/NFD- and tone-placement-insensitive.

    "Đà Nẵng" sorts after "Dân chủ"; "Ấn Độ" after "Anh". Digits only, so ``ORDER BY`` gives the
    same order under any collation.
    """
    key = _PART_SEPARATOR.join(_encoded_words(text))
    return key if max_length is None else key[:max_length]


def _encoded_words(text: str | None) -> list[str]:
    text = normalize_inline(unicodedata.normalize("NFKC", text or ""))
    return [encoded for encoded in map(_encode_part, text.split(" ")) if encoded]
