"""Unique slugs (newsroom.slugs): our slugify, then -2, -3 ... until free."""

import pytest

from newsroom.slugs import free_slug


@pytest.mark.parametrize(
    ("value", "taken", "slug"),
    [
        ("Đinh Tiến Dũng", set(), "dinh-tien-dung"),
        ("Đinh Tiến Dũng", {"dinh-tien-dung"}, "dinh-tien-dung-2"),
        ("Đinh Tiến Dũng", {"dinh-tien-dung", "dinh-tien-dung-2"}, "dinh-tien-dung-3"),
        ("!!!", set(), "person"),
        ("!!!", {"person"}, "person-2"),
        ("Nghị quyết 15-NQ/TU", set(), "nghi-quyet-15-nq-tu"),
    ],
)
def test_free_slug(value, taken, slug):
    assert free_slug(value, taken.__contains__, max_length=80, fallback="person") == slug


def test_free_slug_leaves_room_for_the_suffix():
    slug = free_slug("Hội nghị Trung ương " * 10, lambda _: False, max_length=30, fallback="x")
    assert len(slug) <= 24 and not slug.endswith("-")
