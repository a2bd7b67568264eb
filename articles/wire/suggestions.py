"""What an editor does with a suggested official: create the person, or dismiss the name.

The import never creates a ``people.Person`` by itself (docs/import.md, "Officials"); these
services are what the admin actions "Tạo nhân vật" and "Bỏ qua gợi ý" call.
"""

from __future__ import annotations

import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from articles.wire.models import PersonSuggestion
from newsroom.text import fold
from people.mentions.officials import without_former
from people.models import Person, Position

__all__ = ["person_suggestion_accept", "person_suggestion_reject"]


def _locked_pending(suggestion: PersonSuggestion) -> PersonSuggestion:
    current = PersonSuggestion.objects.select_for_update().get(pk=suggestion.pk)
    if current.status != PersonSuggestion.Status.PENDING:
        raise ValidationError(
            f"Gợi ý “{current.name}” đã được xử lý ({current.get_status_display().lower()})."
        )
    return current


def person_suggestion_accept(*, suggestion: PersonSuggestion, by) -> Person:
    """Create the person with one position per title seen, and link every article naming them.

    A former title ("Nguyên Bộ trưởng Bộ Y tế") becomes a position that has ended ("Bộ trưởng
    Bộ Y tế", ending the day before the copy called it former: an upper bound the editor may
    correct), so that it is not shown as held today.

    Refused when a person with the same name already exists: a namesake or the same official
    must then be linked by hand, never merged silently.
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
                "người, hãy gắn bài vào nhân vật đó rồi bỏ qua gợi ý này."
            )
        person = Person.objects.create(full_name=current.name)
        ended = timezone.localdate(current.created_at) - datetime.timedelta(days=1)
        positions = []
        for index, title in enumerate(current.titles):
            held = without_former(title)
            positions.append(
                Position(
                    person=person,
                    title=(held or title)[:255],
                    rank=(index + 1) * 10,
                    end_date=ended if held else None,
                )
            )
        Position.objects.bulk_create(positions)
        for article in current.articles.all():
            article.officials.add(person)
        current.status = PersonSuggestion.Status.ACCEPTED
        current.person = person
        current.decided_at = timezone.now()
        current.decided_by = by
        current.save(update_fields=["status", "person", "decided_at", "decided_by"])
    suggestion.status, suggestion.person = current.status, person
    return person


def person_suggestion_reject(*, suggestion: PersonSuggestion, by) -> None:
    """Dismiss the name: later imports no longer suggest it."""
    if not by.has_perm("articles.change_personsuggestion"):
        raise PermissionDenied("Bạn không có quyền xử lý gợi ý nhân vật.")
    with transaction.atomic():
        current = _locked_pending(suggestion)
        current.status = PersonSuggestion.Status.REJECTED
        current.decided_at = timezone.now()
        current.decided_by = by
        current.save(update_fields=["status", "decided_at", "decided_by"])
    suggestion.status = current.status
