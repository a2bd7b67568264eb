"""One validator for every path that brings a photo in (admin, import, shell)."""

from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from PIL import Image, UnidentifiedImageError

ALLOWED_FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp", "GIF": "gif"}
MAX_UPLOAD_BYTES = 20 * 1024 * 1024
MAX_PIXELS = 60_000_000  # about 9500 x 6300; larger is a decompression bomb, not a news photo


def inspect_image(file) -> tuple[str, int, int]:
    """Fully decode ``file`` and return (Pillow format, width, height).

    Raises ``ValidationError`` with a Vietnamese message for anything that is not a
    complete JPEG, PNG, WebP or GIF within the size and pixel limits. The extension and the
    declared content type are never trusted.
    """
    size = getattr(file, "size", None)
    if size is not None and size > MAX_UPLOAD_BYTES:
        raise ValidationError(
            "Tệp quá lớn (%(size)s); giới hạn là %(limit)s.",
            code="file_too_large",
            params={"size": filesizeformat(size), "limit": filesizeformat(MAX_UPLOAD_BYTES)},
        )
    file.seek(0)
    try:
        with Image.open(file) as image:
            fmt = image.format
            width, height = image.size
            if fmt not in ALLOWED_FORMATS:
                raise ValidationError(
                    "Định dạng %(format)s không được chấp nhận; chỉ nhận JPEG, PNG, WebP, GIF.",
                    code="bad_format",
                    params={"format": fmt or "không rõ"},
                )
            if width * height > MAX_PIXELS:
                raise ValidationError(
                    "Ảnh quá nhiều điểm ảnh (%(w)s×%(h)s); giới hạn %(limit)s điểm ảnh.",
                    code="too_many_pixels",
                    params={"w": width, "h": height, "limit": f"{MAX_PIXELS:,}".replace(",", ".")},
                )
            image.load()  # decode every byte: a truncated file fails here
    except ValidationError:
        raise
    except Image.DecompressionBombError as exc:
        raise ValidationError(
            "Ảnh quá nhiều điểm ảnh (nghi là tệp nén độc hại).", code="too_many_pixels"
        ) from exc
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        raise ValidationError(
            "Tệp không phải là ảnh hợp lệ hoặc đã bị hỏng (%(reason)s).",
            code="invalid_image",
            params={"reason": str(exc)[:120]},
        ) from exc
    finally:
        file.seek(0)
    return fmt, width, height


def validate_image_file(file) -> None:
    inspect_image(file)
