from django.apps import AppConfig
from django.db.backends.signals import connection_created
from django_tasks_db.apps import TasksAppConfig

from newsroom.admin_search import SQLITE_FOLD_FUNCTION, sql_fold


def _register_sqlite_functions(sender, connection, **kwargs):
    """SQLite runs Python in queries: give it ``fold`` (``newsroom.admin_search.Fold``)."""
    if connection.vendor == "sqlite":
        connection.connection.create_function(SQLITE_FOLD_FUNCTION, 1, sql_fold, deterministic=True)


class NewsroomConfig(AppConfig):
    default = True  # this module holds another app's config too
    name = "newsroom"
    verbose_name = "Tòa soạn"

    def ready(self):
        from newsroom import cache, checks, redis_cache  # noqa: F401  (checks register on import)

        connection_created.connect(_register_sqlite_functions, dispatch_uid="newsroom-sqlite-fold")
        redis_cache.cache_recovered.connect(
            cache.after_cache_outage, dispatch_uid="public_pages_after_cache_outage"
        )


class TaskQueueConfig(TasksAppConfig):
    """django-tasks-db (the database task queue) under a Vietnamese name in the admin."""

    default = False
    verbose_name = "Hàng đợi việc chạy nền"
