"""Plain-text wire copy → :class:`WireStory`.

Agency copy has no markup; its structure is carried by conventions (see ``docs/import.md``):
an optional title line, the sapo as first paragraph (often opening with a dateline such as
``HÀ NỘI (TTXVN) -``), paragraphs separated by blank lines or one per line, short
unpunctuated subheadings, photo captions with credits, the ``/.`` end marker and the
byline on the last line.
"""

from __future__ import annotations

import itertools

from newsroom.text import normalize

from .assemble import Item, build_story
from .credits import is_caption_marker, is_layout_artefact, split_credit, strip_layout_artefact
from .errors import WireParseError
from .lines import moved_lead, rejoin_broken_lines, spaced_lines
from .structure import WireStory

__all__ = ["parse_text", "split_units"]

_TERMINAL = '.!?…:;"”»)'


def parse_text(text: str) -> WireStory:
    """Parse plain-text wire copy. Raises :class:`WireParseError` only for empty text."""
    normalized = normalize(text or "")
    if not normalized.strip():
        raise WireParseError("Văn bản trống: không có nội dung để nhập (the wire text is empty).")
    story = WireStory(source_format="text")
    if _wrap_width(normalized.split("\n")) is not None:
        items = [Item("line", unit) for unit in split_units(normalized)]
        return build_story(items, story, detect_title=True)
    lines = rejoin_broken_lines(spaced_lines(normalized))
    lead = moved_lead(lines)
    if lead is not None:
        # The sapo printed after the byline: the story opens on its lead photo.
        story.sapo = lead
        lines = lines[:-1]
    items = [Item("line", text) for text, _ in lines]
    return build_story(items, story, detect_title=True, lead_found=lead is not None)


def split_units(text: str) -> list[str]:
    """Split normalised text into units (one paragraph, title, caption… each).

    Normally every non-empty line is a unit: agencies put one paragraph per line, with or
    without blank lines between. Copy hard-wrapped at a fixed width (old teletype style) is
    detected, and its wrapped lines are joined back into paragraphs.
    """
    lines = text.split("\n")
    width = _wrap_width(lines)
    if width is None:
        return [line.strip() for line in lines if line.strip()]
    units: list[str] = []
    current: list[str] = []

    def flush() -> None:
        if current:
            units.append(" ".join(current))
            current.clear()

    for raw in lines:
        line = raw.strip()
        if not line:
            flush()
            continue
        special = (
            is_layout_artefact(line)
            or strip_layout_artefact(line)[0]
            or is_caption_marker(line)
            or split_credit(line)[1] is not None
        )
        if special:
            flush()
            units.append(line)
            continue
        current.append(line)
        # A line well short of the wrap width ends its paragraph (or is a title/heading).
        if len(line) < 0.6 * width or (line[-1] in _TERMINAL and len(line) < 0.8 * width):
            flush()
    flush()
    return units


def _wrap_width(lines: list[str]) -> int | None:
    """The fixed width the copy is hard-wrapped at, or None for one-paragraph-per-line copy."""
    lengths = [len(line.strip()) for line in lines if len(line.strip()) > 40]
    if len(lengths) < 5:
        return None
    width = max(lengths)
    if width > 100:
        return None
    near_width = sum(1 for length in lengths if length >= width - 15)
    if near_width < 0.6 * len(lengths):
        return None
    # Wrapped copy has paragraphs spread over consecutive lines.
    consecutive = sum(
        1 for first, second in itertools.pairwise(lines) if first.strip() and second.strip()
    )
    return width if consecutive >= 3 else None
