"""What an editor does with a suggested official (articles.wire.suggestions): a position seen in
a story is recorded as held on the story's day, never as held today; a second holder of a
single-holder office is pointed out; a name can be linked to a person already recorded."""

import datetime

import pytest

from articles.models import Article, PersonSuggestion
from articles.wire import suggestions
from articles.wire.batch import wire_import
from articles.wire.sources import WireSource
from newsroom.text import normalize_inline
from people.models import Person
from tests.factories import EDITOR, PersonFactory, PositionFactory, SectionFactory, UserFactory

pytestmark = pytest.mark.django_db

N = normalize_inline
D = datetime.date

#: A story of 29/4/2021 (the time line a site printed gives the date), written for the test.
STORY_2021 = "\n\n".join(
    [
        "Cập nhật: 16:40 | 29/04/2021",
        "Chiều 29/4, đồng chí Đinh Tiến Dũng, Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội, "
        "chủ trì phiên bế mạc hội nghị Ban Chấp hành Đảng bộ thành phố.",
        "Hội nghị thống nhất ban hành chương trình hành động về công tác cán bộ giai đoạn tới.",
    ]
)


@pytest.fixture
def editor():
    SectionFactory(name="Thời sự", slug="thoi-su")
    return UserFactory(username="btv.hoa", role=EDITOR)


def import_story(name="bi-thu.txt", text=STORY_2021):
    return wire_import(sources=[WireSource.from_bytes(name, text.encode())]).items[0]


def test_accepting_records_the_positions_as_held_on_the_storys_day_only(editor):
    item = import_story()
    suggestion = PersonSuggestion.objects.get(name=N("Đinh Tiến Dũng"))
    assert suggestions.seen_on_dates(suggestion) == {
        "uy vien bo chinh tri": D(2021, 4, 29),
        "bi thu thanh uy ha noi": D(2021, 4, 29),
    }

    person = suggestions.person_suggestion_accept(suggestion=suggestion, by=editor)

    rows = list(person.positions.order_by("rank").values_list("title", "start_date", "end_date",
                                                              "seen_on"))  # fmt: skip
    assert rows == [
        (N("Uỷ viên Bộ Chính trị"), None, None, D(2021, 4, 29)),
        (N("Bí thư Thành uỷ Hà Nội"), None, None, D(2021, 4, 29)),
    ]
    assert person.title_on(D(2021, 4, 29)) == [
        N("Uỷ viên Bộ Chính trị"),
        N("Bí thư Thành uỷ Hà Nội"),
    ]
    assert person.current_titles() == []
    assert [str(p) for p in person.positions.order_by("rank")][1] == N(
        "Bí thư Thành uỷ Hà Nội (2021)"
    )
    assert person in Article.objects.get(pk=item["article_id"]).officials.all()


def test_a_story_without_a_date_counts_from_the_day_it_was_received(editor):
    import_story(text=STORY_2021.split("\n\n", 1)[1])
    suggestion = PersonSuggestion.objects.get(name=N("Đinh Tiến Dũng"))
    received = suggestion.wire_item.received_at
    from django.utils import timezone

    person = suggestions.person_suggestion_accept(suggestion=suggestion, by=editor)
    assert set(person.positions.values_list("seen_on", "end_date")) == {
        (timezone.localdate(received), None)
    }


def test_another_holder_of_the_same_single_holder_office_that_day_is_pointed_out(editor):
    hung = PersonFactory(full_name="Trịnh Quốc Hưng")
    PositionFactory(person=hung, title="Bí thư Thành ủy Hà Nội", start_date=D(2020, 10, 10),
                    end_date=D(2025, 10, 17))  # fmt: skip
    # A deputy and a Politburo member are offices many hold at once: no warning for them.
    PositionFactory(title="Uỷ viên Bộ Chính trị", start_date=D(2021, 1, 31))
    # The same office, abbreviated, but held by someone else years later: no warning either.
    PositionFactory(title="Bí thư Thành ủy TP Hà Nội", start_date=D(2025, 10, 18))
    import_story()
    suggestion = PersonSuggestion.objects.get(name=N("Đinh Tiến Dũng"))

    conflicts = suggestions.office_conflicts(suggestion)

    assert [(c.title, c.day, c.holder.person) for c in conflicts] == [
        (N("Bí thư Thành uỷ Hà Nội"), D(2021, 4, 29), hung)
    ]
    assert str(conflicts[0]) == N(
        "“Bí thư Thành uỷ Hà Nội” (29/04/2021): ngày này Trịnh Quốc Hưng đang được ghi là "
        "Bí thư Thành uỷ Hà Nội (10/10/2020 – 17/10/2025)."
    )


def test_the_office_is_compared_spelt_out():
    from people.mentions.offices import office_key

    assert office_key("Chủ tịch UBND TP Hà Nội") == office_key(
        "Chủ tịch Ủy ban nhân dân thành phố Hà Nội"
    )
    assert office_key("Bí thư Thành ủy Hà Nội") != office_key("Bí thư Thành ủy Hải Phòng")
    for shared in ["Phó Bí thư Thành ủy Hà Nội", "Ủy viên Bộ Chính trị", "Thành ủy viên",
                   "Đại biểu Quốc hội", "Nguyên Bí thư Thành ủy Hà Nội"]:  # fmt: skip
        assert office_key(shared) is None, shared


def test_linking_a_suggestion_to_a_recorded_person_links_the_drafts_and_learns_the_name(editor):
    item = import_story()
    recorded = PersonFactory(full_name="Đinh Tiến Dũng (Hà Nội)")
    suggestion = PersonSuggestion.objects.get(name=N("Đinh Tiến Dũng"))

    suggestions.person_suggestion_link(suggestion=suggestion, person=recorded, by=editor)

    suggestion.refresh_from_db()
    assert (suggestion.status, suggestion.person, suggestion.decided_by) == (
        PersonSuggestion.Status.LINKED,
        recorded,
        editor,
    )
    assert recorded in Article.objects.get(pk=item["article_id"]).officials.all()
    recorded.refresh_from_db()
    assert recorded.alias_list() == [N("Đinh Tiến Dũng")]
    assert Person.objects.count() == 1
    # The next story naming him links him at once.
    again = import_story("lan-2.txt", STORY_2021.replace("chủ trì", "dự"))
    assert [(o["person_id"], o["suggested"]) for o in again["officials"]] == [(recorded.pk, False)]
    with pytest.raises(Exception, match="đã được xử lý"):
        suggestions.person_suggestion_link(suggestion=suggestion, person=recorded, by=editor)


def test_the_suggestion_list_warns_when_accepting_a_second_holder(client, editor):
    from django.urls import reverse

    hung = PersonFactory(full_name="Trịnh Quốc Hưng")
    PositionFactory(person=hung, title="Bí thư Thành ủy Hà Nội", start_date=D(2020, 10, 10))
    import_story()
    suggestion = PersonSuggestion.objects.get(name=N("Đinh Tiến Dũng"))
    client.force_login(editor)
    page = client.post(
        reverse("admin:articles_personsuggestion_changelist"),
        {"action": "create_person", "_selected_action": [suggestion.pk]},
        follow=True,
    ).content.decode()
    assert "Đã tạo 1 nhân vật" in page
    assert N("ngày này Trịnh Quốc Hưng đang được ghi là Bí thư Thành uỷ Hà Nội") in page
    assert "Hai người cùng giữ một chức vụ" in page
