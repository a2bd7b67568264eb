"""Line-level clean-up rules shared by the parsers: site boilerplate, the ``/.`` end marker
and the dateline that opens a lead (``HÀ NỘI (TTXVN) -``)."""

from __future__ import annotations

import re

from newsroom.text import fold

__all__ = [
    "END_MARKER",
    "is_boilerplate",
    "is_page_header",
    "is_related_heading",
    "same_text",
    "split_dateline",
    "split_end_marker",
]

# Matched on fold()ed text: lower case, no diacritics, đ → d.
_BOILERPLATE = [
    re.compile(p)
    for p in (
        r"^follow us( on)?\b",
        r"^theo doi (chung toi|bao|tap chi|kenh|trang)\b.{0,60}\btren\b",
        r"^theo doi tren (google news|zalo|facebook|youtube|tiktok)\b",
        r"^theo doi .{1,40} tren (google news|zalo|facebook|youtube|tiktok)\b",
        r"^(xem them|doc them|tin lien quan|bai lien quan|tin cung chuyen muc|tin khac|"
        r"cac tin khac|tin moi nhat|co the ban quan tam|ban dang xem|xem tiep)\b.{0,200}$",
        r"^(tags?|tu khoa)\s*:.*$",
        r"^(video|clip)\s*:.{0,150}$",  # an embedded video's title: the video is not imported
        r"^(tai|download) ung dung\b",
        r"^dang ky nhan (tin|ban tin)\b",
        r"^(quay lai|tro ve|len) dau trang$",
        r"^powered by\b.{0,80}$",
        # a site's promotion of itself: "Báo … cập nhật tin tức trong ngày liên tục, mới nhất"
        r"^.{0,60}\bcap nhat tin tuc\b.{0,40}\b(lien tuc|moi nhat|nhanh nhat)\b.{0,20}$",
        r"^(>>|>|»|\u25ba|\u25b6)\s*(xem|doc) them\b.*$",
    )
]
# A line made only of share/print/comment buttons: "Chia sẻ", "In bài | Bình luận".
_BUTTONS = {
    "chia se",
    "binh luan",
    "in bai",
    "in",
    "gui bai",
    "gui email",
    "email",
    "luu",
    "luu bai",
    "luu tin",
    "copy link",
    "sao chep lien ket",
    "facebook",
    "twitter",
    "zalo",
    "tweet",
    "like",
    "share",
    "thich",
    "gop y",
    "phan hoi",
    "bao loi",
    "nghe bai viet",
    "nghe doc bai",
    "tang giam co chu",
    "co chu",
    "a- a+",
}
_BUTTON_SPLIT = re.compile(r"\s*(?:[|•·/,;]|\s-\s)\s*")
_RELATED = re.compile(
    r"^(xem them|doc them|tin lien quan|bai lien quan|tin bai lien quan|"
    r"(bai viet|bai|tin) cung (tac gia|chuyen muc|chu de)|co the ban quan tam|"
    r"(cac )?tin khac|doc tiep)\s*:?$"
)


def is_boilerplate(line: str) -> bool:
    """Site furniture to drop: follow/share buttons, "Xem thêm", "Tin liên quan", tags…"""
    key = fold(line).strip(" .:|-–—")
    if not key:
        return False
    if any(pattern.search(key) for pattern in _BOILERPLATE):
        return True
    parts = [part for part in _BUTTON_SPLIT.split(key) if part]
    return bool(parts) and len(parts) <= 8 and all(part.strip(" .:") in _BUTTONS for part in parts)


# A menu or breadcrumb line: "Trang chủ | Thời sự | Kinh tế", "Trang chủ » Chính trị".
_MENU_SPLIT = re.compile(r"\s*(?:[|»›>•·]|\s/\s)\s*")
# A site's name alone: "baomoi.com", "VietNamNet", "Tuổi Trẻ Online", "Báo Nhân Dân điện tử".
_SITE_NAME = re.compile(
    r"^(?:[\w-]+(?:\.[\w-]+)*\.(?:vn|com|net|org)|[\w\s]{2,30}\s(?:online|điện tử|news))$",
    re.IGNORECASE,
)
_HOME = {"trang chu", "home", "trang nhat"}


def is_page_header(line: str) -> bool:
    """A line of the page's header that a saved page puts above the headline: "Powered by …",
    the site's name, a menu or breadcrumb line. Never the headline: see ``take_title``."""
    text = line.strip()
    if is_boilerplate(text) or _SITE_NAME.match(text):
        return True
    parts = [part for part in _MENU_SPLIT.split(text) if part.strip()]
    if fold(parts[0]).strip() in _HOME if parts else False:
        return True
    return len(parts) >= 3 and all(len(part.split()) <= 4 for part in parts)


def is_related_heading(line: str) -> bool:
    """A heading alone on its line that introduces related-story links ("Tin liên quan")."""
    return bool(_RELATED.match(fold(line).strip(" .|-–—")))


# --------------------------------------------------------------------------------------
# The "/." end marker
# --------------------------------------------------------------------------------------

END_MARKER = "/."
_END_MARKER = re.compile(r"\s*/\s?\.\s*$")


def split_end_marker(line: str) -> tuple[str, bool]:
    """``("…các cấp…", True)`` for ``"…các cấp…/."``; ``(line, False)`` without the marker."""
    match = _END_MARKER.search(line)
    if not match:
        return line, False
    return line[: match.start()].rstrip(), True


# --------------------------------------------------------------------------------------
# Datelines
# --------------------------------------------------------------------------------------

_DASH = r"[-–—]"
# "(TTXVN) -", "HÀ NỘI (TTXVN) -", "Hà Nội, 25/11 (TTXVN) -", "(Chinhphu.vn) -", "(PLO)-"
_PAREN_DATELINE = re.compile(
    rf"^(?P<dateline>(?P<place>[^\W\d_][\w .,/]{{0,40}}?\s*)?"
    rf"\((?P<agency>[^()\d][^()]{{1,40}})\))\s*{_DASH}+\s*(?P<rest>\S.*)$",
    re.DOTALL,
)
# "TPO -", "VOV.VN -", "NDO -", "ĐNĐT -", "Chinhphu.vn -", "VTV.vn -"
_CODE_DATELINE = re.compile(
    r"^(?P<dateline>(?P<agency>[A-ZĐ][A-ZĐ0-9]{1,11}(?:\.(?:VN|vn|COM|com))?"
    r"|[A-ZĐ][\w-]{1,30}\.(?:vn|com\.vn|com))"
    rf")(?:\s+{_DASH}+\s*|\s*{_DASH}+\s+)(?P<rest>\S.*)$",
    re.DOTALL,
)


# "HÀ NỘI -", "TP.HCM -", "ĐÀ NẴNG –": a place in capitals without an agency
_PLACE_DATELINE = re.compile(
    rf"^(?P<place>[^\W\d_][^\W\d_. ]*(?:[. ]+[^\W\d_]+){{0,4}})\s+{_DASH}+\s+(?P<rest>\S.*)$",
    re.DOTALL,
)


def _place_like(place: str) -> bool:
    words = [w for w in re.split(r"[\s,./]+", place) if w]
    if len(words) > 6:
        return False
    letters = [w for w in words if not w.isdigit()]
    return all(w[0].isupper() for w in letters)


def split_dateline(text: str) -> tuple[str | None, str, str | None]:
    """Split a lead into ``(dateline, rest, agency)``.

    ``"HÀ NỘI (TTXVN) - Sáng 25/11, …"`` → ``("HÀ NỘI (TTXVN)", "Sáng 25/11, …", "TTXVN")``;
    ``"TPO - …"`` → ``("TPO", "…", "TPO")``; ``"ĐÀ NẴNG - …"`` → ``("ĐÀ NẴNG", "…", None)``.
    Without a dateline: ``(None, text, None)``.
    """
    match = _PAREN_DATELINE.match(text)
    if match and (match.group("place") is None or _place_like(match.group("place"))):
        agency = match.group("agency").strip()
        if any(char.isalpha() for char in agency) and len(agency.split()) <= 4:
            dateline = re.sub(r"\s+", " ", match.group("dateline")).strip()
            return dateline, match.group("rest").strip(), agency
    match = _CODE_DATELINE.match(text)
    if match:
        agency = match.group("agency")
        return agency, match.group("rest").strip(), agency
    match = _PLACE_DATELINE.match(text)
    place = match.group("place") if match else ""
    if match and place.isupper() and len(place) >= 2 and len(place.split()) <= 4:
        return match.group("place").strip(), match.group("rest").strip(), None
    return None, text, None


def same_text(left: str, right: str) -> bool:
    """Equal once case, diacritics, punctuation and a leading dateline are ignored."""

    def key(value: str) -> str:
        _, rest, _ = split_dateline(value.strip())
        return re.sub(r"[\W_]+", " ", fold(rest)).strip()

    return bool(left.strip()) and key(left) == key(right)
