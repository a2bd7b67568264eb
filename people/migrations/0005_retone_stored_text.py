"""Stored text re-saved in the house tone placement (``settings.TONE_PLACEMENT``, "classic" by
default: "Ủy ban nhân dân", "khóa XIII"), which used to be "main-vowel" ("Uỷ ban", "khoá XIII").

Names too: the old rule had moved every name's tones ("Thúy" was stored "Thuý"), so the typed
spelling is lost and the house style is the best guess; from now on a person's name is kept as
typed (docs/vietnamese.md). Folded names and sort keys do not depend on the placement.
"""

from django.db import migrations

from newsroom.tone_rows import retone_rows

STORED_TEXT = {
    "Organization": ["name", "short_name"],
    "Person": ["full_name", "aliases", "biography"],
    "Position": ["title", "term"],
    "Resolution": ["number", "title", "term", "summary"],
}


def retone_stored_text(apps, schema_editor):
    db = schema_editor.connection.alias
    for name, fields in STORED_TEXT.items():
        retone_rows(apps.get_model("people", name), fields, using=db)


class Migration(migrations.Migration):
    dependencies = [
        ("people", "0004_position_seen_on"),
    ]

    operations = [
        migrations.RunPython(retone_stored_text, migrations.RunPython.noop, elidable=True),
    ]
