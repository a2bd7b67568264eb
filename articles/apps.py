from django.apps import AppConfig


class ArticlesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "articles"
    verbose_name = "Bài viết"

    def ready(self):
        from articles import revisions, stale

        revisions.register()
        stale.connect()  # writes the project does not control (relations, other apps' rows)
        # What a write makes stale, for ``Article.save`` and ``delete``: ``articles.stale``
        # ranks, renders and indexes stories, so it imports the models and they cannot import it.
        self.stale = stale
