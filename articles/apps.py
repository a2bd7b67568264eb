from django.apps import AppConfig


class ArticlesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "articles"
    verbose_name = "Bài viết"

    def ready(self):
        from articles import signals
        from articles.desk import revisions
        from articles.site import page_cache, related, rendering_signals

        revisions.register()
        signals.connect()
        page_cache.connect()
        related.connect()
        rendering_signals.connect()
