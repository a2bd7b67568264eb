"""Unique slugs for rows of any model: our ``slugify``, then -2, -3 ... until one is free.

The slug itself is ``newsroom.text.slugify`` (see "Slugs" in docs/vietnamese.md); this module
only makes it unique. Used by every app's ``save()`` and by the wire import's bulk path.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping

from newsroom.text import slugify

__all__ = ["first_candidates", "free_slug", "slug_made_from", "unique_slug"]


def _base(value: str, *, max_length: int, fallback: str) -> str:
    return slugify(value, max_length=max_length - 6) or fallback


def free_slug(value: str, taken: Callable[[str], bool], *, max_length: int, fallback: str) -> str:
    """A slug made by our ``slugify`` from ``value`` (``fallback`` when it has no letters),
    suffixed -2, -3 ... until ``taken(candidate)`` is false."""
    base = _base(value, max_length=max_length, fallback=fallback)
    candidate, n = base, 2
    while taken(candidate):
        candidate, n = f"{base}-{n}", n + 1
    return candidate


def slug_made_from(slug: str, value: str, *, max_length: int, fallback: str = "") -> bool:
    """Whether :func:`free_slug` could have made ``slug`` from ``value``: its base, or the
    base suffixed -2, -3 ... (a slug typed by hand is, as a rule, not)."""
    base = _base(value, max_length=max_length, fallback=fallback)
    if not base or not slug.startswith(base):
        return False
    rest = slug[len(base) :]
    return rest == "" or (rest[:1] == "-" and rest[1:].isdigit())


def first_candidates(values: Iterable[str], *, max_length: int, fallback: str) -> list[str]:
    """The slugs :func:`free_slug` tries first for ``values`` given together: for each base,
    the base and, when several values share it, ``-2``, ``-3`` ... as many as share it. Read
    in one query, they answer ``unique_slug``'s question for a call of several new rows
    (``known``) unless the database already holds some of them."""
    shared = Counter(_base(value, max_length=max_length, fallback=fallback) for value in values)
    return [
        base if n == 1 else f"{base}-{n}" for base, count in shared.items()
        for n in range(1, count + 1)
    ]  # fmt: skip


def unique_slug(
    instance,
    value: str,
    *,
    field: str = "slug",
    max_length: int = 80,
    known: Mapping[str, bool] | None = None,
) -> str:
    """``free_slug`` among the other rows of ``instance``'s model. ``known``: candidates
    already known to be taken (True) or free (False), read at once for several new rows
    (:func:`first_candidates`); the database is asked about any other."""
    others = type(instance)._default_manager.exclude(pk=instance.pk)

    def taken(candidate: str) -> bool:
        if known is not None and candidate in known:
            return known[candidate]
        return others.filter(**{field: candidate}).exists()

    return free_slug(value, taken, max_length=max_length, fallback=instance._meta.model_name)
