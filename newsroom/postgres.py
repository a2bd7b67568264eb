"""Migration operations for PostgreSQL-only database objects.

The suite and the demo run on SQLite too, so anything PostgreSQL-specific that Django's model
state cannot describe portably (a text search configuration, GIN indexes on a tsvector or with
``gin_trgm_ops``) is created by ``RunSQLOnPostgres``, which does nothing on other databases.
These objects are not in the models' ``Meta.indexes`` on purpose: SQLite rebuilds a table from
the model state on many schema changes and would choke on ``USING gin``.
"""

from django.db import migrations


class RunSQLOnPostgres(migrations.RunSQL):
    """``RunSQL`` that runs only when the database is PostgreSQL (a no-op elsewhere)."""

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            super().database_forwards(app_label, schema_editor, from_state, to_state)

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            super().database_backwards(app_label, schema_editor, from_state, to_state)

    def describe(self):
        return "Raw SQL operation (PostgreSQL only)"
