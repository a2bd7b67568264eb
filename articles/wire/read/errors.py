"""Errors raised by the wire-copy import pipeline."""

from __future__ import annotations

__all__ = ["WireDecodeError", "WireError", "WireParseError"]


class WireError(Exception):
    """Base class for every error of the wire import pipeline.

    Messages are written for the newsroom staff who see them: Vietnamese first, then the
    same in English in parentheses.
    """


class WireDecodeError(WireError):
    """The bytes could not be turned into text in any supported encoding."""


class WireParseError(WireError):
    """The text or document could not be read as a story (empty, malformed or unsafe)."""
