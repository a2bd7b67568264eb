from django.apps import AppConfig
from django_tasks_db.apps import TasksAppConfig


class NewsroomConfig(AppConfig):
    default = True  # this module holds another app's config too
    name = "newsroom"
    verbose_name = "Tòa soạn"

    def ready(self):
        from newsroom import cache, checks, redis_cache  # noqa: F401  (checks register on import)

        redis_cache.cache_recovered.connect(
            cache.after_cache_outage, dispatch_uid="public_pages_after_cache_outage"
        )


class TaskQueueConfig(TasksAppConfig):
    """django-tasks-db (the database task queue) under a Vietnamese name in the admin."""

    default = False
    verbose_name = "Hàng đợi việc chạy nền"
