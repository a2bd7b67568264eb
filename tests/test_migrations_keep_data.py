"""A database migrated before the restructure (issue 12), holding imported wire items with their
drafts, photo slots and suggested officials, migrates forward and keeps every row.

The wire inbox's models moved from ``articles/wire_models.py`` to ``articles/wire/models.py``
without changing app or table; this test holds whatever later migrations do to those rows.
"""

import datetime

import pytest

from tests.migration_states import latest_migrations, migrate_to

#: The last migration of each app at the commit before the restructure.
BEFORE_RESTRUCTURE = [
    ("articles", "0010_article_rendering"),
    ("people", "0002_person_names_trigram"),
    ("media", "0003_photo_renditions"),
]
#: Tables whose every row must survive, compared column by column.
KEPT = [
    ("articles", "Section"),
    ("articles", "Article"),
    ("articles", "WireItem"),
    ("articles", "PhotoSlot"),
    ("articles", "PersonSuggestion"),
    ("people", "Person"),
]

WHEN = datetime.datetime(2026, 11, 25, 8, 30, tzinfo=datetime.UTC)


def _rows(apps, app_label, model_name, fields=None):
    model = apps.get_model(app_label, model_name)
    fields = fields or [f.attname for f in model._meta.concrete_fields]
    return fields, sorted(model.objects.values_list(*fields), key=lambda row: row[0])


def _fill(apps):
    """What an import wrote at that commit: a draft, its inbox item, a photo slot, a suggestion."""
    Section = apps.get_model("articles", "Section")
    Article = apps.get_model("articles", "Article")
    WireItem = apps.get_model("articles", "WireItem")
    PhotoSlot = apps.get_model("articles", "PhotoSlot")
    PersonSuggestion = apps.get_model("articles", "PersonSuggestion")
    Person = apps.get_model("people", "Person")

    section = Section.objects.create(name="Thời sự", slug="thoi-su")
    draft = Article.objects.create(
        title="Hội nghị Tỉnh ủy bàn công tác cán bộ",
        slug="hoi-nghi-tinh-uy-ban-cong-tac-can-bo",
        sapo="Sáng 25/11, Tỉnh ủy họp phiên thường kỳ.",
        body="<p>Đồng chí Bí thư Tỉnh ủy chủ trì hội nghị.</p>",
        section=section,
        byline="Minh Quân",
        source="TTXVN",
        status="draft",
        search_text="hoi nghi tinh uy",
    )
    item = WireItem.objects.create(
        file_name="ttxvn/2026-11-25/hoi-nghi.txt",
        source="TTXVN",
        raw="Hội nghị Tỉnh ủy…".encode(),
        size=21,
        format="text",
        encoding="utf-8",
        guid="ttxvn-2026-1125-0042",
        version=1,
        dated=WHEN,
        content_hash="a" * 64,
        parsed={"title": "Hội nghị Tỉnh ủy bàn công tác cán bộ", "captions": []},
        links={"officials": [{"name": "Nguyễn Văn Bình", "titles": ["Bí thư Tỉnh ủy"]}]},
        warnings=["tin không có tiêu đề phụ"],
        status="created",
        awaits_editor=True,
        article=draft,
        article_version=1,
    )
    WireItem.objects.create(
        file_name="ttxvn/2026-11-25/hong.xml",
        raw=b"<nitf><body>",
        size=12,
        error="XML hỏng ở dòng 1",
        status="failed",
    )
    PhotoSlot.objects.create(
        article=draft,
        wire_item=item,
        text="Quang cảnh hội nghị",
        credit="Ảnh: Minh Quân",
        position=1,
    )
    Person.objects.create(full_name="Trần Thị Hoa", slug="tran-thi-hoa")
    suggestion = PersonSuggestion.objects.create(
        name="Nguyễn Văn Bình",
        name_key="nguyen van binh",
        titles=["Bí thư Tỉnh ủy"],
        wire_item=item,
    )
    suggestion.articles.add(draft)
    return draft.pk, suggestion.pk


@pytest.mark.django_db(transaction=True)
def test_rows_written_before_the_restructure_survive_migrating_forward():
    old = migrate_to(BEFORE_RESTRUCTURE)
    draft_id, suggestion_id = _fill(old)
    before = {(app, name): _rows(old, app, name) for app, name in KEPT}
    old_links = list(
        old.get_model("articles", "PersonSuggestion")
        .objects.get(pk=suggestion_id)
        .articles.values_list("pk", flat=True)
    )

    assert all(rows for _, rows in before.values())  # compares rows, not empty tables

    new = migrate_to(latest_migrations())

    for (app, name), (fields, rows) in before.items():
        assert _rows(new, app, name, fields) == (fields, rows), f"{app}.{name} changed"
    suggestion = new.get_model("articles", "PersonSuggestion").objects.get(pk=suggestion_id)
    assert list(suggestion.articles.values_list("pk", flat=True)) == old_links == [draft_id]
    assert new.get_model("articles", "WireItem").objects.filter(status="failed").count() == 1
