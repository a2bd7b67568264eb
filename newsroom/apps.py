from django.apps import AppConfig
from django.db.backends.signals import connection_created

from newsroom.admin_search import SQLITE_FOLD_FUNCTION, sql_fold


def _register_sqlite_functions(sender, connection, **kwargs):
    """SQLite runs Python in queries: give it ``fold`` (``newsroom.admin_search.Fold``)."""
    if connection.vendor == "sqlite":
        connection.connection.create_function(SQLITE_FOLD_FUNCTION, 1, sql_fold, deterministic=True)


class NewsroomConfig(AppConfig):
    name = "newsroom"
    verbose_name = "Tòa soạn"

    def ready(self):
        connection_created.connect(_register_sqlite_functions, dispatch_uid="newsroom-sqlite-fold")
