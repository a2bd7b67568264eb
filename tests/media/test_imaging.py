"""What readers receive: upright pixels, no GPS or other private metadata, the shooting time kept
as data."""

import datetime
import io
from zoneinfo import ZoneInfo

import pytest
from django.core.files.base import ContentFile
from PIL import ExifTags, Image, ImageCms

from media import renditions
from media.imaging import exif_taken_at, prepare_image
from media.models import Photo
from tests.media.images import BLUE, RED, camera_jpeg, encode, picture, upload

HANOI = ZoneInfo("Asia/Ho_Chi_Minh")


def assert_no_private_metadata(image: Image.Image):
    exif = image.getexif()
    assert ExifTags.IFD.GPSInfo not in exif
    assert not exif.get_ifd(ExifTags.IFD.GPSInfo)
    assert ExifTags.Base.BodySerialNumber not in exif
    assert ExifTags.Base.Artist not in exif
    assert "exif" not in image.info
    assert "xmp" not in image.info
    assert "comment" not in image.info


def near(color, expected, tolerance=40):
    return all(abs(a - b) <= tolerance for a, b in zip(color, expected, strict=True))


@pytest.mark.parametrize(
    ("orientation", "size", "top_left", "bottom_right"),
    [
        (1, (60, 40), RED, BLUE),  # as shot
        (3, (60, 40), BLUE, RED),  # upside down
        (6, (40, 60), RED, BLUE),  # phone held upright, rotated 90° clockwise for display
        (8, (40, 60), BLUE, RED),  # rotated 90° counter-clockwise for display
    ],
)
def test_exif_orientation_is_applied_to_the_pixels(orientation, size, top_left, bottom_right):
    prepared = prepare_image(io.BytesIO(camera_jpeg(orientation=orientation)), fmt="JPEG")
    image = Image.open(io.BytesIO(prepared.data))
    assert (prepared.width, prepared.height) == image.size == size
    assert near(image.getpixel((2, 2)), top_left)
    assert near(image.getpixel((size[0] - 3, size[1] - 3)), bottom_right)
    assert ExifTags.Base.Orientation not in image.getexif()  # never rotated twice


def test_gps_serial_xmp_and_comment_are_gone_from_the_stored_file():
    source = camera_jpeg()
    assert b"GPSLatitude" in source and b"032021001234" in source  # the fixture is realistic
    prepared = prepare_image(io.BytesIO(source), fmt="JPEG")
    assert b"GPSLatitude" not in prepared.data
    assert b"032021001234" not in prepared.data
    assert b"0912 345 678" not in prepared.data
    assert_no_private_metadata(Image.open(io.BytesIO(prepared.data)))


def test_colour_profile_is_kept():
    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    data = encode(picture((200, 100)), "JPEG", icc_profile=profile)
    prepared = prepare_image(io.BytesIO(data), fmt="JPEG")
    assert Image.open(io.BytesIO(prepared.data)).info.get("icc_profile") == profile


@pytest.mark.parametrize(
    ("taken", "offset", "expected"),
    [
        ("2024:03:15 09:30:00", None, datetime.datetime(2024, 3, 15, 9, 30, tzinfo=HANOI)),
        (
            "2023:09:10 14:05:09",
            "+09:00",  # Tokyo: the President's state visit
            datetime.datetime(2023, 9, 10, 5, 5, 9, tzinfo=datetime.UTC),
        ),
        (
            "2021:01:25 08:00:00",
            "-05:00",
            datetime.datetime(2021, 1, 25, 13, 0, tzinfo=datetime.UTC),
        ),
        ("0000:00:00 00:00:00", None, None),
        ("", None, None),
        ("    :  :     :  :  ", None, None),
        ("2024:02:30 10:00:00", None, None),
    ],
)
def test_taken_at_comes_from_exif(taken, offset, expected):
    prepared = prepare_image(io.BytesIO(camera_jpeg(taken=taken, offset=offset)), fmt="JPEG")
    assert prepared.taken_at == expected


def test_taken_at_falls_back_to_the_ifd0_datetime():
    exif = Image.Exif()
    exif[ExifTags.Base.DateTime] = "2022:05:19 07:45:00"
    assert exif_taken_at(exif, default_tz=HANOI) == datetime.datetime(
        2022, 5, 19, 7, 45, tzinfo=HANOI
    )
    assert exif_taken_at(Image.Exif(), default_tz=HANOI) is None


@pytest.mark.django_db
def test_photo_saved_from_a_phone_is_upright_clean_and_dated(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        photo = Photo.objects.create(
            image=upload(camera_jpeg(orientation=6), "IMG_2041.JPG"),
            caption="Thủ tướng thăm công trình",
            alt_text="Thủ tướng trò chuyện với công nhân",
            credit="VGP",
        )
    assert (photo.width, photo.height) == (40, 60)
    assert photo.taken_at == datetime.datetime(2024, 3, 15, 9, 30, tzinfo=HANOI)
    with photo.image.open("rb") as stored:
        data = stored.read()
    assert b"GPSLatitude" not in data
    assert_no_private_metadata(Image.open(io.BytesIO(data)))

    for file in renditions.rendition_files(photo):
        with file.storage.open(file.name, "rb") as stored:
            rendition = stored.read()
        assert b"GPSLatitude" not in rendition
        image = Image.open(io.BytesIO(rendition))
        assert_no_private_metadata(image)
        assert image.size == (40, 60)  # small photo: never upscaled, still upright


@pytest.mark.django_db
def test_taken_at_given_by_the_editor_wins_over_exif():
    chosen = datetime.datetime(2024, 3, 14, 16, 0, tzinfo=HANOI)
    photo = Photo.objects.create(
        image=ContentFile(camera_jpeg(), name="IMG_2042.JPG"),
        alt_text="Toàn cảnh",
        taken_at=chosen,
    )
    assert photo.taken_at == chosen
