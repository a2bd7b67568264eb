import datetime

import pytest
from django.db import IntegrityError, transaction

from newsroom.text import given_name_key
from people.models import Person, Position, Resolution
from tests.factories import OrganizationFactory, PersonFactory, PositionFactory, ResolutionFactory

pytestmark = pytest.mark.django_db

D = datetime.date


@pytest.fixture
def dung():
    """An official whose title changed in 2020 and who holds two posts at once."""
    person = Person.objects.create(full_name="Đinh Tiến Dũng", aliases="Đ.T.Dũng\nĐinh Dũng")
    party = OrganizationFactory(name="Thành uỷ Hà Nội", kind="party")
    PositionFactory(
        person=person,
        title="Bộ trưởng Bộ Tài chính",
        organization=OrganizationFactory(name="Bộ Tài chính", kind="ministry"),
        start_date=D(2013, 8, 2),
        end_date=D(2020, 12, 10),
    )
    PositionFactory(
        person=person,
        title="Bí thư Thành uỷ Hà Nội",
        organization=party,
        start_date=D(2020, 12, 11),
        term="khoá XVII",
        rank=20,
    )
    PositionFactory(
        person=person,
        title="Uỷ viên Bộ Chính trị",
        organization=OrganizationFactory(name="Bộ Chính trị", kind="party"),
        start_date=D(2021, 1, 31),
        term="khoá XIII",
        rank=10,
    )
    return person


@pytest.mark.parametrize(
    ("day", "titles"),
    [
        (D(2012, 1, 1), []),
        (D(2013, 8, 2), ["Bộ trưởng Bộ Tài chính"]),
        (D(2019, 5, 1), ["Bộ trưởng Bộ Tài chính"]),
        (D(2020, 12, 10), ["Bộ trưởng Bộ Tài chính"]),
        (D(2020, 12, 11), ["Bí thư Thành ủy Hà Nội"]),
        (D(2021, 4, 29), ["Ủy viên Bộ Chính trị", "Bí thư Thành ủy Hà Nội"]),
        (D(2026, 11, 25), ["Ủy viên Bộ Chính trị", "Bí thư Thành ủy Hà Nội"]),
    ],
)
def test_title_on_returns_titles_held_that_day(dung, day, titles):
    assert dung.title_on(day) == titles


def test_title_on_accepts_datetime_and_uses_prefetched_positions(dung, django_assert_num_queries):
    person = Person.objects.prefetch_related("positions").get(pk=dung.pk)
    with django_assert_num_queries(0):
        assert person.title_on(datetime.datetime(2019, 1, 1, 9, 0)) == ["Bộ trưởng Bộ Tài chính"]
        assert person.title_on(D(2022, 1, 1))[0] == "Ủy viên Bộ Chính trị"


def test_positions_held_on_queryset(dung):
    assert list(Position.objects.held_on(D(2019, 1, 1)).values_list("title", flat=True)) == [
        "Bộ trưởng Bộ Tài chính"
    ]


def test_person_save_normalises_and_slugifies():
    person = Person.objects.create(full_name="  Đinh\u00a0Tiến  Dũng ", aliases="Thành ủy\n\n")
    assert person.full_name == "Đinh Tiến Dũng"
    assert person.slug == "dinh-tien-dung"
    assert person.aliases == "Thành ủy"  # as typed, like the name
    assert "dinh tien dung" in person.search_names.splitlines()


def test_person_slugs_are_unique_for_namesakes():
    first = Person.objects.create(full_name="Nguyễn Văn Nên")
    second = Person.objects.create(full_name="Nguyễn Văn Nên")
    assert (first.slug, second.slug) == ("nguyen-van-nen", "nguyen-van-nen-2")


def test_people_are_listed_by_given_name():
    for name in ["Trần Thanh Mẫn", "Nguyễn Văn An", "Lê Minh Hưng", "Phạm Thị Bình", "Đỗ Đức Anh"]:
        PersonFactory(full_name=name)
    assert [p.full_name for p in Person.objects.all()] == [
        "Nguyễn Văn An",
        "Đỗ Đức Anh",
        "Phạm Thị Bình",
        "Lê Minh Hưng",
        "Trần Thanh Mẫn",
    ]


def test_position_must_end_after_it_starts(dung):
    with pytest.raises(IntegrityError), transaction.atomic():
        Position.objects.create(
            person=dung, title="Phó Chủ tịch", start_date=D(2020, 1, 1), end_date=D(2019, 1, 1)
        )


def test_resolution_slug_number_and_public_queryset():
    adopted = ResolutionFactory(number="15-NQ/TU", title="Về xây dựng đội ngũ cán bộ các cấp")
    draft = ResolutionFactory(number="16 - NQ/TU", status=Resolution.Status.DRAFT)
    assert adopted.slug == "nghi-quyet-15-nq-tu"
    assert draft.number == "16-NQ/TU"
    assert list(Resolution.objects.public()) == [adopted]
    assert str(adopted) == "Nghị quyết 15-NQ/TU: Về xây dựng đội ngũ cán bộ các cấp"


def test_resolution_summary_is_sanitised():
    resolution = ResolutionFactory(summary='<p onclick="x()">Tóm tắt</p><script>alert(1)</script>')
    assert resolution.summary == "<p>Tóm tắt</p>"


def test_derived_columns_follow_partial_saves():
    person = PersonFactory(full_name="Nguyễn Văn An")
    person.full_name = "Lê Thị Yến"
    person.save(update_fields=["full_name"])
    person.refresh_from_db()
    assert "le thi yen" in person.search_names
    assert person.sort_key == given_name_key("Lê Thị Yến")


def test_factories_find_organisations_whatever_the_tone_placement():
    first = OrganizationFactory(name="Thành ủy Hà Nội")
    assert OrganizationFactory(name="Thành uỷ Hà Nội") == first


def test_a_position_known_from_a_story_is_held_that_day_only():
    """Seen in a story of 29/4/2021: held that day, start and end unknown, never "until now"."""
    person = Person.objects.create(full_name="Đinh Tiến Dũng")
    seen = PositionFactory(
        person=person,
        title="Bí thư Thành uỷ Hà Nội",
        start_date=None,
        end_date=None,
        seen_on=D(2021, 4, 29),
    )
    assert person.title_on(D(2021, 4, 29)) == ["Bí thư Thành ủy Hà Nội"]
    assert person.title_on(D(2021, 4, 30)) == []
    assert person.title_on(D(2026, 11, 25)) == []
    assert person.current_titles() == []
    assert list(Position.objects.held_on(D(2021, 4, 29))) == [seen]
    assert not Position.objects.held_on(D(2021, 5, 1)).exists()
    assert not seen.is_current(D(2021, 4, 29))
    assert str(seen) == "Bí thư Thành ủy Hà Nội (2021)"

    # An editor who learns the start date: held from then until the story, still not "now".
    seen.start_date = D(2020, 12, 11)
    seen.save()
    assert person.title_on(D(2021, 1, 5)) == ["Bí thư Thành ủy Hà Nội"]
    assert person.title_on(D(2022, 1, 5)) == []
    assert str(seen) == "Bí thư Thành ủy Hà Nội (11/12/2020 – ?)"
    assert list(Position.objects.held_on(D(2021, 1, 5))) == [seen]


def test_a_story_date_outside_the_positions_dates_is_refused(dung):
    with pytest.raises(IntegrityError), transaction.atomic():
        PositionFactory(
            person=dung,
            title="Phó Chủ tịch UBND thành phố Hà Nội",
            start_date=D(2021, 1, 1),
            end_date=D(2021, 12, 31),
            seen_on=D(2022, 3, 1),
        )


def test_the_people_list_shows_a_post_seen_today_in_a_story_as_not_yet_current(admin_client):
    from django.urls import reverse
    from django.utils import timezone

    person = Person.objects.create(full_name="Nguyễn Văn Phong")
    PositionFactory(person=person, title="Phó Bí thư Thành uỷ Hà Nội", start_date=None,
                    seen_on=timezone.localdate())  # fmt: skip
    PositionFactory(person=person, title="Uỷ viên Trung ương Đảng", start_date=D(2021, 1, 30))
    page = admin_client.get(reverse("admin:people_person_changelist")).content.decode()
    assert "Ủy viên Trung ương Đảng" in page  # stored in the house style (classic)
    assert "Phó Bí thư Thành ủy Hà Nội" not in page
