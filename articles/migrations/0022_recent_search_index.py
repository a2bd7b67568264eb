"""A second GIN index on the search vectors, of about the last year's stories only, for reader
search's time windows (``articles.site.recent_search_index``; PostgreSQL only). Its cutoff is
computed when this runs; ``manage.py refresh_recent_search_index`` moves it forward (monthly).
Built ``CONCURRENTLY`` (outside a transaction), so that publishing goes on while it is built."""

from django.db import migrations
from django.utils import timezone

from articles.site.recent_search_index import (
    recent_search_index_drop,
    recent_search_index_refresh,
)


def create(apps, schema_editor):
    recent_search_index_refresh(using=schema_editor.connection.alias, now=timezone.now())


def drop(apps, schema_editor):
    recent_search_index_drop(using=schema_editor.connection.alias)


class Migration(migrations.Migration):
    atomic = False

    dependencies = [("articles", "0021_teaser_snippet_text")]

    operations = [migrations.RunPython(create, drop, atomic=False, elidable=False)]
