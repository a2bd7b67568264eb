"""Turn the bytes of a wire file into normalised Unicode text.

Agency copy reaches the newsroom in every encoding Vietnamese has used: UTF-8 (with or
without a BOM), UTF-16 from Windows tools (with or without a BOM), Windows-1258 (whose tones
are combining marks) and the pre-Unicode font encodings TCVN3 (ABC) and VNI. With
``encoding="auto"`` the encoding is worked out from the content: UTF-8 is tried strictly
first, and otherwise each 8-bit candidate is scored by how many of its words are well-formed
Vietnamese syllables.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

from newsroom.text import normalize, split_tones

from .errors import WireDecodeError
from .legacy_encodings import decode_tcvn3, decode_vni

__all__ = ["ENCODINGS", "Decoded", "decode", "detect_encoding", "sniff_utf16", "syllable_score"]

#: The encoding names :func:`decode` reports.
ENCODINGS = ("utf-8", "utf-16", "cp1258", "tcvn3", "vni")

_ALIASES = {
    "utf-8": "utf-8",
    "utf8": "utf-8",
    "utf-8-sig": "utf-8",
    "utf-16": "utf-16",
    "utf16": "utf-16",
    "utf-16le": "utf-16",
    "utf-16-le": "utf-16",
    "utf-16be": "utf-16",
    "utf-16-be": "utf-16",
    "cp1258": "cp1258",
    "windows-1258": "cp1258",
    "win1258": "cp1258",
    "tcvn3": "tcvn3",
    "tcvn": "tcvn3",
    "tcvn-3": "tcvn3",
    "tcvn5712": "tcvn3",
    "abc": "tcvn3",
    "vni": "vni",
    "vni-windows": "vni",
}

# How much of a large file the 8-bit candidates are scored on.
_SCORE_LIMIT = 200_000


@dataclass(frozen=True)
class Decoded:
    """Text decoded from a wire file, already passed through ``newsroom.text.normalize``."""

    text: str
    encoding: str


def decode(data: bytes, encoding: str = "auto") -> Decoded:
    """Decode ``data`` and normalise the text.

    ``encoding`` is ``"auto"`` or a name: one of :data:`ENCODINGS` (aliases such as
    ``windows-1258``, ``abc`` or ``vni-windows`` are accepted) or any Python codec name.
    Raises :class:`WireDecodeError` when the bytes cannot be decoded.
    """
    raw, name = _decode_raw(bytes(data), encoding)
    return Decoded(text=normalize(raw), encoding=name)


def detect_encoding(data: bytes) -> str:
    """Name of the encoding :func:`decode` would pick for ``data`` with ``"auto"``."""
    return _decode_auto(bytes(data))[1]


# --------------------------------------------------------------------------------------
# Decoding
# --------------------------------------------------------------------------------------


def _decode_raw(data: bytes, encoding: str) -> tuple[str, str]:
    requested = (encoding or "auto").strip().lower().replace("_", "-")
    if requested == "auto":
        return _decode_auto(data)
    name = _ALIASES.get(requested)
    if name is None:
        try:
            name = codecs.lookup(requested).name
        except LookupError:
            raise WireDecodeError(
                f"Bảng mã không được hỗ trợ: {encoding!r} (unsupported encoding)"
            ) from None
    text = _decode_as(data, name)
    if text is None:
        raise WireDecodeError(
            f"Không đọc được tệp theo bảng mã {name} (the file is not valid {name} text)"
        )
    return text, name


def _decode_as(data: bytes, name: str) -> str | None:
    """Decode strictly as ``name``; None when the bytes are not valid in that encoding."""
    try:
        if name == "utf-8":
            text = data.decode("utf-8-sig")
        elif name == "utf-16":
            text = _decode_utf16(data)
        elif name == "tcvn3":
            text = decode_tcvn3(data)
        elif name == "vni":
            text = decode_vni(data)
        else:
            text = data.decode(name)
    except (UnicodeDecodeError, LookupError):
        return None
    if text is None or _looks_binary(text):
        return None
    return unicodedata.normalize("NFC", text)


def _decode_utf16(data: bytes) -> str | None:
    if data[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        return data.decode("utf-16")
    endian = sniff_utf16(data)
    if endian is None:
        if len(data) % 2:
            return None
        endian = "utf-16-le"
    return data.decode(endian)


def sniff_utf16(data: bytes) -> str | None:
    """``utf-16-le``/``utf-16-be`` when the NUL bytes fall on one side of each pair."""
    sample = data[:8192]
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    even_nul = sample[0 : pairs * 2 : 2].count(0)
    odd_nul = sample[1 : pairs * 2 : 2].count(0)
    if odd_nul >= 0.3 * pairs and even_nul <= 0.02 * pairs:
        return "utf-16-le"
    if even_nul >= 0.3 * pairs and odd_nul <= 0.02 * pairs:
        return "utf-16-be"
    return None


def _decode_auto(data: bytes) -> tuple[str, str]:
    if not data:
        return "", "utf-8"
    if data.startswith(codecs.BOM_UTF8):
        text = _decode_as(data, "utf-8")
        if text is not None:
            return text, "utf-8"
    if data[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE) or sniff_utf16(data):
        text = _decode_as(data, "utf-16")
        if text is not None:
            return text, "utf-16"
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if _looks_binary(text):
            raise WireDecodeError(
                "Tệp có vẻ là dữ liệu nhị phân, không phải văn bản "
                "(the file looks like binary data, not text)"
            )
        return unicodedata.normalize("NFC", text), "utf-8"

    best: tuple[int, str, str] | None = None
    for name in ("cp1258", "tcvn3", "vni"):
        text = _decode_as(data, name)
        if text is None:
            continue
        score = syllable_score(text[:_SCORE_LIMIT])
        if best is None or score > best[0]:
            best = (score, name, text)
    if best is None:
        raise WireDecodeError(
            "Không nhận ra bảng mã của tệp (UTF-8, UTF-16, Windows-1258, TCVN3, VNI đều "
            "không đọc được) (could not decode the file in any supported encoding)"
        )
    return best[2], best[1]


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def _looks_binary(text: str) -> bool:
    if "\x00" in text:
        return True
    sample = text[:20_000]
    return bool(sample) and len(_CONTROL.findall(sample)) > 0.01 * len(sample)


# --------------------------------------------------------------------------------------
# Scoring candidate decodings by Vietnamese syllable shape
# --------------------------------------------------------------------------------------

_INITIALS = "ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x"
_NUCLEI = (
    "iêu|oai|oao|oay|oeo|uây|uôi|uya|uyê|uyu|ươi|ươu|yêu|"
    "ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|ôi|ơi|oo|ua|uâ|uê|ui|uô|uơ|uy|"
    "ưa|ưi|ươ|ưu|yê|a|ă|â|e|ê|i|o|ô|ơ|u|ư|y"
)
_SYLLABLE = re.compile(rf"(?:{_INITIALS})?(?:{_NUCLEI})(?P<final>ch|ng|nh|c|m|n|p|t)?")
_STOP_FINALS = {"c", "ch", "p", "t"}
_EDGE_PUNCTUATION = "\"'“”‘’()[]{}.,;:!?…-–—/«»<>*"


def _is_syllable(word: str) -> bool:
    base, tones = split_tones(word.lower())
    if len(tones) > 1:
        return False
    match = _SYLLABLE.fullmatch(base)
    if match is None:
        return False
    # Syllables closed by a stop consonant only take the sắc or nặng tone.
    return not (match.group("final") in _STOP_FINALS and tones and tones[0] not in "\u0301\u0323")


def syllable_score(text: str) -> int:
    """How Vietnamese a decoding looks: +1 per well-formed syllable with a non-ASCII letter,
    -1 per other word containing a non-ASCII character. Plain ASCII words do not count."""
    score = 0
    for token in text.split():
        word = token.strip(_EDGE_PUNCTUATION)
        if not word or word.isascii():
            continue
        score += 1 if _is_syllable(word) else -1
    return score
