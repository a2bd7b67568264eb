"""Indexes from which a list's count and page read a story's visibility without the table (the
tag, official and resolution pages at 100,000 stories, issue 14)."""

from django.db import migrations, models

#: The automatic many-to-many tables: their (person, article) pairs in the other order, so that
#: an official's or a resolution's stories are read from the index alone.
THROUGH_INDEXES = [
    ("article_officials_by_person", "articles_article_officials", "person_id"),
    ("article_resolutions_by_resolution", "articles_article_resolutions", "resolution_id"),
]


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0018_article_teaser"),
        ("people", "0005_retone_stored_text"),
    ]

    operations = [
        migrations.AddIndex(
            model_name="article",
            index=models.Index(
                condition=models.Q(status="published"),
                fields=["id", "published_at", "embargo_until"],
                name="article_published_by_id",
            ),
        ),
        migrations.AddIndex(
            model_name="taggedarticle",
            index=models.Index(fields=["tag", "content_object"], name="tagged_article_by_tag"),
        ),
        *(
            migrations.RunSQL(
                f"CREATE INDEX {name} ON {table} ({column}, article_id)",
                f"DROP INDEX {name}",
            )
            for name, table, column in THROUGH_INDEXES
        ),
    ]
