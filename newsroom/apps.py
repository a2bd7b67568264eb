from django.apps import AppConfig


class NewsroomConfig(AppConfig):
    name = "newsroom"
    verbose_name = "Tòa soạn"

    def ready(self):
        from newsroom import cache, checks, redis_cache  # noqa: F401  (checks register on import)

        redis_cache.cache_recovered.connect(
            cache.after_cache_outage, dispatch_uid="public_pages_after_cache_outage"
        )
