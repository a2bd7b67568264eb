"""Reading wire copy: the pure part of the import (decode → detect → parse → assemble).

Bytes in, :class:`WireStory` dataclasses out. Nothing here imports a model or touches the
database; finding officials and resolutions in the story is ``people.mentions``, writing drafts
is ``articles.wire``. See ``docs/import.md`` for the formats and the conventions recognised.
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
