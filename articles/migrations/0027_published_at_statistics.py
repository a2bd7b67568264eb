"""PostgreSQL's histogram of ``published_at`` in 1,000 buckets instead of 100. Reader search
bounds how many of a query's matches a time window may hold by the buckets the window reaches
into (``articles.site.search_windows``): at 100 buckets over three years a bucket is eleven
days, so a week counted as at least a bucket, and with one more for the stories since the last
``ANALYZE``, three weeks. A common phrase then tried a week that could not hold enough before the
month that did, reading its posting lists twice. At 1,000, a bucket is about a day."""

from django.db import migrations

TARGET = 1000


def _set_target(target):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        table = apps.get_model("articles", "Article")._meta.db_table
        schema_editor.execute(
            f"ALTER TABLE {schema_editor.quote_name(table)} "
            f"ALTER COLUMN published_at SET STATISTICS {int(target)}"
        )

    return run


class Migration(migrations.Migration):
    dependencies = [("articles", "0026_teaser_sapo_length")]

    operations = [migrations.RunPython(_set_target(TARGET), _set_target(-1), elidable=False)]
