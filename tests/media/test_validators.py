"""One validator for every path: formats accepted, bad files rejected with a clear message and
nothing left in storage or in the database."""

import os

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.urls import reverse
from PIL import Image

from media import validators
from media.models import Photo
from media.services import photo_upload
from tests.media.images import animated_gif, encode, picture, png_header_only, upload

pytestmark = pytest.mark.django_db


def stored_files(settings) -> list[str]:
    root = settings.MEDIA_ROOT
    return [os.path.join(d, f) for d, _, files in os.walk(root) for f in files]


@pytest.mark.parametrize(
    ("fmt", "name", "extension"),
    [
        ("JPEG", "Hội nghị Trung ương 8.jpg", "jpg"),
        ("PNG", "biểu đồ tăng trưởng GDP.png", "png"),
        ("WEBP", "Quốc hội khai mạc.webp", "webp"),
        ("GIF", "ban-do-hanh-chinh.gif", "gif"),
    ],
)
def test_each_accepted_format_is_stored_under_a_generated_name(settings, fmt, name, extension):
    image = picture((900, 600), seed=7)
    if fmt == "GIF":
        image = image.convert("P")
    photo = Photo(
        image=upload(encode(image, fmt), name, f"image/{fmt.lower()}"),
        caption="Quang cảnh phiên khai mạc",
        alt_text="Toàn cảnh hội trường Diên Hồng",
        credit="TTXVN",
    )
    photo.full_clean()
    photo.save()

    assert photo.original_filename == name
    assert photo.image.name.startswith("anh/")
    assert photo.image.name.endswith(f".{extension}")
    assert name not in photo.image.name
    assert (photo.width, photo.height) == (900, 600)
    with photo.image.open("rb") as stored, Image.open(stored) as reopened:
        assert reopened.format == fmt
        assert reopened.size == (900, 600)


def test_animated_gif_keeps_every_frame_and_loses_its_comment():
    photo = Photo.objects.create(
        image=upload(animated_gif(frames=4), "bieu-do.gif", "image/gif"),
        caption="Biểu đồ",
        alt_text="Biểu đồ động",
    )
    with photo.image.open("rb") as stored, Image.open(stored) as reopened:
        assert reopened.n_frames == 4
        assert "comment" not in reopened.info


def truncated_jpeg() -> bytes:
    data = encode(picture((800, 600), seed=3), "JPEG", quality=90)
    return data[: len(data) * 6 // 10]


REJECTED = [
    pytest.param(
        b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)">'
        b'<circle r="40"/></svg>',
        "logo.svg",
        "image/svg+xml",
        "ảnh vector SVG",
        id="svg",
    ),
    pytest.param(
        b"<!DOCTYPE html><html><body><script>document.location='https://x.example'</script>",
        "anh-hoi-nghi.jpg",
        "image/jpeg",
        "văn bản HTML/XML",
        id="html-renamed-jpg",
    ),
    pytest.param(
        truncated_jpeg(), "anh-cat-cut.jpg", "image/jpeg", "không trọn vẹn", id="truncated-jpeg"
    ),
    pytest.param(
        png_header_only(30_000, 30_000),
        "bom.png",
        "image/png",
        "nghi là tệp nén độc hại",
        id="decompression-bomb",
    ),
    pytest.param(
        png_header_only(9_000, 8_000),
        "qua-lon.png",
        "image/png",
        "Ảnh quá nhiều điểm ảnh (9000×8000)",
        id="over-pixel-limit",
    ),
    pytest.param(
        encode(picture((64, 64)), "TIFF"), "scan.jpg", "image/jpeg", "TIFF", id="tiff-renamed"
    ),
    # No rendition can be made of a strip of pixels: the 480-wide one would be 0 pixels tall.
    pytest.param(
        encode(picture((10_799, 1)), "PNG"),
        "dai-bang.png",
        "image/png",
        "Ảnh có hình dạng bất thường (10799×1 điểm ảnh)",
        id="one-pixel-strip",
    ),
    pytest.param(
        encode(picture((1, 10_799)), "PNG"),
        "cot-doc.png",
        "image/png",
        "tỉ lệ cạnh dài trên cạnh ngắn tối đa 10:1",
        id="one-pixel-column",
    ),
    pytest.param(
        encode(picture((4_000, 300)), "JPEG"),
        "bang-ron.jpg",
        "image/jpeg",
        "(4000×300 điểm ảnh)",
        id="banner-13-to-1",
    ),
    pytest.param(
        encode(picture((12, 12)), "PNG"),
        "bieu-tuong.png",
        "image/png",
        "mỗi cạnh ít nhất 16 điểm ảnh",
        id="icon-12px",
    ),
]


@pytest.mark.parametrize("size", [(4_000, 500), (500, 4_000), (80, 60), (16, 16)])
def test_panoramas_and_small_pictures_within_the_limits_are_accepted(size):
    data = encode(picture(size), "PNG")
    photo, _ = photo_upload(file=upload(data, "toan-canh.png", "image/png"), caption="Toàn cảnh")
    assert (photo.width, photo.height) == size


@pytest.mark.parametrize(("data", "name", "content_type", "message"), REJECTED)
def test_rejected_file_says_why_and_leaves_nothing(settings, data, name, content_type, message):
    photo = Photo(image=upload(data, name, content_type), caption="Ảnh", alt_text="Ảnh")
    with pytest.raises(ValidationError) as excinfo:
        photo.save()
    assert message in " ".join(excinfo.value.messages)
    assert Photo.objects.count() == 0
    assert stored_files(settings) == []


def test_file_over_the_size_limit_is_refused_before_decoding(settings):
    data = encode(picture((400, 300)), "JPEG")
    data += b"\x00" * (validators.MAX_UPLOAD_BYTES + 1 - len(data))
    with pytest.raises(ValidationError) as excinfo:
        photo_upload(file=upload(data, "anh-goc-may-anh.jpg"), caption="Ảnh gốc")
    message = excinfo.value.messages[0]
    assert message.startswith("Tệp quá lớn (20,0\xa0MB)")
    assert "giới hạn là 20,0\xa0MB" in message
    assert Photo.objects.count() == 0
    assert stored_files(settings) == []


def test_animated_image_counts_pixels_of_every_frame(monkeypatch, settings):
    monkeypatch.setattr(validators, "MAX_PIXELS", 80 * 60 * 10)
    photo = Photo(image=upload(animated_gif(frames=11), "dong.gif", "image/gif"), alt_text="x")
    with pytest.raises(ValidationError, match="11 khung hình"):
        photo.save()
    assert stored_files(settings) == []


@pytest.fixture
def editor_client(client):
    user = get_user_model().objects.create_superuser("bientap", "bt@example.vn", "mat-khau-123")
    client.force_login(user)
    return client


@pytest.mark.parametrize(("data", "name", "content_type", "message"), REJECTED[:3])
def test_admin_shows_the_validator_message(
    editor_client, settings, data, name, content_type, message
):
    response = editor_client.post(
        reverse("admin:media_photo_add"),
        {
            "image": upload(data, name, content_type),
            "caption": "Đại biểu dự phiên khai mạc",
            "alt_text": "Đại biểu dự phiên khai mạc",
            "credit": "TTXVN",
        },
    )
    assert response.status_code == 200
    assert message in response.content.decode()
    assert Photo.objects.count() == 0
    assert stored_files(settings) == []
