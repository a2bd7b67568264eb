"""Resized copies of a photo for ``srcset``, made by django-imagekit.

Each (width, format) pair is an ``ImageSpecField`` on ``Photo`` (added in media/models.py). Its file
name is derived from the photo's stored name and the spec (imagekit's
``source_name_as_path`` namer); the names and widths are computed once when the photo is saved
and kept on the row (``Photo.renditions``), so a page builds every rendition URL from the row it
already has: no query, no storage call, no imagekit. The files are built once, after the
upload's transaction commits, as a background task (``media.tasks``), never while a reader
or the uploading editor waits;
``manage.py regenerate_renditions`` rebuilds them (and their stored names) after the widths or
encoder settings change. See docs/media.md.
"""

from __future__ import annotations

from pilkit.processors import ResizeToFit

from media.imaging import SAFE_INFO_KEYS

#: Widths in CSS pixels for srcset; the story column is about 46rem, so 800 covers 1x screens.
RENDITION_WIDTHS = (480, 800, 1200, 1600)
#: The width used for ``src`` (browsers without srcset, feeds, social cards).
DEFAULT_WIDTH = 800
#: name -> (Pillow format, encoder options)
RENDITION_FORMATS = {
    "jpeg": ("JPEG", {"quality": 82, "optimize": True, "progressive": True}),
    "webp": ("WEBP", {"quality": 80, "method": 4}),
}


def field_name(fmt: str, width: int) -> str:
    return f"rendition_{fmt}_{width}"


class DraftDecode:
    """Let the JPEG decoder scale down by 1/2, 1/4 or 1/8 while decoding (much faster).

    Must run first, before anything loads the pixels; the resize that follows does the
    precise, high-quality scaling.
    """

    def __init__(self, width: int):
        self.width = width

    def process(self, img):
        if img.format == "JPEG" and img.width > self.width * 2:
            img.draft(img.mode, (self.width, round(img.height * self.width / img.width)))
        return img


class StripMetadata:
    """Defence in depth: originals are already clean, but no rendition carries metadata."""

    def process(self, img):
        img.info = {k: v for k, v in img.info.items() if k in SAFE_INFO_KEYS}
        return img


def processors_for(width: int) -> list:
    return [DraftDecode(width), ResizeToFit(width=width, upscale=False), StripMetadata()]


def srcset(photo, fmt: str) -> str:
    """``url 480w, url 800w, ...`` for the widths this photo actually has.

    Renditions never upscale: for a 1000 px photo the 1200 rendition is 1000 px wide, so it is
    listed as ``1000w`` and the larger ones are left out.
    """
    return ", ".join(f"{url} {width}w" for url, width in rendition_urls(photo, fmt))


def describe(photo) -> dict:
    """The rendition file names and widths of ``photo``, as stored in ``Photo.renditions``.

    imagekit derives each name from the source name and a hash of the pickled spec: about a
    millisecond per photo and format. Stored once when the photo is saved (and by
    ``regenerate_renditions``), pages read them from the row instead.
    """
    if not photo.image:
        return {}
    described = {"source": photo.image.name}
    for fmt in RENDITION_FORMATS:
        names = []
        for width in RENDITION_WIDTHS:
            actual = min(width, photo.width) if photo.width else width
            names.append([getattr(photo, field_name(fmt, width)).name, actual])
            if photo.width and width >= photo.width:
                break
        described[fmt] = names
    described["default"] = getattr(photo, field_name("jpeg", DEFAULT_WIDTH)).name
    return described


def _described(photo) -> dict:
    """``photo.renditions`` if it describes the current file, else computed now."""
    stored = photo.renditions or {}
    if photo.image and stored.get("source") == photo.image.name:
        return stored
    return describe(photo)


def rendition_urls(photo, fmt: str) -> list[tuple[str, int]]:
    url = photo.image.storage.url
    return [(url(name), width) for name, width in _described(photo).get(fmt, ())]


def default_url(photo, fmt: str = "jpeg") -> str:
    """Every width is built for every photo (small ones at their own size), so this exists."""
    if not photo.image:
        return ""
    if fmt != "jpeg":
        return getattr(photo, field_name(fmt, DEFAULT_WIDTH)).url
    return photo.image.storage.url(_described(photo)["default"])


def rendition_files(photo) -> list:
    """imagekit cache files for every (format, width) of ``photo``."""
    return [
        getattr(photo, field_name(fmt, width))
        for fmt in RENDITION_FORMATS
        for width in RENDITION_WIDTHS
    ]


def regenerate(photo, *, only_missing: bool = False) -> int:
    """Build the renditions of ``photo`` again (or only those missing); returns how many.

    Also stores their names again: they change with the widths or the encoder settings.
    """
    described = describe(photo)
    if described != photo.renditions:
        photo.renditions = described
        type(photo).objects.filter(pk=photo.pk).update(renditions=described)
    built = 0
    for file in rendition_files(photo):
        exists = file.storage.exists(file.name)
        if exists and only_missing:
            continue
        if exists:
            # imagekit would save beside an existing file under another name; replace it.
            file.storage.delete(file.name)
        file.generate(force=True)
        built += 1
    return built
