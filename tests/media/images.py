"""Images generated with Pillow for the media tests: real files, realistic metadata."""

import io
import struct
import zlib

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import ExifTags, Image, ImageDraw

RED = (200, 20, 20)
BLUE = (20, 20, 200)

XMP_WITH_GPS = (
    b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
    b'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
    b'xmlns:exif="http://ns.adobe.com/exif/1.0/"><rdf:Description '
    b'exif:GPSLatitude="21,1.7N" exif:GPSLongitude="105,50.05E"/></rdf:RDF></x:xmpmeta>'
)


def picture(size=(1200, 800), seed=0) -> Image.Image:
    """Something like a photo: a gradient with shapes, different for each seed."""
    width, height = size
    image = Image.linear_gradient("L").resize(size).convert("RGB")
    draw = ImageDraw.Draw(image)
    for k in range(6):
        x = (seed * 97 + k * 173) % width
        y = (seed * 61 + k * 89) % height
        draw.ellipse(
            (x, y, x + width // 6, y + height // 6), fill=(40 * k, 255 - 30 * k, seed % 256)
        )
    return image


def encode(image: Image.Image, fmt: str, **options) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, fmt, **options)
    return buffer.getvalue()


def upload(data: bytes, name: str, content_type: str = "image/jpeg") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, data, content_type=content_type)


def camera_jpeg(*, orientation=6, taken="2024:03:15 09:30:00", offset=None) -> bytes:
    """A 60x40 JPEG whose left half is red and right half blue, as a phone would write it:
    EXIF orientation, camera serial number, GPS position, XMP with GPS, and a comment."""
    image = Image.new("RGB", (60, 40), RED)
    image.paste(BLUE, (30, 0, 60, 40))
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = orientation
    exif[ExifTags.Base.Make] = "Canon"
    exif[ExifTags.Base.Model] = "EOS R6"
    exif[ExifTags.Base.Artist] = "Nguyễn Văn A"
    exif[ExifTags.Base.BodySerialNumber] = "032021001234"
    sub = exif.get_ifd(ExifTags.IFD.Exif)
    if taken:
        sub[ExifTags.Base.DateTimeOriginal] = taken
    if offset:
        sub[ExifTags.Base.OffsetTimeOriginal] = offset
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "N"
    gps[ExifTags.GPS.GPSLatitude] = (21.0, 1.0, 42.0)  # Ba Đình, Hà Nội
    gps[ExifTags.GPS.GPSLongitudeRef] = "E"
    gps[ExifTags.GPS.GPSLongitude] = (105.0, 50.0, 3.0)
    return encode(
        image,
        "JPEG",
        quality=95,
        exif=exif,
        xmp=XMP_WITH_GPS,
        comment="Phóng viên Nguyễn Văn A, 0912 345 678".encode(),
    )


def png_header_only(width: int, height: int) -> bytes:
    """A tiny PNG that claims ``width`` x ``height``: a decompression bomb's calling card."""

    def chunk(kind: bytes, payload: bytes) -> bytes:
        crc = zlib.crc32(kind + payload) & 0xFFFFFFFF
        return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", crc)

    ihdr = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)  # 1-bit greyscale
    idat = zlib.compress(b"\x00" * 64, 9)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def animated_gif(frames=3, size=(80, 60)) -> bytes:
    images = [
        Image.new("RGB", size, (k * 20 % 256, 120, 200 - k * 15 % 200)) for k in range(frames)
    ]
    return encode(
        images[0],
        "GIF",
        save_all=True,
        append_images=images[1:],
        duration=120,
        loop=0,
        comment=b"Nguyen Van A",
    )
