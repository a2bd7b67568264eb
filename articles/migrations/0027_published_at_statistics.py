"""PostgreSQL's histogram of ``published_at`` in 1,000 buckets instead of 100. Reader search
bounds how many of a query's matches a time window may hold by the buckets the window reaches
into (``articles.site.search_windows``): at 100 buckets over three years a bucket is eleven
days, so a week counted as at least a bucket, and with one more for the stories since the last
``ANALYZE``, three weeks. A common phrase then tried a week that could not hold enough before the
month that did, reading its posting lists twice. At 1,000, a bucket is about a day."""

from django.db import migrations

from newsroom.postgres import RunSQLOnPostgres


class Migration(migrations.Migration):
    dependencies = [("articles", "0026_teaser_sapo_length")]

    operations = [
        RunSQLOnPostgres(
            "ALTER TABLE articles_article ALTER COLUMN published_at SET STATISTICS 1000;",
            reverse_sql="ALTER TABLE articles_article ALTER COLUMN published_at SET STATISTICS -1;",
        )
    ]
