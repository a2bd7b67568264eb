"""What an editor does with a suggested official: create the person, link the name to one
already recorded, or dismiss the name.

The import never creates a ``people.Person`` by itself (docs/import.md, "Officials"); these
services are what the draft page's buttons (``articles.desk.wire_admin``) and the suggestion
list's actions call.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from articles.wire.models import PersonSuggestion, WireItem
from newsroom.text import fold
from people.mentions.offices import office_key
from people.mentions.officials import without_former
from people.models import Person, Position

__all__ = [
    "OfficeConflict",
    "office_conflicts",
    "person_suggestion_accept",
    "person_suggestion_link",
    "person_suggestion_reject",
    "seen_on_dates",
]


def _locked_pending(suggestion: PersonSuggestion) -> PersonSuggestion:
    current = PersonSuggestion.objects.select_for_update().get(pk=suggestion.pk)
    if current.status != PersonSuggestion.Status.PENDING:
        raise ValidationError(
            f"Gợi ý “{current.name}” đã được xử lý ({current.get_status_display().lower()})."
        )
    return current


def _story_day(dated, received_at) -> datetime.date:
    """The day a story speaks of: the agency's time, else the day it was received."""
    return timezone.localdate(dated or received_at)


def seen_on_dates(suggestion: PersonSuggestion) -> dict[str, datetime.date]:
    """For each title of ``suggestion`` (by its folded form), the day of the latest story that
    gave the person that title: what is known of it, and no more (docs/import.md, "Officials").

    The stories are the inbox rows of the drafts naming the person (``WireItem.links``, the
    importer's findings); a title no row holds falls back to the first item's day, else the
    day the suggestion was made.
    """
    key = suggestion.name_key or fold(suggestion.name)
    rows = (
        WireItem.objects.received()
        .filter(article__in=suggestion.articles.all())
        .values_list("links", "dated", "received_at")
    )
    days: dict[str, datetime.date] = {}
    for links, dated, received_at in rows:
        day = _story_day(dated, received_at)
        for official in (links or {}).get("officials", []):
            if fold(official.get("name", "")) != key:
                continue
            for title in official.get("titles", []):
                title_key = fold(title)
                days[title_key] = max(day, days.get(title_key, day))
    first = suggestion.wire_item
    fallback = (
        _story_day(first.dated, first.received_at)
        if first is not None
        else timezone.localdate(suggestion.created_at)
    )
    return {fold(title): days.get(fold(title), fallback) for title in suggestion.titles}


@dataclass(frozen=True)
class OfficeConflict:
    """Someone else recorded in the same single-holder office on the day a title was seen."""

    title: str
    day: datetime.date
    holder: Position

    def __str__(self):
        return (
            f"“{self.title}” ({self.day:%d/%m/%Y}): ngày này {self.holder.person.full_name} "
            f"đang được ghi là {self.holder.title} ({self.holder.span_label()})."
        )


def office_conflicts(
    suggestion: PersonSuggestion, *, days: dict[str, datetime.date] | None = None
) -> list[OfficeConflict]:
    """The people already recorded in a single-holder office (``office_key``) that the
    suggestion's titles name, on the day each title was seen: accepting makes two holders of
    one office, which the editor should look at first. One query per title of such an office
    (and one for ``days``, ``seen_on_dates``, unless given).
    """
    if days is None:
        days = seen_on_dates(suggestion)
    conflicts = []
    for title in suggestion.titles:
        office = office_key(title)
        if office is None:
            continue
        day = days[fold(title)]
        candidates = (
            Position.objects.held_on(day)
            .filter(title__contains=title.split()[-1])
            .select_related("person")
            .order_by("person__sort_key", "id")
        )
        if suggestion.person_id is not None:
            candidates = candidates.exclude(person_id=suggestion.person_id)
        conflicts += [
            OfficeConflict(title, day, holder)
            for holder in candidates
            if office_key(holder.title) == office
        ]
    return conflicts


def person_suggestion_accept(*, suggestion: PersonSuggestion, by) -> Person:
    """Create the person with one position per title seen, and link every article naming them.

    A title is known to be held on the day of the story that gave it (``seen_on_dates``), no
    more: the position records that day (``Position.seen_on``), its start and end unknown, so
    the person is never shown in an office today on a story's word. A former title
    ("Nguyên Bộ trưởng Bộ Y tế") becomes a position that had ended by then ("Bộ trưởng Bộ Y
    tế", ending the day before the story: an upper bound the editor may correct).

    Refused when a person with the same name already exists: a namesake or the same official
    must then be linked by hand (``person_suggestion_link``), never merged silently.
    """
    if not by.has_perm("people.add_person"):
        raise PermissionDenied("Bạn không có quyền tạo nhân vật.")
    with transaction.atomic():
        current = _locked_pending(suggestion)
        key = fold(current.name)
        namesake = next(
            (
                p
                for p in Person.objects.filter(search_names__contains=key)
                if fold(p.full_name) == key
            ),
            None,
        )
        if namesake is not None:
            raise ValidationError(
                f"Đã có nhân vật “{namesake.full_name}” (#{namesake.pk}). Nếu đó là cùng một "
                "người, hãy dùng “Gắn vào nhân vật có sẵn” trên trang bài; nếu không, hãy tạo "
                "nhân vật mới bằng tay (kèm năm sinh để phân biệt) rồi gắn."
            )
        days = seen_on_dates(current)
        person = Person.objects.create(full_name=current.name)
        positions = []
        for index, title in enumerate(current.titles):
            held = without_former(title)
            day = days[fold(title)]
            positions.append(
                Position(
                    person=person,
                    title=(held or title)[:255],
                    rank=(index + 1) * 10,
                    end_date=day - datetime.timedelta(days=1) if held else None,
                    seen_on=None if held else day,
                )
            )
        Position.objects.bulk_create(positions)
        for article in current.articles.all():
            article.officials.add(person)
        _decide(current, PersonSuggestion.Status.ACCEPTED, by, person=person)
    suggestion.status, suggestion.person = current.status, person
    return person


def person_suggestion_link(*, suggestion: PersonSuggestion, person: Person, by) -> Person:
    """The suggested name is ``person``, already recorded: link every article naming it to
    them, and keep the name as one of theirs (an alias) so that later imports link it."""
    if not by.has_perm("articles.change_personsuggestion"):
        raise PermissionDenied("Bạn không có quyền xử lý gợi ý nhân vật.")
    with transaction.atomic():
        current = _locked_pending(suggestion)
        person = Person.objects.select_for_update().get(pk=person.pk)
        if fold(current.name) not in {fold(name) for name in person.names()}:
            person.aliases = "\n".join([*person.alias_list(), current.name])
            person.save()
        for article in current.articles.all():
            article.officials.add(person)
        _decide(current, PersonSuggestion.Status.LINKED, by, person=person)
    suggestion.status, suggestion.person = current.status, person
    return person


def _decide(current: PersonSuggestion, status: str, by, *, person=None) -> None:
    current.status = status
    current.person = person
    current.decided_at = timezone.now()
    current.decided_by = by
    current.save(update_fields=["status", "person", "decided_at", "decided_by"])


def person_suggestion_reject(*, suggestion: PersonSuggestion, by) -> None:
    """Dismiss the name: later imports no longer suggest it."""
    if not by.has_perm("articles.change_personsuggestion"):
        raise PermissionDenied("Bạn không có quyền xử lý gợi ý nhân vật.")
    with transaction.atomic():
        current = _locked_pending(suggestion)
        _decide(current, PersonSuggestion.Status.REJECTED, by)
    suggestion.status = current.status
