"""Which titles name an office one person holds at a time, and how two spellings of it compare.

"Bí thư Thành uỷ Hà Nội" has one holder on any day; "Phó Bí thư Thành uỷ Hà Nội", "Uỷ viên Bộ
Chính trị" or "Đại biểu Quốc hội" have many. Pure: used to warn an editor who is about to record
a second holder of the same office on the same day (``articles.wire.suggestions``).
"""

from __future__ import annotations

from newsroom.text import fold
from people.mentions.officials import titles_in, without_former
from people.mentions.untitled import shared_office

__all__ = ["office_key"]


def office_key(title: str) -> str | None:
    """The office ``title`` names, spelt out and folded ("Chủ tịch UBND TP Hà Nội" and "Chủ
    tịch Uỷ ban nhân dân thành phố Hà Nội" give one key), or None when several people hold it
    at once or the title is a former one ("Nguyên …").

    >>> office_key("Bí thư Thành ủy Hà Nội")
    'bi thu thanh uy ha noi'
    >>> office_key("Phó Bí thư Thành ủy Hà Nội") is None
    True
    """
    if not title.strip() or without_former(title) is not None:
        return None
    spelt = titles_in(title)
    key = " ".join(fold(spelt[0] if spelt else title).split())
    if shared_office(key):
        return None
    return key
