"""Unique slugs for rows of any model: our ``slugify``, then -2, -3 ... until one is free.

The slug itself is ``newsroom.text.slugify`` (see "Slugs" in docs/vietnamese.md); this module
only makes it unique. Used by every app's ``save()`` and by the wire import's bulk path.
"""

from __future__ import annotations

from collections.abc import Callable

from newsroom.text import slugify

__all__ = ["free_slug", "unique_slug"]


def free_slug(value: str, taken: Callable[[str], bool], *, max_length: int, fallback: str) -> str:
    """A slug made by our ``slugify`` from ``value`` (``fallback`` when it has no letters),
    suffixed -2, -3 ... until ``taken(candidate)`` is false."""
    base = slugify(value, max_length=max_length - 6) or fallback
    candidate, n = base, 2
    while taken(candidate):
        candidate, n = f"{base}-{n}", n + 1
    return candidate


def unique_slug(instance, value: str, *, field: str = "slug", max_length: int = 80) -> str:
    """``free_slug`` among the other rows of ``instance``'s model."""
    others = type(instance)._default_manager.exclude(pk=instance.pk)
    return free_slug(
        value,
        lambda candidate: others.filter(**{field: candidate}).exists(),
        max_length=max_length,
        fallback=instance._meta.model_name,
    )
