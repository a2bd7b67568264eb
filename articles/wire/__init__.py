"""Wire-copy import: the pure part of the pipeline (decode → detect → parse → link).

Bytes in, :class:`WireStory` dataclasses and the officials and resolutions they mention out;
nothing imported here touches the database (``articles.wire.persist`` does, and is imported
on its own). See ``docs/import.md`` for the formats and the conventions recognised.
"""

from .decode import Decoded, decode
from .detect import detect_format, parse
from .errors import WireDecodeError, WireError, WireParseError
from .link_people import OfficialMatch, PeopleIndex, PersonEntry, find_officials
from .link_resolutions import ResolutionEntry, ResolutionIndex, ResolutionMatch, find_resolutions
from .parse_html import parse_html
from .parse_text import parse_text
from .parse_xml import parse_newsml, parse_nitf
from .structure import Block, Caption, WireStory, story_body_html

__all__ = [
    "Block",
    "Caption",
    "Decoded",
    "OfficialMatch",
    "PeopleIndex",
    "PersonEntry",
    "ResolutionEntry",
    "ResolutionIndex",
    "ResolutionMatch",
    "WireDecodeError",
    "WireError",
    "WireParseError",
    "WireStory",
    "decode",
    "detect_format",
    "find_officials",
    "find_resolutions",
    "parse",
    "parse_html",
    "parse_newsml",
    "parse_nitf",
    "parse_text",
    "story_body_html",
]
