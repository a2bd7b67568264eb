"""Plain data produced by the wire parsers: a story, its body blocks and photo captions."""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

__all__ = ["Block", "BlockKind", "Caption", "WireStory", "story_body_html"]

BlockKind = Literal["paragraph", "subheading", "caption"]


@dataclass
class Block:
    """One body element, in reading order. Caption blocks mark where a photo stood."""

    kind: BlockKind
    text: str


@dataclass
class Caption:
    """A photo caption.

    ``position`` is the photo's slot in the rendered body: the number of paragraphs and
    subheadings that come before it, i.e. the index of the text block it precedes
    (``len(text blocks)`` for a photo after the last one). Caption blocks themselves are not
    counted, so the slot matches the element index in :func:`story_body_html`'s output.
    """

    text: str
    credit: str | None
    position: int


@dataclass
class WireStory:
    """A parsed piece of wire copy, before it becomes a draft article."""

    title: str | None = None
    sapo: str = ""
    blocks: list[Block] = field(default_factory=list)
    byline: str | None = None
    dateline: str | None = None
    captions: list[Caption] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    source_format: str = "text"
    guid: str | None = None
    version: int | None = None
    published_at: datetime | None = None
    source: str | None = None
    encoding: str | None = None

    @property
    def text_blocks(self) -> list[Block]:
        """Paragraphs and subheadings, without the caption blocks."""
        return [block for block in self.blocks if block.kind != "caption"]

    @property
    def subheadings(self) -> list[str]:
        return [block.text for block in self.blocks if block.kind == "subheading"]

    @property
    def paragraphs(self) -> list[str]:
        return [block.text for block in self.blocks if block.kind == "paragraph"]


def story_body_html(story: WireStory) -> str:
    """Body HTML: paragraphs as ``<p>``, subheadings as ``<h2>``, captions left out.

    Captions become Caption rows (with their slot, see :class:`Caption`) when the story is
    saved, so they are not repeated in the body.
    """
    parts: list[str] = []
    for block in story.blocks:
        if block.kind == "paragraph":
            parts.append(f"<p>{html.escape(block.text)}</p>")
        elif block.kind == "subheading":
            parts.append(f"<h2>{html.escape(block.text)}</h2>")
    return "\n".join(parts)
