from django.db import migrations, models


def describe_existing(apps, schema_editor):
    """Store the rendition names of the photos already in the library.

    Uses the live model on purpose: the names come from its imagekit spec fields, which
    historical models do not have. Only ``image``, ``width`` and ``renditions`` are touched.
    """
    from media import renditions
    from media.models import Photo

    photos = Photo.objects.using(schema_editor.connection.alias).exclude(image="")
    for photo in photos.only("pk", "image", "width").iterator(chunk_size=500):
        Photo.objects.filter(pk=photo.pk).update(renditions=renditions.describe(photo))


class Migration(migrations.Migration):
    dependencies = [
        ("media", "0002_credits_dedup_alt_required"),
    ]

    operations = [
        migrations.AddField(
            model_name="photo",
            name="renditions",
            field=models.JSONField(blank=True, default=dict, editable=False),
        ),
        migrations.RunPython(describe_existing, migrations.RunPython.noop, elidable=True),
    ]
