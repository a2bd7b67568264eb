"""Stored text (captions, alt text, credits) re-saved in the house tone placement
(``settings.TONE_PLACEMENT``, "classic" by default: "Đồ họa", "Thành ủy"), which used to be
"main-vowel" ("Đồ hoạ", "Thành uỷ"). Only tone marks move (``newsroom.tone_rows``).
"""

from django.db import migrations

from newsroom.tone_rows import retone_rows

STORED_TEXT = {
    "Credit": ["name", "short_name"],
    "Photo": ["caption", "credit", "alt_text"],
    "Caption": ["text", "credit"],
}


def retone_stored_text(apps, schema_editor):
    db = schema_editor.connection.alias
    for name, fields in STORED_TEXT.items():
        retone_rows(apps.get_model("media", name), fields, using=db)


class Migration(migrations.Migration):
    dependencies = [
        ("media", "0004_vietnamese_labels"),
    ]

    operations = [
        migrations.RunPython(retone_stored_text, migrations.RunPython.noop, elidable=True),
    ]
