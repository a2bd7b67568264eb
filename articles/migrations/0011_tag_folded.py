"""Tags become one per folded form ("Hà Nội", "HÀ NỘI", "Ha Noi") and sort in Vietnamese order.

Existing tags sharing a folded form are merged into the oldest one (lowest id, the first
spelling): the stories tagged with a later duplicate are tagged with the kept one instead (once
each), then the duplicate is deleted. No story loses a tag.
"""

from django.db import migrations, models

from newsroom.text import fold, normalize_inline, sort_key


def merge_and_fill(apps, schema_editor):
    Tag = apps.get_model("articles", "Tag")
    TaggedArticle = apps.get_model("articles", "TaggedArticle")
    db = schema_editor.connection.alias
    kept = {}
    for tag in Tag.objects.using(db).order_by("id"):
        key = fold(normalize_inline(tag.name)) or f"#{tag.pk}"
        first = kept.setdefault(key, tag)
        if first is not tag:
            already = TaggedArticle.objects.using(db).filter(tag=first).values("content_object_id")
            links = TaggedArticle.objects.using(db).filter(tag=tag)
            links.filter(content_object_id__in=already).delete()
            links.update(tag=first)
            tag.delete()
            continue
        tag.folded = key
        tag.sort_key = sort_key(tag.name)
        tag.save(update_fields=["folded", "sort_key"])


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0010_article_rendering"),
    ]

    operations = [
        migrations.AddField(
            model_name="tag",
            name="folded",
            field=models.CharField(
                default="", editable=False, max_length=100, verbose_name="dạng không dấu"
            ),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name="tag",
            name="sort_key",
            # Indexed in 0012: PostgreSQL cannot build an index in the transaction that moved
            # the tag links (their foreign-key checks are still pending).
            field=models.CharField(default="", editable=False, max_length=400),
        ),
        migrations.RunPython(merge_and_fill, migrations.RunPython.noop),
    ]
