"""One validator for every path that brings a photo in (admin, import, shell)."""

from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from PIL import Image, UnidentifiedImageError

ALLOWED_FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp", "GIF": "gif"}
MAX_UPLOAD_BYTES = 20 * 1024 * 1024
MAX_PIXELS = 60_000_000  # about 9500 x 6300; larger is a decompression bomb, not a news photo
# A panorama is at most about 8:1; past 10:1 (or under 16 pixels a side) a picture is a strip,
# and its renditions (480 pixels wide and up) would be 0 pixels tall: none could be made.
MAX_ASPECT_RATIO = 10
MIN_SIDE = 16

# What a rejected file most likely is, from its first bytes, to say so in the message.
_SIGNATURES = [
    (b"%PDF", "PDF"),
    (b"II*\x00", "TIFF"),
    (b"MM\x00*", "TIFF"),
    (b"BM", "BMP"),
    (b"8BPS", "PSD (Photoshop)"),
    (b"%!PS", "PostScript"),
    (b"PK\x03\x04", "ZIP/DOCX"),
]


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
        # Only the four allowed decoders ever see the bytes (no EPS, PSD, TIFF parsers).
        with Image.open(file, formats=list(ALLOWED_FORMATS)) as image:
            fmt = image.format
            width, height = image.size
            frames = getattr(image, "n_frames", 1)
            _check_shape(width, height)
            if width * height * frames > MAX_PIXELS:
                raise ValidationError(
                    "Ảnh quá nhiều điểm ảnh (%(w)s×%(h)s%(frames)s); giới hạn %(limit)s điểm ảnh.",
                    code="too_many_pixels",
                    params={
                        "w": width,
                        "h": height,
                        "frames": f", {frames} khung hình" if frames > 1 else "",
                        "limit": f"{MAX_PIXELS:,}".replace(",", "."),
                    },
                )
            for index in range(frames):  # decode every byte: a truncated file fails here
                image.seek(index)
                image.load()
    except ValidationError:
        raise
    except Image.DecompressionBombError as exc:
        raise ValidationError(
            "Ảnh quá nhiều điểm ảnh (nghi là tệp nén độc hại); giới hạn %(limit)s điểm ảnh.",
            code="too_many_pixels",
            params={"limit": f"{MAX_PIXELS:,}".replace(",", ".")},
        ) from exc
    except UnidentifiedImageError as exc:
        raise ValidationError(
            "Tệp không phải là ảnh JPEG, PNG, WebP hay GIF (nội dung là: %(kind)s). "
            "Tên và đuôi tệp không quyết định loại tệp.",
            code="bad_format",
            params={"kind": _guess_kind(file)},
        ) from exc
    except (OSError, SyntaxError, ValueError, EOFError) as exc:
        raise ValidationError(
            "Ảnh bị hỏng hoặc không trọn vẹn (có thể tải lên bị đứt giữa chừng); "
            "hãy xuất lại ảnh rồi tải lên.",
            code="invalid_image",
        ) from exc
    finally:
        file.seek(0)
    return fmt, width, height


def _check_shape(width: int, height: int) -> None:
    if min(width, height) < MIN_SIDE or max(width, height) > MAX_ASPECT_RATIO * min(width, height):
        raise ValidationError(
            "Ảnh có hình dạng bất thường (%(w)s×%(h)s điểm ảnh): ảnh dùng cho bài viết cần tỉ lệ "
            "cạnh dài trên cạnh ngắn tối đa %(ratio)s:1 và mỗi cạnh ít nhất %(side)s điểm ảnh, "
            "để làm được các bản thu nhỏ. Hãy cắt lại ảnh rồi tải lên.",
            code="bad_shape",
            params={"w": width, "h": height, "ratio": MAX_ASPECT_RATIO, "side": MIN_SIDE},
        )


def _guess_kind(file) -> str:
    file.seek(0)
    head = file.read(512)
    file.seek(0)
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if text.startswith(b"<"):
        if b"<svg" in text:
            return "ảnh vector SVG"
        return "văn bản HTML/XML"
    for signature, kind in _SIGNATURES:
        if head.startswith(signature):
            return kind
    return "không rõ"


def validate_image_file(file) -> None:
    inspect_image(file)
