"""A name is kept as its bearer typed it ("Thúy" or "Thuý"), and copy prints either placement:
finding officials in text does not depend on where the tone mark sits (docs/vietnamese.md)."""

import pytest

from newsroom.text import normalize
from people.mentions.index import load_people_index
from people.mentions.officials import find_officials
from tests.factories import PersonFactory, PositionFactory

pytestmark = pytest.mark.django_db

COPY = "Chiều 3/6, bà {name}, Phó Chủ tịch Ủy ban nhân dân tỉnh Khánh Hòa, tiếp đoàn công tác."


@pytest.mark.parametrize(
    ("typed", "printed"),
    [
        ("Hoàng Thị Thúy Lan", "Hoàng Thị Thuý Lan"),
        ("Hoàng Thị Thuý Lan", "Hoàng Thị Thúy Lan"),
        ("Nguyễn Thị Hòa", "Nguyễn Thị Hoà"),
        ("Lê Văn Thủy", "LÊ VĂN THUỶ"),
    ],
)
def test_either_spelling_of_a_name_finds_the_official(typed, printed):
    person = PersonFactory(full_name=typed)
    PositionFactory(person=person, title="Phó Chủ tịch UBND tỉnh Khánh Hòa")
    assert person.full_name == typed  # stored as typed
    found = find_officials([normalize(COPY.format(name=printed))], load_people_index())
    assert [(match.person_id, match.suggested) for match in found] == [(person.pk, False)]
