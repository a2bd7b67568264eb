# PostgreSQL: keep a story's title, slug and ranking head (``rank_vector``, a few hundred bytes
# compressed) in its row. The table's ``toast_tuple_target`` of 256 bytes (0008), meant for the
# body and the search text and vector, moved these out of line too, as soon as a row held
# anything: a search read each of its 200 stories' heads back from TOAST (800 buffer reads, a
# third of its statement's), a page of results their titles and slugs, a sitemap the slugs of
# 50,000 stories. ``STORAGE MAIN`` compresses them and leaves them in the row unless it cannot
# fit a page otherwise (a title is at most 300 characters, a slug 120). The stored values are
# written again so that they take the new layout (about 2 minutes for 100,000 stories; run
# ``VACUUM ANALYZE articles_article`` afterwards, docs/operations.md). No-op on SQLite. A later
# migration that changes one of these columns' type (``ALTER COLUMN ... TYPE``, a new
# ``max_length``) resets its storage to the type's: set it again there
# (``test_the_title_slug_and_ranked_head_are_read_from_the_row`` fails otherwise).

from django.db import migrations

from newsroom.postgres import RunSQLOnPostgres

COLUMNS = ("title", "slug", "rank_vector")


class Migration(migrations.Migration):
    dependencies = [("articles", "0023_rank_vector")]

    operations = [
        RunSQLOnPostgres(
            [
                "ALTER TABLE articles_article "
                + ", ".join(f"ALTER COLUMN {column} SET STORAGE MAIN" for column in COLUMNS)
                + ";",
                # ``|| ''`` makes new values, which are stored anew; the same ones would be kept
                # where they are
                "UPDATE articles_article SET title = title || '', slug = slug || '', "
                "rank_vector = rank_vector || ''::tsvector;",
            ],
            reverse_sql=(
                "ALTER TABLE articles_article "
                + ", ".join(f"ALTER COLUMN {column} SET STORAGE EXTENDED" for column in COLUMNS)
                + ";"
            ),
        ),
    ]
