"""The recent stories' search index again, its predicate on ``timezone('UTC', published_at)``
(``articles.site.recent_search_index``): an index built by 0022 has its predicate on
``published_at``, which a week's window did not read. ``CONCURRENTLY``, so that publishing
goes on while it is built. The index of the same cutoff is dropped first: until the new one is
built, the windows read the full index (slower, the same results)."""

from django.db import migrations
from django.utils import timezone

from articles.site.recent_search_index import recent_search_index_refresh


def rebuild(apps, schema_editor):
    recent_search_index_refresh(using=schema_editor.connection.alias, now=timezone.now())


class Migration(migrations.Migration):
    atomic = False

    dependencies = [("articles", "0024_article_row_layout")]

    operations = [
        migrations.RunPython(rebuild, migrations.RunPython.noop, atomic=False, elidable=False)
    ]
