"""Turn an accepted upload into the file we store and serve: upright, without private metadata.

Pure functions on bytes and Pillow images; no database, no storage. The stored original is
re-encoded once at upload (see docs/media.md, "What readers receive"): EXIF orientation is applied
to the pixels and every metadata block except the colour profile is dropped, so neither the
original nor any rendition made from it can carry GPS positions, camera serial numbers, XMP or
comments.
"""

from __future__ import annotations

import datetime
import io
import re
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from PIL import ExifTags, Image, ImageOps, ImageSequence

#: Image.info keys that describe how to draw the pixels, not who took them or where.
SAFE_INFO_KEYS = frozenset({"icc_profile", "transparency", "duration", "loop", "background"})

#: Encoder settings for the stored original: high quality, it is the master for renditions.
ORIGINAL_SAVE_OPTIONS = {
    "JPEG": {"quality": 92},
    "PNG": {"optimize": False},
    "WEBP": {"quality": 92, "method": 4},
    "GIF": {},
}

_EXIF_DATETIME = re.compile(r"^(\d{4}):(\d{2}):(\d{2})[ T](\d{2}):(\d{2}):(\d{2})")
_EXIF_OFFSET = re.compile(r"^([+-])(\d{2}):(\d{2})$")


@dataclass(frozen=True)
class PreparedImage:
    data: bytes
    format: str
    width: int
    height: int
    taken_at: datetime.datetime | None


def prepare_image(file, *, fmt: str, default_tz: str = "Asia/Ho_Chi_Minh") -> PreparedImage:
    """Re-encode an image that ``inspect_image`` accepted as ``fmt``.

    Applies the EXIF orientation, keeps only ``SAFE_INFO_KEYS`` and reads the shooting time
    (EXIF times without an offset are taken to be in ``default_tz``).
    """
    file.seek(0)
    with Image.open(file) as source:
        taken_at = exif_taken_at(source.getexif(), default_tz=ZoneInfo(default_tz))
        if getattr(source, "n_frames", 1) > 1:
            # Animated GIF/WebP: orientation tags do not occur in practice; keep every frame
            # (copies, so that no frame brings its own comment or XMP along).
            frames = [_clean(frame.copy()) for frame in ImageSequence.Iterator(source)]
        else:
            frames = [_clean(ImageOps.exif_transpose(source))]
        image = frames[0]
        options = dict(ORIGINAL_SAVE_OPTIONS[fmt])
        if "icc_profile" in image.info and fmt in ("JPEG", "WEBP", "PNG"):
            options["icc_profile"] = image.info["icc_profile"]
        if len(frames) > 1:
            options.update(
                save_all=True,
                append_images=frames[1:],
                duration=[frame.info.get("duration", 100) for frame in frames],
                loop=source.info.get("loop", 0),
            )
        out = io.BytesIO()
        image.save(out, format=fmt, **options)
        width, height = image.size
    file.seek(0)
    return PreparedImage(out.getvalue(), fmt, width, height, taken_at)


def _clean(image: Image.Image) -> Image.Image:
    image.info = {k: v for k, v in image.info.items() if k in SAFE_INFO_KEYS}
    return image


def exif_taken_at(exif: Image.Exif, *, default_tz: datetime.tzinfo) -> datetime.datetime | None:
    """When the photo was taken, from DateTimeOriginal (or DateTime), or None.

    Never raises: cameras write garbage ("0000:00:00 00:00:00", empty strings) often enough.
    """
    try:
        sub = exif.get_ifd(ExifTags.IFD.Exif)
    except Exception:  # a malformed sub-IFD must not reject a photo
        sub = {}
    candidates = [
        (sub.get(ExifTags.Base.DateTimeOriginal), sub.get(ExifTags.Base.OffsetTimeOriginal)),
        (sub.get(ExifTags.Base.DateTimeDigitized), sub.get(ExifTags.Base.OffsetTimeDigitized)),
        (exif.get(ExifTags.Base.DateTime), sub.get(ExifTags.Base.OffsetTime)),
    ]
    for value, offset in candidates:
        moment = _parse_exif_datetime(value, offset, default_tz)
        if moment is not None:
            return moment
    return None


def _parse_exif_datetime(value, offset, default_tz) -> datetime.datetime | None:
    if isinstance(value, bytes):
        value = value.decode("ascii", "replace")
    if not isinstance(value, str):
        return None
    match = _EXIF_DATETIME.match(value.strip().strip("\x00"))
    if not match:
        return None
    try:
        naive = datetime.datetime(*(int(part) for part in match.groups()))
    except ValueError:
        return None
    tz = default_tz
    if isinstance(offset, bytes):
        offset = offset.decode("ascii", "replace")
    if isinstance(offset, str) and (found := _EXIF_OFFSET.match(offset.strip().strip("\x00"))):
        sign, hours, minutes = found.groups()
        delta = datetime.timedelta(hours=int(hours), minutes=int(minutes))
        tz = datetime.timezone(-delta if sign == "-" else delta)
    return naive.replace(tzinfo=tz)
