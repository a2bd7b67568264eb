"""Template filters for Vietnamese dates: "Thứ Tư, 25/11/2026 14:05"."""

import datetime

from django import template
from django.utils import timezone

register = template.Library()

WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


@register.filter
def vn_datetime(value: datetime.datetime | None) -> str:
    if not value:
        return ""
    local = timezone.localtime(value) if timezone.is_aware(value) else value
    return f"{WEEKDAYS[local.weekday()]}, {local:%d/%m/%Y %H:%M}"


@register.filter
def vn_day(value: datetime.date | datetime.datetime | None) -> str:
    """ "Thứ Tư, 25/11/2026": the weekday and the date, without the time."""
    if not value:
        return ""
    if isinstance(value, datetime.datetime) and timezone.is_aware(value):
        value = timezone.localtime(value)
    return f"{WEEKDAYS[value.weekday()]}, {value:%d/%m/%Y}"


@register.simple_tag
def vn_today() -> str:
    return vn_day(timezone.localdate())


@register.filter
def vn_date(value: datetime.date | datetime.datetime | None) -> str:
    if not value:
        return ""
    if isinstance(value, datetime.datetime) and timezone.is_aware(value):
        value = timezone.localtime(value)
    return f"{value:%d/%m/%Y}"
