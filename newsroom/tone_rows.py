"""Re-saving stored text in the house tone placement (``settings.TONE_PLACEMENT``).

Used by each app's data migration (``retone_stored_text``) when the house style changes: rows
written under the other placement get only their tone marks moved (``newsroom.text.place_tones``);
folded columns, slugs and sort keys do not depend on the placement and are left alone. Works on
the historical models a migration hands over, so it calls no model method.
"""

from __future__ import annotations

from collections.abc import Iterable

from newsroom.cache import invalidate_public_pages
from newsroom.text import place_tones

BATCH_SIZE = 500


def _placed(value):
    if isinstance(value, str):
        return place_tones(value)
    if isinstance(value, list):
        return [_placed(item) for item in value]
    if isinstance(value, dict):
        return {key: _placed(item) for key, item in value.items()}
    return value


def retone_rows(model, fields: Iterable[str], *, using: str = "default") -> int:
    """Move the tone marks of ``fields`` (text, or JSON holding text) of every row of ``model``
    to the house placement; write only the rows that change, a batch at a time (read by
    primary key, so no cursor stays open on the table being written). Returns how many."""
    fields = list(fields)
    manager = model._default_manager.using(using)
    ids = list(manager.order_by("pk").values_list("pk", flat=True))
    total = 0
    for at in range(0, len(ids), BATCH_SIZE):
        changed = []
        for row in manager.filter(pk__in=ids[at : at + BATCH_SIZE]).only("pk", *fields):
            placed = {field: _placed(getattr(row, field)) for field in fields}
            if any(placed[field] != getattr(row, field) for field in fields):
                for field, value in placed.items():
                    setattr(row, field, value)
                changed.append(row)
        if changed:
            manager.bulk_update(changed, fields)
            total += len(changed)
    if total:
        invalidate_public_pages()
    return total
