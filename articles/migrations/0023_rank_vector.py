"""``Article.rank_vector``: the head of the search vector (title, sapo, officials' names and
resolution numbers, weights A and B), which reader search ranks with. The full vector is about
7 KB a story, kept out of line (TOAST) and read back for every story ranked; the head is a few
hundred bytes and stays in the row. Filled here from the stored vectors on PostgreSQL
(``ts_filter`` keeps the lexemes, positions and weights of those parts; the position-less pairs
drop out); saves and ``rebuild_search_index`` write it from then on
(``articles.search_index``). The field exists but stays empty on SQLite, which ranks from
``search_text``."""

import django.contrib.postgres.search
from django.db import migrations


def fill(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    table = schema_editor.quote_name(apps.get_model("articles", "Article")._meta.db_table)
    schema_editor.execute(
        f"UPDATE {table} SET rank_vector = ts_filter(search_vector, '{{a,b}}') "
        "WHERE search_vector IS NOT NULL"
    )


class Migration(migrations.Migration):
    dependencies = [("articles", "0022_recent_search_index")]

    operations = [
        migrations.AddField(
            model_name="article",
            name="rank_vector",
            field=django.contrib.postgres.search.SearchVectorField(
                editable=False, null=True, verbose_name="chỉ mục xếp hạng"
            ),
        ),
        migrations.RunPython(fill, migrations.RunPython.noop, elidable=False),
    ]
