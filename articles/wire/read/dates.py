"""Dates and times as wire formats write them.

Vietnam has used UTC+7 all year since 1975, so a time without an offset is local time.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

__all__ = ["VIETNAM_TZ", "parse_datetime"]

#: Vietnam has used UTC+7 all year since 1975; wire times without an offset are local.
VIETNAM_TZ = timezone(timedelta(hours=7), "ICT")


def parse_datetime(value: str | None) -> datetime | None:
    """ISO 8601 in its basic (``20261125T143500+0700``) or extended form, or the Vietnamese
    day-first ``25/11/2026 08:30`` that some CMS put in their meta tags; local time (UTC+7)
    when no offset is given; None when unreadable."""
    if not value or not value.strip():
        return None
    text = value.strip()
    day_first = re.fullmatch(
        r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[T ,]+(\d{1,2})[:hg](\d{2})(?::(\d{2}))?)?", text
    )
    if day_first:
        day, month, year, hour, minute, second = day_first.groups()
        text = f"{year}-{int(month):02}-{int(day):02}"
        if hour:
            text += f"T{int(hour):02}:{minute}:{second or '00'}"
    match = re.fullmatch(
        r"(\d{4})-?(\d{2})-?(\d{2})(?:[T ](\d{2}):?(\d{2})(?::?(\d{2}))?(?:[.,]\d+)?)?"
        r"\s*(Z|[+-]\d{2}:?\d{2})?",
        text,
    )
    if not match:
        return None
    year, month, day, hour, minute, second, zone = match.groups()
    try:
        result = datetime(
            int(year), int(month), int(day), int(hour or 0), int(minute or 0), int(second or 0)
        )
        if zone:
            offset = "+00:00" if zone == "Z" else zone[:3] + ":" + zone[-2:]
            return datetime.fromisoformat(result.isoformat() + offset)
    except ValueError:
        return None
    return result.replace(tzinfo=VIETNAM_TZ)
