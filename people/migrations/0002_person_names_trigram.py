# Fuzzy matching of officials' names ("dinh tien dun" → Đinh Tiến Dũng) on PostgreSQL: pg_trgm
# and a trigram GIN index on the accent-folded names. No-ops on SQLite (newsroom/postgres.py).

from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations

from newsroom.postgres import RunSQLOnPostgres


class Migration(migrations.Migration):
    dependencies = [
        ("people", "0001_initial"),
    ]

    operations = [
        TrigramExtension(),
        RunSQLOnPostgres(
            "CREATE INDEX IF NOT EXISTS person_search_names_trgm "
            "ON people_person USING gin (search_names gin_trgm_ops);",
            reverse_sql="DROP INDEX IF EXISTS person_search_names_trgm;",
        ),
    ]
