"""The indexes the finders match against, read from the database once per batch.

``find_officials`` and ``find_resolutions`` are pure: they take a :class:`PeopleIndex` and a
:class:`ResolutionIndex` built here in a fixed number of queries, whatever the number of people
or names (the wire import reads them once per batch, the editor's "suggest links" once per
request). The other modules of ``people.mentions`` import no model; this one is their database
end.
"""

from __future__ import annotations

from collections import defaultdict

from people.models import Person, Position, Resolution

from .officials import PeopleIndex, PersonEntry
from .resolutions import ResolutionEntry, ResolutionIndex

__all__ = ["load_people", "load_people_index", "load_resolution_index", "load_resolutions"]


def load_people_index() -> PeopleIndex:
    """Every person's names and position titles: two queries, whatever the batch size."""
    return load_people()[0]


def load_people() -> tuple[PeopleIndex, dict[int, Person]]:
    """The index, and every person as a bare ``Person`` (names only) in the model's order:
    what a draft's search document needs of its officials, without a query per draft."""
    titles: dict[int, list[str]] = defaultdict(list)
    for person_id, title in Position.objects.values_list("person_id", "title"):
        titles[person_id].append(title)
    people = {
        person_id: Person(id=person_id, full_name=full_name, aliases=aliases)
        for person_id, full_name, aliases in Person.objects.values_list(
            "id", "full_name", "aliases"
        )
    }
    index = PeopleIndex(
        PersonEntry(
            person.pk,
            person.full_name,
            (person.full_name, *(line for line in person.aliases.splitlines() if line.strip())),
            tuple(titles[person.pk]),
        )
        for person in people.values()
    )
    return index, people


def load_resolution_index() -> ResolutionIndex:
    """Every resolution's number, kind, term, title and issuer: one query."""
    return load_resolutions()[0]


def load_resolutions() -> tuple[ResolutionIndex, dict[int, Resolution]]:
    """The index, and every resolution as a bare ``Resolution`` (kind, number, status) in the
    model's order, for the drafts' search documents."""
    rows = list(
        Resolution.objects.values_list(
            "id", "kind", "number", "term", "title", "issuer__name", "status"
        )
    )
    index = ResolutionIndex(
        ResolutionEntry(rid, kind, number, term, title, issuer or "")
        for rid, kind, number, term, title, issuer, _ in rows
    )
    return index, {
        rid: Resolution(id=rid, kind=kind, number=number, status=status)
        for rid, kind, number, *_, status in rows
    }
