"""A tag's folded form becomes unique and its sort key indexed, in a transaction of their own:
PostgreSQL cannot alter the table while 0011's moved tag links still await their foreign-key
checks."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0011_tag_folded"),
    ]

    operations = [
        migrations.AlterField(
            model_name="tag",
            name="folded",
            field=models.CharField(
                editable=False, max_length=100, unique=True, verbose_name="dạng không dấu"
            ),
        ),
        migrations.AlterField(
            model_name="tag",
            name="sort_key",
            field=models.CharField(
                db_index=True, default="", editable=False, max_length=400, verbose_name="khóa sắp xếp"
            ),
        ),
        migrations.AlterModelOptions(
            name="tag",
            options={
                "ordering": ["sort_key", "id"],
                "verbose_name": "thẻ",
                "verbose_name_plural": "thẻ",
            },
        ),
    ]
