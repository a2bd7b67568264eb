"""Stored text re-saved in the house tone placement (``settings.TONE_PLACEMENT``, "classic" by
default: "Thành ủy", "hòa"), which used to be "main-vowel" ("Thành uỷ", "hoà").

Only tone marks move (``newsroom.tone_rows``); folded search text, slugs and sort keys do not
depend on the placement. Kept story renderings are emptied, as ``renderings.mark_stale`` does,
so that pages are rendered again from the re-saved text. Revisions keep the text as it was.
"""

from django.db import migrations
from django.utils import timezone

from newsroom.tone_rows import retone_rows

STORED_TEXT = {
    "Article": ["title", "sapo", "body", "byline", "source"],
    "Section": ["name", "description"],
    "Tag": ["name"],
    "Correction": ["text"],
    "Transition": ["comment"],
    "PhotoSlot": ["text", "credit"],
    "PersonSuggestion": ["name", "titles"],
}


def retone_stored_text(apps, schema_editor):
    db = schema_editor.connection.alias
    for name, fields in STORED_TEXT.items():
        retone_rows(apps.get_model("articles", name), fields, using=db)
    apps.get_model("articles", "ArticleRendering").objects.using(db).update(
        head="", content="", version="", invalidated_at=timezone.now()
    )


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0016_wire_upload_roles"),
    ]

    operations = [
        migrations.RunPython(retone_stored_text, migrations.RunPython.noop, elidable=True),
    ]
