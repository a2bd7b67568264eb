"""Demo photos (``articles.demo.loader.render_photo``): the caption band is burned in with a font
that has Vietnamese glyphs (Noto), or left out when that font is not installed; never a label
stripped of its diacritics."""

import io

import pytest
from PIL import Image, ImageChops

from articles.demo import content, loader

SPEC = dict(content.PHOTOS[0], label="Hội nghị Thành ủy Hà Nội")


def pixels(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    assert image.format == "JPEG"
    return image.convert("RGB")


def differ(one: bytes, other: bytes) -> bool:
    return ImageChops.difference(pixels(one), pixels(other)).getbbox() is not None


@pytest.fixture
def fresh_fonts():
    loader._font.cache_clear()
    yield
    loader._font.cache_clear()


@pytest.mark.skipif(not loader.DEMO_PHOTO_FONT.is_file(), reason="fonts-noto-core not installed")
def test_the_label_keeps_its_diacritics(fresh_fonts):
    with_marks = loader.render_photo(SPEC)
    without = loader.render_photo(dict(SPEC, label="Hoi nghi Thanh uy Ha Noi"))
    assert differ(with_marks, without)  # before: both were drawn as "HOI NGHI THANH UY HA NOI"
    font = loader._font(44)
    # The font draws the marks: "Ộ" reaches above and below "O"; "Đ" is not "D".
    top_o, bottom_o = font.getbbox("O")[1::2]
    top, bottom = font.getbbox("Ộ")[1::2]
    assert top < top_o and bottom > bottom_o
    assert bytes(font.getmask("Đ")) != bytes(font.getmask("D"))


def test_without_the_font_no_text_is_burned_in(fresh_fonts, monkeypatch, tmp_path):
    monkeypatch.setattr(loader, "DEMO_PHOTO_FONT", tmp_path / "missing" / "absent-font.ttf")
    one = loader.render_photo(SPEC)
    other = loader.render_photo(dict(SPEC, label="Kỳ họp thứ 8 Quốc hội khóa XV"))
    assert not differ(one, other)
    assert pixels(one).size == loader.PHOTO_SIZE
