# PostgreSQL: keep article rows thin in the table itself (body, search text and vector out of
# line, in TOAST), so that the search's bitmap scans over many matching rows read few pages.
# See docs/search.md ("Matching and ranking"). Rows written before this take the new layout
# when next written (manage.py rebuild_search_index rewrites them all). No-op on SQLite.

from django.db import migrations

from newsroom.postgres import RunSQLOnPostgres


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0007_wire_roles"),
    ]

    operations = [
        RunSQLOnPostgres(
            "ALTER TABLE articles_article SET (toast_tuple_target = 256);",
            reverse_sql="ALTER TABLE articles_article RESET (toast_tuple_target);",
        ),
    ]
