# Search on PostgreSQL: unaccent, the "vietnamese" text search configuration, a stored and
# GIN-indexed tsvector; on every database: search_text refilled in the new token format.
# The PostgreSQL-only steps are no-ops on SQLite (see newsroom/postgres.py, docs/search.md).

import django.contrib.postgres.search
from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.operations import UnaccentExtension
from django.contrib.postgres.search import SearchVector, SearchVectorField
from django.db import migrations
from django.db.models import Func, TextField, Value
from django.db.models.expressions import CombinedExpression

from newsroom.postgres import RunSQLOnPostgres
from newsroom.search_text import SearchDocument

CREATE_CONFIGURATION = """
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'vietnamese') THEN
        CREATE TEXT SEARCH CONFIGURATION vietnamese (COPY = simple);
    END IF;
END
$$;
ALTER TEXT SEARCH CONFIGURATION vietnamese
    ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;
"""


def fill_search_index(apps, schema_editor):
    """Documents for existing articles (later writes are indexed as articles.stale says)."""
    Article = apps.get_model("articles", "Article")
    alias = schema_editor.connection.alias
    postgres = schema_editor.connection.vendor == "postgresql"
    fields = ["search_text", "search_vector"] if postgres else ["search_text"]
    articles = (
        Article.objects.using(alias)
        .only("id", "title", "sapo", "body")
        .prefetch_related("officials", "resolutions")
        .order_by("pk")
    )
    batch = []
    for article in articles.iterator(chunk_size=500):
        names = []
        for person in article.officials.all():
            names += [person.full_name, *person.aliases.splitlines()]
        names += [
            f"{r.get_kind_display()} {r.number}" for r in article.resolutions.all() if r.number
        ]
        document = SearchDocument.build(
            title=article.title, sapo=article.sapo, body_html=article.body, names=names
        )
        article.search_text = document.text
        if postgres:
            weighted = (
                SearchVector(Value(document.title), config="vietnamese", weight="A")
                + SearchVector(Value(document.sapo), config="vietnamese", weight="B")
                + SearchVector(Value(document.names), config="vietnamese", weight="B")
                + SearchVector(Value(document.body), config="vietnamese", weight="C")
            )
            pairs = Func(
                Value(document.bigrams(), output_field=ArrayField(TextField())),
                function="array_to_tsvector",
                output_field=SearchVectorField(),
            )
            article.search_vector = CombinedExpression(
                weighted, "||", pairs, output_field=SearchVectorField()
            )
        batch.append(article)
        if len(batch) == 500:
            Article.objects.using(alias).bulk_update(batch, fields, batch_size=100)
            batch = []
    if batch:
        Article.objects.using(alias).bulk_update(batch, fields, batch_size=100)


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0004_editorial_roles"),
        ("people", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="article",
            name="search_vector",
            field=django.contrib.postgres.search.SearchVectorField(editable=False, null=True),
        ),
        UnaccentExtension(),
        RunSQLOnPostgres(
            CREATE_CONFIGURATION,
            reverse_sql="DROP TEXT SEARCH CONFIGURATION IF EXISTS vietnamese;",
        ),
        RunSQLOnPostgres(
            "CREATE INDEX IF NOT EXISTS article_search_vector_gin "
            "ON articles_article USING gin (search_vector);",
            reverse_sql="DROP INDEX IF EXISTS article_search_vector_gin;",
        ),
        migrations.RunPython(fill_search_index, migrations.RunPython.noop, elidable=True),
    ]
