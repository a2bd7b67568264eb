"""Recognise a wire file's format and run the whole pure pipeline on it."""

from __future__ import annotations

import codecs
import re
from pathlib import PurePath
from typing import Literal

from .decode import decode, sniff_utf16, syllable_score
from .errors import WireDecodeError, WireParseError
from .parse_html import parse_html
from .parse_text import parse_text
from .parse_xml import parse_newsml, parse_nitf
from .structure import WireStory

__all__ = ["FORMATS", "Format", "detect_format", "parse"]

Format = Literal["text", "nitf", "newsml", "html"]
FORMATS: tuple[str, ...] = ("text", "nitf", "newsml", "html")

_EXTENSIONS: dict[str, Format] = {
    ".txt": "text",
    ".text": "text",
    ".nitf": "nitf",
    ".newsml": "newsml",
    ".g2": "newsml",
    ".nml": "newsml",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
}
_NEWSML_ROOTS = {"newsitem", "newsmessage", "packageitem", "knowledgeitem", "conceptitem"}
_HTML_TAGS = re.compile(
    r"<(?:html|head|body|article|div|p|h1|h2|meta|title|section|main|span|br|figure)\b",
    re.IGNORECASE,
)


def _head(data: bytes, size: int = 8192) -> str:
    """The start of the file as text, good enough for sniffing."""
    sample = data[: size * 2]
    if sample.startswith(codecs.BOM_UTF8):
        return sample[3:].decode("utf-8", "replace")
    if sample[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        return sample.decode("utf-16", "replace")
    endian = sniff_utf16(sample)
    if endian:
        return sample[: len(sample) // 2 * 2].decode(endian, "replace")
    return sample.decode("utf-8", "replace")


def _root_element(head: str) -> tuple[str | None, str | None]:
    """(doctype name, root element local name) after the prolog, comments and PIs."""
    text = head.lstrip()
    doctype = None
    while text.startswith("<"):
        if text.startswith("<?"):
            end = text.find("?>")
            text = text[end + 2 :].lstrip() if end >= 0 else ""
        elif text.startswith("<!--"):
            end = text.find("-->")
            text = text[end + 3 :].lstrip() if end >= 0 else ""
        elif text[:9].upper() == "<!DOCTYPE":
            match = re.match(r"<!DOCTYPE\s+([\w:.-]+)", text, re.IGNORECASE)
            doctype = match.group(1).lower() if match else None
            # Skip an internal subset [...] if any, then the closing '>'.
            end = text.find("]>") if "[" in text.split(">", 1)[0] else text.find(">")
            text = text[end + (2 if text[end : end + 2] == "]>" else 1) :].lstrip()
        else:
            match = re.match(r"<([\w:.-]+)", text)
            if not match:
                return doctype, None
            return doctype, match.group(1).rsplit(":", 1)[-1].lower()
    return doctype, None


def detect_format(data: bytes, name: str = "") -> Format:
    """``"text"``, ``"nitf"``, ``"newsml"`` or ``"html"``, sniffed from the content (root
    element, doctype), with the file extension deciding only when the content does not."""
    head = _head(bytes(data))
    extension = _EXTENSIONS.get(PurePath(name or "").suffix.lower())
    stripped = head.lstrip()
    if not stripped.startswith("<"):
        return "text"
    doctype, root = _root_element(head)
    if root == "nitf" or doctype == "nitf":
        return "nitf"
    if root in _NEWSML_ROOTS:
        return "newsml"
    if doctype == "html" or root == "html":
        return "html"
    if re.search(r"<nitf\b", head, re.IGNORECASE):
        return "nitf"
    if re.search(r"<(?:\w+:)?newsItem\b", head):
        return "newsml"
    if extension is not None:
        return extension
    if stripped.startswith("<?xml"):
        # Some other XML: let the NITF reader say clearly what it found.
        return "nitf"
    if _HTML_TAGS.search(head):
        return "html"
    return "text"


def parse(
    data: bytes, *, name: str = "", format: str = "auto", encoding: str = "auto"
) -> WireStory:
    """Decode, detect and parse one wire file; the story records its format and encoding.

    ``format`` is ``"auto"`` or one of :data:`FORMATS`. For XML formats with
    ``encoding="auto"`` the XML declaration decides the encoding, as XML requires.
    """
    data = bytes(data)
    chosen = detect_format(data, name) if format == "auto" else format
    if chosen not in FORMATS:
        raise WireParseError(f"Định dạng không được hỗ trợ: {format!r} (unsupported format)")
    if chosen in ("nitf", "newsml"):
        if encoding != "auto":
            decoded = decode(data, encoding)
            xml: bytes | str = decoded.text
            used = decoded.encoding
        else:
            xml, used = data, _xml_encoding(data)
        mislabelled = False
        if used == "utf-8" and isinstance(xml, bytes) and not _is_utf8(xml):
            # Declared (or defaulted to) UTF-8 by a tool that wrote Windows-1258/TCVN3/VNI;
            # a UTF-8 file with a few broken bytes reads as gibberish and stays malformed.
            try:
                decoded = decode(data)
            except WireDecodeError:
                decoded = None
            if decoded is not None and syllable_score(decoded.text) > 0:
                xml, used, mislabelled = decoded.text, decoded.encoding, True
        story = parse_nitf(xml) if chosen == "nitf" else parse_newsml(xml)
        if mislabelled:
            story.warnings.append(
                f"Tệp XML khai báo bảng mã UTF-8 nhưng thực ra là {used}; đã đọc theo {used}."
            )
    else:
        decoded = None
        note = None
        declared = _html_charset(data) if chosen == "html" and encoding == "auto" else None
        if declared:
            try:
                decoded = decode(data, declared)
            except WireDecodeError:
                decoded = None
            if decoded is not None:
                # Pages typed in the TCVN3 (.VnTime) or VNI fonts declare windows-1258 or
                # windows-1252: the content, scored as Vietnamese, decides.
                try:
                    guessed = decode(data)
                except WireDecodeError:
                    guessed = decoded
                if guessed.encoding != decoded.encoding and syllable_score(
                    guessed.text
                ) > syllable_score(decoded.text):
                    note = (
                        f"Trang khai báo bảng mã {declared} nhưng chữ được gõ theo "
                        f"{guessed.encoding}; đã đọc theo {guessed.encoding}."
                    )
                    decoded = guessed
        if decoded is None:
            decoded = decode(data, encoding)
        used = decoded.encoding
        story = parse_html(decoded.text) if chosen == "html" else parse_text(decoded.text)
        if note:
            story.warnings.append(note)
    story.source_format = chosen
    story.encoding = used
    return story


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _xml_encoding(data: bytes) -> str:
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8"
    if data[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE) or sniff_utf16(data):
        return "utf-16"
    match = re.match(rb"\s*<\?xml[^>]*encoding\s*=\s*[\"']([\w.:-]+)[\"']", data)
    if not match:
        return "utf-8"
    declared = match.group(1).decode("ascii").lower()
    try:
        name = codecs.lookup(declared).name
    except LookupError:
        return declared
    return {"utf-8": "utf-8", "utf-16": "utf-16", "cp1258": "cp1258"}.get(name, name)


def _html_charset(data: bytes) -> str | None:
    """The charset a page declares, when it is one :func:`decode` can use and UTF-8 fails."""
    if _is_utf8(data):
        return None
    match = re.search(rb"<meta[^>]+charset\s*=\s*[\"']?([\w.:-]+)", data[:4096], re.IGNORECASE)
    if not match:
        return None
    declared = match.group(1).decode("ascii").lower()
    try:
        codecs.lookup(declared)
    except LookupError:
        return None
    return declared
