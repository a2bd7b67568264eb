"""Wire-copy import: the pure part of the pipeline (decode → detect → parse).

Bytes in, :class:`WireStory` dataclasses out; nothing here touches the database. See
``docs/import.md`` for the formats and the plain-text conventions recognised.
"""

from .decode import Decoded, decode
from .detect import detect_format, parse
from .errors import WireDecodeError, WireError, WireParseError
from .parse_html import parse_html
from .parse_text import parse_text
from .parse_xml import parse_newsml, parse_nitf
from .structure import Block, Caption, WireStory, story_body_html

__all__ = [
    "Block",
    "Caption",
    "Decoded",
    "WireDecodeError",
    "WireError",
    "WireParseError",
    "WireStory",
    "decode",
    "detect_format",
    "parse",
    "parse_html",
    "parse_newsml",
    "parse_nitf",
    "parse_text",
    "story_body_html",
]
